#include "LongestWaitRouting.h"

#include <algorithm>

namespace kefu {

bool LongestWaitRouting::canTake(const FloorEngine &floor, int agent, Channel channel)
{
    const FloorAgent &a = floor.agent(agent);
    return a.mode == FloorMode::Ready && a.load + floor.unitsFor(agent, channel) <= a.capacity;
}

// The agent free the longest among those with room for the channel (one group, all of the same capacity: the
// head of each load level stands for its level).
int LongestWaitRouting::bestAgentFor(const FloorEngine &floor, Channel channel)
{
    std::pair<qint64, int> best{FloorNever, -1};
    for (int level = 0; level < floor.maxCapacity(); ++level) {
        const auto &free = floor.freeAgents(0, level);
        if (!free.empty() && canTake(floor, free.begin()->second, channel))
            best = std::min(best, *free.begin());
    }
    return best.second;
}

void LongestWaitRouting::route(FloorEngine &floor, qint64 seq, qint64 now)
{
    const int line = lineOf(floor.contact(seq));
    if (floor.waitingHead(line, 0, now) < 0 && floor.waitingHead(line, 1, now) < 0) {
        const int agent = bestAgentFor(floor, floor.contact(seq).channel);
        if (agent >= 0) {
            floor.assign(agent, seq, now);
            return;
        }
    }
    floor.enqueue(seq);
}

void LongestWaitRouting::pickWork(FloorEngine &floor, int agent, qint64 now)
{
    for (;;) {
        int bestLine = -1;
        int bestTier = 1;
        double bestScore = -1;
        for (const Channel c : AllChannels) {
            if (!canTake(floor, agent, c))
                continue;
            const int line = int(c);
            int tier = 0;
            qint64 seq = floor.waitingHead(line, 0, now);
            if (seq < 0) {
                tier = 1;
                seq = floor.waitingHead(line, 1, now);
            }
            if (seq < 0)
                continue;
            const FloorContact &k = floor.contact(seq);
            const double threshold = std::max(1.0, m_threshold[size_t(c)]);
            const double score = double(now - k.arrived + 1) / threshold * (k.vip ? 2.0 : 1.0);
            if (score > bestScore) {
                bestScore = score;
                bestLine = line;
                bestTier = tier;
            }
        }
        if (bestLine < 0)
            return;
        floor.assign(agent, floor.takeHead(bestLine, bestTier), now);
    }
}

} // namespace kefu
