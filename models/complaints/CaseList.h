#pragma once

#include "ComplaintClock.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace kefu::complaints {

// What the complaints pane's list is filtered by; an empty field does not filter.
struct CaseFilter
{
    QStringList states; // any of these states
    QString priority;   // P1, P2 or P3
    QString owner;
    QString team; // the team of the agent the complaint is about
    QString category;
    QString rootCause;
    bool overdueOnly = false; // open and past its acknowledge or resolve due at `now`
    bool nearDueOnly = false; // open and at least CaseClock::NearDue of its time used at `now` (overdue ones too)
    QString agentId;          // only the cases about this agent (what a user with the agent role sees)
    qint64 closedAfterSeconds = -1;  // closed, at least this long after creation (-1 = any)
    qint64 closedWithinSeconds = -1; // closed, less than this long after creation (-1 = any)
    qint64 createdFrom = 0;   // UTC seconds, included; 0 = any
    qint64 createdTo = 0;     // UTC seconds, excluded; 0 = any
    QString text;             // in summary, description, customer id, order id or case id (case-insensitive for ASCII)
};

// One case of the list with its clock at `now`.
struct CaseListRow
{
    QString id;
    QString state;
    QString priority;
    QString owner;
    QString category;
    QString summary;
    QString customerId;
    QString orderId;
    QString agentId;
    QString team;
    QString rootCause;
    int level = 1;
    ClockFacts facts;
    CaseClock clock;
};

// The list reads newest first (created_at, then id, descending) and pages by keyset: the next page
// starts after the last row of the one before, so a page costs the same however deep it is.
struct CasePageKey
{
    qint64 createdAt = 0;
    QString id;
};

class CaseList final
{
public:
    // Up to limit rows matching filter after `after` (from the newest when empty). On a database
    // error returns nothing and says why in *error.
    static QList<CaseListRow> page(QSqlDatabase &db, const CaseFilter &filter, const std::optional<CasePageKey> &after,
                                   int limit, qint64 now, QString *error);
    // How many cases match filter in each state (the filter's own states ignored): the pane's counts.
    static QMap<QString, qint64> countsByState(QSqlDatabase &db, const CaseFilter &filter, qint64 now, QString *error);
    // The creation time of the oldest case (nothing when there is none): where "any time" starts.
    static std::optional<qint64> firstCreated(QSqlDatabase &db, QString *error);
};

} // namespace kefu::complaints
