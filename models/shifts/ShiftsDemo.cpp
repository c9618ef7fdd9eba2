#include "ShiftsDemo.h"

#include "demoworld/DemoWorld.h"
#include "store/Sql.h"

#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kefu::demo {

namespace {

struct ShiftKind
{
    const char *name;
    int startMinute;
    int endMinute; // may pass 24:00
};
const ShiftKind shiftKinds[] = {
    {"早班", 8 * 60, 17 * 60},  {"白班", 9 * 60, 18 * 60},  {"早中班", 10 * 60, 19 * 60},
    {"中班", 12 * 60, 21 * 60}, {"晚班", 15 * 60, 24 * 60}, {"夜班", 18 * 60, 26 * 60},
};
constexpr int ShiftKindCount = 6;
// Which shifts each group works, weighted to follow its curve: the hotline closes at 21:00.
constexpr double groupShiftWeights[2][ShiftKindCount] = {
    {0.28, 0.18, 0.18, 0.36, 0.0, 0.0},  // voice
    {0.33, 0.0, 0.15, 0.07, 0.31, 0.14}, // online
};

std::vector<int> quotas(const std::vector<double> &weights, int total)
{
    double sum = 0.0;
    for (double w : weights)
        sum += w;
    std::vector<int> out(weights.size(), 0);
    if (sum <= 0.0 || total <= 0)
        return out;
    std::vector<std::pair<double, size_t>> remainders;
    int given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = total * weights[i] / sum;
        out[i] = int(std::floor(exact));
        given += out[i];
        remainders.emplace_back(-(exact - out[i]), i);
    }
    std::sort(remainders.begin(), remainders.end());
    for (size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++out[remainders[k].second];
    return out;
}

// Meals go into the dips of the curve: lunch 11:30–13:30, dinner 17:00–19:00, a late one 23:15–00:30.
qint64 mealTime(qint64 shiftStart, const ShiftKind &kind, Random &rng)
{
    static const int windows[][2] = {{690, 810}, {1020, 1140}, {1395, 1470}};
    for (const auto &w : windows) {
        const int lo = std::max(w[0], kind.startMinute + 150);
        const int hi = std::min(w[1], kind.endMinute - 120);
        if (lo < hi)
            return shiftStart + qint64(rng.uniform(lo, hi) - kind.startMinute) * Minute;
    }
    return shiftStart + qint64((kind.endMinute - kind.startMinute) * rng.uniform(0.4, 0.56)) * Minute;
}

} // namespace

ShiftsDemo::ShiftsDemo(DemoWorld &world)
    : m_world(world)
{}

ShiftsDemo::~ShiftsDemo() = default;

bool ShiftsDemo::prepare()
{
    m_weekKind.assign(m_world.agents.size(), 0);
    m_daysOffMask.assign(m_world.agents.size(), 0);
    m_insertShift = std::make_unique<QSqlQuery>(m_world.db);
    if (!m_insertShift->prepare(
            QStringLiteral("INSERT INTO shifts(agent_id, start_at, end_at, kind) VALUES (?, ?, ?, ?)")))
        return m_world.fail(sql::errorText(*m_insertShift));
    return true;
}

std::vector<std::pair<int, ShiftPlan>> ShiftsDemo::planDay(int dayIndex)
{
    DemoWorld &w = m_world;
    std::vector<std::pair<int, ShiftPlan>> plans;
    const DayInfo &day = w.days[size_t(dayIndex)];
    for (int a = 0; a < int(w.agents.size()); ++a) {
        const DemoAgent &p = w.agents[size_t(a)];
        if (dayIndex < p.firstWorkDay || dayIndex > p.lastWorkDay)
            continue;
        const bool off = (m_daysOffMask[size_t(a)] >> (dayIndex % 7)) & 1;
        // On the promotion day many days off are cancelled; otherwise the floor has its usual staff.
        if (off && !(day.peak && w.rngRoster.chance(0.5)))
            continue;
        ShiftPlan plan;
        if (planShift(a, dayIndex, m_weekKind[size_t(a)], day.peak, &plan))
            plans.emplace_back(a, std::move(plan));
        if (m_failed)
            break;
    }
    return plans;
}

void ShiftsDemo::newWeek(int dayIndex)
{
    DemoWorld &w = m_world;
    // A planned roster: per skill group, shift kinds and days off are handed out by quota, so every day has
    // about the same staff. Fewer days off on Mondays (the busiest day), more at weekends.
    std::vector<double> offWeights(7);
    for (int i = 0; i < 7; ++i) {
        const int wd = w.days[size_t(std::min(dayIndex + i, int(w.days.size()) - 1))].weekday;
        offWeights[size_t(i)] = wd == 1 ? 0.7 : (wd >= 6 ? 1.1 : 1.0);
    }
    for (int g = 0; g < 2; ++g) {
        std::vector<int> members;
        for (size_t a = 0; a < w.agents.size(); ++a) {
            if (int(w.agents[a].group) == g)
                members.push_back(int(a));
        }
        const int n = int(members.size());
        if (n == 0)
            continue;
        for (int i = n - 1; i > 0; --i)
            std::swap(members[size_t(i)], members[size_t(w.rngRoster.below(i + 1))]);
        const std::vector<double> kindWeights(std::begin(groupShiftWeights[g]), std::end(groupShiftWeights[g]));
        const std::vector<int> kindQuota = quotas(kindWeights, n);
        std::vector<int> kinds;
        for (int k = 0; k < ShiftKindCount; ++k)
            kinds.insert(kinds.end(), size_t(kindQuota[size_t(k)]), k);
        // Two days off each: slot j and j + n of the day sequence are different days as long as no day has
        // more than n slots.
        std::vector<int> offQuota = quotas(offWeights, 2 * n);
        for (int i = 0; i < 7; ++i) {
            while (offQuota[size_t(i)] > n) {
                --offQuota[size_t(i)];
                ++offQuota[size_t((i + 1) % 7)];
            }
        }
        std::vector<int> offDays;
        for (int i = 0; i < 7; ++i)
            offDays.insert(offDays.end(), size_t(offQuota[size_t(i)]), (dayIndex + i) % 7);
        for (int j = 0; j < n; ++j) {
            const size_t a = size_t(members[size_t(j)]);
            m_weekKind[a] = kinds[size_t(j)];
            m_daysOffMask[a] = (1 << offDays[size_t(j)]) | (1 << offDays[size_t(j + n)]);
        }
    }
}

// False when the agent does not show up (or the row could not be written: failed()).
bool ShiftsDemo::planShift(int agentIndex, int dayIndex, int kind, bool peak, ShiftPlan *out)
{
    DemoWorld &w = m_world;
    const DemoAgent &p = w.agents[size_t(agentIndex)];
    const ShiftKind &k = shiftKinds[kind];
    const qint64 start = w.localTime(dayIndex, k.startMinute * Minute);
    qint64 end = w.localTime(dayIndex, k.endMinute * Minute);
    if (end <= start)
        end = start + qint64(k.endMinute - k.startMinute) * Minute;
    m_insertShift->addBindValue(p.id);
    m_insertShift->addBindValue(start);
    m_insertShift->addBindValue(end);
    m_insertShift->addBindValue(QString::fromUtf8(k.name));
    if (!m_insertShift->exec()) {
        m_failed = true;
        w.fail(sql::errorText(*m_insertShift));
        return false;
    }
    ++w.counts.shifts;

    Random &rng = w.rngRoster;
    if (!peak && rng.chance(p.absentRisk))
        return false; // did not show up: the shift stays unattended
    ShiftPlan plan;
    plan.login = rng.chance(p.lateRisk) ? start + rng.between(60, 900) : start - rng.between(0, 300);
    plan.logout = rng.chance(p.earlyRisk) ? end - rng.between(300, 2400) : end + rng.between(0, 240);
    // The duration is drawn in the body: arguments are evaluated in an unspecified order, the body after them.
    auto add = [&plan, &rng](qint64 due, int minMinutes, int maxMinutes, AgentState state) {
        plan.activities.push_back({due, rng.between(minMinutes, maxMinutes) * Minute, state});
    };
    if (peak) {
        add(mealTime(start, k, rng), 20, 30, AgentState::Break);
        if (rng.chance(0.5))
            add(end - rng.between(90, 150) * Minute, 8, 12, AgentState::Break);
    } else {
        add(mealTime(start, k, rng), 30, 40, AgentState::Break);
        if (rng.chance(0.6))
            add(start + rng.between(90, 150) * Minute, 10, 20, AgentState::Break);
        if (rng.chance(0.6))
            add(end - rng.between(90, 150) * Minute, 10, 20, AgentState::Break);
        if (rng.chance(0.08))
            add(start + rng.between(0, 20) * Minute, 15, 30, AgentState::Meeting);
        if (rng.chance(0.04) && std::abs(w.days[size_t(dayIndex)].offsetFromPeak) > 3)
            add(start + rng.between(150, 330) * Minute, 60, 120, AgentState::Training);
    }
    std::stable_sort(plan.activities.begin(), plan.activities.end(),
                     [](const PlannedActivity &a, const PlannedActivity &b) { return a.due < b.due; });
    std::vector<PlannedActivity> kept;
    qint64 free = plan.login;
    for (PlannedActivity a : plan.activities) {
        a.due = std::max(a.due, free + 5 * Minute);
        if (a.due + a.duration > plan.logout - 20 * Minute)
            continue;
        kept.push_back(a);
        free = a.due + a.duration;
    }
    plan.activities = std::move(kept);
    *out = std::move(plan);
    return true;
}

} // namespace kefu::demo
