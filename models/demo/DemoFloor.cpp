#include "DemoFloor.h"

#include "complaints/ComplaintsDemo.h"
#include "demoworld/DemoWorld.h"
#include "floor/HourCurves.h"
#include "qa/QaDemo.h"
#include "store/Sql.h"
#include "store/SqliteStatement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kefu::demo {

namespace {

// Shares of the volume, in DrawOrder.
constexpr double channelShare[ChannelCount] = {0.60, 0.20, 0.12, 0.08};
constexpr qint64 MinimumWrapRow = 30; // seconds of trailing wrap-up that get their own wrap row
constexpr int SlotSeconds = 300;

} // namespace

DemoFloor::DemoFloor(DemoWorld &world, ShiftsDemo &roster, QaDemo &qa, ComplaintsDemo &complaints)
    : m_world(world)
    , m_roster(roster)
    , m_qa(qa)
    , m_complaints(complaints)
    , m_routing(world.voiceReserve, world.onlineReserve)
    , m_floor({SkillGroupRouting::GroupCount, SkillGroupRouting::MaxCapacity, SkillGroupRouting::LineCount,
               FloorEngine::Abandons::WhenNoticed},
              this, this, &m_routing, this)
{}

DemoFloor::~DemoFloor() = default;

bool DemoFloor::fail(const QString &message)
{
    m_failed = true;
    return m_world.fail(message);
}

bool DemoFloor::prepareStatements()
{
    sqlite3 *handle = sql::sqliteHandle(m_world.db);
    if (!handle)
        return fail(tr("The demo data needs an open SQLite store."));
    m_insertConversation = std::make_unique<sql::SqliteStatement>(
        handle, "INSERT INTO conversations(id, channel, queue, customer_id, customer_tier, agent_id, arrived_at,"
                " answered_at, ended_at, abandoned_at, wrap_seconds, transfers, resolved, csat, category, order_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertConversationScript = std::make_unique<sql::SqliteStatement>(
        handle, "INSERT INTO conversation_scripts(conversation_id, script_id) VALUES (?, ?)");
    m_insertState = std::make_unique<sql::SqliteStatement>(
        handle, "INSERT INTO agent_states(agent_id, state, started_at, ended_at) VALUES (?, ?, ?, ?)");
    for (const sql::SqliteStatement *s :
         {m_insertConversation.get(), m_insertConversationScript.get(), m_insertState.get()}) {
        if (!s->isValid())
            return fail(s->errorString());
    }
    return m_roster.prepare() || fail(m_world.error);
}

bool DemoFloor::simulate()
{
    if (!prepareStatements())
        return false;
    DemoWorld &w = m_world;
    std::vector<FloorAgent> agents(w.agents.size());
    m_rows.resize(w.agents.size());
    for (size_t i = 0; i < agents.size(); ++i) {
        agents[i].group = w.agents[i].group == DemoAgent::Voice ? SkillGroupRouting::Voice : SkillGroupRouting::Online;
        agents[i].capacity = w.agents[i].capacity;
        m_rows[i].timeline.open = AgentState::Offline;
        m_rows[i].timeline.openStart = w.days.front().start;
    }
    m_floor.setAgents(std::move(agents));
    m_floor.scheduleTick(w.days.front().start, NewDay, 0);
    m_floor.scheduleTick(w.days.front().start + Hour, Hourly);
    return m_floor.run(w.asOf) && finish();
}

void DemoFloor::tick(int kind, qint64 payload, qint64 now)
{
    if (kind == NewDay) {
        startDay(int(payload));
        return;
    }
    m_floor.purge(now);
    m_routing.wakeIdleAgents(m_floor, now);
    m_floor.scheduleTick(now + Hour, Hourly);
}

void DemoFloor::startDay(int dayIndex)
{
    DemoWorld &w = m_world;
    m_currentDay = dayIndex;
    if (!w.report(5 + 80 * dayIndex / std::max(1, w.dayCount), tr("Simulating the contact floor"))) {
        m_failed = true;
        return;
    }
    if (dayIndex % 7 == 0) {
        m_qa.closeWeek();
        m_roster.newWeek(dayIndex);
        m_qa.newWeek();
    }
    std::vector<std::pair<int, ShiftPlan>> plans = m_roster.planDay(dayIndex);
    if (m_roster.failed()) {
        m_failed = true;
        return;
    }
    for (auto &[agent, plan] : plans) {
        const qint64 login = plan.login;
        m_rows[size_t(agent)].plans.push_back(std::move(plan));
        m_floor.scheduleShift(agent, login);
    }
    generateArrivals(dayIndex);
    if (dayIndex + 1 < w.dayCount)
        m_floor.scheduleTick(w.days[size_t(dayIndex) + 1].start, NewDay, dayIndex + 1);
}

void DemoFloor::generateArrivals(int dayIndex)
{
    DemoWorld &w = m_world;
    const DayInfo &day = w.days[size_t(dayIndex)];
    m_arrivals.clear();
    m_nextArrival = 0;
    constexpr int slotCount = int(Day / SlotSeconds);
    for (int c = 0; c < ChannelCount; ++c) {
        const Channel channel = DrawOrder[size_t(c)];
        const curves::HourCurve *curve = nullptr;
        switch (channel) {
        case Channel::Phone:
            curve = day.weekend ? &curves::phoneWeekend : &curves::phoneWeekday;
            break;
        case Channel::Email:
            curve = &curves::email;
            break;
        default:
            curve = day.weekend ? &curves::onlineWeekend : &curves::onlineWeekday;
            break;
        }
        std::vector<double> rate(static_cast<size_t>(slotCount));
        double total = 0.0;
        for (int k = 0; k < slotCount; ++k) {
            const double hour = (k * SlotSeconds + SlotSeconds / 2) / 3600.0;
            double r = std::max(0.0, curves::interpolate(*curve, hour));
            if (channel == Channel::Phone && (hour < curves::phoneOpensAt || hour >= curves::phoneClosesAt))
                r = 0.0;
            if (day.peak)
                r *= curves::interpolate(curves::promotionShape, hour);
            rate[size_t(k)] = r;
            total += r;
        }
        const double volume = day.volume * channelShare[c];
        for (int k = 0; k < slotCount; ++k) {
            const int count = w.rngTraffic.poisson(volume * rate[size_t(k)] / total);
            for (int i = 0; i < count; ++i) {
                const qint64 t = w.localTime(dayIndex, qint64(k) * SlotSeconds + w.rngTraffic.below(SlotSeconds));
                if (t < day.end && t <= w.asOf)
                    m_arrivals.emplace_back(t, channel);
            }
        }
    }
    std::stable_sort(m_arrivals.begin(), m_arrivals.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

qint64 DemoFloor::nextArrival() const
{
    return m_nextArrival < m_arrivals.size() ? m_arrivals[m_nextArrival].first : FloorNever;
}

Channel DemoFloor::takeArrival()
{
    return m_arrivals[m_nextArrival++].second;
}

void DemoFloor::describe(FloorContact &c)
{
    DemoWorld &w = m_world;
    Random &rng = w.rngTraffic;
    const DayInfo &day = w.days[size_t(m_currentDay)];
    c.vip = rng.chance(0.08);
    // Category shares shift around the promotion: pre-sale and coupons on the day, logistics and
    // after-sales in the days after.
    if (day.offsetFromPeak == 0 || (day.offsetFromPeak >= 1 && day.offsetFromPeak <= 7)) {
        std::vector<double> weights;
        for (const CategoryInfo &cat : w.categories) {
            double f = 1.0;
            if (day.offsetFromPeak == 0 && (cat.kind == CategoryKind::Presale || cat.kind == CategoryKind::Payment))
                f = 1.5;
            if (day.offsetFromPeak > 0 && cat.kind == CategoryKind::Logistics)
                f = 1.6;
            if (day.offsetFromPeak > 0 && cat.kind == CategoryKind::AfterSales)
                f = 1.3;
            weights.push_back(cat.share * f);
        }
        c.category = quint8(rng.weighted(cumulate(weights)));
    } else {
        c.category = quint8(rng.weighted(w.categoryCumulative));
    }
    const CategoryInfo &cat = w.categories[c.category];
    c.queue = quint8(c.vip ? w.vipQueue : cat.queue);
    const double u = rng.uniform();
    if (c.vip)
        c.customer = quint32(std::pow(u, 1.3) * w.vipPool);
    else
        c.customer = w.vipPool + quint32(std::pow(u, 1.3) * (w.customerPool - w.vipPool));
    if (rng.chance(cat.orderProbability)) {
        const double lengthRoll = rng.uniform();
        const int digits = lengthRoll < 0.1 ? 16 : (lengthRoll < 0.72 ? 18 : 19);
        quint64 low = 1;
        for (int i = 1; i < digits; ++i)
            low *= 10;
        c.order = low + rng.bits() % (9 * low);
    }
    // Patience: a few leave within seconds; chat and phone customers wait minutes, social messages longer.
    double patience = 0.0;
    if (c.channel == Channel::Email) {
        patience = double(Never);
    } else if (rng.chance(0.03)) {
        patience = rng.uniform(1.0, 5.0);
    } else {
        const double mean = c.channel == Channel::Phone ? 110.0 : (c.channel == Channel::Social ? 1200.0 : 210.0);
        patience = (c.channel == Channel::Phone ? 8.0 : 12.0) + rng.exponential(mean) * (c.vip ? 1.5 : 1.0);
    }
    c.deadline = c.channel == Channel::Email ? Never : c.arrived + qint64(std::ceil(patience));
}

// Time to pick up: phone rings, chat gets its first reply, an e-mail is opened and read.
qint64 DemoFloor::pickupSeconds(int agent, const FloorContact &c)
{
    const DemoAgent &p = m_world.agents[size_t(agent)];
    Random &rng = m_world.rngService;
    double delay = 0.0;
    switch (c.channel) {
    case Channel::Phone:
        delay = rng.uniform(3.0, 9.0);
        break;
    case Channel::Chat:
        delay = std::min(90.0, rng.logNormal(6.0, 0.6) * p.responsiveness);
        break;
    case Channel::Social:
        delay = std::min(240.0, rng.logNormal(18.0, 0.6) * p.responsiveness);
        break;
    default:
        delay = std::min(900.0, rng.logNormal(90.0, 0.5));
        break;
    }
    return std::max<qint64>(1, qint64(std::lround(delay)));
}

qint64 DemoFloor::handleSeconds(int agent, FloorContact &c)
{
    const DemoAgent &p = m_world.agents[size_t(agent)];
    const FloorAgent &s = m_floor.agent(agent);
    Random &rng = m_world.rngService;
    const CategoryInfo &cat = m_world.categories[c.category];
    double median = 0.0;
    switch (c.channel) {
    case Channel::Phone:
        median = 320.0;
        break;
    case Channel::Social:
        median = 200.0;
        break;
    case Channel::Email:
        median = 300.0;
        break;
    default:
        median = 255.0;
        break;
    }
    // Transfers are decided now: they lengthen the contact.
    const double t1 = 0.07 + (p.skill == 1 ? 0.04 : 0.0) +
                      ((cat.kind == CategoryKind::AfterSales || cat.kind == CategoryKind::Quality) ? 0.03 : 0.0);
    const double roll = rng.uniform();
    c.transfers = roll < 0.018 ? 2 : (roll < t1 ? 1 : 0);
    double handle = rng.logNormal(median, 0.45) * p.speed * cat.handleFactor * (c.vip ? 1.1 : 1.0);
    if (!takesWholeAgent(c.channel))
        handle *= 1.0 + 0.12 * (s.active - 1); // attention shared between threads
    handle += c.transfers * rng.uniform(45.0, 120.0);
    handle = std::clamp(handle, 20.0, 3600.0);
    return qint64(std::lround(handle));
}

qint64 DemoFloor::wrapSeconds(int agent, FloorContact &c)
{
    const DemoAgent &p = m_world.agents[size_t(agent)];
    Random &rng = m_world.rngService;
    const CategoryInfo &cat = m_world.categories[c.category];
    const qint64 wait = c.answered - c.arrived;
    if (rng.chance(0.93)) {
        double fcr = p.fcr * cat.fcrFactor - 0.12 * c.transfers - (wait > 300 ? 0.05 : 0.0);
        c.resolved = rng.chance(std::clamp(fcr, 0.05, 0.98)) ? 1 : 0;
    }
    const double response = c.channel == Channel::Chat
                                ? 0.38
                                : (c.channel == Channel::Phone ? 0.32 : (c.channel == Channel::Social ? 0.30 : 0.25));
    if (rng.chance(response)) {
        // Waiting spoils the rating: noticeably after a minute or two (hours for e-mail).
        const double patienceScale =
            c.channel == Channel::Email ? 24.0 * Hour : (c.channel == Channel::Social ? 600.0 : 150.0);
        double x = 4.55 + p.csatBias - (c.resolved == 0 ? 1.1 : 0.0) - 0.35 * c.transfers -
                   1.8 * (1.0 - std::exp(-double(wait) / patienceScale)) + rng.normal(0.0, 0.75);
        if (c.ended - c.answered > 1200)
            x -= 0.3;
        c.csat = quint8(std::clamp<long>(std::lround(x), 1, 5));
    }
    double wrap = 0.0;
    switch (c.channel) {
    case Channel::Phone:
        wrap = rng.uniform(15.0, 60.0);
        break;
    case Channel::Email:
        wrap = rng.uniform(20.0, 90.0);
        break;
    case Channel::Social:
        wrap = rng.uniform(3.0, 15.0);
        break;
    default:
        wrap = rng.uniform(3.0, 20.0);
        break;
    }
    wrap *= p.speed;
    return std::max<long>(1, std::lround(wrap));
}

std::optional<qint64> DemoFloor::shiftBegins(int agent)
{
    AgentRows &r = m_rows[size_t(agent)];
    if (r.plans.empty())
        return std::nullopt;
    r.plan = std::move(r.plans.front());
    r.plans.pop_front();
    r.nextActivity = 0;
    return r.plan.logout;
}

void DemoFloor::dueActivity(int agent, FloorAgent &state)
{
    const AgentRows &r = m_rows[size_t(agent)];
    const PlannedActivity &a = r.plan.activities[r.nextActivity];
    state.activity = a.state;
    state.activityDuration = a.duration;
}

void DemoFloor::activityOver(int agent)
{
    ++m_rows[size_t(agent)].nextActivity;
}

std::optional<qint64> DemoFloor::nextActivityDue(int agent, qint64 now)
{
    const AgentRows &r = m_rows[size_t(agent)];
    if (r.nextActivity >= r.plan.activities.size())
        return std::nullopt;
    const PlannedActivity &a = r.plan.activities[r.nextActivity];
    if (a.due >= r.plan.logout)
        return std::nullopt;
    return std::max(now, a.due);
}

void DemoFloor::answered(qint64, const FloorContact &c, qint64 now)
{
    AgentRows &r = m_rows[size_t(c.agent)];
    if (m_floor.agent(c.agent).active == 1) {
        switchState(c.agent, AgentState::Busy, now);
        r.burstHandleEnd = now;
        r.burstHasWrap = false;
    }
    if (takesWholeAgent(c.channel))
        r.burstHasWrap = true;
}

void DemoFloor::ended(qint64, const FloorContact &c, qint64 now)
{
    AgentRows &r = m_rows[size_t(c.agent)];
    r.burstHandleEnd = std::max(r.burstHandleEnd, now);
}

void DemoFloor::wrappedUp(qint64, const FloorContact &c, qint64 now)
{
    const AgentRows &r = m_rows[size_t(c.agent)];
    if (m_floor.agent(c.agent).active > 0)
        return;
    // End of a handling burst: busy until the last contact ended, wrap until now. Chat threads have a few
    // seconds of wrap each, and so do quick calls: such a burst stays one busy row (busy + wrap time is the
    // same), which keeps agent_states to a reasonable size on big stores.
    if (r.burstHasWrap && now - r.burstHandleEnd >= MinimumWrapRow)
        switchState(c.agent, AgentState::Wrap, r.burstHandleEnd);
    switchState(c.agent, AgentState::Available, now);
}

void DemoFloor::agentChanged(int agent, qint64 now)
{
    const FloorAgent &s = m_floor.agent(agent);
    switch (s.mode) {
    case FloorMode::Off:
        switchState(agent, AgentState::Offline, now);
        break;
    case FloorMode::Away:
        switchState(agent, s.activity, now);
        break;
    default:
        switchState(agent, AgentState::Available, now);
        break;
    }
}

void DemoFloor::switchState(int agent, AgentState state, qint64 at)
{
    Timeline &t = m_rows[size_t(agent)].timeline;
    if (state == t.open)
        return;
    if (at > t.openStart) {
        if (t.hasPending && t.pendingState == t.open && t.pendingEnd == t.openStart) {
            t.pendingEnd = at;
        } else {
            if (t.hasPending && !writeStateRow(agent, t.pendingState, t.pendingStart, t.pendingEnd))
                return;
            t.hasPending = true;
            t.pendingState = t.open;
            t.pendingStart = t.openStart;
            t.pendingEnd = at;
        }
        t.open = state;
        t.openStart = at;
    } else if (t.hasPending && t.pendingState == state && t.pendingEnd == t.openStart) {
        // The open state lasted no time: continue the previous row instead.
        t.open = state;
        t.openStart = t.pendingStart;
        t.hasPending = false;
    } else {
        t.open = state;
    }
}

bool DemoFloor::writeStateRow(int agent, AgentState state, qint64 start, qint64 end)
{
    const QByteArrayView name = agentStateUtf8(state);
    sql::SqliteStatement &st = *m_insertState;
    st.bindStaticText(1, m_world.agents[size_t(agent)].idUtf8);
    st.bindStaticText(2, std::string_view(name.data(), size_t(name.size())));
    st.bindInteger(3, start);
    st.bindIntegerOrNull(4, end, end >= 0);
    if (!st.exec())
        return fail(st.errorString());
    ++m_world.counts.agentStates;
    return true;
}

void DemoFloor::retired(qint64 seq, const FloorContact &c)
{
    writeConversation(seq, c);
}

bool DemoFloor::writeConversation(qint64 seq, const FloorContact &c)
{
    DemoWorld &w = m_world;
    static const std::array<QByteArray, ChannelCount> channels = [] {
        std::array<QByteArray, ChannelCount> ids;
        for (const Channel ch : AllChannels)
            ids[size_t(ch)] = channelId(ch).toUtf8();
        return ids;
    }();
    static const QByteArray vip("vip"), standard("standard");
    char id[24];
    const int idLength = std::snprintf(id, sizeof id, "C%08lld", static_cast<long long>(seq));
    char customer[24];
    const int customerLength = std::snprintf(customer, sizeof customer, "U%08llu",
                                             static_cast<unsigned long long>(floorCustomerNumber(c.customer)));
    char order[32];
    const int orderLength = std::snprintf(order, sizeof order, "%llu", static_cast<unsigned long long>(c.order));
    const bool answered = c.answered >= 0;
    const bool ended = answered && c.ended >= 0;
    const CategoryInfo &cat = w.categories[c.category];

    sql::SqliteStatement &st = *m_insertConversation;
    st.bindText(1, std::string_view(id, size_t(idLength)));
    st.bindStaticText(2, channels[size_t(c.channel)]);
    st.bindStaticText(3, w.queueUtf8.at(c.queue));
    st.bindText(4, std::string_view(customer, size_t(customerLength)));
    st.bindStaticText(5, c.vip ? vip : standard);
    if (answered)
        st.bindStaticText(6, w.agents[size_t(c.agent)].idUtf8);
    else
        st.bindNull(6);
    st.bindInteger(7, c.arrived);
    st.bindIntegerOrNull(8, c.answered, answered);
    st.bindIntegerOrNull(9, c.ended, ended);
    st.bindIntegerOrNull(10, c.abandoned, c.abandoned >= 0);
    st.bindIntegerOrNull(11, c.wrap, ended);
    st.bindIntegerOrNull(12, c.transfers, ended);
    st.bindIntegerOrNull(13, c.resolved, ended && c.resolved >= 0);
    st.bindIntegerOrNull(14, c.csat, ended && c.csat > 0);
    st.bindStaticText(15, cat.utf8);
    if (c.order)
        st.bindText(16, std::string_view(order, size_t(orderLength)));
    else
        st.bindNull(16);
    if (!st.exec())
        return fail(st.errorString());
    ++w.counts.conversations;
    if (!ended)
        return true;

    // Scripts the agent used: about 40 % of handled conversations, 1–2 published scripts.
    Random &rng = w.rngUsage;
    if (!cat.scripts.empty() && rng.chance(0.4)) {
        const int wanted = rng.chance(0.3) ? 2 : 1;
        int chosen[2] = {-1, -1};
        int count = 0;
        for (int attempt = 0; attempt < 6 && count < wanted; ++attempt) {
            const int s = cat.scripts[size_t(rng.weighted(cat.scriptWeights))];
            const ScriptPlan &plan = w.scripts[size_t(s)];
            if (plan.weight <= 0.0 || c.answered < plan.usableFrom || c.answered >= plan.usableUntil ||
                !(plan.channelMask & (1 << int(c.channel))) || s == chosen[0])
                continue;
            chosen[count++] = s;
        }
        sql::SqliteStatement &cs = *m_insertConversationScript;
        for (int i = 0; i < count; ++i) {
            cs.bindText(1, std::string_view(id, size_t(idLength)));
            cs.bindStaticText(2, w.scripts[size_t(chosen[i])].idUtf8);
            if (!cs.exec())
                return fail(cs.errorString());
            ++w.counts.conversationScripts;
        }
    }

    m_qa.offer(QaPick{seq, c.ended, c.agent, c.csat, c.resolved, {}});
    if ((c.csat > 0 && c.csat <= 2) || c.resolved == 0 || c.transfers >= 2) {
        m_complaints.offer(ComplaintSource{seq, c.ended, c.agent, c.channel, c.customer, c.order, int(c.category)},
                           w.days[size_t(m_currentDay)].offsetFromPeak);
    }
    return true;
}

// Everything still open at asOf is in progress or waiting: written so.
bool DemoFloor::finish()
{
    DemoWorld &w = m_world;
    if (!w.report(86, tr("Simulating the contact floor")))
        return false;
    m_floor.purge(w.asOf);
    for (int a = 0; a < m_floor.agentCount(); ++a) {
        const FloorAgent &s = m_floor.agent(a);
        AgentRows &r = m_rows[size_t(a)];
        if (s.active > 0 && s.handling == 0 && r.burstHasWrap)
            switchState(a, AgentState::Wrap, r.burstHandleEnd);
        Timeline &t = r.timeline;
        if (t.hasPending && !writeStateRow(a, t.pendingState, t.pendingStart, t.pendingEnd))
            return false;
        t.hasPending = false;
        if (!writeStateRow(a, t.open, t.openStart, -1))
            return false;
    }
    if (!m_floor.retireAll())
        return false;
    m_qa.closeWeek();
    return true;
}

} // namespace kefu::demo
