#pragma once

#include "FloorEngine.h"

namespace kefu {

// The live feed's routing: every agent takes every channel, one line per channel. A new contact goes to the
// agent who has had free capacity the longest (when nobody of its channel waits); a freed agent takes the
// head that has waited longest relative to its channel's threshold, VIP heads counting double.
class LongestWaitRouting final : public FloorRouting
{
public:
    explicit LongestWaitRouting(std::array<double, ChannelCount> thresholdSeconds = {1, 1, 1, 1})
        : m_threshold(thresholdSeconds)
    {}

    int lineOf(const FloorContact &contact) const override { return int(contact.channel); }
    void route(FloorEngine &floor, qint64 seq, qint64 now) override;
    void pickWork(FloorEngine &floor, int agent, qint64 now) override;

private:
    static bool canTake(const FloorEngine &floor, int agent, Channel channel);
    static int bestAgentFor(const FloorEngine &floor, Channel channel);

    std::array<double, ChannelCount> m_threshold;
};

} // namespace kefu
