#include "ComplaintService.h"

#include "CaseStore.h"

#include "auth/AuditLog.h"
#include "core/Formats.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace kefu::complaints {

namespace {

const char *actionId(CaseAction action)
{
    switch (action) {
    case CaseAction::Assign:
        return "assign";
    case CaseAction::Acknowledge:
        return "acknowledge";
    case CaseAction::Investigate:
        return "investigate";
    case CaseAction::Propose:
        return "propose";
    case CaseAction::SendForConfirmation:
        return "send_for_confirmation";
    case CaseAction::ContactAttempt:
        return "contact_attempt";
    case CaseAction::Note:
        return "note";
    case CaseAction::Close:
        return "close";
    case CaseAction::Reject:
        return "reject";
    case CaseAction::Reopen:
        return "reopen";
    case CaseAction::Escalate:
        return "escalate";
    }
    return "note";
}

QJsonObject summaryOf(const CaseState &s)
{
    return {{QStringLiteral("state"), s.state},
            {QStringLiteral("owner"), s.owner},
            {QStringLiteral("level"), s.level},
            {QStringLiteral("root_cause"), s.rootCause},
            {QStringLiteral("resolution_type"), s.resolution},
            {QStringLiteral("amount"), s.amount},
            {QStringLiteral("customer_feedback"), s.feedback},
            {QStringLiteral("contact_attempts"), s.contactAttempts}};
}

CaseEvent event(qint64 at, const QString &actor, const char *kind, const QString &to, const QString &note = {},
                const char *field = nullptr, const QString &from = {})
{
    return {at, actor, QString::fromLatin1(kind), field ? QString::fromLatin1(field) : QString(), from, to, note};
}

} // namespace

ComplaintService::ComplaintService(QSqlDatabase db, Session session, QTimeZone zone)
    : m_db(std::move(db))
    , m_session(std::move(session))
    , m_zone(std::move(zone))
{}

QList<CaseAction> ComplaintService::allowedActions(const QString &state)
{
    using A = CaseAction;
    QList<A> actions;
    if (state == QLatin1String("new"))
        actions = {A::Assign, A::Acknowledge, A::Reject};
    else if (state == QLatin1String("acknowledged"))
        actions = {A::Assign, A::Investigate, A::Reject, A::Escalate};
    else if (state == QLatin1String("investigating"))
        actions = {A::Assign, A::Propose, A::Reject, A::Escalate};
    else if (state == QLatin1String("proposed"))
        actions = {A::Assign, A::SendForConfirmation, A::Investigate, A::Escalate};
    else if (state == QLatin1String("awaiting_feedback"))
        actions = {A::Assign, A::Close, A::Investigate, A::Escalate};
    else if (state == QLatin1String("closed"))
        actions = {A::Reopen};
    // Notes and contact attempts are open to every case, ended ones too (a customer calls back).
    actions << A::ContactAttempt << A::Note;
    return actions;
}

QString ComplaintService::actionTitle(CaseAction action)
{
    switch (action) {
    case CaseAction::Assign:
        return tr("Assign…");
    case CaseAction::Acknowledge:
        return tr("Acknowledge");
    case CaseAction::Investigate:
        return tr("Investigate");
    case CaseAction::Propose:
        return tr("Propose a resolution…");
    case CaseAction::SendForConfirmation:
        return tr("Send for the customer's confirmation");
    case CaseAction::ContactAttempt:
        return tr("Record a contact attempt…");
    case CaseAction::Note:
        return tr("Add a note…");
    case CaseAction::Close:
        return tr("Close with feedback…");
    case CaseAction::Reject:
        return tr("Reject…");
    case CaseAction::Reopen:
        return tr("Reopen…");
    case CaseAction::Escalate:
        return tr("Escalate…");
    }
    return {};
}

Permission ComplaintService::permissionFor(CaseAction action)
{
    return action == CaseAction::ContactAttempt || action == CaseAction::Note ? Permission::RecordComplaints
                                                                              : Permission::MoveComplaints;
}

qint64 ComplaintService::lastEventId(const QString &caseId, QString *error) const
{
    QString why;
    const QVariant id =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM complaint_events WHERE complaint_id = ?"),
                    {caseId}, &why);
    if (!why.isEmpty() && error)
        *error = why;
    return id.toLongLong();
}

std::optional<QString> ComplaintService::create(const NewCase &c, QString *error)
{
    if (!m_session.require(Permission::RecordComplaints, error))
        return std::nullopt;
    if (c.summary.trimmed().isEmpty()) {
        sql::fail(error, tr("A complaint needs a summary."));
        return std::nullopt;
    }
    if (c.priority != QLatin1String("P1") && c.priority != QLatin1String("P2") && c.priority != QLatin1String("P3")) {
        sql::fail(error, tr("\"%1\" is not a priority (P1, P2, P3).").arg(c.priority));
        return std::nullopt;
    }
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        sql::fail(error, tx.errorString());
        return std::nullopt;
    }
    QString id = c.id.trimmed();
    if (id.isEmpty()) {
        // Numbered per local day of the store: C-20261207-0001.
        const QString prefix = QStringLiteral("C-%1-").arg(
            QDateTime::fromSecsSinceEpoch(c.createdAt, m_zone).date().toString(QStringLiteral("yyyyMMdd")));
        // The next number after the day's cases; past any number a person gave by hand too.
        qint64 next =
            sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE id LIKE ? || '%'"), {prefix})
                .toLongLong() +
            1;
        do {
            id = prefix + QStringLiteral("%1").arg(next++, 4, 10, QLatin1Char('0'));
        } while (sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE id = ?"), {id}).toLongLong() >
                 0);
    } else if (sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE id = ?"), {id}).toLongLong() >
               0) {
        sql::fail(error, tr("There is already a complaint %1.").arg(id));
        return std::nullopt;
    }
    auto orNull = [](const QString &v) {
        return v.trimmed().isEmpty() ? QVariant() : QVariant(v.trimmed());
    };
    QString why;
    if (!sql::exec(
            m_db,
            QStringLiteral("INSERT INTO complaints (id, created_at, channel, customer_id, order_id, category, priority,"
                           " summary, description, agent_id, conversation_id, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, c.createdAt, orNull(c.channel), orNull(c.customerId), orNull(c.orderId), orNull(c.category),
             c.priority, c.summary.trimmed(), orNull(c.description), orNull(c.agentId), orNull(c.conversationId),
             c.createdAt},
            &why)) {
        sql::fail(error, why);
        return std::nullopt;
    }
    CaseStore cases(sql::sqliteHandle(m_db));
    CaseState s;
    s.priority = c.priority;
    s.category = c.category.trimmed();
    s.summary = c.summary.trimmed();
    s.updatedAt = c.createdAt;
    const QString actor = m_session.userName();
    if (!cases.addEvent(id, event(c.createdAt, actor, "created", {}))) {
        sql::fail(error, cases.errorString());
        return std::nullopt;
    }
    if (!c.owner.trimmed().isEmpty()) {
        const CaseEvent assign = event(c.createdAt, actor, "owner", c.owner.trimmed());
        CaseRules::apply(s, assign);
        if (!cases.addEvent(id, assign) || !cases.save(id, s)) {
            sql::fail(error, cases.errorString());
            return std::nullopt;
        }
    }
    if (!audit::record(m_db, m_session, QStringLiteral("complaint.create"), QStringLiteral("complaint"), id, {},
                       summaryOf(s), {}, error))
        return std::nullopt;
    if (!tx.commit()) {
        sql::fail(error, tx.errorString());
        return std::nullopt;
    }
    return id;
}

ActionResult ComplaintService::act(const QString &caseId, qint64 expectedLastEvent, const ActionInput &in, qint64 now)
{
    ActionResult result;
    auto refused = [&result](const QString &message) {
        result.status = ActionResult::Status::Refused;
        result.message = message;
        return result;
    };
    auto failed = [&result](const QString &message) {
        result.status = ActionResult::Status::Failed;
        result.message = message;
        return result;
    };
    QString why;
    if (!m_session.require(permissionFor(in.action), &why))
        return refused(why);

    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return failed(tx.errorString());
    CaseStore cases(sql::sqliteHandle(m_db));
    CaseRow row = cases.load(caseId);
    if (!row.exists)
        return refused(tr("There is no complaint %1.").arg(caseId));
    if (!m_session.isSingleUser() && m_session.role() == Role::Agent &&
        sql::scalar(m_db, QStringLiteral("SELECT agent_id FROM complaints WHERE id = ?"), {caseId}).toString() !=
            m_session.agentId())
        return refused(tr("Complaint %1 is not about you: an agent works only on the complaints about them.")
                           .arg(caseId));
    if (row.state.state == QLatin1String("awaiting_feedback")) {
        // The open spell of the customer's time starts at the last move into awaiting_feedback.
        row.state.awaitingSince =
            sql::scalar(m_db, QStringLiteral("SELECT ") + awaitingSinceSql(QStringLiteral("?")), {caseId}).toLongLong();
    }

    // Somebody else acted since the caller read the case: refuse, say who and when.
    sql::SqliteStatement newest(m_db,
                                QByteArrayLiteral("SELECT id, actor, at FROM complaint_events WHERE complaint_id = ?"
                                                  " ORDER BY id DESC LIMIT 1"));
    newest.bindText(1, caseId);
    if (newest.nextRow()) {
        const qint64 last = newest.columnInteger(0);
        const QString actor = newest.columnText(1);
        const qint64 at = newest.columnInteger(2);
        newest.reset();
        if (last != expectedLastEvent) {
            result.status = ActionResult::Status::Stale;
            result.message =
                tr("Complaint %1 was changed by %2 at %3; reload it and try again.")
                    .arg(caseId, actor.isEmpty() ? tr("someone") : actor, format::dateTimeSeconds(at, m_zone));
            result.lastEvent = last;
            return result;
        }
    }
    if (!allowedActions(row.state.state).contains(in.action))
        return refused(
            tr("A case that is %1 cannot be given \"%2\".")
                .arg(CaseRules::stateTitle(row.state.state), actionTitle(in.action).remove(QStringLiteral("…"))));

    // The events of the action, in order, all at `now`.
    const QString actor = m_session.userName();
    const QString note = in.note.trimmed();
    const CaseState &was = row.state;
    QList<CaseEvent> events;
    auto setField = [&](const char *field, const QString &value, const QString &current) {
        if (value.trimmed() != current)
            events << event(now, actor, "field", value.trimmed(), {}, field, current);
    };
    switch (in.action) {
    case CaseAction::Assign:
        if (in.owner.trimmed().isEmpty())
            return refused(tr("Name the new owner."));
        events << event(now, actor, "owner", in.owner.trimmed(), note, nullptr, was.owner);
        break;
    case CaseAction::Acknowledge:
        if (!in.owner.trimmed().isEmpty() && in.owner.trimmed() != was.owner)
            events << event(now, actor, "owner", in.owner.trimmed(), {}, nullptr, was.owner);
        events << event(now, actor, "state", QStringLiteral("acknowledged"), note, nullptr, was.state);
        break;
    case CaseAction::Investigate:
    case CaseAction::Reopen:
        events << event(now, actor, "state", QStringLiteral("investigating"), note, nullptr, was.state);
        break;
    case CaseAction::Propose:
        setField("root_cause", in.rootCause, was.rootCause);
        setField("resolution_type", in.resolution, was.resolution);
        setField("amount", in.amount, was.amount);
        events << event(now, actor, "state", QStringLiteral("proposed"), note, nullptr, was.state);
        break;
    case CaseAction::SendForConfirmation:
        events << event(now, actor, "state", QStringLiteral("awaiting_feedback"), note, nullptr, was.state);
        break;
    case CaseAction::ContactAttempt:
        events << event(now, actor, "contact_attempt", {}, note);
        break;
    case CaseAction::Note:
        if (note.isEmpty())
            return refused(tr("The note is empty."));
        events << event(now, actor, "note", {}, note);
        break;
    case CaseAction::Close:
        // The override of an unsatisfied close below level 2 is a supervisor's: a lead's or an administrator's.
        if (in.feedback.trimmed() == QLatin1String("unsatisfied") && was.level < 2 && !note.isEmpty() &&
            !m_session.isSingleUser() && m_session.role() != Role::Lead && m_session.role() != Role::Admin)
            return refused(tr("Closing with an unsatisfied customer below escalation level 2 needs a team lead's "
                              "override note; escalate the case or ask a team lead."));
        setField("customer_feedback", in.feedback, was.feedback);
        events << event(now, actor, "state", QStringLiteral("closed"), note, nullptr, was.state);
        break;
    case CaseAction::Reject:
        events << event(now, actor, "state", QStringLiteral("rejected"), note, nullptr, was.state);
        break;
    case CaseAction::Escalate:
        events << event(now, actor, "escalate", QString::number(in.level), note, nullptr, QString::number(was.level));
        if (!in.owner.trimmed().isEmpty() && in.owner.trimmed() != was.owner)
            events << event(now, actor, "owner", in.owner.trimmed(), {}, nullptr, was.owner);
        break;
    }

    CaseState s = was;
    for (const CaseEvent &e : events) {
        const Refusal r = CaseRules::apply(s, e);
        if (r.refused())
            return refused(r.reason.isEmpty() ? r.reason
                                              : r.reason.at(0).toUpper() + r.reason.mid(1) + QLatin1Char('.'));
    }
    s.updatedAt = now;
    for (const CaseEvent &e : events) {
        if (!cases.addEvent(caseId, e))
            return failed(cases.errorString());
    }
    if (!cases.save(caseId, s))
        return failed(cases.errorString());
    if (!audit::record(m_db, m_session, QStringLiteral("complaint.") + QLatin1String(actionId(in.action)),
                       QStringLiteral("complaint"), caseId, summaryOf(was), summaryOf(s), note, &why))
        return failed(why);
    if (!tx.commit())
        return failed(tx.errorString());
    result.status = ActionResult::Status::Done;
    result.lastEvent = lastEventId(caseId);
    return result;
}

} // namespace kefu::complaints
