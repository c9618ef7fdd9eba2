#pragma once

#include "floor/FloorEngine.h"
#include "floor/SkillGroupRouting.h"
#include "shifts/ShiftsDemo.h"

#include <deque>
#include <memory>
#include <vector>

namespace kefu::sql {
class SqliteStatement;
}

namespace kefu::demo {

struct DemoWorld;
class QaDemo;
class ComplaintsDemo;

// The demo history's driver of the floor engine: days with their volume and intraday curves (a
// non-homogeneous Poisson process on 5-minute slots, from the traffic stream), the roster's shifts, the
// agents' traits in handling (the service stream), and the rows. Complete conversation rows are written in
// bulk as the floor retires them, with the scripts used (usage stream) and the QA and complaint samples.
// Agent states: one busy row per handling burst (the time the agent has at least one answered contact before
// its wrap-up ends), then, after a call or an e-mail with at least 30 s of wrap-up, a wrap row from the last
// handling end to the end of the burst; short wrap-ups (chat's few seconds) stay inside the busy row, which
// keeps agent_states small enough for 300 agents × 365 days.
class DemoFloor final : private FloorArrivals, private FloorPolicy, private FloorSink
{
public:
    DemoFloor(DemoWorld &world, ShiftsDemo &roster, QaDemo &qa, ComplaintsDemo &complaints);
    ~DemoFloor() override;

    // Plays the floor from the first day to asOf and writes it.
    bool simulate();

private:
    enum Tick { NewDay, Hourly };

    // An agent's state rows: consecutive, non-overlapping; equal neighbours merged, empty rows dropped.
    struct Timeline
    {
        AgentState open = AgentState::Offline;
        qint64 openStart = 0;
        bool hasPending = false;
        AgentState pendingState = AgentState::Offline;
        qint64 pendingStart = 0;
        qint64 pendingEnd = 0;
    };

    struct AgentRows
    {
        Timeline timeline;
        qint64 burstHandleEnd = 0;
        bool burstHasWrap = false; // a call or an e-mail in the burst: its after-contact work may show as wrap
        std::deque<ShiftPlan> plans;
        ShiftPlan plan;
        size_t nextActivity = 0;
    };

    // FloorArrivals
    qint64 nextArrival() const override;
    Channel takeArrival() override;
    // FloorPolicy
    void describe(FloorContact &contact) override;
    qint64 pickupSeconds(int agent, const FloorContact &contact) override;
    qint64 handleSeconds(int agent, FloorContact &contact) override;
    qint64 wrapSeconds(int agent, FloorContact &contact) override;
    std::optional<qint64> shiftBegins(int agent) override;
    void dueActivity(int agent, FloorAgent &state) override;
    void activityOver(int agent) override;
    std::optional<qint64> nextActivityDue(int agent, qint64 now) override;
    void tick(int kind, qint64 payload, qint64 now) override;
    // FloorSink
    void arrived(qint64, const FloorContact &) override {}
    void answered(qint64 seq, const FloorContact &contact, qint64 now) override;
    void ended(qint64 seq, const FloorContact &contact, qint64 now) override;
    void wrappedUp(qint64 seq, const FloorContact &contact, qint64 now) override;
    void abandoned(qint64, const FloorContact &) override {}
    void retired(qint64 seq, const FloorContact &contact) override;
    void agentChanged(int agent, qint64 now) override;
    bool failed() const override { return m_failed; }

    bool prepareStatements();
    void startDay(int dayIndex);
    void generateArrivals(int dayIndex);
    bool writeConversation(qint64 seq, const FloorContact &c);
    void switchState(int agent, AgentState state, qint64 at);
    bool writeStateRow(int agent, AgentState state, qint64 start, qint64 end);
    bool finish();
    bool fail(const QString &message);

    DemoWorld &m_world;
    ShiftsDemo &m_roster;
    QaDemo &m_qa;
    ComplaintsDemo &m_complaints;
    SkillGroupRouting m_routing;
    FloorEngine m_floor;
    std::unique_ptr<sql::SqliteStatement> m_insertConversation;
    std::unique_ptr<sql::SqliteStatement> m_insertConversationScript;
    std::unique_ptr<sql::SqliteStatement> m_insertState;
    std::vector<std::pair<qint64, Channel>> m_arrivals; // the current day's
    size_t m_nextArrival = 0;
    std::vector<AgentRows> m_rows;
    int m_currentDay = -1;
    bool m_failed = false;
};

} // namespace kefu::demo
