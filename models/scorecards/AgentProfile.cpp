#include "AgentProfile.h"

#include "metrics/ReportPeriod.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kefu::scorecards {

std::optional<AgentProfile> loadAgentProfile(QSqlDatabase &db, const QTimeZone &zone, const QString &agentId,
                                             QDate first, QDate last, QString *error)
{
    const std::optional<ReportPeriod> period = ReportPeriod::fromDates(first, last, zone);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!period)
        return fail(QCoreApplication::translate("kefu::scorecards::AgentProfile", "no period from %1 to %2")
                        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, coalesce(team, ''), skill_level, coalesce(certification, ''),"
                                  " hired_on, active FROM agents WHERE id = ?")))
        return fail(sql::errorText(q));
    q.addBindValue(agentId);
    if (!q.exec())
        return fail(sql::errorText(q));
    if (!q.next())
        return fail(QCoreApplication::translate("kefu::scorecards::AgentProfile", "no agent %1").arg(agentId));
    AgentProfile p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.team = q.value(2).toString();
    if (!q.value(3).isNull())
        p.skillLevel = q.value(3).toInt();
    p.certification = q.value(4).toString();
    p.hiredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.active = q.value(6).toInt() == 1;

    QSqlQuery r(db);
    r.setForwardOnly(true);
    if (!r.prepare(QStringLiteral("SELECT id, reviewed_at, score, auto_fail, coalesce(reviewer, ''),"
                                  " coalesce(conversation_id, ''), coalesce(complaint_id, ''), coalesce(notes, '')"
                                  " FROM qa_reviews WHERE agent_id = ? AND reviewed_at >= ? AND reviewed_at < ?"
                                  " ORDER BY reviewed_at DESC, id")))
        return fail(sql::errorText(r));
    r.addBindValue(agentId);
    r.addBindValue(period->startUtc());
    r.addBindValue(period->endUtc());
    if (!r.exec())
        return fail(sql::errorText(r));
    while (r.next()) {
        AgentProfile::Review v;
        v.id = r.value(0).toString();
        v.reviewedAt = r.value(1).toLongLong();
        v.score = r.value(2).toDouble();
        v.autoFail = r.value(3).toInt() == 1;
        v.reviewer = r.value(4).toString();
        v.conversationId = r.value(5).toString();
        v.complaintId = r.value(6).toString();
        v.notes = r.value(7).toString();
        p.reviews.append(v);
    }

    QSqlQuery c(db);
    c.setForwardOnly(true);
    if (!c.prepare(QStringLiteral("SELECT id, created_at, coalesce(category, ''), priority, state, coalesce(summary, '')"
                                  " FROM complaints WHERE agent_id = ? AND ((created_at >= ? AND created_at < ?)"
                                  " OR state NOT IN ('closed', 'rejected')) ORDER BY created_at DESC, id")))
        return fail(sql::errorText(c));
    c.addBindValue(agentId);
    c.addBindValue(period->startUtc());
    c.addBindValue(period->endUtc());
    if (!c.exec())
        return fail(sql::errorText(c));
    while (c.next()) {
        AgentProfile::Complaint v;
        v.id = c.value(0).toString();
        v.createdAt = c.value(1).toLongLong();
        v.category = c.value(2).toString();
        v.priority = c.value(3).toString();
        v.state = c.value(4).toString();
        v.summary = c.value(5).toString();
        p.complaints.append(v);
    }
    return p;
}

} // namespace kefu::scorecards
