#pragma once

#include "core/Vocabulary.h"

#include <array>
#include <deque>
#include <limits>
#include <optional>
#include <queue>
#include <set>
#include <utility>
#include <vector>

// The contact floor as one discrete-event simulation on integer seconds, shared by the demo history
// (demo/DemoFloor) and the live feed (live/FeedSimulator): arrivals, waiting lines, routing, handling,
// wrap-up, agents signing in and out, breaks. What differs between them comes in through four interfaces:
// FloorArrivals (when contacts come), FloorPolicy (who they are, how long things take, what an agent does
// next), FloorRouting (who takes what) and FloorSink (what gets written, and when). The engine is a plain
// value: a driver may copy it to roll a step back.
namespace kefu {

inline constexpr qint64 FloorNever = std::numeric_limits<qint64>::max() / 4;

// Phone calls and e-mails take an agent's whole attention; chats and social threads share it.
inline constexpr bool takesWholeAgent(Channel channel)
{
    return channel == Channel::Phone || channel == Channel::Email;
}

// The demo's customer numbering (also used by the live feed so that both speak of the same customers).
quint64 floorCustomerNumber(quint64 customer);

struct FloorContact
{
    qint64 arrived = 0;
    qint64 deadline = FloorNever; // arrival + patience
    qint64 answered = -1;
    qint64 ended = -1;
    qint64 abandoned = -1;
    quint64 order = 0; // 0 = no order
    quint32 customer = 0;
    quint32 category = 0; // the driver's index of what the contact is about
    qint32 agent = -1;
    quint16 wrap = 0;
    Channel channel = Channel::Chat;
    quint8 line = 0; // the waiting line routing puts it in
    quint8 queue = 0;
    bool vip = false;
    quint8 transfers = 0;
    quint8 csat = 0; // 0 = not rated
    qint8 resolved = -1;
    bool done = false; // wrapped up or abandoned
};

// Off → Ready (takes work) → PendingActivity / PendingLogout (finishes the contacts in hand first) → Away
// (break, training, meeting) → Ready … → Off. A due logout (logoutDue) wins over a pending activity.
enum class FloorMode : quint8 { Off, Ready, PendingActivity, PendingLogout, Away };

struct FloorAgent
{
    int group = 0;    // routing's skill group
    int capacity = 1; // units: a chat or social thread takes one, a call or an e-mail all of them
    int load = 0;     // units in use by reserved and active contacts
    int reserved = 0; // routed, not answered yet
    int active = 0;   // answered, wrap-up not over
    int handling = 0; // answered, not ended
    FloorMode mode = FloorMode::Off;
    bool logoutDue = false;
    int level = -1; // the free-agent set the agent sits in (its load), -1 when it takes no work
    qint64 levelSince = 0;
    AgentState activity = AgentState::Break;
    qint64 activityDuration = 0;
    qint64 signedInAt = 0;
    qint64 signedOutAt = 0;
    quint32 generation = 0; // bumps at every sign-in and sign-out: agent events of an earlier session lapse

    bool signedIn() const { return mode != FloorMode::Off; }
    int wrapping() const { return active - handling; }
};

class FloorEngine;

// When contacts come: the driver's arrival process, read in time order.
class FloorArrivals
{
public:
    virtual ~FloorArrivals() = default;
    virtual qint64 nextArrival() const = 0; // FloorNever when none
    virtual Channel takeArrival() = 0;
};

// The decisions that differ between floors. Each call draws from the driver's random streams, in the
// engine's order of events.
class FloorPolicy
{
public:
    virtual ~FloorPolicy() = default;
    // Who a new contact is (arrived and channel are set): customer, category, VIP, patience.
    virtual void describe(FloorContact &contact) = 0;
    virtual qint64 pickupSeconds(int agent, const FloorContact &contact) = 0;
    // How long the answered contact is handled (may decide its transfers).
    virtual qint64 handleSeconds(int agent, FloorContact &contact) = 0;
    // What came of the ended contact (resolved, rating); the wrap-up seconds.
    virtual qint64 wrapSeconds(int agent, FloorContact &contact) = 0;
    // A shift planned by the driver begins: when the agent signs out, or nothing when it was called off.
    virtual std::optional<qint64> shiftBegins(int agent) = 0;
    // The activity due now: sets agent.activity and agent.activityDuration.
    virtual void dueActivity(int agent, FloorAgent &state) = 0;
    virtual void activityOver(int agent) = 0;
    // When the agent's next activity of this session is due, if any.
    virtual std::optional<qint64> nextActivityDue(int agent, qint64 now) = 0;
    // The driver's own scheduled moments (a new day, an interval boundary).
    virtual void tick(int kind, qint64 payload, qint64 now) = 0;
};

// Who takes what: new contacts go to an agent or wait in a line; a freed agent takes from the lines.
class FloorRouting
{
public:
    virtual ~FloorRouting() = default;
    virtual int lineOf(const FloorContact &contact) const = 0;
    virtual void route(FloorEngine &floor, qint64 seq, qint64 now) = 0;
    virtual void pickWork(FloorEngine &floor, int agent, qint64 now) = 0;
};

// What the floor writes. Contact calls come in the engine's order of events; retired() comes once per
// contact, in arrival order, when it and all before it are done.
class FloorSink
{
public:
    virtual ~FloorSink() = default;
    virtual void arrived(qint64 seq, const FloorContact &contact) = 0;
    virtual void answered(qint64 seq, const FloorContact &contact, qint64 now) = 0;
    virtual void ended(qint64 seq, const FloorContact &contact, qint64 now) = 0;
    virtual void wrappedUp(qint64 seq, const FloorContact &contact, qint64 now) = 0;
    virtual void abandoned(qint64 seq, const FloorContact &contact) = 0;
    virtual void retired(qint64 seq, const FloorContact &contact) = 0;
    // Signed in or out, an activity began or ended.
    virtual void agentChanged(int agent, qint64 now) = 0;
    // A failed write stops the run.
    virtual bool failed() const = 0;
};

class FloorEngine final
{
public:
    // Abandons: noticed when the line is next looked at (history written afterwards), or at the deadline
    // itself (a live feed writes them as they happen).
    enum class Abandons { WhenNoticed, AtDeadline };

    struct Shape
    {
        int groups = 1;
        int maxCapacity = 1;
        int lines = 1;
        Abandons abandons = Abandons::WhenNoticed;
    };

    FloorEngine() = default;
    FloorEngine(Shape shape, FloorArrivals *arrivals, FloorPolicy *policy, FloorRouting *routing, FloorSink *sink);

    // Plays events and arrivals up to and including until; false when the sink failed.
    bool run(qint64 until);

    void setAgents(std::vector<FloorAgent> agents);
    int agentCount() const { return int(m_agents.size()); }
    const FloorAgent &agent(int index) const { return m_agents[size_t(index)]; }
    const std::vector<FloorAgent> &agents() const { return m_agents; }
    FloorContact &contact(qint64 seq) { return m_window[size_t(seq - m_windowBase)]; }
    const FloorContact &contact(qint64 seq) const { return m_window[size_t(seq - m_windowBase)]; }
    // Contacts not retired yet, the oldest first; seq of the first.
    const std::deque<FloorContact> &openContacts() const { return m_window; }
    qint64 firstOpenSeq() const { return m_windowBase; }

    // Scheduling for drivers.
    void scheduleTick(qint64 at, int kind, qint64 payload = 0);
    void scheduleShift(int agent, qint64 at);
    void scheduleActivity(int agent, qint64 at);

    // The agent mode machine.
    void signIn(int agent, qint64 now, std::optional<qint64> logoutAt = std::nullopt);
    void requestLogout(int agent, qint64 now);
    void cancelLogout(int agent, qint64 now);

    // Routing's tools.
    int maxCapacity() const { return m_shape.maxCapacity; }
    const std::set<std::pair<qint64, int>> &freeAgents(int group, int level) const
    {
        return m_free[size_t(group)][size_t(level)];
    }
    int unitsFor(int agent, Channel channel) const;
    void assign(int agent, qint64 seq, qint64 now);
    void enqueue(qint64 seq);
    // The head of a line's tier (0 = VIP, 1 = standard) still waiting, or -1; contacts past their patience
    // abandon on the way.
    qint64 waitingHead(int line, int tier, qint64 now);
    // Takes the head found by waitingHead().
    qint64 takeHead(int line, int tier);
    // VIP first, then standard.
    qint64 takeWaiting(int line, qint64 now);
    qint64 oldestWaitingArrival(int line);
    bool lineEmpty(int line) const { return m_lines[size_t(line)][0].empty() && m_lines[size_t(line)][1].empty(); }
    void pickWork(int agent, qint64 now);
    // Abandons everyone in the lines whose patience ran out by now.
    void purge(qint64 now);
    // Retires every open contact (the end of a run).
    bool retireAll();

    // Taking over a floor that was already running.
    void adoptSignedIn(int agent, qint64 since);
    void adoptSignedOut(int agent, qint64 since) { m_agents[size_t(agent)].signedOutAt = since; }
    void adoptActivity(int agent, AgentState activity, qint64 since, qint64 endsAt);
    qint64 adoptWaiting(FloorContact contact);
    qint64 adoptInProgress(FloorContact contact, int agent, qint64 endsAt);

private:
    enum class EventKind : quint8 {
        Tick,
        ShiftBegin,
        LogoutDue,
        ActivityDue,
        ActivityEnd,
        Answer,
        HandleEnd,
        WrapEnd,
        Abandon,
    };

    struct Event
    {
        qint64 time = 0;
        quint64 order = 0;
        qint64 payload = 0;
        int agent = -1;
        quint32 generation = 0;
        EventKind kind = EventKind::Tick;
    };

    struct EventLater
    {
        bool operator()(const Event &a, const Event &b) const
        {
            return a.time != b.time ? a.time > b.time : a.order > b.order;
        }
    };

    void push(qint64 time, EventKind kind, int agent = -1, qint64 payload = 0, quint32 generation = 0);
    void dispatch(const Event &e);
    void arrive(qint64 time, Channel channel);
    bool retireDone();
    void abandon(qint64 seq);
    void refreshLevel(int agent, qint64 now);
    void onAnswer(int agent, qint64 seq, qint64 now);
    void onHandleEnd(int agent, qint64 seq, qint64 now);
    void onWrapEnd(int agent, qint64 seq, qint64 now);
    void onShiftBegin(int agent, qint64 now);
    void onActivityDue(int agent, qint64 now);
    void onActivityEnd(int agent, qint64 now);
    void startActivity(int agent, qint64 now);
    void goOffline(int agent, qint64 now);
    void scheduleNextActivity(int agent, qint64 now);
    void afterLoadDrop(int agent, qint64 now);

    Shape m_shape;
    FloorArrivals *m_arrivals = nullptr;
    FloorPolicy *m_policy = nullptr;
    FloorRouting *m_routing = nullptr;
    FloorSink *m_sink = nullptr;

    std::priority_queue<Event, std::vector<Event>, EventLater> m_events;
    quint64 m_eventOrder = 0;
    std::deque<FloorContact> m_window;
    qint64 m_windowBase = 1;
    qint64 m_nextSeq = 1;
    std::vector<FloorAgent> m_agents;
    std::vector<std::vector<std::set<std::pair<qint64, int>>>> m_free; // [group][load]: (since, agent)
    std::vector<std::array<std::deque<qint64>, 2>> m_lines;            // [line][0 = VIP, 1 = standard]
};

} // namespace kefu
