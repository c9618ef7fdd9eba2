#pragma once

#include "widgets/Pane.h"
#include "widgets/PaneParts.h"
#include "auth/Session.h"
#include "scorecards/ScorecardBook.h"

#include <QFutureWatcher>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace kefu {
class Store;
}

namespace kefu::scorecards {
class ScorecardModel;
}

namespace kefu::ui {

class AgentDetail;
class RatingLegend;

// Agent scorecards (坐席绩效): a period and a team, every agent's KPIs coloured against the targets,
// the weighted composite and the rank, the team's pooled row, and the chosen agent's detail. Agents
// without "view all scorecards" see their own card only. Read on a worker thread.
class ScorecardsPane final : public Pane
{
    Q_OBJECT

public:
    ScorecardsPane(Store &store, const Session &session, QWidget *parent = nullptr);
    ~ScorecardsPane() override;

    bool isReady() const override { return m_ready; }
    void reload() override;

    void setPeriod(scorecards::PeriodPreset preset, QDate first = {}, QDate last = {});
    void setTeam(const QString &team);
    const scorecards::ScorecardBook *book() const { return m_book ? &*m_book : nullptr; }
    // Writes the book of the period and team shown (with 12 weekly trends) to path: .pdf or .xlsx.
    // On a worker thread; exported() or exportFailed() tells how it went.
    void exportTo(const QString &path);
    // Shows the detail of agentId (as a click in the table does).
    void selectAgent(const QString &agentId);
    AgentDetail *detail() const { return m_detail; }

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Loaded
    {
        std::optional<scorecards::ScorecardBook> book;
        QStringList teams;
        QString error;
    };
    void buildUi();
    void retranslate();
    void presetChanged();
    void loaded();
    void showBook();
    void currentRowChanged();
    void markReady();
    // Column widths that fit the table's width: values whole, headers as far as there is room.
    void measureValues();
    void fitColumns();
    std::vector<int> m_valueWidths; // per column: the widest value's text

    Store &m_store;
    Session m_session;
    QFutureWatcher<Loaded> m_watcher;
    std::optional<scorecards::ScorecardBook> m_book;
    QStringList m_teams;
    bool m_ready = false;
    bool m_reloadPending = false;
    QString m_pendingAgent;

    QLabel *m_title = nullptr;
    parts::PeriodFields m_period; // the period's label, presets and dates
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QPushButton *m_targets = nullptr;
    QPushButton *m_export = nullptr;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportPath;
    void chooseExport();
    QLabel *m_status = nullptr;
    RatingLegend *m_legend = nullptr;
    QSplitter *m_splitter = nullptr;
    scorecards::ScorecardModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    scorecards::ScorecardModel *m_summaryModel = nullptr;
    QTableView *m_summary = nullptr;
    AgentDetail *m_detail = nullptr;
};

} // namespace kefu::ui
