#include "DrillDown.h"

#include "store/SqliteStatement.h"

namespace kefu::live {

std::optional<DrillDownResult> drillDown(QSqlDatabase &db, const DrillDownQuery &query, const ServiceRules &rules,
                                         QString *error)
{
    sql::SqliteStatement scan(db, QByteArrayLiteral("SELECT id, channel, queue, customer_tier, category, agent_id,"
                                                    " arrived_at, answered_at, ended_at, abandoned_at, wrap_seconds,"
                                                    " transfers, resolved, csat, customer_id, order_id"
                                                    " FROM conversations"
                                                    " WHERE arrived_at >= ? AND arrived_at < ?"
                                                    " AND (? = '' OR channel = ?) ORDER BY arrived_at, id LIMIT ?"));
    const QString channel = query.channel ? channelId(*query.channel) : QString();
    scan.bindInteger(1, query.fromUtc);
    scan.bindInteger(2, query.toUtc);
    scan.bindText(3, channel);
    scan.bindText(4, channel);
    scan.bindInteger(5, qint64(query.limit) + 1);
    DrillDownResult result;
    const auto optional = [&scan](int column) {
        return scan.columnIsNull(column) ? std::nullopt : std::optional<qint64>(scan.columnInteger(column));
    };
    const auto text = [&scan](int column) {
        return QString::fromUtf8(scan.columnBytes(column));
    };
    while (scan.nextRow()) {
        if (result.rows.size() == query.limit) {
            result.truncated = true;
            break;
        }
        const std::optional<Channel> c = channelFromUtf8(scan.columnBytes(1));
        if (!c)
            continue;
        DrillDownRow row;
        row.id = text(0);
        row.channel = *c;
        row.queue = text(2);
        row.vip = scan.columnBytes(3) == "vip";
        row.category = text(4);
        row.agentId = text(5);
        row.customerId = text(14);
        row.orderId = text(15);
        Conversation &conversation = row.conversation;
        conversation.channel = *c;
        conversation.arrivedAt = scan.columnInteger(6);
        conversation.answeredAt = optional(7);
        conversation.endedAt = optional(8);
        conversation.abandonedAt = optional(9);
        conversation.wrapSeconds = optional(10);
        conversation.transfers = optional(11);
        conversation.resolved = optional(12);
        conversation.csat = optional(13);
        row.outcome = evaluateConversation(conversation, rules, query.now);
        result.rows.append(std::move(row));
    }
    scan.reset(); // a break above leaves the statement mid-read: it would hold a read lock
    if (scan.hasError()) {
        if (error)
            *error = scan.errorString();
        return std::nullopt;
    }
    return result;
}

} // namespace kefu::live
