#include "FloorEngine.h"

#include <algorithm>

namespace kefu {

quint64 floorCustomerNumber(quint64 customer)
{
    return (customer * 2654435761ULL + 19860618ULL) % 100000000ULL;
}

FloorEngine::FloorEngine(Shape shape, FloorArrivals *arrivals, FloorPolicy *policy, FloorRouting *routing,
                         FloorSink *sink)
    : m_shape(shape)
    , m_arrivals(arrivals)
    , m_policy(policy)
    , m_routing(routing)
    , m_sink(sink)
    , m_free(size_t(std::max(1, shape.groups)),
             std::vector<std::set<std::pair<qint64, int>>>(size_t(std::max(1, shape.maxCapacity))))
    , m_lines(size_t(std::max(1, shape.lines)))
{}

void FloorEngine::setAgents(std::vector<FloorAgent> agents)
{
    m_agents = std::move(agents);
}

void FloorEngine::push(qint64 time, EventKind kind, int agent, qint64 payload, quint32 generation)
{
    Event e;
    e.time = time;
    e.order = m_eventOrder++;
    e.kind = kind;
    e.agent = agent;
    e.payload = payload;
    e.generation = generation;
    m_events.push(e);
}

void FloorEngine::scheduleTick(qint64 at, int kind, qint64 payload)
{
    push(at, EventKind::Tick, kind, payload);
}

void FloorEngine::scheduleShift(int agent, qint64 at)
{
    push(at, EventKind::ShiftBegin, agent);
}

void FloorEngine::scheduleActivity(int agent, qint64 at)
{
    push(at, EventKind::ActivityDue, agent, 0, m_agents[size_t(agent)].generation);
}

// Events before arrivals at the same second; the sink's failure stops the run.
bool FloorEngine::run(qint64 until)
{
    while (!m_sink->failed()) {
        const qint64 nextArrival = m_arrivals->nextArrival();
        const qint64 nextEvent = m_events.empty() ? FloorNever : m_events.top().time;
        const qint64 next = std::min(nextArrival, nextEvent);
        if (next >= FloorNever || next > until)
            break;
        if (nextEvent <= nextArrival) {
            const Event e = m_events.top();
            m_events.pop();
            dispatch(e);
        } else {
            const Channel channel = m_arrivals->takeArrival();
            arrive(nextArrival, channel);
        }
        if (!m_window.empty() && m_window.front().done && !retireDone())
            return false;
    }
    return !m_sink->failed();
}

void FloorEngine::dispatch(const Event &e)
{
    const auto current = [&] {
        return m_agents[size_t(e.agent)].generation == e.generation;
    };
    switch (e.kind) {
    case EventKind::Tick:
        m_policy->tick(e.agent, e.payload, e.time);
        break;
    case EventKind::ShiftBegin:
        onShiftBegin(e.agent, e.time);
        break;
    case EventKind::LogoutDue:
        if (current())
            requestLogout(e.agent, e.time);
        break;
    case EventKind::ActivityDue:
        if (current())
            onActivityDue(e.agent, e.time);
        break;
    case EventKind::ActivityEnd:
        if (current())
            onActivityEnd(e.agent, e.time);
        break;
    case EventKind::Answer:
        onAnswer(e.agent, e.payload, e.time);
        break;
    case EventKind::HandleEnd:
        onHandleEnd(e.agent, e.payload, e.time);
        break;
    case EventKind::WrapEnd:
        onWrapEnd(e.agent, e.payload, e.time);
        break;
    case EventKind::Abandon:
        if (e.payload >= m_windowBase) {
            const FloorContact &c = contact(e.payload);
            if (!c.done && c.agent < 0 && c.deadline == e.time)
                abandon(e.payload);
        }
        break;
    }
}

void FloorEngine::arrive(qint64 time, Channel channel)
{
    FloorContact c;
    c.arrived = time;
    c.channel = channel;
    m_policy->describe(c);
    const qint64 seq = m_nextSeq++;
    m_window.push_back(std::move(c));
    m_sink->arrived(seq, m_window.back());
    m_routing->route(*this, seq, time);
}

bool FloorEngine::retireDone()
{
    while (!m_window.empty() && m_window.front().done) {
        m_sink->retired(m_windowBase, m_window.front());
        if (m_sink->failed())
            return false;
        m_window.pop_front();
        ++m_windowBase;
    }
    return true;
}

bool FloorEngine::retireAll()
{
    while (!m_window.empty()) {
        m_sink->retired(m_windowBase, m_window.front());
        if (m_sink->failed())
            return false;
        m_window.pop_front();
        ++m_windowBase;
    }
    return true;
}

void FloorEngine::abandon(qint64 seq)
{
    FloorContact &c = contact(seq);
    c.abandoned = c.deadline;
    c.done = true;
    m_sink->abandoned(seq, c);
}

int FloorEngine::unitsFor(int agent, Channel channel) const
{
    return takesWholeAgent(channel) ? m_agents[size_t(agent)].capacity : 1;
}

void FloorEngine::enqueue(qint64 seq)
{
    FloorContact &c = contact(seq);
    c.line = quint8(m_routing->lineOf(c));
    m_lines[c.line][c.vip ? 0 : 1].push_back(seq);
    if (m_shape.abandons == Abandons::AtDeadline && c.deadline < FloorNever)
        push(c.deadline, EventKind::Abandon, -1, seq);
}

qint64 FloorEngine::waitingHead(int line, int tier, qint64 now)
{
    std::deque<qint64> &q = m_lines[size_t(line)][size_t(tier)];
    while (!q.empty()) {
        const qint64 seq = q.front();
        if (seq < m_windowBase || contact(seq).done) {
            q.pop_front();
            continue;
        }
        if (contact(seq).deadline <= now) {
            q.pop_front();
            abandon(seq);
            continue;
        }
        return seq;
    }
    return -1;
}

qint64 FloorEngine::takeHead(int line, int tier)
{
    std::deque<qint64> &q = m_lines[size_t(line)][size_t(tier)];
    const qint64 seq = q.front();
    q.pop_front();
    return seq;
}

qint64 FloorEngine::takeWaiting(int line, qint64 now)
{
    for (int tier = 0; tier < 2; ++tier) {
        if (waitingHead(line, tier, now) >= 0)
            return takeHead(line, tier);
    }
    return -1;
}

qint64 FloorEngine::oldestWaitingArrival(int line)
{
    qint64 oldest = FloorNever;
    for (const std::deque<qint64> &q : m_lines[size_t(line)]) {
        if (!q.empty() && q.front() >= m_windowBase)
            oldest = std::min(oldest, contact(q.front()).arrived);
    }
    return oldest;
}

void FloorEngine::purge(qint64 now)
{
    for (std::array<std::deque<qint64>, 2> &line : m_lines) {
        for (std::deque<qint64> &q : line) {
            std::deque<qint64> kept;
            for (qint64 seq : q) {
                if (seq < m_windowBase || contact(seq).done)
                    continue;
                if (contact(seq).deadline <= now)
                    abandon(seq);
                else
                    kept.push_back(seq);
            }
            q.swap(kept);
        }
    }
}

void FloorEngine::assign(int agent, qint64 seq, qint64 now)
{
    FloorContact &c = contact(seq);
    FloorAgent &s = m_agents[size_t(agent)];
    c.agent = agent;
    s.load += unitsFor(agent, c.channel);
    ++s.reserved;
    refreshLevel(agent, now);
    push(now + m_policy->pickupSeconds(agent, c), EventKind::Answer, agent, seq);
}

void FloorEngine::pickWork(int agent, qint64 now)
{
    if (m_agents[size_t(agent)].mode != FloorMode::Ready)
        return;
    m_routing->pickWork(*this, agent, now);
    refreshLevel(agent, now);
}

void FloorEngine::refreshLevel(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    const int desired = (s.mode == FloorMode::Ready && s.load < s.capacity) ? s.load : -1;
    if (desired == s.level)
        return;
    auto &sets = m_free[size_t(s.group)];
    if (s.level >= 0)
        sets[size_t(s.level)].erase({s.levelSince, agent});
    s.level = desired;
    s.levelSince = now;
    if (desired >= 0)
        sets[size_t(desired)].insert({now, agent});
}

void FloorEngine::onAnswer(int agent, qint64 seq, qint64 now)
{
    FloorContact &c = contact(seq);
    FloorAgent &s = m_agents[size_t(agent)];
    c.answered = now;
    --s.reserved;
    ++s.active;
    ++s.handling;
    m_sink->answered(seq, c, now);
    push(now + m_policy->handleSeconds(agent, c), EventKind::HandleEnd, agent, seq);
}

void FloorEngine::onHandleEnd(int agent, qint64 seq, qint64 now)
{
    FloorContact &c = contact(seq);
    FloorAgent &s = m_agents[size_t(agent)];
    c.ended = now;
    --s.handling;
    const qint64 wrap = m_policy->wrapSeconds(agent, c);
    c.wrap = quint16(std::max<qint64>(0, wrap));
    m_sink->ended(seq, c, now);
    if (wrap <= 0)
        onWrapEnd(agent, seq, now);
    else
        push(now + wrap, EventKind::WrapEnd, agent, seq);
}

void FloorEngine::onWrapEnd(int agent, qint64 seq, qint64 now)
{
    FloorContact &c = contact(seq);
    FloorAgent &s = m_agents[size_t(agent)];
    s.load -= unitsFor(agent, c.channel);
    --s.active;
    c.done = true;
    m_sink->wrappedUp(seq, c, now);
    afterLoadDrop(agent, now);
}

// The agent finished a contact: take the next work, or start what waited for the hands to be free.
void FloorEngine::afterLoadDrop(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    if (s.mode == FloorMode::Ready)
        pickWork(agent, now);
    else if (s.load == 0 && s.mode == FloorMode::PendingActivity && s.logoutDue)
        goOffline(agent, now);
    else if (s.load == 0 && s.mode == FloorMode::PendingActivity)
        startActivity(agent, now);
    else if (s.load == 0 && s.mode == FloorMode::PendingLogout)
        goOffline(agent, now);
    refreshLevel(agent, now);
}

void FloorEngine::onShiftBegin(int agent, qint64 now)
{
    const std::optional<qint64> logoutAt = m_policy->shiftBegins(agent);
    if (logoutAt)
        signIn(agent, now, *logoutAt);
}

void FloorEngine::signIn(int agent, qint64 now, std::optional<qint64> logoutAt)
{
    FloorAgent &s = m_agents[size_t(agent)];
    s.logoutDue = false;
    s.mode = FloorMode::Ready;
    s.signedInAt = now;
    ++s.generation;
    m_sink->agentChanged(agent, now);
    refreshLevel(agent, now);
    pickWork(agent, now);
    if (logoutAt)
        push(*logoutAt, EventKind::LogoutDue, agent, 0, s.generation);
    scheduleNextActivity(agent, now);
}

void FloorEngine::scheduleNextActivity(int agent, qint64 now)
{
    if (const std::optional<qint64> due = m_policy->nextActivityDue(agent, now))
        push(*due, EventKind::ActivityDue, agent, 0, m_agents[size_t(agent)].generation);
}

void FloorEngine::onActivityDue(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    if (s.mode != FloorMode::Ready)
        return;
    m_policy->dueActivity(agent, s);
    if (s.load == 0) {
        startActivity(agent, now);
    } else {
        s.mode = FloorMode::PendingActivity; // the contacts in hand first
        refreshLevel(agent, now);
    }
}

void FloorEngine::startActivity(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    s.mode = FloorMode::Away;
    m_sink->agentChanged(agent, now);
    refreshLevel(agent, now);
    push(now + s.activityDuration, EventKind::ActivityEnd, agent, 0, s.generation);
}

void FloorEngine::onActivityEnd(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    if (s.mode != FloorMode::Away)
        return;
    m_policy->activityOver(agent);
    if (s.logoutDue) {
        if (s.load == 0) {
            goOffline(agent, now);
        } else {
            s.mode = FloorMode::PendingLogout;
            refreshLevel(agent, now);
        }
        return;
    }
    s.mode = FloorMode::Ready;
    m_sink->agentChanged(agent, now);
    refreshLevel(agent, now);
    pickWork(agent, now);
    scheduleNextActivity(agent, now);
}

void FloorEngine::requestLogout(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    if (s.mode == FloorMode::Off)
        return;
    s.logoutDue = true;
    if (s.mode == FloorMode::Ready || s.mode == FloorMode::PendingActivity) {
        if (s.load == 0) {
            goOffline(agent, now);
        } else if (s.mode == FloorMode::Ready) {
            s.mode = FloorMode::PendingLogout;
            refreshLevel(agent, now);
        } // a pending activity stays pending: it starts if the logout is called off before the hands are free
    }
}

void FloorEngine::cancelLogout(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    if (!s.logoutDue)
        return;
    s.logoutDue = false;
    if (s.mode == FloorMode::PendingLogout) {
        s.mode = FloorMode::Ready;
        refreshLevel(agent, now);
    }
    pickWork(agent, now);
}

void FloorEngine::goOffline(int agent, qint64 now)
{
    FloorAgent &s = m_agents[size_t(agent)];
    s.mode = FloorMode::Off;
    s.signedOutAt = now;
    ++s.generation;
    m_sink->agentChanged(agent, now);
    refreshLevel(agent, now);
}

void FloorEngine::adoptSignedIn(int agent, qint64 since)
{
    FloorAgent &s = m_agents[size_t(agent)];
    s.mode = FloorMode::Ready;
    s.signedInAt = since;
    refreshLevel(agent, since);
}

void FloorEngine::adoptActivity(int agent, AgentState activity, qint64 since, qint64 endsAt)
{
    FloorAgent &s = m_agents[size_t(agent)];
    s.mode = FloorMode::Away;
    s.signedInAt = since;
    s.activity = activity;
    s.activityDuration = endsAt - since;
    refreshLevel(agent, since);
    push(endsAt, EventKind::ActivityEnd, agent, 0, s.generation);
}

qint64 FloorEngine::adoptWaiting(FloorContact contact)
{
    const qint64 seq = m_nextSeq++;
    contact.agent = -1;
    m_window.push_back(std::move(contact));
    enqueue(seq);
    return seq;
}

qint64 FloorEngine::adoptInProgress(FloorContact contact, int agent, qint64 endsAt)
{
    const qint64 seq = m_nextSeq++;
    contact.agent = agent;
    FloorAgent &s = m_agents[size_t(agent)];
    s.load += unitsFor(agent, contact.channel);
    ++s.active;
    ++s.handling;
    m_window.push_back(std::move(contact));
    refreshLevel(agent, s.levelSince);
    push(endsAt, EventKind::HandleEnd, agent, seq);
    return seq;
}

} // namespace kefu
