#pragma once

#include "metrics/ServiceMetrics.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kefu::live {

// The contacts behind a figure of the queue pane: one channel (or all) over a span of arrival times.
struct DrillDownQuery
{
    qint64 fromUtc = 0; // arrived_at ≥ from
    qint64 toUtc = 0;   // arrived_at < to
    std::optional<Channel> channel;
    qint64 now = 0;     // the clock for contacts still waiting
    int limit = 20000;
};

struct DrillDownRow
{
    QString id;
    Channel channel = Channel::Chat;
    QString queue;
    bool vip = false;
    QString category;
    QString agentId;
    QString customerId; // empty when the platform gave none
    QString orderId;
    Conversation conversation;
    ConversationOutcome outcome;
};

struct DrillDownResult
{
    QList<DrillDownRow> rows;
    bool truncated = false; // more than limit
};

std::optional<DrillDownResult> drillDown(QSqlDatabase &db, const DrillDownQuery &query, const ServiceRules &rules,
                                         QString *error);

} // namespace kefu::live
