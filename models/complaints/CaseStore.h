#pragma once

// A complaint case row as its events leave it: read, written back, and its events appended. The
// import (ComplaintImport) and the workflow (ComplaintService) share it, so that both keep the
// row in step with the history the same way.

#include "ComplaintCase.h"
#include "importing/Upsert.h"
#include "store/SqliteStatement.h"

namespace kefu::complaints {

// SQL for the start of a case's open spell in awaiting_feedback: its last move into that state.
// caseId is the SQL expression of the case's id ("c.id", or "?" for a bound one).
inline QString awaitingSinceSql(const QString &caseId)
{
    return QStringLiteral("(SELECT max(e.at) FROM complaint_events e WHERE e.complaint_id = %1 AND e.kind = 'state'"
                          " AND e.to_value = 'awaiting_feedback')")
        .arg(caseId);
}

struct CaseRow
{
    bool exists = false;
    qint64 createdAt = 0;
    CaseState state;
    QString channel, customerId, orderId, description;
};

class CaseStore final
{
public:
    explicit CaseStore(sqlite3 *db)
        : m_select(db,
                   QByteArrayLiteral(
                       "SELECT created_at, channel, customer_id, order_id, category, priority, summary, description,"
                       " owner, state, escalation_level, root_cause, resolution_type, amount, customer_feedback,"
                       " reject_reason, reopen_count, transfers, contact_attempts, acknowledged_at, closed_at,"
                       " awaiting_feedback_s, updated_at FROM complaints WHERE id = ?"))
        , m_update(db, QByteArrayLiteral(
                           "UPDATE complaints SET category = ?2, priority = ?3, summary = ?4, owner = ?5, state = ?6,"
                           " escalation_level = ?7, root_cause = ?8, resolution_type = ?9, amount = ?10,"
                           " customer_feedback = ?11, reject_reason = ?12, reopen_count = ?13, transfers = ?14,"
                           " contact_attempts = ?15, acknowledged_at = ?16, closed_at = ?17, awaiting_feedback_s = ?18,"
                           " updated_at = ?19 WHERE id = ?1"))
        , m_event(db, QByteArrayLiteral("INSERT INTO complaint_events(complaint_id, at, actor, kind, field, from_value,"
                                        " to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    {}

    QString errorString() const
    {
        for (const auto *s : {&m_select, &m_update, &m_event}) {
            if (!s->errorString().isEmpty())
                return s->errorString();
        }
        return {};
    }

    CaseRow load(const QString &id)
    {
        CaseRow row;
        m_select.bindText(1, id);
        if (!m_select.nextRow())
            return row;
        auto text = [&](int i) {
            return m_select.columnText(i);
        };
        auto timeOrNone = [&](int i) {
            return m_select.columnIsNull(i) ? qint64(-1) : m_select.columnInteger(i);
        };
        row.exists = true;
        row.createdAt = m_select.columnInteger(0);
        row.channel = text(1);
        row.customerId = text(2);
        row.orderId = text(3);
        CaseState &s = row.state;
        s.category = text(4);
        s.priority = text(5);
        s.summary = text(6);
        row.description = text(7);
        s.owner = text(8);
        s.state = text(9);
        s.level = int(m_select.columnInteger(10));
        s.rootCause = text(11);
        s.resolution = text(12);
        s.amount = m_select.columnIsNull(13) ? QString() : QString::number(m_select.columnDouble(13), 'f', 2);
        s.feedback = text(14);
        s.rejectReason = text(15);
        s.reopenCount = int(m_select.columnInteger(16));
        s.transfers = int(m_select.columnInteger(17));
        s.contactAttempts = int(m_select.columnInteger(18));
        s.acknowledgedAt = timeOrNone(19);
        s.closedAt = timeOrNone(20);
        s.awaitingSeconds = m_select.columnInteger(21);
        s.updatedAt = m_select.columnIsNull(22) ? 0 : m_select.columnInteger(22);
        m_select.reset();
        return row;
    }

    bool save(const QString &id, const CaseState &s)
    {
        auto timeOrNull = [&](int i, qint64 v) {
            if (v < 0)
                m_update.bindNull(i);
            else
                m_update.bindInteger(i, v);
        };
        m_update.bindText(1, id);
        importing::bindTextOrNull(m_update, 2, s.category);
        m_update.bindText(3, s.priority.isEmpty() ? QStringLiteral("P3") : s.priority);
        importing::bindTextOrNull(m_update, 4, s.summary);
        importing::bindTextOrNull(m_update, 5, s.owner);
        m_update.bindText(6, s.state);
        m_update.bindInteger(7, s.level);
        importing::bindTextOrNull(m_update, 8, s.rootCause);
        importing::bindTextOrNull(m_update, 9, s.resolution);
        if (s.amount.isEmpty())
            m_update.bindNull(10);
        else
            m_update.bindDouble(10, s.amount.toDouble());
        importing::bindTextOrNull(m_update, 11, s.feedback);
        importing::bindTextOrNull(m_update, 12, s.rejectReason);
        m_update.bindInteger(13, s.reopenCount);
        m_update.bindInteger(14, s.transfers);
        m_update.bindInteger(15, s.contactAttempts);
        timeOrNull(16, s.acknowledgedAt);
        timeOrNull(17, s.closedAt);
        // A case still waiting for the customer counts its time up to its last change.
        m_update.bindInteger(18, s.awaitingSeconds);
        timeOrNull(19, s.updatedAt > 0 ? s.updatedAt : -1);
        return m_update.exec();
    }

    bool addEvent(const QString &id, const CaseEvent &e)
    {
        m_event.bindText(1, id);
        m_event.bindInteger(2, e.at);
        importing::bindTextOrNull(m_event, 3, e.actor);
        m_event.bindText(4, e.kind);
        importing::bindTextOrNull(m_event, 5, e.field);
        importing::bindTextOrNull(m_event, 6, e.from);
        importing::bindTextOrNull(m_event, 7, e.to);
        importing::bindTextOrNull(m_event, 8, e.note);
        return m_event.exec();
    }

private:
    sql::SqliteStatement m_select, m_update, m_event;
};

} // namespace kefu::complaints
