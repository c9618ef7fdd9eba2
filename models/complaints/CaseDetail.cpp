#include "CaseDetail.h"

#include "CaseStore.h"
#include "core/Vocabulary.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace kefu::complaints {

namespace {

// A finished read transaction: rolled back (nothing was written) when it goes out of scope.
class ReadTransaction final
{
public:
    explicit ReadTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction())
    {}
    ~ReadTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

bool run(QSqlQuery &q, const QString &statement, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::fail(error, sql::errorText(q));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sql::fail(error, sql::errorText(q));
    return true;
}

qint64 timeOrNone(const QVariant &v)
{
    return v.isNull() ? qint64(-1) : v.toLongLong();
}

} // namespace

std::optional<CaseDetail> CaseDetail::load(QSqlDatabase &db, const QString &id, qint64 now, QString *error)
{
    if (error)
        error->clear();
    ReadTransaction read(db);
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT c.created_at, c.channel, c.customer_id, c.order_id, c.category, c.priority, c.summary,"
                            " c.description, c.owner, c.state, c.escalation_level, c.root_cause, c.resolution_type,"
                            " c.amount, c.customer_feedback, c.reject_reason, c.reopen_count, c.transfers,"
                            " c.contact_attempts, c.acknowledged_at, c.closed_at, c.awaiting_feedback_s, c.updated_at,"
                            " c.agent_id, a.name, a.team, c.conversation_id,"
                            " CASE WHEN c.state = 'awaiting_feedback' THEN %1 END"
                            " FROM complaints c LEFT JOIN agents a ON a.id = c.agent_id WHERE c.id = ?")
                 .arg(awaitingSinceSql(QStringLiteral("c.id"))),
             {id}, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    CaseDetail d;
    d.id = id;
    d.createdAt = q.value(0).toLongLong();
    d.channel = q.value(1).toString();
    d.customerId = q.value(2).toString();
    d.orderId = q.value(3).toString();
    CaseState &s = d.state;
    s.category = q.value(4).toString();
    s.priority = q.value(5).toString();
    s.summary = q.value(6).toString();
    d.description = q.value(7).toString();
    s.owner = q.value(8).toString();
    s.state = q.value(9).toString();
    s.level = q.value(10).toInt();
    s.rootCause = q.value(11).toString();
    s.resolution = q.value(12).toString();
    s.amount = q.value(13).isNull() ? QString() : QString::number(q.value(13).toDouble(), 'f', 2);
    s.feedback = q.value(14).toString();
    s.rejectReason = q.value(15).toString();
    s.reopenCount = q.value(16).toInt();
    s.transfers = q.value(17).toInt();
    s.contactAttempts = q.value(18).toInt();
    s.acknowledgedAt = timeOrNone(q.value(19));
    s.closedAt = timeOrNone(q.value(20));
    s.awaitingSeconds = q.value(21).toLongLong();
    s.updatedAt = q.value(22).toLongLong();
    d.agentId = q.value(23).toString();
    d.agentName = q.value(24).toString();
    d.team = q.value(25).toString();
    d.conversationId = q.value(26).toString();

    d.facts.createdAt = d.createdAt;
    d.facts.priority = s.priority;
    d.facts.state = s.state;
    if (s.acknowledgedAt >= 0)
        d.facts.acknowledgedAt = s.acknowledgedAt;
    if (s.closedAt >= 0)
        d.facts.closedAt = s.closedAt;
    d.facts.awaitingSeconds = s.awaitingSeconds;
    if (!q.value(27).isNull())
        d.facts.awaitingSince = q.value(27).toLongLong();
    d.clock = CaseClock::of(d.facts, SlaHours::read(db), now);

    QSqlQuery e(db);
    if (!run(e,
             QStringLiteral("SELECT id, at, actor, kind, field, from_value, to_value, note FROM complaint_events"
                            " WHERE complaint_id = ? ORDER BY at, id"),
             {id}, error))
        return std::nullopt;
    while (e.next()) {
        TimelineEntry t;
        t.id = e.value(0).toLongLong();
        t.event.at = e.value(1).toLongLong();
        t.event.actor = e.value(2).toString();
        t.event.kind = e.value(3).toString();
        t.event.field = e.value(4).toString();
        t.event.from = e.value(5).toString();
        t.event.to = e.value(6).toString();
        t.event.note = e.value(7).toString();
        d.lastEvent = std::max(d.lastEvent, t.id);
        d.timeline.append(std::move(t));
    }

    // The conversation the case was opened from, then the customer's newest ones.
    QSqlQuery c(db);
    const QString conversationColumns = QStringLiteral(
        "SELECT v.id, v.channel, v.arrived_at, v.agent_id, a.name, v.category, v.order_id FROM conversations v"
        " LEFT JOIN agents a ON a.id = v.agent_id");
    auto readConversations = [&](QSqlQuery &query) {
        // RelatedLimit in all: the case's own conversation counts as one of them.
        while (d.conversations.size() < RelatedLimit && query.next()) {
            LinkedConversation l;
            l.id = query.value(0).toString();
            if (std::any_of(d.conversations.cbegin(), d.conversations.cend(),
                            [&](const LinkedConversation &x) { return x.id == l.id; }))
                continue;
            l.channel = query.value(1).toString();
            l.arrivedAt = query.value(2).toLongLong();
            l.agentId = query.value(3).toString();
            l.agentName = query.value(4).toString();
            l.category = query.value(5).toString();
            l.orderId = query.value(6).toString();
            l.openedFrom = l.id == d.conversationId;
            d.conversations.append(std::move(l));
        }
    };
    if (!d.conversationId.isEmpty()) {
        if (!run(c, conversationColumns + QStringLiteral(" WHERE v.id = ?"), {d.conversationId}, error))
            return std::nullopt;
        readConversations(c);
    }
    if (!d.customerId.isEmpty()) {
        QSqlQuery byCustomer(db);
        if (!run(byCustomer,
                 conversationColumns +
                     QStringLiteral(" WHERE v.customer_id = ? ORDER BY v.arrived_at DESC, v.id DESC LIMIT %1")
                         .arg(RelatedLimit),
                 {d.customerId}, error))
            return std::nullopt;
        readConversations(byCustomer);

        QSqlQuery other(db);
        if (!run(other,
                 QStringLiteral("SELECT id, created_at, state, priority, summary FROM complaints"
                                " WHERE customer_id = ? AND id <> ? ORDER BY created_at DESC, id DESC LIMIT %1")
                     .arg(RelatedLimit),
                 {d.customerId, id}, error))
            return std::nullopt;
        while (other.next()) {
            OtherCase o;
            o.id = other.value(0).toString();
            o.createdAt = other.value(1).toLongLong();
            o.state = other.value(2).toString();
            o.priority = other.value(3).toString();
            o.summary = other.value(4).toString();
            d.otherCases.append(std::move(o));
        }
    }
    return d;
}

QString CaseDetail::valueText(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return tr("(none)");
    if (field == QLatin1String("state")) {
        if (const auto s = complaintStateFromId(value))
            return complaintStateName(*s);
    } else if (field == QLatin1String("root_cause")) {
        if (const auto r = rootCauseFromId(value))
            return rootCauseName(*r);
    } else if (field == QLatin1String("resolution_type")) {
        if (const auto r = resolutionTypeFromId(value))
            return resolutionTypeName(*r);
    } else if (field == QLatin1String("customer_feedback")) {
        if (const auto f = customerFeedbackFromId(value))
            return customerFeedbackName(*f);
    } else if (field == QLatin1String("level")) {
        return tr("level %1").arg(value);
    }
    return value;
}

QString CaseDetail::describe(const CaseEvent &e)
{
    auto change = [](const QString &what, const QString &from, const QString &to) {
        return from.isEmpty() || from == tr("(none)") ? tr("%1: %2").arg(what, to)
                                                      : tr("%1: %2 → %3").arg(what, from, to);
    };
    const QString &kind = e.kind;
    if (kind == QLatin1String("created"))
        return tr("Case opened");
    if (kind == QLatin1String("state"))
        return change(tr("State"), e.from.isEmpty() ? QString() : valueText(QStringLiteral("state"), e.from),
                      valueText(QStringLiteral("state"), e.to));
    if (kind == QLatin1String("owner")) {
        if (e.from.isEmpty())
            return tr("Assigned to %1").arg(e.to);
        return tr("Transferred: %1 → %2").arg(e.from, e.to);
    }
    if (kind == QLatin1String("escalate"))
        return change(tr("Escalated"), e.from.isEmpty() ? QString() : valueText(QStringLiteral("level"), e.from),
                      valueText(QStringLiteral("level"), e.to));
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("contact_attempt"))
        return tr("Contact attempt");
    if (kind == QLatin1String("field")) {
        QString what = e.field;
        if (e.field == QLatin1String("root_cause"))
            what = tr("Root cause");
        else if (e.field == QLatin1String("resolution_type"))
            what = tr("Resolution");
        else if (e.field == QLatin1String("amount"))
            what = tr("Amount");
        else if (e.field == QLatin1String("customer_feedback"))
            what = tr("Customer feedback");
        else if (e.field == QLatin1String("priority"))
            what = tr("Priority");
        else if (e.field == QLatin1String("category"))
            what = tr("Category");
        else if (e.field == QLatin1String("summary"))
            what = tr("Summary");
        return change(what, e.from.isEmpty() ? QString() : valueText(e.field, e.from), valueText(e.field, e.to));
    }
    return kind;
}

} // namespace kefu::complaints
