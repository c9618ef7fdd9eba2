#pragma once

#include "QaForms.h"
#include "QaScore.h"
#include "auth/Session.h"
#include "exporting/ExportSource.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kefu::qa {

// A review as the reviewer enters it.
struct NewReview
{
    QString agentId;
    QString conversationId; // at least one of conversationId and complaintId
    QString complaintId;
    qint64 formVersionId = 0;
    QList<Answer> answers; // one per item of the form version: a value on its scale, or none for N/A
    QString notes;
    qint64 reviewedAt = 0; // UTC seconds; 0 = now
};

struct SavedReview
{
    QString id; // QA-YYYYMMDD-NNNN, the date of reviewedAt in the store's time zone
    double score = 0;
    bool autoFail = false;
    qint64 reviewedAt = 0;
};

// Which reviews the review list shows.
struct ReviewFilter
{
    QDate from; // reviewed_at, local days in the store's time zone, both included; invalid = open
    QDate to;
    QString agentId;   // empty = every agent
    QString team;      // the agent's team; empty = every team
    QString reviewer;  // empty = everyone
    qint64 formId = 0; // any version of this form; 0 = any form (and reviews without one)
    bool autoFailOnly = false;
    // The score as the agent metrics count it (an auto-fail counts as 0), both ends included.
    std::optional<double> minScore;
    std::optional<double> maxScore;
};

// One review of the list.
struct ReviewRow
{
    QString id;
    QString agentId;
    QString agentName;
    QString team;
    qint64 reviewedAt = 0;
    double score = 0; // as recorded
    bool autoFail = false;
    QString reviewer;
    QString conversationId;
    QString complaintId;
    QString notes;
    qint64 formVersionId = 0; // 0: a review without a form (imported from a file)
    QString formName;
    int formVersion = 0;
    int answerCount = 0; // 0 for an imported review: only its score is known

    // The score that counts (metrics.md: a review with auto_fail counts as 0).
    double countedScore() const { return autoFail ? 0.0 : score; }
};

// Where a page of the list ends: the next page starts after this review (newest first).
struct ReviewCursor
{
    qint64 reviewedAt = 0;
    QString id;
};

// How many reviews match a filter, their mean score (as counted: an auto-fail is 0) and auto-fails.
struct ReviewSummary
{
    qint64 count = 0;
    std::optional<double> meanScore; // none without reviews
    qint64 autoFails = 0;
};

// A review with its form version and answers, for reading it back.
struct ReviewDetails
{
    ReviewRow review;
    std::optional<FormVersion> form; // none for a review without a form
    QList<Answer> answers;           // empty for an imported review
};

// What the filters of the review list can be set to.
struct ReviewChoices
{
    struct Agent
    {
        QString id;
        QString name;
        QString team;
    };
    QList<Agent> agents;
    QStringList teams;
    QStringList reviewers;
    QList<FormSummary> forms;
};

// QA reviews (issue 6): entering a review scored by ReviewScorer, and the review list. A review is linked to
// a conversation or a complaint of the agent; it keeps the form version it was entered on. Entering needs
// Permission::EnterQaReviews and is recorded in the audit log as "qa.review.add". Reading shows every
// agent's reviews with Permission::ViewAllScorecards, else only the session's own agent's. Reviews imported
// from files have no answers and no form: they list all the same.
class QaReviews final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::qa::QaReviews)

public:
    static constexpr int MaxNotesLength = 4000;

    QaReviews(QSqlDatabase db, QTimeZone zone);

    // Checks, scores and writes the review with its answers in one transaction.
    bool add(const Session &session, const NewReview &review, SavedReview *saved, QString *error);

    // The agent who answered a conversation: nullopt when there is no such conversation, an empty string
    // when nobody answered it.
    std::optional<QString> conversationAgent(const QString &conversationId) const;

    // Reviews matching filter, newest first (reviewed_at, then id), at most limit, after cursor when given.
    bool query(const Session &session, const ReviewFilter &filter, int limit, const std::optional<ReviewCursor> &after,
               QList<ReviewRow> *rows, QString *error) const;
    std::optional<qint64> count(const Session &session, const ReviewFilter &filter, QString *error = nullptr) const;
    std::optional<ReviewSummary> summary(const Session &session, const ReviewFilter &filter,
                                         QString *error = nullptr) const;
    std::optional<ReviewDetails> details(const Session &session, const QString &reviewId, QString *error) const;
    ReviewChoices choices(const Session &session) const;

    // The score of a review being entered, over the items answered so far (each scaled and weighted as
    // ReviewScorer does; a failed critical item makes it 0 with autoFail). Not ok while no answered item
    // carries weight.
    static ReviewScore scoreSoFar(const Form &form, const QList<Answer> &answers);
    // What one answer scores on 0–100 (its scale's lowest value 0, highest 100); none for N/A.
    static std::optional<double> points(const FormItem &item, const std::optional<double> &value);

    // Every review matching filter as an export: the columns of the list (agent, form and link split in
    // their parts), recorded in the audit log as "qa.review.export" with the filter. Needs
    // Permission::ExportData.
    static io::ExportSource exportSource(const Session &session, const ReviewFilter &filter, const QTimeZone &zone);

private:
    QString nextId(qint64 reviewedAt, QString *error) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
};

// The review list for a table view; the rows come from a worker (QaReviews::query) and are handed in.
class ReviewListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReviewedAtColumn,
        AgentColumn,
        TeamColumn,
        ScoreColumn,
        AutoFailColumn,
        FormColumn,
        ReviewerColumn,
        LinkColumn,
        IdColumn,
        NotesColumn,
        ColumnCount
    };
    // Qt::UserRole: the review id; SortRole: the raw value of the column.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReviewListModel(const QTimeZone &zone, QObject *parent = nullptr);

    void setRows(QList<ReviewRow> rows);
    void appendRows(const QList<ReviewRow> &rows);
    ReviewRow review(int row) const { return m_rows.value(row); }
    const QList<ReviewRow> &reviews() const { return m_rows; }
    // The row showing review id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    // The text of a cell as the list shows it.
    static QString cellText(const ReviewRow &row, int column, const QTimeZone &zone);

private:
    QList<ReviewRow> m_rows;
    QTimeZone m_zone;
};

} // namespace kefu::qa
