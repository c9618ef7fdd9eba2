#include "FeedSimulator.h"

#include "core/SeededRandom.h"

#include "FeedStatus.h"
#include "Forecast.h"
#include "floor/FloorEngine.h"
#include "floor/HourCurves.h"
#include "floor/LongestWaitRouting.h"
#include "metrics/ServiceMetrics.h"
#include "store/Sql.h"
#include "store/SqliteStatement.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

// The live feed drives the floor engine (models/floor) with its own policy and sink (all randomness from
// Options::seed, split into independent streams):
// - Arrivals: per channel a non-homogeneous Poisson process whose rate is constant within a local hour:
//   the mean arrivals of that hour over the store's last 28 days (else the built-in weekday curves of
//   floor/HourCurves scaled to the active agents), times 4.2 for --profile peak. Each channel draws from its
//   own stream, so the arrival times do not depend on anything else.
// - Staffing: at every interval boundary (the store's interval_minutes) agents sign in or out to meet the
//   queue pane's Erlang C requirement (Forecast::requiredAgents with the store's service and staffing rules)
//   for the *normal* rate, plus 10 % for breaks; at least 2, at most the active agents. A peak run keeps that
//   staffing. Signed-in agents take a break (now and then training or a meeting) about every two hours.
// - Routing (LongestWaitRouting): every agent takes every channel. Phone and e-mail take the whole agent,
//   chat and social up to staffing.online_concurrency threads (rounded), the concurrency the pane's Erlang C
//   assumes. Waiting contacts abandon at their patience; e-mail never does.
// - Agent states follow from what the agent does: offline, available, busy (≥ 1 answered contact), wrap
//   (the last contact's wrap-up), break / training / meeting (taken when the agent's contacts are done).
// - The store is written as the events happen, inside advance()'s transaction; when anything fails the
//   whole in-memory floor is restored from a copy taken before, so a retry replays the same events.

namespace kefu::live {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::live::FeedSimulator", text);
}

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Never = FloorNever;
constexpr qint64 HistoryDays = 28;
// Open rows older than this are history with a missing end, not a floor to take over.
constexpr qint64 TakeOverWindow = 2 * Day;

// Per channel, in kefu::Channel's order: chat, email, phone, social.
constexpr std::array<double, ChannelCount> defaultHandleSeconds = {360, 400, 240, 500};
constexpr std::array<double, ChannelCount> defaultWrapSeconds = {4, 60, 30, 4};
constexpr std::array<double, ChannelCount> patienceMeanSeconds = {90, 0, 120, 600}; // e-mail never abandons
constexpr std::array<double, ChannelCount> builtInShare = {0.60, 0.08, 0.20, 0.12};
// Each channel keeps its own random stream number whatever its place in kefu::Channel: a seed plays the same feed.
constexpr std::array<quint64, ChannelCount> arrivalStream = {1, 4, 2, 3};
constexpr double builtInContactsPerAgentDay = 60;
constexpr double VipShare = 0.08;
constexpr double BreakShrinkage = 0.1;
constexpr int MinimumStaff = 2;
constexpr qint64 MinimumHistoryContacts = 100;
constexpr qint64 MinimumHistorySamples = 50;
constexpr int VipPool = 5000;
constexpr int CustomerPool = 2000000;

using curves::HourCurve;

constexpr std::size_t at(Channel channel)
{
    return std::size_t(channel);
}

constexpr Channel channelAt(int index)
{
    return static_cast<Channel>(index);
}

std::string_view stateText(AgentState state)
{
    const QByteArrayView id = agentStateUtf8(state);
    return std::string_view(id.data(), size_t(id.size()));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

using seeded::Random;
using seeded::streamSeed;

// The store's local wall clock: offsets cached between the zone's transitions.
class LocalClock final
{
public:
    explicit LocalClock(QTimeZone zone)
        : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
    {}

    qint64 local(qint64 utc) const { return utc + offset(utc); }
    int hour(qint64 utc) const { return int(floorMod(local(utc), Day) / Hour); }
    QDate date(qint64 utc) const { return QDate(1970, 1, 1).addDays(floorDiv(local(utc), Day)); }
    // The first instant after utc at which the local clock shows a multiple of step (aligned to midnight).
    qint64 nextBoundary(qint64 utc, qint64 step) const { return utc + (step - floorMod(local(utc), step)); }
    qint64 localMidnight(qint64 utc) const { return utc - floorMod(local(utc), Day); }

private:
    int offset(qint64 utc) const
    {
        if (utc >= m_from && utc < m_to)
            return m_offset;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(at);
        m_from = utc;
        m_to = utc + 1;
        if (m_zone.hasTransitions()) {
            const QTimeZone::OffsetData next = m_zone.nextTransition(at);
            const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
            m_to = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : Never;
            m_from = previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : -Never;
            if (!(utc >= m_from && utc < m_to)) { // a zone database that disagrees with itself: no caching
                m_from = utc;
                m_to = utc + 1;
            }
        } else {
            m_from = -Never;
            m_to = Never;
        }
        return m_offset;
    }

    QTimeZone m_zone;
    mutable qint64 m_from = 0;
    mutable qint64 m_to = 0;
    mutable int m_offset = 0;
};

// ---------------------------------------------------------------------------------------------
// The floor's state as the feed keeps it.

enum Tick { TakeOverTick, IntervalTick };

// An agent's open agent_states row, and the row closed last (for undoing a change within one second).
struct OpenRow
{
    std::optional<AgentState> open;
    qint64 openStart = 0;
    std::optional<AgentState> previous;
    qint64 previousStart = 0;
    qint64 previousEnd = -1;
};

// Everything that changes while the floor runs: copied before a step, put back when its write fails.
struct LiveFloor
{
    qint64 clock = 0;
    FloorEngine engine;
    std::array<Random, ChannelCount> arrivalRandom;
    std::array<double, ChannelCount> nextArrival{}; // the exact time of the pending arrival
    std::array<qint64, ChannelCount> arrivalAt{};   // the second it arrives in
    Random contactRandom;
    Random serviceRandom;
    Random agentRandom;
    std::vector<OpenRow> rows;
    std::map<qint64, QString> contactIds; // the store's ids of the open contacts
    int wanted = 0; // the latest staffing round's target
    QDate idDate;
    qint64 idNumber = 0;
    qint64 arrived = 0;
    qint64 answered = 0;
    qint64 abandoned = 0;
    qint64 ended = 0;
};

struct MixEntry
{
    std::optional<QString> queue;
    std::optional<QString> category;
};

struct Mix
{
    std::vector<quint32> entries; // indexes into the simulator's mix entries
    std::vector<double> cumulative;

    void add(quint32 entry, double weight)
    {
        entries.push_back(entry);
        cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
    }
    bool isEmpty() const { return entries.empty(); }
};

} // namespace

// ---------------------------------------------------------------------------------------------

struct FeedSimulator::Private final : FloorArrivals, FloorPolicy, FloorSink
{
    Private(QSqlDatabase database, QTimeZone timeZone, Options opts)
        : db(std::move(database))
        , localClock(timeZone)
        , options(opts)
    {}

    QSqlDatabase db;
    LocalClock localClock;
    Options options;
    Failure failure = Failure::None;
    StartFrom startFrom = StartFrom::WallClock;
    bool begun = false;
    qint64 startClock = 0;

    qint64 intervalSeconds = 1800;
    ServiceRules serviceRules;   // the thresholds, as the pane reads them
    StaffingRules staffingRules; // the SL target, occupancy cap and concurrency the pane's Erlang C uses
    int onlineThreads = 1;       // chats and social threads an agent holds at once
    LongestWaitRouting routing;
    // The other feed (the demo) whose watermark the start clock came from: its row goes with the first write.
    std::optional<QString> replacedSource;
    std::array<HourCurve, ChannelCount> normalRate{}; // arrivals per hour, by local hour
    bool rateFromHistory = false;
    double multiplier = 1;
    std::array<double, ChannelCount> handleMean{};
    std::array<double, ChannelCount> wrapMean{};
    std::vector<MixEntry> mixEntries;
    std::array<std::array<Mix, 2>, ChannelCount> mix; // [channel][0 = VIP, 1 = standard]
    std::array<Mix, 2> builtInMix;
    std::vector<QString> agentIds;
    std::vector<bool> onRoster; // agents.active
    int activeAgents = 0;
    int takenOverWaiting = 0;
    int takenOverInProgress = 0;

    LiveFloor sim;

    std::unique_ptr<sql::SqliteStatement> insertConversation;
    std::unique_ptr<sql::SqliteStatement> answerConversation;
    std::unique_ptr<sql::SqliteStatement> endConversation;
    std::unique_ptr<sql::SqliteStatement> abandonConversation;
    std::unique_ptr<sql::SqliteStatement> closeState;
    std::unique_ptr<sql::SqliteStatement> insertState;
    std::unique_ptr<sql::SqliteStatement> retagState;
    std::unique_ptr<sql::SqliteStatement> dropOpenState;
    std::unique_ptr<sql::SqliteStatement> reopenState;
    std::unique_ptr<sql::SqliteStatement> maxSimulatedId;
    bool writeFailed = false;
    QString writeError;

    // Reading the store.
    void readSettings();
    bool readAgents(QString *error);
    bool chooseStartClock(QString *error);
    bool readHistory(QString *error);
    bool readMix(QString *error);
    bool takeOver(QString *error);
    bool prepareStatements(QString *error);
    void buildBuiltInMix();

    // Running.
    bool run(qint64 until);
    void scheduleArrival(Channel channel, double after);
    double ratePerSecond(Channel channel, qint64 t) const;
    void onTakeOver(qint64 t);
    int requiredStaff(qint64 t) const;
    void staff(qint64 t);
    AgentState derivedState(int agent) const;
    void syncState(int agent, qint64 t);
    void setState(int agent, AgentState state, qint64 t);

    qint64 pickupDelay(Channel channel);
    qint64 handleDuration(Channel channel, double factor = 1.0);
    qint64 wrapDuration(Channel channel);
    qint64 breakGap(qint64 lo, qint64 hi) { return sim.agentRandom.between64(lo, hi) * Minute; }
    qint64 activityLength(AgentState kind);
    QString nextId(qint64 t);

    bool exec(sql::SqliteStatement &statement);
    void fail(const QString &text);

    // FloorArrivals
    qint64 nextArrival() const override;
    Channel takeArrival() override;
    // FloorPolicy
    void describe(FloorContact &contact) override;
    qint64 pickupSeconds(int, const FloorContact &contact) override { return pickupDelay(contact.channel); }
    qint64 handleSeconds(int, FloorContact &contact) override { return handleDuration(contact.channel); }
    qint64 wrapSeconds(int agent, FloorContact &contact) override;
    std::optional<qint64> shiftBegins(int) override { return std::nullopt; }
    void dueActivity(int agent, FloorAgent &state) override;
    void activityOver(int) override {}
    std::optional<qint64> nextActivityDue(int, qint64 now) override { return now + breakGap(100, 140); }
    void tick(int kind, qint64 payload, qint64 now) override;
    // FloorSink
    void arrived(qint64 seq, const FloorContact &contact) override;
    void answered(qint64 seq, const FloorContact &contact, qint64 now) override;
    void ended(qint64 seq, const FloorContact &contact, qint64 now) override;
    void wrappedUp(qint64, const FloorContact &contact, qint64 now) override { syncState(contact.agent, now); }
    void abandoned(qint64 seq, const FloorContact &contact) override;
    void retired(qint64 seq, const FloorContact &) override { sim.contactIds.erase(seq); }
    void agentChanged(int agent, qint64 now) override { syncState(agent, now); }
    bool failed() const override { return writeFailed; }
};

// ---------------------------------------------------------------------------------------------
// Reading the store.

void FeedSimulator::Private::readSettings()
{
    const qint64 minutes = StoreSettings::value(db, QString(StoreSettings::IntervalMinutes)).toLongLong();
    intervalSeconds = (minutes == 15 || minutes == 30 || minutes == 60) ? minutes * Minute : 30 * Minute;
    serviceRules = ServiceRules::fromStore(db);
    staffingRules = StaffingRules::fromStore(db);
    onlineThreads = std::max(1, int(std::lround(staffingRules.onlineConcurrency)));
}

bool FeedSimulator::Private::readAgents(QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, active FROM agents ORDER BY id")) || !q.exec()) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    while (q.next()) {
        agentIds.push_back(q.value(0).toString());
        onRoster.push_back(q.value(1).toInt() != 0);
        activeAgents += onRoster.back() ? 1 : 0;
    }
    if (agentIds.empty()) {
        *error = tr("the store has no agents: run `kefudesk demo` or import agents first");
        failure = Failure::NoAgents;
        return false;
    }
    if (activeAgents == 0) {
        *error = tr("the store has no active agents: import agents or mark some active first");
        failure = Failure::NoAgents;
        return false;
    }
    std::vector<FloorAgent> agents(agentIds.size());
    for (FloorAgent &a : agents)
        a.capacity = onlineThreads;
    sim.engine.setAgents(std::move(agents));
    sim.rows.resize(agentIds.size());
    return true;
}

bool FeedSimulator::Private::chooseStartClock(QString *error)
{
    QString readError;
    const std::optional<FeedWatermark> watermark = feed::latest(db, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        failure = Failure::Store;
        return false;
    }
    if (watermark) {
        startClock = watermark->asOf;
        startFrom = StartFrom::Watermark;
        if (watermark->source != FeedSimulator::sourceName())
            replacedSource = watermark->source;
        return true;
    }
    const QVariant latest =
        sql::scalar(db,
                    QStringLiteral("SELECT max(m) FROM (SELECT max(arrived_at) AS m FROM conversations"
                                   " UNION ALL SELECT max(started_at) FROM agent_states)"),
                    {}, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        failure = Failure::Store;
        return false;
    }
    if (latest.isValid() && !latest.isNull()) {
        startClock = latest.toLongLong();
        startFrom = StartFrom::LatestActivity;
    } else {
        startClock = QDateTime::currentSecsSinceEpoch();
        startFrom = StartFrom::WallClock;
    }
    return true;
}

bool FeedSimulator::Private::readHistory(QString *error)
{
    // One grouped pass over the last 28 days: arrivals per channel and quarter hour (every zone's offset
    // is a whole number of quarter hours, so a quarter lies in one local hour), with handle and wrap sums.
    const qint64 from = startClock - HistoryDays * Day;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT channel, arrived_at / 900, count(*),"
            " total(CASE WHEN answered_at IS NOT NULL AND ended_at IS NOT NULL THEN ended_at - answered_at END),"
            " total(CASE WHEN answered_at IS NOT NULL AND ended_at IS NOT NULL THEN coalesce(wrap_seconds, 0) END),"
            " sum(answered_at IS NOT NULL AND ended_at IS NOT NULL)"
            " FROM conversations WHERE arrived_at >= ? AND arrived_at <= ? GROUP BY 1, 2"))) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    q.addBindValue(from);
    q.addBindValue(startClock);
    if (!q.exec()) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    std::array<HourCurve, ChannelCount> counts{};
    std::array<double, ChannelCount> handleSum{}, wrapSum{};
    std::array<qint64, ChannelCount> samples{};
    qint64 total = 0;
    qint64 firstQuarter = Never;
    while (q.next()) {
        const std::optional<Channel> channel = channelFromId(q.value(0).toString());
        if (!channel)
            continue;
        const qint64 quarter = q.value(1).toLongLong();
        const qint64 n = q.value(2).toLongLong();
        counts[at(*channel)][size_t(localClock.hour(quarter * 900))] += double(n);
        handleSum[at(*channel)] += q.value(3).toDouble();
        wrapSum[at(*channel)] += q.value(4).toDouble();
        samples[at(*channel)] += q.value(5).toLongLong();
        total += n;
        firstQuarter = std::min(firstQuarter, quarter);
    }
    q.finish();

    for (int c = 0; c < ChannelCount; ++c) {
        if (samples[size_t(c)] >= MinimumHistorySamples) {
            handleMean[size_t(c)] = std::clamp(handleSum[size_t(c)] / double(samples[size_t(c)]), 30.0, 3600.0);
            wrapMean[size_t(c)] = std::clamp(wrapSum[size_t(c)] / double(samples[size_t(c)]), 0.0, 600.0);
        } else {
            handleMean[size_t(c)] = defaultHandleSeconds[size_t(c)];
            wrapMean[size_t(c)] = defaultWrapSeconds[size_t(c)];
        }
    }

    // Hours of each local hour of the day that the history covers, from the local midnight before its
    // first contact.
    const qint64 coveredFrom = total > 0 ? std::max(from, localClock.localMidnight(firstQuarter * 900)) : startClock;
    if (total >= MinimumHistoryContacts && startClock - coveredFrom >= Day) {
        HourCurve hours{};
        for (qint64 t = coveredFrom; t < startClock; t += 900)
            hours[size_t(localClock.hour(t))] += 0.25;
        for (int c = 0; c < ChannelCount; ++c) {
            for (int h = 0; h < 24; ++h)
                normalRate[size_t(c)][size_t(h)] =
                    hours[size_t(h)] > 0 ? counts[size_t(c)][size_t(h)] / hours[size_t(h)] : 0.0;
        }
        rateFromHistory = true;
        return true;
    }
    // No usable history: the built-in shapes, at about 60 contacts per active agent and day.
    const double perDay = builtInContactsPerAgentDay * activeAgents;
    for (int c = 0; c < ChannelCount; ++c) {
        const Channel channel = channelAt(c);
        const HourCurve &curve = channel == Channel::Phone
                                     ? curves::phoneWeekday
                                     : (channel == Channel::Email ? curves::email : curves::onlineWeekday);
        double sum = 0;
        for (double v : curve)
            sum += v;
        for (int h = 0; h < 24; ++h)
            normalRate[size_t(c)][size_t(h)] = perDay * builtInShare[size_t(c)] * curve[size_t(h)] / sum;
    }
    rateFromHistory = false;
    return true;
}

void FeedSimulator::Private::buildBuiltInMix()
{
    struct Category
    {
        const char16_t *name;
        const char16_t *queue;
        double share;
    };
    static const Category categories[] = {
        {u"物流", u"物流", 28},   {u"售后", u"售后", 18},         {u"商品咨询", u"售前", 16},
        {u"退换货", u"售后", 11}, {u"质量/描述不符", u"售后", 9}, {u"支付/优惠券", u"售前", 8},
        {u"发票", u"售后", 4},    {u"账户", u"售前", 3},          {u"其他", u"售后", 3},
    };
    for (const Category &c : categories) {
        mixEntries.push_back({QString::fromUtf16(u"VIP"), QString::fromUtf16(c.name)});
        builtInMix[0].add(quint32(mixEntries.size() - 1), c.share);
        mixEntries.push_back({QString::fromUtf16(c.queue), QString::fromUtf16(c.name)});
        builtInMix[1].add(quint32(mixEntries.size() - 1), c.share);
    }
}

bool FeedSimulator::Private::readMix(QString *error)
{
    buildBuiltInMix();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT channel, customer_tier, queue, category, count(*) FROM conversations"
                                  " WHERE arrived_at >= ? AND arrived_at <= ? GROUP BY 1, 2, 3, 4"
                                  " ORDER BY 1, 2, 3, 4"))) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    q.addBindValue(startClock - HistoryDays * Day);
    q.addBindValue(startClock);
    if (!q.exec()) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    while (q.next()) {
        const std::optional<Channel> channel = channelFromId(q.value(0).toString());
        if (!channel)
            continue;
        const int tier = q.value(1).toString() == QLatin1String("vip") ? 0 : 1;
        MixEntry entry;
        if (!q.value(2).isNull())
            entry.queue = q.value(2).toString();
        if (!q.value(3).isNull())
            entry.category = q.value(3).toString();
        mixEntries.push_back(std::move(entry));
        mix[at(*channel)][size_t(tier)].add(quint32(mixEntries.size() - 1), q.value(4).toDouble());
    }
    q.finish();
    return true;
}

bool FeedSimulator::Private::takeOver(QString *error)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < int(agentIds.size()); ++i)
        indexOf.insert(agentIds[size_t(i)], i);
    FloorEngine &floor = sim.engine;

    // Open agent states: the latest open row of each agent continues.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT agent_id, state, started_at FROM agent_states WHERE ended_at IS NULL"
                                      " ORDER BY agent_id, started_at")) ||
            !q.exec()) {
            *error = sql::errorText(q);
            failure = Failure::Store;
            return false;
        }
        while (q.next()) {
            const auto found = indexOf.constFind(q.value(0).toString());
            const std::optional<AgentState> state = agentStateFromId(q.value(1).toString());
            if (found == indexOf.constEnd() || !state)
                continue;
            OpenRow &row = sim.rows[size_t(*found)];
            row.open = *state;
            row.openStart = q.value(2).toLongLong();
        }
    }
    const qint64 t0 = startClock;
    for (int i = 0; i < floor.agentCount(); ++i) {
        const OpenRow &row = sim.rows[size_t(i)];
        if (!row.open || *row.open == AgentState::Offline) {
            floor.adoptSignedOut(i, row.open ? row.openStart : 0);
            continue;
        }
        switch (*row.open) {
        case AgentState::Break:
        case AgentState::Training:
        case AgentState::Meeting: {
            const qint64 planned = activityLength(*row.open); // planned from when it began
            floor.adoptActivity(i, *row.open, row.openStart, std::max(t0 + Minute, row.openStart + planned));
            break;
        }
        default:
            floor.adoptSignedIn(i, row.openStart);
            floor.scheduleActivity(i, t0 + breakGap(5, 110));
            break;
        }
    }

    // Open contacts of the last two days: waiting ones join the queue, those in progress end later.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, channel, customer_tier, agent_id, arrived_at, answered_at"
                                  " FROM conversations WHERE ended_at IS NULL AND abandoned_at IS NULL"
                                  " AND arrived_at >= ? ORDER BY arrived_at, id"))) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    q.addBindValue(t0 - TakeOverWindow);
    if (!q.exec()) {
        *error = sql::errorText(q);
        failure = Failure::Store;
        return false;
    }
    while (q.next()) {
        const std::optional<Channel> channel = channelFromId(q.value(1).toString());
        if (!channel)
            continue;
        FloorContact k;
        const QString id = q.value(0).toString();
        k.channel = *channel;
        k.vip = q.value(2).toString() == QLatin1String("vip");
        k.arrived = q.value(4).toLongLong();
        if (q.value(5).isNull()) {
            // Waiting: patience is memoryless, so a fresh draw from now is the customer's remaining patience.
            if (*channel != Channel::Email)
                k.deadline =
                    std::max(t0, k.arrived) +
                    std::max<qint64>(
                        1, qint64(std::ceil(sim.contactRandom.exponential(patienceMeanSeconds[at(*channel)]))));
            sim.contactIds.emplace(floor.adoptWaiting(std::move(k)), id);
            ++takenOverWaiting;
            continue;
        }
        const auto found = indexOf.constFind(q.value(3).toString());
        if (found == indexOf.constEnd())
            continue;
        if (!floor.agent(*found).signedIn()) {
            floor.adoptSignedIn(*found, t0);
            floor.scheduleActivity(*found, t0 + breakGap(5, 110));
        }
        k.answered = q.value(5).toLongLong();
        const qint64 endsAt = std::max(t0, k.answered) + handleDuration(*channel, 0.5);
        sim.contactIds.emplace(floor.adoptInProgress(std::move(k), *found, endsAt), id);
        ++takenOverInProgress;
    }
    q.finish();
    floor.scheduleTick(t0, TakeOverTick);
    return true;
}

bool FeedSimulator::Private::prepareStatements(QString *error)
{
    sqlite3 *handle = sql::sqliteHandle(db);
    if (!handle) {
        *error = tr("the store is not an open SQLite database");
        failure = Failure::Store;
        return false;
    }
    const std::pair<std::unique_ptr<sql::SqliteStatement> *, const char *> statements[] = {
        {&insertConversation, "INSERT INTO conversations(id, channel, queue, customer_id, customer_tier, arrived_at,"
                              " category) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&answerConversation, "UPDATE conversations SET answered_at = ?1, agent_id = ?2 WHERE id = ?3"},
        {&endConversation, "UPDATE conversations SET ended_at = ?1, wrap_seconds = ?2, transfers = ?3, resolved = ?4,"
                           " csat = ?5 WHERE id = ?6"},
        {&abandonConversation, "UPDATE conversations SET abandoned_at = ?1 WHERE id = ?2"},
        {&closeState, "UPDATE agent_states SET ended_at = ?1 WHERE agent_id = ?2 AND ended_at IS NULL"},
        {&insertState, "INSERT INTO agent_states(agent_id, state, started_at) VALUES (?1, ?2, ?3)"},
        {&retagState, "UPDATE agent_states SET state = ?1 WHERE agent_id = ?2 AND ended_at IS NULL"},
        {&dropOpenState, "DELETE FROM agent_states WHERE agent_id = ?1 AND ended_at IS NULL"},
        {&reopenState, "UPDATE agent_states SET ended_at = NULL WHERE agent_id = ?1 AND started_at = ?2"},
        {&maxSimulatedId, "SELECT max(id) FROM conversations WHERE id >= ?1 AND id < ?2"},
    };
    for (const auto &[slot, text] : statements) {
        *slot = std::make_unique<sql::SqliteStatement>(handle, QByteArray(text));
        if (!(*slot)->isValid()) {
            *error = (*slot)->errorString();
            failure = Failure::Store;
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Running.

bool FeedSimulator::Private::run(qint64 until)
{
    writeFailed = false;
    writeError.clear();
    return sim.engine.run(until);
}

double FeedSimulator::Private::ratePerSecond(Channel channel, qint64 t) const
{
    return normalRate[at(channel)][size_t(localClock.hour(t))] * multiplier / double(Hour);
}

// The next arrival after the exact time `after`: a unit exponential spent along the piecewise-constant
// rate, hour by hour. It arrives in the second after its exact time (so never at the start clock itself).
void FeedSimulator::Private::scheduleArrival(Channel channel, double after)
{
    double daily = 0;
    for (double v : normalRate[at(channel)])
        daily += v;
    if (daily <= 0 || multiplier <= 0) {
        sim.nextArrival[at(channel)] = double(Never);
        sim.arrivalAt[at(channel)] = Never;
        return;
    }
    double budget = -std::log(1.0 - sim.arrivalRandom[at(channel)].uniform());
    double t = after;
    for (;;) {
        const qint64 second = qint64(std::floor(t));
        const double end = double(localClock.nextBoundary(second, Hour));
        const double rate = ratePerSecond(channel, second);
        if (rate > 0 && rate * (end - t) >= budget) {
            t += budget / rate;
            break;
        }
        budget -= rate * (end - t);
        t = end;
    }
    sim.nextArrival[at(channel)] = t;
    sim.arrivalAt[at(channel)] = qint64(std::floor(t)) + 1;
}

qint64 FeedSimulator::Private::nextArrival() const
{
    return *std::min_element(sim.arrivalAt.begin(), sim.arrivalAt.end());
}

Channel FeedSimulator::Private::takeArrival()
{
    const auto first = std::min_element(sim.arrivalAt.begin(), sim.arrivalAt.end());
    const Channel channel = channelAt(int(first - sim.arrivalAt.begin()));
    scheduleArrival(channel, sim.nextArrival[at(channel)]);
    return channel;
}

void FeedSimulator::Private::tick(int kind, qint64, qint64 now)
{
    if (kind == TakeOverTick)
        onTakeOver(now);
    else
        staff(now);
    sim.engine.scheduleTick(localClock.nextBoundary(now, intervalSeconds), IntervalTick);
}

// Agents no longer on the roster finish what is in hand and sign out; the rest of the floor shows as it is.
void FeedSimulator::Private::onTakeOver(qint64 t)
{
    FloorEngine &floor = sim.engine;
    for (int i = 0; i < floor.agentCount(); ++i) {
        if (floor.agent(i).signedIn() && !onRoster[size_t(i)])
            floor.requestLogout(i, t);
        syncState(i, t);
    }
    staff(t);
    for (int i = 0; i < floor.agentCount(); ++i)
        floor.pickWork(i, t);
}

QString FeedSimulator::Private::nextId(qint64 t)
{
    const QDate date = localClock.date(t);
    const QString prefix = QStringLiteral("SIM-%1-").arg(date.toString(QStringLiteral("yyyyMMdd")));
    if (date != sim.idDate) {
        // Carry on after the simulator's earlier ids of this day ('.' sorts right after '-').
        sim.idDate = date;
        sim.idNumber = 0;
        sql::SqliteStatement &q = *maxSimulatedId;
        q.bindText(1, prefix);
        q.bindText(2, QStringLiteral("SIM-%1.").arg(date.toString(QStringLiteral("yyyyMMdd"))));
        if (q.nextRow()) {
            if (!q.columnIsNull(0))
                sim.idNumber = q.columnText(0).mid(prefix.size()).toLongLong();
            q.reset();
        } else if (q.lastErrorCode() != 0) {
            fail(q.errorString());
        }
    }
    return prefix + QStringLiteral("%1").arg(++sim.idNumber, 6, 10, QLatin1Char('0'));
}

void FeedSimulator::Private::describe(FloorContact &k)
{
    Random &rng = sim.contactRandom;
    k.vip = rng.chance(VipShare);
    const int tier = k.vip ? 0 : 1;
    const Mix *m = &mix[at(k.channel)][size_t(tier)];
    if (m->isEmpty())
        m = &mix[at(k.channel)][size_t(1 - tier)];
    if (m->isEmpty())
        m = &builtInMix[size_t(tier)];
    k.category = m->entries[size_t(rng.weighted(m->cumulative))];
    // The demo's customer numbering, so simulated contacts come from the same customers.
    const double u = rng.uniform();
    k.customer = k.vip ? quint32(std::pow(u, 1.3) * VipPool)
                       : quint32(VipPool) + quint32(std::pow(u, 1.3) * (CustomerPool - VipPool));
    if (k.channel != Channel::Email)
        k.deadline =
            k.arrived + std::max<qint64>(1, qint64(std::ceil(rng.exponential(patienceMeanSeconds[at(k.channel)]))));
}

void FeedSimulator::Private::arrived(qint64 seq, const FloorContact &k)
{
    const QString &id = sim.contactIds.emplace(seq, nextId(k.arrived)).first->second;
    const MixEntry &entry = mixEntries[k.category];
    sql::SqliteStatement &st = *insertConversation;
    st.bindText(1, id);
    st.bindText(2, channelId(k.channel));
    if (entry.queue)
        st.bindText(3, *entry.queue);
    else
        st.bindNull(3);
    st.bindText(4, QStringLiteral("U%1").arg(floorCustomerNumber(k.customer), 8, 10, QLatin1Char('0')));
    st.bindStaticText(5, k.vip ? std::string_view("vip") : std::string_view("standard"));
    st.bindInteger(6, k.arrived);
    if (entry.category)
        st.bindText(7, *entry.category);
    else
        st.bindNull(7);
    if (exec(st))
        ++sim.arrived;
}

void FeedSimulator::Private::abandoned(qint64 seq, const FloorContact &k)
{
    sql::SqliteStatement &st = *abandonConversation;
    st.bindInteger(1, std::max(k.abandoned, k.arrived));
    st.bindText(2, sim.contactIds.at(seq));
    if (exec(st))
        ++sim.abandoned;
}

void FeedSimulator::Private::answered(qint64 seq, const FloorContact &k, qint64 t)
{
    sql::SqliteStatement &st = *answerConversation;
    st.bindInteger(1, std::max(t, k.arrived));
    st.bindText(2, agentIds[size_t(k.agent)]);
    st.bindText(3, sim.contactIds.at(seq));
    if (!exec(st))
        return;
    ++sim.answered;
    syncState(k.agent, t);
}

qint64 FeedSimulator::Private::wrapSeconds(int, FloorContact &k)
{
    Random &rng = sim.serviceRandom;
    const qint64 wrap = wrapDuration(k.channel);
    const double u = rng.uniform();
    k.transfers = quint8(u < 0.88 ? 0 : (u < 0.97 ? 1 : 2));
    const bool resolved = rng.chance(0.86 - 0.15 * k.transfers);
    k.resolved = resolved ? 1 : 0;
    k.csat = 0;
    if (rng.chance(0.3)) {
        static const std::vector<double> happy = {0.03, 0.07, 0.16, 0.44, 1.0}; // cumulative, 1..5
        static const std::vector<double> unhappy = {0.2, 0.4, 0.65, 0.85, 1.0};
        k.csat = quint8(1 + rng.weighted(resolved ? happy : unhappy));
    }
    return wrap;
}

void FeedSimulator::Private::ended(qint64 seq, const FloorContact &k, qint64 t)
{
    sql::SqliteStatement &st = *endConversation;
    st.bindInteger(1, t);
    st.bindInteger(2, k.wrap);
    st.bindInteger(3, k.transfers);
    st.bindInteger(4, k.resolved);
    st.bindIntegerOrNull(5, k.csat, k.csat > 0);
    st.bindText(6, sim.contactIds.at(seq));
    if (!exec(st))
        return;
    ++sim.ended;
    syncState(k.agent, t);
}

bool FeedSimulator::Private::exec(sql::SqliteStatement &statement)
{
    if (writeFailed)
        return false;
    if (!statement.exec()) {
        fail(statement.errorString());
        return false;
    }
    return true;
}

void FeedSimulator::Private::fail(const QString &text)
{
    if (!writeFailed) {
        writeFailed = true;
        writeError = text;
    }
}

qint64 FeedSimulator::Private::activityLength(AgentState kind)
{
    switch (kind) {
    case AgentState::Meeting:
        return breakGap(15, 30);
    case AgentState::Training:
        return breakGap(30, 60);
    default:
        // A 15-minute break; now and then one runs long (the queue pane's "break too long" alert).
        return sim.agentRandom.chance(0.15) ? breakGap(25, 40) : breakGap(13, 17);
    }
}

void FeedSimulator::Private::dueActivity(int, FloorAgent &state)
{
    const double u = sim.agentRandom.uniform();
    state.activity = u < 0.06 ? AgentState::Meeting : (u < 0.09 ? AgentState::Training : AgentState::Break);
    state.activityDuration = activityLength(state.activity);
}

// The queue pane's staffing rule for the normal rate of the interval, plus the simulator's breaks.
int FeedSimulator::Private::requiredStaff(qint64 t) const
{
    const int hour = localClock.hour(t);
    ForecastInterval interval;
    for (int c = 0; c < ChannelCount; ++c) {
        interval.arrivals[size_t(c)] = normalRate[size_t(c)][size_t(hour)] * double(intervalSeconds) / double(Hour);
        interval.ahtSeconds[size_t(c)] = handleMean[size_t(c)] + wrapMean[size_t(c)];
    }
    const int agents =
        Forecast::requiredAgents(interval, 1.0, int(intervalSeconds), serviceRules, staffingRules).value_or(0);
    const int scheduled = int(std::ceil(agents / (1.0 - BreakShrinkage)));
    return std::clamp(scheduled, std::min(MinimumStaff, activeAgents), activeAgents);
}

void FeedSimulator::Private::staff(qint64 t)
{
    FloorEngine &floor = sim.engine;
    const int wanted = requiredStaff(t);
    sim.wanted = wanted;
    int present = 0;
    for (const FloorAgent &a : floor.agents())
        present += (a.signedIn() && !a.logoutDue) ? 1 : 0;
    if (present < wanted) {
        int missing = wanted - present;
        // First those about to leave stay on, then those who have been away longest sign in.
        for (int i = 0; i < floor.agentCount() && missing > 0; ++i) {
            if (floor.agent(i).signedIn() && floor.agent(i).logoutDue && onRoster[size_t(i)]) {
                floor.cancelLogout(i, t);
                --missing;
            }
        }
        std::vector<int> offline;
        for (int i = 0; i < floor.agentCount(); ++i) {
            if (!floor.agent(i).signedIn() && onRoster[size_t(i)])
                offline.push_back(i);
        }
        std::stable_sort(offline.begin(), offline.end(),
                         [&floor](int x, int y) { return floor.agent(x).signedOutAt < floor.agent(y).signedOutAt; });
        for (size_t i = 0; i < offline.size() && missing > 0; ++i, --missing)
            floor.signIn(offline[i], t);
    } else if (present > wanted) {
        // Those signed in longest go first, once their contacts (and a running break) are done.
        std::vector<int> on;
        for (int i = 0; i < floor.agentCount(); ++i) {
            if (floor.agent(i).signedIn() && !floor.agent(i).logoutDue)
                on.push_back(i);
        }
        std::stable_sort(on.begin(), on.end(),
                         [&floor](int x, int y) { return floor.agent(x).signedInAt < floor.agent(y).signedInAt; });
        for (int i = 0; i < present - wanted; ++i)
            floor.requestLogout(on[size_t(i)], t);
    }
}

AgentState FeedSimulator::Private::derivedState(int agent) const
{
    const FloorAgent &a = sim.engine.agent(agent);
    if (!a.signedIn())
        return AgentState::Offline;
    if (a.mode == FloorMode::Away)
        return a.activity;
    if (a.handling > 0)
        return AgentState::Busy;
    if (a.wrapping() > 0)
        return AgentState::Wrap;
    return AgentState::Available;
}

void FeedSimulator::Private::syncState(int agent, qint64 t)
{
    const AgentState state = derivedState(agent);
    if (!sim.rows[size_t(agent)].open && state == AgentState::Offline)
        return; // an agent never seen on the floor needs no offline row
    setState(agent, state, t);
}

// One open row per agent: close it at t and open the new one, or, when the open row began at t itself
// (several changes within one second), change that row instead, or go back to the row closed at t when the
// change returns to it. No zero-length rows, no overlaps.
void FeedSimulator::Private::setState(int agent, AgentState state, qint64 t)
{
    OpenRow &a = sim.rows[size_t(agent)];
    const QString &id = agentIds[size_t(agent)];
    if (a.open == state || writeFailed)
        return;
    if (a.open && a.openStart >= t) {
        if (a.previous == state && a.previousEnd == a.openStart) {
            sql::SqliteStatement &drop = *dropOpenState;
            drop.bindText(1, id);
            sql::SqliteStatement &reopen = *reopenState;
            reopen.bindText(1, id);
            reopen.bindInteger(2, a.previousStart);
            if (!exec(drop) || !exec(reopen))
                return;
            a.open = a.previous;
            a.openStart = a.previousStart;
            a.previous.reset();
            a.previousEnd = -1;
            return;
        }
        sql::SqliteStatement &retag = *retagState;
        retag.bindStaticText(1, stateText(state));
        retag.bindText(2, id);
        if (!exec(retag))
            return;
        a.open = state;
        return;
    }
    if (a.open) {
        sql::SqliteStatement &closeRow = *closeState;
        closeRow.bindInteger(1, t);
        closeRow.bindText(2, id);
        if (!exec(closeRow))
            return;
        a.previous = a.open;
        a.previousStart = a.openStart;
        a.previousEnd = t;
    }
    sql::SqliteStatement &openRow = *insertState;
    openRow.bindText(1, id);
    openRow.bindStaticText(2, stateText(state));
    openRow.bindInteger(3, t);
    if (!exec(openRow))
        return;
    a.open = state;
    a.openStart = t;
}

qint64 FeedSimulator::Private::pickupDelay(Channel channel)
{
    // Time to pick up: the phone rings, a chat gets its first reply, an e-mail is opened and read.
    Random &rng = sim.serviceRandom;
    double delay = 1;
    switch (channel) {
    case Channel::Phone:
        delay = double(rng.between64(3, 8));
        break;
    case Channel::Chat:
        delay = std::min(30.0, rng.logNormalWithMean(5.5, 0.5));
        break;
    case Channel::Social:
        delay = std::min(120.0, rng.logNormalWithMean(16.0, 0.5));
        break;
    case Channel::Email:
        delay = std::min(1800.0, rng.logNormalWithMean(150.0, 0.7));
        break;
    }
    return std::max<qint64>(1, qint64(std::lround(delay)));
}

qint64 FeedSimulator::Private::handleDuration(Channel channel, double factor)
{
    const double mean = handleMean[at(channel)] * factor;
    const double d = std::min(8.0 * mean, sim.serviceRandom.logNormalWithMean(mean, 0.6));
    return std::max<qint64>(channel == Channel::Email ? 30 : 10, qint64(std::lround(d)));
}

qint64 FeedSimulator::Private::wrapDuration(Channel channel)
{
    const double mean = wrapMean[at(channel)];
    if (mean <= 0)
        return 0;
    return std::max<qint64>(1,
                            qint64(std::lround(std::min(10.0 * mean, sim.serviceRandom.logNormalWithMean(mean, 0.5)))));
}

// ---------------------------------------------------------------------------------------------

QString FeedSimulator::sourceName()
{
    return QStringLiteral("simulator");
}

FeedSimulator::FeedSimulator(QSqlDatabase db, QTimeZone zone, Options options)
    : d(std::make_unique<Private>(std::move(db), std::move(zone), options))
{
    d->options.speed = std::clamp(d->options.speed, MinimumSpeed, MaximumSpeed);
    d->multiplier = d->options.profile == Profile::Peak ? PeakMultiplier : 1.0;
}

FeedSimulator::~FeedSimulator() = default;

bool FeedSimulator::begin(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (d->begun) {
        message = tr("the simulator has begun already");
        return false;
    }
    d->failure = Failure::None;
    if (!d->db.isOpen()) {
        message = tr("the store is not open");
        d->failure = Failure::Store;
        return false;
    }
    d->replacedSource.reset();
    d->activeAgents = 0;
    d->agentIds.clear();
    d->onRoster.clear();
    d->mixEntries.clear();
    d->takenOverWaiting = 0;
    d->takenOverInProgress = 0;
    d->mix = {};
    d->builtInMix = {};
    d->readSettings();
    std::array<double, ChannelCount> thresholds{};
    for (const Channel c : AllChannels)
        thresholds[at(c)] = double(d->serviceRules.threshold(c));
    d->routing = LongestWaitRouting(thresholds);
    d->sim = LiveFloor();
    LiveFloor &sim = d->sim;
    sim.engine = FloorEngine({1, d->onlineThreads, ChannelCount, FloorEngine::Abandons::AtDeadline}, d.get(), d.get(),
                             &d->routing, d.get());
    const quint64 seed = d->options.seed;
    for (int c = 0; c < ChannelCount; ++c)
        sim.arrivalRandom[size_t(c)] = Random(streamSeed(seed, arrivalStream[size_t(c)]));
    sim.contactRandom = Random(streamSeed(seed, 11));
    sim.serviceRandom = Random(streamSeed(seed, 12));
    sim.agentRandom = Random(streamSeed(seed, 13));

    if (!d->readAgents(&message) || !d->chooseStartClock(&message) || !d->readHistory(&message) ||
        !d->readMix(&message) || !d->takeOver(&message) || !d->prepareStatements(&message)) {
        d->sim = LiveFloor();
        return false;
    }
    sim.clock = d->startClock;
    for (int c = 0; c < ChannelCount; ++c)
        d->scheduleArrival(channelAt(c), double(d->startClock));
    d->begun = true;
    return true;
}

bool FeedSimulator::advance(qint64 simulatedSeconds, qint64 wallNow, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!d->begun) {
        message = tr("the simulator has not begun");
        return false;
    }
    LiveFloor backup = d->sim;
    sql::WriteTransaction tx(d->db);
    if (!tx.isActive()) {
        message = tr("could not start writing to the store: %1").arg(tx.errorString());
        d->failure = Failure::Store;
        return false;
    }
    const qint64 until = d->sim.clock + std::max<qint64>(0, simulatedSeconds);
    bool ok = d->run(until);
    if (ok) {
        d->sim.clock = until;
        FeedWatermark watermark;
        watermark.source = sourceName();
        watermark.asOf = until;
        watermark.writtenAt = wallNow;
        watermark.speed = d->options.speed;
        QString writeError;
        ok = feed::write(d->db, watermark, &writeError);
        // The simulator carries the other feed on: its row goes, or feed::latest might keep following it.
        if (ok && d->replacedSource)
            ok = sql::exec(d->db, QStringLiteral("DELETE FROM feed_status WHERE source = ?"), {*d->replacedSource},
                           &writeError);
        if (!ok)
            d->writeError = writeError;
    }
    if (ok && !tx.commit()) {
        ok = false;
        d->writeError = tx.errorString();
    }
    if (!ok) {
        tx.rollback();
        d->sim = std::move(backup);
        message = tr("could not write the feed to the store: %1").arg(d->writeError);
        d->failure = Failure::Store;
        return false;
    }
    d->replacedSource.reset();
    d->failure = Failure::None;
    return true;
}

qint64 FeedSimulator::clock() const
{
    return d->sim.clock;
}

FeedSimulator::StartFrom FeedSimulator::startFrom() const
{
    return d->startFrom;
}

FeedSimulator::Failure FeedSimulator::failure() const
{
    return d->failure;
}

FeedSimulator::Stats FeedSimulator::stats() const
{
    Stats s;
    s.startClock = d->startClock;
    s.clock = d->sim.clock;
    for (const FloorContact &k : d->sim.engine.openContacts()) {
        if (k.done)
            continue;
        if (k.answered < 0)
            ++s.waiting;
        else if (k.ended < 0)
            ++s.inProgress;
    }
    for (const FloorAgent &a : d->sim.engine.agents()) {
        s.signedIn += a.signedIn() ? 1 : 0;
        s.away += a.mode == FloorMode::Away ? 1 : 0;
    }
    s.activeAgents = d->activeAgents;
    s.wanted = d->sim.wanted;
    s.arrived = d->sim.arrived;
    s.answered = d->sim.answered;
    s.abandoned = d->sim.abandoned;
    s.ended = d->sim.ended;
    s.takenOverWaiting = d->takenOverWaiting;
    s.takenOverInProgress = d->takenOverInProgress;
    s.rateFromHistory = d->rateFromHistory;
    return s;
}

} // namespace kefu::live
