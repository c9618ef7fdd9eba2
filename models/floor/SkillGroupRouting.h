#pragma once

#include "FloorEngine.h"

namespace kefu {

// The demo floor's routing: two skill groups. Voice agents take calls first and e-mail tickets in quiet
// moments, keeping a few of their group free for the next calls. Online agents hold several chats and
// social threads at once: a new thread goes to an agent who has one, else to the longest-idle agent, else
// to a third slot (within a load level the agent who has been there longest); an idle online agent helps
// with e-mails that have waited for hours.
class SkillGroupRouting final : public FloorRouting
{
public:
    enum Group { Voice, Online };
    enum Line { PhoneLine, OnlineLine, EmailLine };
    static constexpr int GroupCount = 2;
    static constexpr int LineCount = 3;
    static constexpr int MaxCapacity = 3;
    static constexpr qint64 EmailBacklogAge =
        3 * 3600; // e-mails older than this are also picked up by idle chat agents

    // voiceReserve: free voice agents kept for calls before anyone opens an e-mail; onlineReserve: idle chat
    // agents kept for chats before one helps with old e-mails.
    SkillGroupRouting(int voiceReserve, int onlineReserve)
        : m_voiceReserve(voiceReserve)
        , m_onlineReserve(onlineReserve)
    {}

    int lineOf(const FloorContact &contact) const override;
    void route(FloorEngine &floor, qint64 seq, qint64 now) override;
    void pickWork(FloorEngine &floor, int agent, qint64 now) override;
    // Idle agents only look for work when something happens to them; once an hour they look at the e-mails.
    void wakeIdleAgents(FloorEngine &floor, qint64 now);

private:
    int m_voiceReserve = 1;
    int m_onlineReserve = 1;
};

} // namespace kefu
