#include "SkillGroupRouting.h"

#include <initializer_list>

namespace kefu {

int SkillGroupRouting::lineOf(const FloorContact &contact) const
{
    switch (contact.channel) {
    case Channel::Phone:
        return PhoneLine;
    case Channel::Email:
        return EmailLine;
    default:
        return OnlineLine;
    }
}

void SkillGroupRouting::route(FloorEngine &floor, qint64 seq, qint64 now)
{
    const FloorContact &c = floor.contact(seq);
    auto takeFrom = [&floor](Group g, std::initializer_list<int> levels) -> int {
        for (int level : levels) {
            const auto &set = floor.freeAgents(g, level);
            if (!set.empty())
                return set.begin()->second;
        }
        return -1;
    };
    int agent = -1;
    if (c.channel == Channel::Phone)
        agent = takeFrom(Voice, {0}); // a free voice agent means no call is waiting
    else if (c.channel == Channel::Email)
        agent = int(floor.freeAgents(Voice, 0).size()) > m_voiceReserve ? takeFrom(Voice, {0}) : -1;
    else
        agent = takeFrom(Online, {1, 0, 2}); // fill to two threads before waking an idle agent
    if (agent >= 0)
        floor.assign(agent, seq, now);
    else
        floor.enqueue(seq);
}

void SkillGroupRouting::pickWork(FloorEngine &floor, int agent, qint64 now)
{
    const FloorAgent &s = floor.agent(agent);
    if (s.group == Voice) {
        while (s.load < s.capacity) {
            qint64 seq = floor.takeWaiting(PhoneLine, now);
            // E-mail only while enough other voice agents stay free for the next calls.
            const int othersFree = int(floor.freeAgents(Voice, 0).size()) - (s.level == 0 ? 1 : 0);
            if (seq < 0 && othersFree >= m_voiceReserve)
                seq = floor.takeWaiting(EmailLine, now);
            if (seq < 0)
                break;
            floor.assign(agent, seq, now);
        }
        return;
    }
    while (s.load < s.capacity) {
        const qint64 seq = floor.takeWaiting(OnlineLine, now);
        if (seq < 0)
            break;
        floor.assign(agent, seq, now);
    }
    const int othersIdle = int(floor.freeAgents(Online, 0).size()) - (s.level == 0 ? 1 : 0);
    if (s.load == 0 && othersIdle >= m_onlineReserve &&
        floor.oldestWaitingArrival(EmailLine) <= now - EmailBacklogAge) {
        const qint64 seq = floor.takeWaiting(EmailLine, now);
        if (seq >= 0)
            floor.assign(agent, seq, now);
    }
}

void SkillGroupRouting::wakeIdleAgents(FloorEngine &floor, qint64 now)
{
    if (floor.lineEmpty(EmailLine))
        return;
    for (const Group g : {Voice, Online}) {
        std::vector<int> idle;
        for (const auto &entry : floor.freeAgents(g, 0))
            idle.push_back(entry.second);
        for (int agent : idle)
            floor.pickWork(agent, now);
    }
}

} // namespace kefu
