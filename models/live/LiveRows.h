#pragma once

#include "metrics/ServiceMetrics.h"

#include <QString>

#include <optional>
#include <string>

namespace kefu::live {

// The rows the live floor is worked out from, as LiveReader hands them over: plain values, so that
// the computing (LiveTally) needs no store.

struct ConversationRow
{
    qint64 rowid = 0;
    QString id;
    QString queue;
    QString category;
    std::string agentId; // UTF-8: the key of the per-agent tallies
    bool vip = false;
    Conversation c;

    bool isOpen() const { return !c.endedAt && !c.abandonedAt; }
};

struct StateRow
{
    qint64 id = 0;
    std::string agentId;
    AgentState state = AgentState::Offline;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
};

// An active agent, in the floor's order (team, name, id).
struct AgentRow
{
    std::string key; // the id in UTF-8, as the other rows name the agent
    QString id;
    QString name;
    QString team;
};

} // namespace kefu::live
