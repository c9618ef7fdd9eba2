#pragma once

#include "core/Vocabulary.h"

#include <QSqlQuery>

#include <memory>
#include <utility>
#include <vector>

namespace kefu::demo {

struct DemoWorld;

struct PlannedActivity
{
    qint64 due = 0;
    qint64 duration = 0;
    AgentState state = AgentState::Break;
};

// What an agent does with a shift: when they sign in and out, their breaks, training and meetings.
struct ShiftPlan
{
    qint64 login = 0;
    qint64 logout = 0;
    std::vector<PlannedActivity> activities;
};

// The demo's roster (drawn from the roster stream): per skill group and week, shift kinds and two days
// off each handed out by quota; each working day a shift row per agent and the plan they follow.
class ShiftsDemo final
{
public:
    explicit ShiftsDemo(DemoWorld &world);
    ~ShiftsDemo();

    bool prepare();
    void newWeek(int dayIndex);
    // Writes the day's shifts; the plans of the agents who show up, in agent order. Check failed() after.
    std::vector<std::pair<int, ShiftPlan>> planDay(int dayIndex);
    bool failed() const { return m_failed; }

private:
    bool planShift(int agentIndex, int dayIndex, int kind, bool peak, ShiftPlan *plan);

    DemoWorld &m_world;
    std::unique_ptr<QSqlQuery> m_insertShift;
    std::vector<int> m_weekKind;
    std::vector<int> m_daysOffMask;
    bool m_failed = false;
};

} // namespace kefu::demo
