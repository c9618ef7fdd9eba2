#pragma once

#include "CaseList.h"

#include <QList>
#include <QString>

namespace kefu::complaints {

// A case that needs attention: near due (CaseClock::NearDue of its time used) or overdue, for its
// acknowledgement or its resolution.
struct CaseNotice
{
    QString key;    // "overdue:resolve:C-20261120-0003": the condition; a new condition is a new notice
    QString caseId;
    QString summary;
    QString priority;
    bool overdue = false;
    bool acknowledgement = false; // the acknowledge deadline (else the resolve deadline)
    qint64 due = 0;
    qint64 raisedAt = 0;
    bool acknowledged = false;
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;
};

// The complaints pane's notices, like the queue's alerts: each condition raised once, kept while it
// holds, acknowledged by a person. A near-due case that becomes overdue raises a new notice.
class CaseNotices final
{
public:
    // The notices that hold for rows (the open cases at least near due at now, CaseFilter::nearDueOnly).
    static QList<CaseNotice> conditions(const QList<CaseListRow> &rows, qint64 now);

    // Replaces the book by the conditions of rows, keeping the acknowledgements of those that still
    // hold; returns the notices raised now (most urgent first).
    QList<CaseNotice> update(const QList<CaseListRow> &rows, qint64 now);
    int acknowledgeAll(const QString &by, qint64 at);
    // Most urgent first: overdue before near due, earliest due first.
    const QList<CaseNotice> &notices() const { return m_notices; }
    int unacknowledged() const;
    int overdue() const;

private:
    QList<CaseNotice> m_notices;
};

} // namespace kefu::complaints
