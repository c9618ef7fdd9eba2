#include "QaReviews.h"
#include "agents/Teams.h"
#include "auth/AuditedExport.h"

#include "auth/AuditLog.h"
#include "core/Formats.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace kefu::qa {

namespace {

// Rows per query while exporting: large enough to be quick, small enough to hold no lock for long.
constexpr int ExportPageSize = 1000;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString selectRows = QStringLiteral(
    "SELECT r.id, r.agent_id, a.name, a.team, r.reviewed_at, r.score, r.auto_fail, r.reviewer, r.conversation_id,"
    " r.complaint_id, r.notes, r.form_version_id, f.name, v.version,"
    " (SELECT count(*) FROM qa_review_answers x WHERE x.review_id = r.id)"
    " FROM qa_reviews r LEFT JOIN agents a ON a.id = r.agent_id"
    " LEFT JOIN qa_form_versions v ON v.id = r.form_version_id LEFT JOIN qa_forms f ON f.id = v.form_id");

const QString summaryRows =
    QStringLiteral("SELECT count(*), avg(CASE WHEN r.auto_fail = 1 THEN 0 ELSE r.score END), total(r.auto_fail)"
                   " FROM qa_reviews r LEFT JOIN agents a ON a.id = r.agent_id"
                   " LEFT JOIN qa_form_versions v ON v.id = r.form_version_id");

ReviewRow rowFrom(const QSqlQuery &q)
{
    ReviewRow r;
    r.id = q.value(0).toString();
    r.agentId = q.value(1).toString();
    r.agentName = q.value(2).toString();
    r.team = q.value(3).toString();
    r.reviewedAt = q.value(4).toLongLong();
    r.score = q.value(5).toDouble();
    r.autoFail = q.value(6).toInt() == 1;
    r.reviewer = q.value(7).toString();
    r.conversationId = q.value(8).toString();
    r.complaintId = q.value(9).toString();
    r.notes = q.value(10).toString();
    r.formVersionId = q.value(11).toLongLong();
    r.formName = q.value(12).toString();
    r.formVersion = q.value(13).toInt();
    r.answerCount = q.value(14).toInt();
    return r;
}

// The conditions of filter for session (and of the page after cursor), with their values.
QString conditions(const Session &session, const ReviewFilter &filter, const QTimeZone &zone,
                   const std::optional<ReviewCursor> &after, QVariantList *values)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    // Without the right to see every agent, only one's own reviews (an agent's own scorecard).
    if (!session.can(Permission::ViewAllScorecards)) {
        where += QStringLiteral(" AND r.agent_id = ?");
        *values << session.agentId();
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND r.reviewed_at >= ?");
        *values << QDateTime(filter.from, QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND r.reviewed_at < ?");
        *values << QDateTime(filter.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (!filter.agentId.isEmpty()) {
        where += QStringLiteral(" AND r.agent_id = ?");
        *values << filter.agentId;
    }
    if (!filter.team.isEmpty()) {
        where += QStringLiteral(" AND a.team = ?");
        *values << filter.team;
    }
    if (!filter.reviewer.isEmpty()) {
        where += QStringLiteral(" AND r.reviewer = ?");
        *values << filter.reviewer;
    }
    if (filter.formId > 0) {
        where += QStringLiteral(" AND v.form_id = ?");
        *values << filter.formId;
    }
    if (filter.autoFailOnly)
        where += QStringLiteral(" AND r.auto_fail = 1");
    if (filter.minScore) {
        where += QStringLiteral(" AND (CASE WHEN r.auto_fail = 1 THEN 0 ELSE r.score END) >= ?");
        *values << *filter.minScore;
    }
    if (filter.maxScore) {
        where += QStringLiteral(" AND (CASE WHEN r.auto_fail = 1 THEN 0 ELSE r.score END) <= ?");
        *values << *filter.maxScore;
    }
    if (after) {
        where += QStringLiteral(" AND (r.reviewed_at < ? OR (r.reviewed_at = ? AND r.id < ?))");
        *values << after->reviewedAt << after->reviewedAt << after->id;
    }
    return where;
}

bool prepareAndBind(QSqlQuery &q, const QString &statement, const QVariantList &values, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::fail(error, sql::errorText(q));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sql::fail(error, sql::errorText(q));
    return true;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("kefu::qa::ReviewListModel", "Yes")
                 : QCoreApplication::translate("kefu::qa::ReviewListModel", "No");
}

} // namespace

QaReviews::QaReviews(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
{}

std::optional<QString> QaReviews::conversationAgent(const QString &conversationId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Only an answered conversation has an agent who handled it.
    q.prepare(QStringLiteral("SELECT CASE WHEN answered_at IS NOT NULL THEN agent_id END FROM conversations WHERE id = ?"));
    q.addBindValue(conversationId.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QString QaReviews::nextId(qint64 reviewedAt, QString *error) const
{
    const QString prefix = QStringLiteral("QA-%1-").arg(
        QDateTime::fromSecsSinceEpoch(reviewedAt, m_zone).date().toString(QStringLiteral("yyyyMMdd")));
    // A range on the primary key ('.' follows '-'), so that the index finds the day's reviews.
    const QVariant last = sql::scalar(m_db,
                                      QStringLiteral("SELECT max(CAST(substr(id, ?) AS INTEGER)) FROM qa_reviews"
                                                     " WHERE id >= ? AND id < ? AND id GLOB ?"),
                                      {int(prefix.size()) + 1, prefix, QString(prefix.chopped(1) + QLatin1Char('.')),
                                       QString(prefix + QStringLiteral("[0-9]*"))},
                                      error);
    if (!last.isValid())
        return {};
    return prefix + QStringLiteral("%1").arg(last.toLongLong() + 1, 4, 10, QLatin1Char('0'));
}

bool QaReviews::add(const Session &session, const NewReview &review, SavedReview *saved, QString *error)
{
    if (saved)
        *saved = {};
    if (!session.require(Permission::EnterQaReviews, error))
        return false;
    const QString agentId = review.agentId.trimmed();
    const QString conversationId = review.conversationId.trimmed();
    const QString complaintId = review.complaintId.trimmed();
    const QString notes = review.notes.trimmed();
    if (agentId.isEmpty())
        return sql::fail(error, tr("Choose the agent to review."));
    if (conversationId.isEmpty() && complaintId.isEmpty())
        return sql::fail(error, tr("Give the conversation or the complaint that the review is about (at least one)."));
    if (notes.size() > MaxNotesLength)
        return sql::fail(error, tr("The notes can have at most %1 characters.").arg(MaxNotesLength));

    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {agentId}).isValid())
        return sql::fail(error, tr("There is no agent with the id %1.").arg(agentId));
    if (!conversationId.isEmpty()) {
        const std::optional<QString> handledBy = conversationAgent(conversationId);
        if (!handledBy)
            return sql::fail(error, tr("There is no conversation %1.").arg(conversationId));
        if (handledBy->isEmpty())
            return sql::fail(error, tr("The conversation %1 was not answered by an agent: there is nothing to review.")
                                   .arg(conversationId));
        if (*handledBy != agentId)
            return sql::fail(
                error,
                tr("The conversation %1 was handled by %2, not by %3.").arg(conversationId, *handledBy, agentId));
    }
    if (!complaintId.isEmpty()) {
        const QVariant caseAgent =
            sql::scalar(m_db, QStringLiteral("SELECT coalesce(agent_id, '') FROM complaints WHERE id = ?"), {complaintId});
        if (!caseAgent.isValid())
            return sql::fail(error, tr("There is no complaint %1.").arg(complaintId));
        // A case linked to an agent is reviewed against that agent.
        if (!caseAgent.toString().isEmpty() && caseAgent.toString() != agentId)
            return sql::fail(error, tr("The complaint %1 concerns %2, not %3.").arg(complaintId, caseAgent.toString(), agentId));
    }

    const std::optional<FormVersion> form = QaForms(m_db).load(review.formVersionId, error);
    if (!form)
        return false;
    if (!form->active)
        return sql::fail(error, tr("The form \"%1\" is retired: enter reviews with an active form.").arg(form->name));
    const ReviewScore score = ReviewScorer::score(form->form, review.answers);
    if (!score.ok)
        return sql::fail(error, score.error);

    const qint64 reviewedAt = review.reviewedAt > 0 ? review.reviewedAt : QDateTime::currentSecsSinceEpoch();
    const QString id = nextId(reviewedAt, error);
    if (id.isEmpty())
        return false;
    if (!sql::exec(m_db,
                   QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail, reviewer,"
                                  " conversation_id, complaint_id, notes, form_version_id)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {id, agentId, reviewedAt, score.score, score.autoFail ? 1 : 0, session.userName(),
                    nullable(conversationId), nullable(complaintId), nullable(notes), form->versionId},
                   error))
        return false;
    QSqlQuery answer(m_db);
    if (!answer.prepare(QStringLiteral("INSERT INTO qa_review_answers(review_id, item_id, value) VALUES (?, ?, ?)")))
        return sql::fail(error, sql::errorText(answer));
    for (const Answer &a : review.answers) {
        answer.addBindValue(id);
        answer.addBindValue(a.itemId);
        answer.addBindValue(a.value ? QVariant(*a.value) : QVariant(QMetaType::fromType<double>()));
        if (!answer.exec())
            return sql::fail(error, sql::errorText(answer));
    }
    QJsonObject after{
        {QStringLiteral("agent_id"), agentId},           {QStringLiteral("score"), score.score},
        {QStringLiteral("auto_fail"), score.autoFail},   {QStringLiteral("form"), form->name},
        {QStringLiteral("form_version"), form->version}, {QStringLiteral("form_version_id"), form->versionId}};
    if (!conversationId.isEmpty())
        after.insert(QStringLiteral("conversation_id"), conversationId);
    if (!complaintId.isEmpty())
        after.insert(QStringLiteral("complaint_id"), complaintId);
    if (!audit::record(m_db, session, QStringLiteral("qa.review.add"), QStringLiteral("qa_review"), id, {}, after, {},
                       error))
        return false;
    if (!tx.commit())
        return sql::fail(error, tx.errorString());
    if (saved)
        *saved = {id, score.score, score.autoFail, reviewedAt};
    return true;
}

bool QaReviews::query(const Session &session, const ReviewFilter &filter, int limit,
                      const std::optional<ReviewCursor> &after, QList<ReviewRow> *rows, QString *error) const
{
    rows->clear();
    QVariantList values;
    const QString where = conditions(session, filter, m_zone, after, &values);
    values << qMax(1, limit);
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, selectRows + where + QStringLiteral(" ORDER BY r.reviewed_at DESC, r.id DESC LIMIT ?"),
                        values, error))
        return false;
    while (q.next())
        rows->append(rowFrom(q));
    return true;
}

std::optional<qint64> QaReviews::count(const Session &session, const ReviewFilter &filter, QString *error) const
{
    const std::optional<ReviewSummary> s = summary(session, filter, error);
    return s ? std::optional<qint64>(s->count) : std::nullopt;
}

std::optional<ReviewSummary> QaReviews::summary(const Session &session, const ReviewFilter &filter,
                                                QString *error) const
{
    QVariantList values;
    const QString where = conditions(session, filter, m_zone, std::nullopt, &values);
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, summaryRows + where, values, error))
        return std::nullopt;
    if (!q.next()) {
        sql::fail(error, sql::errorText(q));
        return std::nullopt;
    }
    ReviewSummary s;
    s.count = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        s.meanScore = q.value(1).toDouble();
    s.autoFails = q.value(2).toLongLong();
    return s;
}

std::optional<ReviewDetails> QaReviews::details(const Session &session, const QString &reviewId, QString *error) const
{
    ReviewDetails d;
    {
        QSqlQuery q(m_db);
        if (!prepareAndBind(q, selectRows + QStringLiteral(" WHERE r.id = ?"), {reviewId}, error))
            return std::nullopt;
        if (!q.next()) {
            sql::fail(error, tr("There is no QA review %1.").arg(reviewId));
            return std::nullopt;
        }
        d.review = rowFrom(q);
    }
    if (!session.canSeeAgent(d.review.agentId)) {
        sql::fail(error, tr("You may see your own QA reviews only."));
        return std::nullopt;
    }
    if (d.review.formVersionId > 0) {
        d.form = QaForms(m_db).load(d.review.formVersionId, error);
        if (!d.form)
            return std::nullopt;
    }
    QSqlQuery a(m_db);
    if (!prepareAndBind(a, QStringLiteral("SELECT item_id, value FROM qa_review_answers WHERE review_id = ?"),
                        {reviewId}, error))
        return std::nullopt;
    while (a.next())
        d.answers << Answer{a.value(0).toLongLong(),
                            a.value(1).isNull() ? std::nullopt : std::optional<double>(a.value(1).toDouble())};
    return d;
}

ReviewChoices QaReviews::choices(const Session &session) const
{
    ReviewChoices c;
    const bool all = session.can(Permission::ViewAllScorecards);
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, name, team FROM agents WHERE ? = 1 OR id = ? ORDER BY id"));
        q.addBindValue(all ? 1 : 0);
        q.addBindValue(session.agentId());
        if (q.exec()) {
            while (q.next())
                c.agents << ReviewChoices::Agent{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        }
    }
    c.teams = agents::teamNames(m_db);
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT DISTINCT reviewer FROM qa_reviews WHERE reviewer IS NOT NULL AND reviewer <> ''"
                           " AND (? = 1 OR agent_id = ?) ORDER BY reviewer"));
        q.addBindValue(all ? 1 : 0);
        q.addBindValue(session.agentId());
        if (q.exec()) {
            while (q.next())
                c.reviewers << q.value(0).toString();
        }
    }
    c.forms = QaForms(m_db).list();
    return c;
}

ReviewScore QaReviews::scoreSoFar(const Form &form, const QList<Answer> &answers)
{
    QHash<qint64, bool> answered;
    for (const Answer &a : answers)
        answered.insert(a.itemId, true);
    Form sub;
    for (const FormSection &section : form.sections) {
        FormSection s = section;
        s.items.clear();
        for (const FormItem &item : section.items) {
            if (answered.contains(item.id))
                s.items << item;
        }
        if (!s.items.isEmpty())
            sub.sections << s;
    }
    if (sub.sections.isEmpty()) {
        ReviewScore none;
        none.error = tr("No item is answered yet.");
        return none;
    }
    return ReviewScorer::score(sub, answers);
}

std::optional<double> QaReviews::points(const FormItem &item, const std::optional<double> &value)
{
    if (!value)
        return std::nullopt;
    const double low = ReviewScorer::lowest(item.scale), high = ReviewScorer::highest(item.scale);
    return 100.0 * (*value - low) / (high - low);
}

io::ExportSource QaReviews::exportSource(const Session &session, const ReviewFilter &filter, const QTimeZone &zone)
{
    io::ExportSource source;
    source.sheetName = tr("QA reviews");
    source.columns = {{tr("Reviewed at (%1)").arg(QString::fromUtf8(zone.id())), {}},
                      {tr("Review"), {}},
                      {tr("Agent id"), {}},
                      {tr("Agent"), {}},
                      {tr("Team"), {}},
                      {tr("Score"), QStringLiteral("0.0")},
                      {tr("Recorded score"), QStringLiteral("0.0")},
                      {tr("Auto-fail"), {}},
                      {tr("Form"), {}},
                      {tr("Form version"), QStringLiteral("0")},
                      {tr("Reviewer"), {}},
                      {tr("Conversation"), {}},
                      {tr("Complaint"), {}},
                      {tr("Answers"), QStringLiteral("0")},
                      {tr("Notes"), {}}};
    source.count = [session, filter, zone](const QSqlDatabase &db) {
        return QaReviews(db, zone).count(session, filter);
    };
    source.rows = [session, filter, zone](const QSqlDatabase &db, const io::RowSink &emitRow, QString *error) {
        if (!session.require(Permission::ExportData, error))
            return false;
        const QaReviews reviews(db, zone);
        std::optional<ReviewCursor> after;
        for (;;) {
            QList<ReviewRow> page;
            if (!reviews.query(session, filter, ExportPageSize, after, &page, error))
                return false;
            for (const ReviewRow &r : std::as_const(page)) {
                const QVariantList cells = {QDateTime::fromSecsSinceEpoch(r.reviewedAt, zone),
                                            r.id,
                                            r.agentId,
                                            r.agentName,
                                            r.team,
                                            r.countedScore(),
                                            r.score,
                                            yesNo(r.autoFail),
                                            r.formName,
                                            r.formVersionId > 0 ? QVariant(r.formVersion) : QVariant(),
                                            r.reviewer,
                                            r.conversationId,
                                            r.complaintId,
                                            r.answerCount,
                                            r.notes};
                if (!emitRow(cells))
                    return true;
            }
            if (page.size() < ExportPageSize)
                return true;
            after = ReviewCursor{page.constLast().reviewedAt, page.constLast().id};
        }
    };
    QVariantMap details;
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.agentId.isEmpty())
        details.insert(QStringLiteral("agent"), filter.agentId);
    if (!filter.team.isEmpty())
        details.insert(QStringLiteral("team"), filter.team);
    if (!filter.reviewer.isEmpty())
        details.insert(QStringLiteral("reviewer"), filter.reviewer);
    if (filter.formId > 0)
        details.insert(QStringLiteral("form_id"), filter.formId);
    if (filter.autoFailOnly)
        details.insert(QStringLiteral("auto_fail_only"), true);
    if (filter.minScore)
        details.insert(QStringLiteral("min_score"), *filter.minScore);
    if (filter.maxScore)
        details.insert(QStringLiteral("max_score"), *filter.maxScore);
    source.record =
        audit::exportRecord(session, QStringLiteral("qa.review.export"), QStringLiteral("qa_reviews"), details);
    return source;
}

// ---------------------------------------------------------------------------------------------

ReviewListModel::ReviewListModel(const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(zone)
{}

void ReviewListModel::setRows(QList<ReviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ReviewListModel::appendRows(const QList<ReviewRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

int ReviewListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = cellText(r, index.column(), m_zone);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn && r.autoFail && r.score != 0)
            return tr("Recorded as %1; a failed critical item counts as 0.")
                .arg(format::number(r.score, format::ScoreDecimals));
        if (index.column() == FormColumn && r.formVersionId > 0 && r.answerCount == 0)
            return tr("Only the score of this review is known: its answers were not recorded.");
        if (index.column() == FormColumn && r.formVersionId == 0)
            return tr("Imported without a form: only the score is known.");
        if (index.column() == NotesColumn && !r.notes.isEmpty())
            return r.notes;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return r.id;
    case SortRole:
        switch (index.column()) {
        case ReviewedAtColumn:
            return r.reviewedAt;
        case ScoreColumn:
            return r.countedScore();
        default:
            return cellText(r, index.column(), m_zone);
        }
    default:
        return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == ReviewedAtColumn)
        return tr("In the store's time zone, %1").arg(QString::fromUtf8(m_zone.id()));
    if (role == Qt::ToolTipRole && section == ScoreColumn)
        return tr("0–100, as the agent metrics count it: a review with a failed critical item counts as 0.");
    return {};
}

QString ReviewListModel::columnTitle(int column)
{
    switch (column) {
    case ReviewedAtColumn:
        return tr("Reviewed at");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case ScoreColumn:
        return tr("Score");
    case AutoFailColumn:
        return tr("Auto-fail");
    case FormColumn:
        return tr("Form");
    case ReviewerColumn:
        return tr("Reviewer");
    case LinkColumn:
        return tr("Conversation / complaint");
    case NotesColumn:
        return tr("Notes");
    case IdColumn:
        return tr("Review");
    default:
        return {};
    }
}

QString ReviewListModel::cellText(const ReviewRow &r, int column, const QTimeZone &zone)
{
    switch (column) {
    case ReviewedAtColumn:
        return format::dateTime(r.reviewedAt, zone);
    case AgentColumn:
        return r.agentName.isEmpty() ? r.agentId : tr("%1 · %2").arg(r.agentId, r.agentName);
    case TeamColumn:
        return r.team;
    case ScoreColumn:
        return format::number(r.countedScore(), format::ScoreDecimals);
    case AutoFailColumn:
        return r.autoFail ? yesNo(true) : QString();
    case FormColumn:
        return r.formVersionId > 0 ? tr("%1 v%2").arg(r.formName, QString::number(r.formVersion)) : tr("(imported)");
    case ReviewerColumn:
        return r.reviewer;
    case LinkColumn:
        if (!r.conversationId.isEmpty() && !r.complaintId.isEmpty())
            return tr("%1 / %2").arg(r.conversationId, r.complaintId);
        return r.conversationId.isEmpty() ? r.complaintId : r.conversationId;
    case NotesColumn:
        return r.notes;
    case IdColumn:
        return r.id;
    default:
        return {};
    }
}

} // namespace kefu::qa
