#pragma once

#include "auth/Session.h"
#include "exporting/ExportSource.h"
#include "qa/QaReviews.h"

#include <QDialog>
#include <QThreadPool>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
template<typename T>
class QFutureWatcher;

namespace kefu {
class Store;
}

namespace kefu::ui {

class QaReviewDialog;
struct ReviewListLoad;

// The QA review list (issue 6): filters by period (local days of reviewed_at), agent, team, reviewer, form,
// auto-fail only and a score range; the newest reviews first, a page at a time, read on a worker thread with
// its own connection. Opening a review shows its answers read-only (an imported review has only its score).
// "New review…" opens QaReviewDialog (with Permission::EnterQaReviews); Export writes every matching review
// through TableExport. Without Permission::ViewAllScorecards only the session's own agent's reviews show.
class QaReviewsDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    QaReviewsDialog(Store &store, const Session &session, QWidget *parent = nullptr);
    ~QaReviewsDialog() override;

    qa::ReviewListModel *model() const { return m_model; }
    // The filter the widgets describe.
    qa::ReviewFilter filter() const;
    // Sets the widgets to filter and reads the list again.
    void setFilter(const qa::ReviewFilter &filter);
    // True while a read is under way (the list shows what it had).
    bool isLoading() const { return m_loading; }
    // The number of reviews matching the filter (not only those loaded).
    qint64 matchCount() const { return m_summary.count; }
    bool canLoadMore() const;

    // Reads the list again from its start.
    void reload();
    // Reads the next page.
    void loadMore();
    // Shows a review's answers, read-only.
    void openReview(const QString &reviewId);
    // Opens review entry (preset with the agent of the filter); nullptr without Permission::EnterQaReviews.
    QaReviewDialog *newReview();
    // Writes every review matching the filter to path (CSV or XLSX by its extension) behind the progress
    // dialog; the export is recorded in the audit log.
    bool exportTo(const QString &path, int *rows, QString *error);

signals:
    // A read finished (rows, the count or an error are in place).
    void loaded();
    // A review was entered from this dialog.
    void reviewAdded(const QString &reviewId);

private:
    void start(bool append, bool withChoices);
    void finished();
    void fillChoices(const qa::ReviewChoices &choices);
    void scheduleReload();
    void resetFilters();
    void updateStatus();
    void updateButtons();
    void exportReviews();
    QString selectedId() const;

    Store &m_store;
    Session m_session;
    QThreadPool m_pool;
    QFutureWatcher<ReviewListLoad> *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    int m_generation = 0;
    bool m_loading = false;
    bool m_filling = false;
    bool m_complete = true;
    qa::ReviewSummary m_summary;
    QString m_error;
    QString m_selectAfterLoad;
    QString m_lastExport;

    qa::ReviewListModel *m_model = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_reviewer = nullptr;
    QComboBox *m_form = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QDoubleSpinBox *m_maxScore = nullptr;
    QCheckBox *m_autoFailOnly = nullptr;
    QPushButton *m_reset = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace kefu::ui
