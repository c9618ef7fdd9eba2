#pragma once

#include "widgets/Pane.h"
#include "widgets/PaneParts.h"
#include "auth/Session.h"
#include "complaints/CaseDetail.h"
#include "complaints/CaseList.h"
#include "complaints/CaseNotices.h"
#include "complaints/ComplaintService.h"
#include "complaints/ComplaintCharts.h"
#include "metrics/ReportPeriod.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace kefu {
class Store;
}

namespace kefu::complaints {
class CaseListModel;
}

namespace kefu::ui {

class CaseDetailView;
class ComplaintChartsView;
class RatingLegend;
class TrayNotice;

// The complaint loop (投诉闭环): the cases of a period with filters, a live countdown and counts per
// state; the chosen case's timeline, fields, conversations and other cases with the actions its state
// allows; charts of the period's cohort; notices of near-due and overdue cases. Everything is read on
// worker threads; an action is one write on the UI thread through complaints::ComplaintService.
class ComplaintsPane final : public Pane
{
    Q_OBJECT

public:
    ComplaintsPane(Store &store, const Session &session, QWidget *parent = nullptr);
    ~ComplaintsPane() override;

    bool isReady() const override;
    void reload() override;
    // item: a case id (the list and the charts are read again: the case may be new), or "charts".
    void showItem(const QString &item) override;

    // The list's filter as the widgets set it (with the period and the agent's own restriction).
    complaints::CaseFilter filter() const;
    void setFilter(const complaints::CaseFilter &filter);
    void setPeriod(PeriodPreset preset, QDate first = {}, QDate last = {});
    // Chooses a case in the list (reads it even when it is not on the loaded pages).
    void selectCase(const QString &caseId);
    void showCharts(bool charts);
    // Writes `report complaints` of the period shown to path (.csv, .xlsx or .pdf): the same file the
    // command line writes, on a worker thread; exported() or exportFailed() tells how it went.
    void exportTo(const QString &path);
    // Carries out input on the case shown (the dialogs' answer); the message of a refusal, empty when done.
    QString act(const complaints::ActionInput &input);

    // For tests and screenshots.
    complaints::CaseListModel *listModel() const { return m_model; }
    CaseDetailView *detail() const { return m_detail; }
    ComplaintChartsView *charts() const { return m_charts; }
    const complaints::CaseNotices &notices() const { return m_notices; }
    qint64 now() const;
    QTableView *table() const { return m_table; }

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ListResult
    {
        QList<complaints::CaseListRow> rows;
        complaints::CaseFilter filter; // as read, with the period's bounds
        bool more = false;
        qint64 now = 0;
        QString error;
    };
    struct ChartsResult
    {
        std::optional<complaints::ComplaintCharts> charts;
        QStringList owners, categories, teams;
        QTimeZone zone;
        qint64 fromUtc = 0, toUtc = 0;
        qint64 now = 0;
        QString error;
    };
    struct NoticesResult
    {
        QList<complaints::CaseListRow> rows; // the open cases near due or overdue
        qint64 now = 0;
        QString error;
    };
    struct DetailResult
    {
        std::optional<complaints::CaseDetail> detail;
        qint64 now = 0;
        QString error;
    };

    void buildUi();
    void retranslate();
    void reloadList(bool append = false);
    void listLoaded();
    void reloadCounts(const complaints::CaseFilter &filter);
    void countsLoaded();
    void showListStatus();
    void reloadCharts();
    void reloadNotices();
    void noticesLoaded();
    void chartsLoaded();
    void loadDetail(const QString &caseId);
    void detailLoaded();
    void tick();
    void showCounts();
    void showNotices();
    void requestAction(complaints::CaseAction action);
    // After an action: the list, the charts and the case read again (or the case alone when stale).
    void acted(const QString &caseId, complaints::CaseAction action, const complaints::ActionResult &result);
    void newCase();
    void chooseExport();
    void exportFinished();
    void chartClicked(int chart, int index);
    void periodChanged();
    void setChoices(QComboBox *combo, const QStringList &values, const QString &anyText);
    std::pair<qint64, qint64> periodUtc(const QTimeZone &zone, qint64 now, std::optional<qint64> first) const;
    void markReady();

    Store &m_store;
    Session m_session;
    QTimeZone m_zone;
    // The store's clock (live::feed::storeNow) when last read, and the wall time since: the countdown.
    qint64 m_baseNow = 0;
    QElapsedTimer m_sinceRead;

    QFutureWatcher<ListResult> m_listWatcher;
    QFutureWatcher<ChartsResult> m_chartsWatcher;
    QFutureWatcher<DetailResult> m_detailWatcher;
    QFutureWatcher<QString> m_exportWatcher;
    QFutureWatcher<std::pair<QMap<QString, qint64>, QString>> m_countsWatcher;
    bool m_countsBusy = false;
    QFutureWatcher<NoticesResult> m_noticesWatcher;
    bool m_noticesBusy = false;
    bool m_noticesPending = false;
    std::optional<complaints::CaseFilter> m_countsPending;
    QString m_exportPath;
    bool m_listBusy = false; // a job started whose result has not been shown yet
    bool m_chartsBusy = false;
    bool m_detailBusy = false;
    bool m_listPending = false;
    bool m_appendPending = false;
    bool m_chartsPending = false;
    QString m_detailPending;
    bool m_appending = false;
    bool m_listLoaded = false;
    bool m_chartsLoaded = false;
    bool m_more = false;
    bool m_readySent = false;
    QString m_selectedId;
    QMap<QString, qint64> m_counts;
    complaints::CaseNotices m_notices;
    qint64 m_closeFrom = -1, m_closeTo = -1; // a bar of the time-to-close chart, as a filter
    qint64 m_weekFrom = 0, m_weekTo = 0;     // a week of the SLA chart, as a filter

    QLabel *m_title = nullptr;
    parts::PeriodFields m_period; // the period's label, presets and dates
    QPushButton *m_new = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_sla = nullptr;
    QFrame *m_noticeBar = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_noticeShow = nullptr;
    QPushButton *m_noticeAcknowledge = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_rootCause = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_chartFilter = nullptr;
    QToolButton *m_clearChartFilter = nullptr;
    QLabel *m_countsLabel = nullptr;
    RatingLegend *m_legend = nullptr;
    QSplitter *m_splitter = nullptr;
    complaints::CaseListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_listStatus = nullptr;
    CaseDetailView *m_detail = nullptr;
    ComplaintChartsView *m_charts = nullptr;
    QTimer *m_ticker = nullptr;
    TrayNotice *m_tray = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kefu::ui
