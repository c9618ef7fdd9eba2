#include "FeedSimulator.h"

#include "core/SeededRandom.h"

#include "FeedStatus.h"
#include "Forecast.h"
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
#include <deque>
#include <limits>
#include <map>
#include <numbers>
#include <optional>
#include <queue>
#include <random>
#include <string_view>
#include <vector>

// How the simulated floor works (all randomness from Options::seed, split into independent streams):
// - Arrivals: per channel a non-homogeneous Poisson process whose rate is constant within a local hour:
//   the mean arrivals of that hour over the store's last 28 days (else a built-in curve scaled to the
//   active agents), times 4.2 for --profile peak. Each channel draws from its own stream, so the arrival
//   times do not depend on anything else.
// - Staffing: at every interval boundary (the store's interval_minutes) agents log in or out to meet the
//   queue pane's Erlang C requirement (Forecast::requiredAgents with the store's service and staffing rules)
//   for the *normal* rate, plus 10 % for breaks; at least 2, at most the active agents. A peak run keeps that
//   staffing.
// - Routing: every agent takes every channel. Phone and e-mail take the whole agent, chat and social up to
//   staffing.online_concurrency threads (rounded), the concurrency the pane's Erlang C assumes. A contact goes
//   to the agent who has had free capacity the longest; a freed agent takes the head of the queue that has
//   waited longest relative to its channel's threshold (VIP first within a channel, VIP heads counting
//   double). Waiting contacts abandon at their patience; e-mail never does.
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
constexpr qint64 Never = std::numeric_limits<qint64>::max() / 4;
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

constexpr std::size_t at(Channel channel)
{
    return std::size_t(channel);
}

constexpr Channel channelAt(int index)
{
    return static_cast<Channel>(index);
}

bool takesWholeAgent(Channel channel)
{
    return channel == Channel::Phone || channel == Channel::Email;
}

// Relative arrivals per local hour when the store has no history (the demo's weekday shapes).
using HourCurve = std::array<double, 24>;
constexpr HourCurve onlineCurve = {2.2, 1.1, 0.5, 0.3, 0.25, 0.3, 0.6, 1.4, 3.4, 5.6, 7.0, 7.2,
                                   6.2, 6.6, 8.2, 8.6, 8.4,  7.2, 6.0, 6.6, 7.8, 8.2, 7.2, 4.8};
constexpr HourCurve phoneCurve = {0,   0,   0,   0,   0,   0,   0,   0,   3.5, 6.0, 7.6, 7.6,
                                  6.6, 7.2, 8.6, 8.8, 8.4, 7.0, 5.4, 4.2, 3.2, 0,   0,   0};
constexpr HourCurve emailCurve = {1.5, 1.0, 0.8, 0.6, 0.5, 0.6, 0.9, 1.5, 3.0, 4.0, 4.5, 4.5,
                                  3.8, 4.0, 4.3, 4.3, 4.1, 3.8, 3.4, 3.6, 4.0, 4.2, 3.6, 2.4};

enum StateCode : quint8 { Offline, Available, Busy, Wrap, Break, Training, Meeting, NoState };
constexpr std::string_view stateIds[] = {"offline", "available", "busy", "wrap", "break", "training", "meeting"};

std::optional<StateCode> stateFromId(const QString &id)
{
    for (int i = 0; i < int(std::size(stateIds)); ++i) {
        if (id == QLatin1String(stateIds[i].data(), qsizetype(stateIds[i].size())))
            return StateCode(i);
    }
    return std::nullopt;
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
// The floor.

enum EventKind : quint8 {
    TakeOverEvent,
    IntervalEvent,
    ArrivalEvent,
    AbandonEvent,
    AnswerEvent,
    HandleEndEvent,
    WrapEndEvent,
    ActivityDueEvent,
    ActivityEndEvent,
};

struct Event
{
    qint64 time = 0;
    quint64 order = 0;
    qint64 payload = 0;
    int agent = -1;
    quint32 generation = 0;
    EventKind kind = TakeOverEvent;
};

struct EventLater
{
    bool operator()(const Event &a, const Event &b) const
    {
        return a.time != b.time ? a.time > b.time : a.order > b.order;
    }
};

enum class Phase : quint8 { Waiting, Routed, Handling, Wrapping };

struct Contact
{
    QString id;
    qint64 arrived = 0;
    qint64 deadline = Never; // arrival + patience
    int agent = -1;
    Channel channel = Channel::Chat;
    Phase phase = Phase::Waiting;
    bool vip = false;
};

// Ready: takes contacts. ToActivity: a break (training, meeting) is due and starts when the contacts in
// hand are done. InActivity: on it.
enum class Mode : quint8 { Ready, ToActivity, InActivity };

struct Agent
{
    QString id;
    bool active = true;
    bool signedIn = false;
    bool leaving = false; // logs out when the contacts in hand (and a running activity) are done
    Mode mode = Mode::Ready;
    StateCode activity = Break;
    qint64 activityDuration = 0;
    int load = 0;     // contacts routed, in progress or in wrap-up
    int whole = 0;    // of those, phone calls and e-mails (they take the whole agent)
    int handling = 0; // answered, not ended
    int wrapping = 0; // ended, wrap-up running
    qint64 freeSince = 0;
    qint64 loginAt = 0;
    qint64 logoutAt = 0;
    quint32 generation = 0; // bumps at every login and logout: activity events of a former session lapse
    // The agent's open agent_states row, and the row closed last (for undoing a change within one second).
    StateCode openState = NoState;
    qint64 openStart = 0;
    StateCode previousState = NoState;
    qint64 previousStart = 0;
    qint64 previousEnd = -1;
};

// Everything that changes while the floor runs: copied before a step, put back when its write fails.
struct Floor
{
    qint64 clock = 0;
    std::array<Random, ChannelCount> arrivalRandom;
    std::array<double, ChannelCount> nextArrival{}; // the exact time of the pending arrival
    Random contactRandom;
    Random serviceRandom;
    Random agentRandom;
    std::priority_queue<Event, std::vector<Event>, EventLater> events;
    quint64 nextOrder = 0;
    std::map<qint64, Contact> contacts; // open contacts by sequence number
    qint64 nextSeq = 0;
    std::array<std::array<std::deque<qint64>, 2>, ChannelCount> queues; // [channel][0 = VIP, 1 = standard]
    std::vector<Agent> agents;
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
    std::vector<MixEntry> entries;
    std::vector<double> cumulative;

    void add(MixEntry entry, double weight)
    {
        entries.push_back(std::move(entry));
        cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
    }
    bool isEmpty() const { return entries.empty(); }
};

} // namespace

// ---------------------------------------------------------------------------------------------

struct FeedSimulator::Private
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
    // The other feed (the demo) whose watermark the start clock came from: its row goes with the first write.
    std::optional<QString> replacedSource;
    std::array<HourCurve, ChannelCount> normalRate{}; // arrivals per hour, by local hour
    bool rateFromHistory = false;
    double multiplier = 1;
    std::array<double, ChannelCount> handleMean{};
    std::array<double, ChannelCount> wrapMean{};
    std::array<std::array<Mix, 2>, ChannelCount> mix; // [channel][0 = VIP, 1 = standard]
    std::array<Mix, 2> builtInMix;
    int activeAgents = 0;
    int takenOverWaiting = 0;
    int takenOverInProgress = 0;

    Floor sim;

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
    void schedule(qint64 time, EventKind kind, int agent = -1, qint64 payload = 0, quint32 generation = 0);
    bool run(qint64 until);
    void scheduleArrival(Channel channel, double after);
    double ratePerSecond(Channel channel, qint64 t) const;
    void onTakeOver(qint64 t);
    void onInterval(qint64 t);
    void onArrival(qint64 t, Channel channel);
    void onAbandon(qint64 t, qint64 seq);
    void onAnswer(qint64 t, qint64 seq);
    void onHandleEnd(qint64 t, qint64 seq);
    void onWrapEnd(qint64 t, qint64 seq);
    void onActivityDue(qint64 t, int agent, quint32 generation);
    void onActivityEnd(qint64 t, int agent, quint32 generation);

    int requiredStaff(qint64 t) const;
    void staff(qint64 t);
    void login(int agent, qint64 t);
    void logout(int agent, qint64 t);
    void startActivity(int agent, qint64 t);
    void afterLoadChange(int agent, qint64 t);
    bool canTake(const Agent &agent, Channel channel) const;
    int bestAgentFor(Channel channel) const;
    qint64 queueHead(Channel channel, int tier);
    void pickWork(int agent, qint64 t);
    void route(qint64 seq, qint64 t);
    void assign(int agent, qint64 seq, qint64 t);
    StateCode derivedState(const Agent &agent) const;
    void syncState(int agent, qint64 t);
    void setState(int agent, StateCode state, qint64 t);

    qint64 pickupDelay(Channel channel);
    qint64 handleDuration(Channel channel, double factor = 1.0);
    qint64 wrapDuration(Channel channel);
    qint64 breakGap(qint64 lo, qint64 hi) { return sim.agentRandom.between64(lo, hi) * Minute; }
    qint64 activityLength(StateCode kind);
    void drawActivity(Agent &agent);
    QString nextId(qint64 t);
    QString customerId(bool vip);

    bool exec(sql::SqliteStatement &statement);
    void fail(const QString &text);
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
        Agent a;
        a.id = q.value(0).toString();
        a.active = q.value(1).toInt() != 0;
        activeAgents += a.active ? 1 : 0;
        sim.agents.push_back(std::move(a));
    }
    if (sim.agents.empty()) {
        *error = tr("the store has no agents: run `kefudesk demo` or import agents first");
        failure = Failure::NoAgents;
        return false;
    }
    if (activeAgents == 0) {
        *error = tr("the store has no active agents: import agents or mark some active first");
        failure = Failure::NoAgents;
        return false;
    }
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
        const HourCurve &curve =
            channel == Channel::Phone ? phoneCurve : (channel == Channel::Email ? emailCurve : onlineCurve);
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
        builtInMix[0].add({QString::fromUtf16(u"VIP"), QString::fromUtf16(c.name)}, c.share);
        builtInMix[1].add({QString::fromUtf16(c.queue), QString::fromUtf16(c.name)}, c.share);
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
        mix[at(*channel)][size_t(tier)].add(std::move(entry), q.value(4).toDouble());
    }
    q.finish();
    return true;
}

bool FeedSimulator::Private::takeOver(QString *error)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < int(sim.agents.size()); ++i)
        indexOf.insert(sim.agents[size_t(i)].id, i);

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
            const std::optional<StateCode> state = stateFromId(q.value(1).toString());
            if (found == indexOf.constEnd() || !state)
                continue;
            Agent &a = sim.agents[size_t(*found)];
            a.openState = *state;
            a.openStart = q.value(2).toLongLong();
        }
    }
    const qint64 t0 = startClock;
    for (int i = 0; i < int(sim.agents.size()); ++i) {
        Agent &a = sim.agents[size_t(i)];
        switch (a.openState) {
        case NoState:
        case Offline:
            a.signedIn = false;
            a.logoutAt = a.openState == Offline ? a.openStart : 0;
            break;
        case Break:
        case Training:
        case Meeting: {
            a.signedIn = true;
            a.loginAt = a.openStart;
            a.mode = Mode::InActivity;
            a.activity = a.openState;
            a.activityDuration = activityLength(a.openState); // planned from when it began
            schedule(std::max(t0 + Minute, a.openStart + a.activityDuration), ActivityEndEvent, i, 0, a.generation);
            break;
        }
        default:
            a.signedIn = true;
            a.loginAt = a.openStart;
            a.freeSince = a.openStart;
            schedule(t0 + breakGap(5, 110), ActivityDueEvent, i, 0, a.generation);
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
        Contact k;
        k.id = q.value(0).toString();
        k.channel = *channel;
        k.vip = q.value(2).toString() == QLatin1String("vip");
        k.arrived = q.value(4).toLongLong();
        const qint64 seq = sim.nextSeq++;
        if (q.value(5).isNull()) {
            // Waiting: patience is memoryless, so a fresh draw from now is the customer's remaining patience.
            if (*channel != Channel::Email)
                k.deadline =
                    std::max(t0, k.arrived) +
                    std::max<qint64>(
                        1, qint64(std::ceil(sim.contactRandom.exponential(patienceMeanSeconds[at(*channel)]))));
            k.phase = Phase::Waiting;
            sim.queues[at(*channel)][k.vip ? 0 : 1].push_back(seq);
            if (k.deadline != Never)
                schedule(k.deadline, AbandonEvent, -1, seq);
            sim.contacts.emplace(seq, std::move(k));
            ++takenOverWaiting;
            continue;
        }
        const auto found = indexOf.constFind(q.value(3).toString());
        if (found == indexOf.constEnd())
            continue;
        Agent &a = sim.agents[size_t(*found)];
        k.agent = *found;
        k.phase = Phase::Handling;
        ++a.load;
        ++a.handling;
        if (takesWholeAgent(*channel))
            ++a.whole;
        if (!a.signedIn) {
            a.signedIn = true;
            a.mode = Mode::Ready;
            a.loginAt = t0;
            a.freeSince = t0;
            schedule(t0 + breakGap(5, 110), ActivityDueEvent, *found, 0, a.generation);
        }
        const qint64 answeredAt = q.value(5).toLongLong();
        schedule(std::max(t0, answeredAt) + handleDuration(*channel, 0.5), HandleEndEvent, *found, seq);
        sim.contacts.emplace(seq, std::move(k));
        ++takenOverInProgress;
    }
    q.finish();
    for (Agent &a : sim.agents) {
        if (a.signedIn && !a.active)
            a.leaving = true; // no longer on the roster: finishes what is in hand, then logs out
    }
    schedule(t0, TakeOverEvent);
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

void FeedSimulator::Private::schedule(qint64 time, EventKind kind, int agent, qint64 payload, quint32 generation)
{
    Event e;
    e.time = time;
    e.order = sim.nextOrder++;
    e.kind = kind;
    e.agent = agent;
    e.payload = payload;
    e.generation = generation;
    sim.events.push(e);
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

bool FeedSimulator::Private::run(qint64 until)
{
    writeFailed = false;
    writeError.clear();
    while (!sim.events.empty() && sim.events.top().time <= until) {
        const Event e = sim.events.top();
        sim.events.pop();
        switch (e.kind) {
        case TakeOverEvent:
            onTakeOver(e.time);
            break;
        case IntervalEvent:
            onInterval(e.time);
            break;
        case ArrivalEvent:
            onArrival(e.time, channelAt(int(e.payload)));
            break;
        case AbandonEvent:
            onAbandon(e.time, e.payload);
            break;
        case AnswerEvent:
            onAnswer(e.time, e.payload);
            break;
        case HandleEndEvent:
            onHandleEnd(e.time, e.payload);
            break;
        case WrapEndEvent:
            onWrapEnd(e.time, e.payload);
            break;
        case ActivityDueEvent:
            onActivityDue(e.time, e.agent, e.generation);
            break;
        case ActivityEndEvent:
            onActivityEnd(e.time, e.agent, e.generation);
            break;
        }
        if (writeFailed)
            return false;
    }
    return true;
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
    schedule(qint64(std::floor(t)) + 1, ArrivalEvent, -1, qint64(channel));
}

void FeedSimulator::Private::onTakeOver(qint64 t)
{
    for (int i = 0; i < int(sim.agents.size()); ++i) {
        const Agent &a = sim.agents[size_t(i)];
        if (a.signedIn && a.leaving && a.load == 0 && a.mode != Mode::InActivity)
            logout(i, t);
        else
            syncState(i, t);
    }
    staff(t);
    for (int i = 0; i < int(sim.agents.size()); ++i)
        pickWork(i, t);
    schedule(localClock.nextBoundary(t, intervalSeconds), IntervalEvent);
}

void FeedSimulator::Private::onInterval(qint64 t)
{
    staff(t);
    schedule(localClock.nextBoundary(t, intervalSeconds), IntervalEvent);
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

QString FeedSimulator::Private::customerId(bool vip)
{
    // The demo's customer numbering, so simulated contacts come from the same customers.
    const double u = sim.contactRandom.uniform();
    const quint64 index = vip ? quint64(std::pow(u, 1.3) * VipPool)
                              : quint64(VipPool) + quint64(std::pow(u, 1.3) * (CustomerPool - VipPool));
    return QStringLiteral("U%1").arg((index * 2654435761ULL + 19860618ULL) % 100000000ULL, 8, 10, QLatin1Char('0'));
}

void FeedSimulator::Private::onArrival(qint64 t, Channel channel)
{
    Random &rng = sim.contactRandom;
    Contact k;
    k.channel = channel;
    k.arrived = t;
    k.vip = rng.chance(VipShare);
    const int tier = k.vip ? 0 : 1;
    const Mix *m = &mix[at(channel)][size_t(tier)];
    if (m->isEmpty())
        m = &mix[at(channel)][size_t(1 - tier)];
    if (m->isEmpty())
        m = &builtInMix[size_t(tier)];
    const MixEntry &entry = m->entries[size_t(rng.weighted(m->cumulative))];
    const QString customer = customerId(k.vip);
    if (channel != Channel::Email)
        k.deadline = t + std::max<qint64>(1, qint64(std::ceil(rng.exponential(patienceMeanSeconds[at(channel)]))));
    k.id = nextId(t);

    sql::SqliteStatement &st = *insertConversation;
    st.bindText(1, k.id);
    st.bindText(2, channelId(channel));
    if (entry.queue)
        st.bindText(3, *entry.queue);
    else
        st.bindNull(3);
    st.bindText(4, customer);
    st.bindStaticText(5, k.vip ? std::string_view("vip") : std::string_view("standard"));
    st.bindInteger(6, t);
    if (entry.category)
        st.bindText(7, *entry.category);
    else
        st.bindNull(7);
    if (!exec(st))
        return;
    ++sim.arrived;
    const qint64 seq = sim.nextSeq++;
    sim.contacts.emplace(seq, std::move(k));
    route(seq, t);
    scheduleArrival(channel, sim.nextArrival[at(channel)]);
}

void FeedSimulator::Private::route(qint64 seq, qint64 t)
{
    Contact &k = sim.contacts.at(seq);
    const Channel channel = k.channel;
    if (queueHead(channel, 0) < 0 && queueHead(channel, 1) < 0) {
        const int agent = bestAgentFor(channel);
        if (agent >= 0) {
            assign(agent, seq, t);
            return;
        }
    }
    k.phase = Phase::Waiting;
    sim.queues[at(channel)][k.vip ? 0 : 1].push_back(seq);
    if (k.deadline != Never)
        schedule(k.deadline, AbandonEvent, -1, seq);
}

void FeedSimulator::Private::onAbandon(qint64 t, qint64 seq)
{
    const auto it = sim.contacts.find(seq);
    if (it == sim.contacts.end() || it->second.phase != Phase::Waiting || it->second.deadline != t)
        return;
    sql::SqliteStatement &st = *abandonConversation;
    st.bindInteger(1, std::max(t, it->second.arrived));
    st.bindText(2, it->second.id);
    if (!exec(st))
        return;
    ++sim.abandoned;
    sim.contacts.erase(it); // its queue entry lapses
}

bool FeedSimulator::Private::canTake(const Agent &a, Channel channel) const
{
    if (!a.signedIn || a.leaving || a.mode != Mode::Ready)
        return false;
    if (takesWholeAgent(channel))
        return a.load == 0;
    return a.whole == 0 && a.load < onlineThreads;
}

int FeedSimulator::Private::bestAgentFor(Channel channel) const
{
    int best = -1;
    for (int i = 0; i < int(sim.agents.size()); ++i) {
        const Agent &a = sim.agents[size_t(i)];
        if (canTake(a, channel) && (best < 0 || a.freeSince < sim.agents[size_t(best)].freeSince))
            best = i;
    }
    return best;
}

qint64 FeedSimulator::Private::queueHead(Channel channel, int tier)
{
    std::deque<qint64> &q = sim.queues[at(channel)][size_t(tier)];
    while (!q.empty()) {
        const auto it = sim.contacts.find(q.front());
        if (it != sim.contacts.end() && it->second.phase == Phase::Waiting)
            return q.front();
        q.pop_front();
    }
    return -1;
}

void FeedSimulator::Private::pickWork(int agent, qint64 t)
{
    for (;;) {
        const Agent &a = sim.agents[size_t(agent)];
        std::optional<Channel> bestChannel;
        int bestTier = 1;
        double bestScore = -1;
        for (int i = 0; i < ChannelCount; ++i) {
            const Channel c = channelAt(i);
            if (!canTake(a, c))
                continue;
            int tier = 0;
            qint64 seq = queueHead(c, 0);
            if (seq < 0) {
                tier = 1;
                seq = queueHead(c, 1);
            }
            if (seq < 0)
                continue;
            const Contact &k = sim.contacts.at(seq);
            const double threshold = double(std::max<qint64>(1, serviceRules.threshold(c)));
            const double score = double(t - k.arrived + 1) / threshold * (k.vip ? 2.0 : 1.0);
            if (score > bestScore) {
                bestScore = score;
                bestChannel = c;
                bestTier = tier;
            }
        }
        if (!bestChannel)
            return;
        std::deque<qint64> &q = sim.queues[at(*bestChannel)][size_t(bestTier)];
        const qint64 seq = q.front();
        q.pop_front();
        assign(agent, seq, t);
    }
}

void FeedSimulator::Private::assign(int agent, qint64 seq, qint64 t)
{
    Contact &k = sim.contacts.at(seq);
    Agent &a = sim.agents[size_t(agent)];
    k.phase = Phase::Routed;
    k.agent = agent;
    ++a.load;
    if (takesWholeAgent(k.channel))
        ++a.whole;
    a.freeSince = t;
    schedule(t + pickupDelay(k.channel), AnswerEvent, agent, seq);
}

void FeedSimulator::Private::onAnswer(qint64 t, qint64 seq)
{
    Contact &k = sim.contacts.at(seq);
    Agent &a = sim.agents[size_t(k.agent)];
    sql::SqliteStatement &st = *answerConversation;
    st.bindInteger(1, std::max(t, k.arrived));
    st.bindText(2, a.id);
    st.bindText(3, k.id);
    if (!exec(st))
        return;
    k.phase = Phase::Handling;
    ++a.handling;
    ++sim.answered;
    syncState(k.agent, t);
    schedule(t + handleDuration(k.channel), HandleEndEvent, k.agent, seq);
}

void FeedSimulator::Private::onHandleEnd(qint64 t, qint64 seq)
{
    Contact &k = sim.contacts.at(seq);
    Agent &a = sim.agents[size_t(k.agent)];
    Random &rng = sim.serviceRandom;
    const qint64 wrap = wrapDuration(k.channel);
    const double u = rng.uniform();
    const int transfers = u < 0.88 ? 0 : (u < 0.97 ? 1 : 2);
    const bool resolved = rng.chance(0.86 - 0.15 * transfers);
    std::optional<int> csat;
    if (rng.chance(0.3)) {
        static const std::vector<double> happy = {0.03, 0.07, 0.16, 0.44, 1.0}; // cumulative, 1..5
        static const std::vector<double> unhappy = {0.2, 0.4, 0.65, 0.85, 1.0};
        csat = 1 + rng.weighted(resolved ? happy : unhappy);
    }
    sql::SqliteStatement &st = *endConversation;
    st.bindInteger(1, t);
    st.bindInteger(2, wrap);
    st.bindInteger(3, transfers);
    st.bindInteger(4, resolved ? 1 : 0);
    if (csat)
        st.bindInteger(5, *csat);
    else
        st.bindNull(5);
    st.bindText(6, k.id);
    if (!exec(st))
        return;
    ++sim.ended;
    k.phase = Phase::Wrapping;
    --a.handling;
    ++a.wrapping;
    if (wrap <= 0) {
        onWrapEnd(t, seq);
        return;
    }
    syncState(k.agent, t);
    schedule(t + wrap, WrapEndEvent, k.agent, seq);
}

void FeedSimulator::Private::onWrapEnd(qint64 t, qint64 seq)
{
    const auto it = sim.contacts.find(seq);
    if (it == sim.contacts.end())
        return;
    const int agent = it->second.agent;
    Agent &a = sim.agents[size_t(agent)];
    --a.wrapping;
    --a.load;
    if (takesWholeAgent(it->second.channel))
        --a.whole;
    a.freeSince = t;
    sim.contacts.erase(it);
    afterLoadChange(agent, t);
}

// The agent finished a contact (or an activity): leave, start a due activity, or take the next work.
void FeedSimulator::Private::afterLoadChange(int agent, qint64 t)
{
    Agent &a = sim.agents[size_t(agent)];
    if (a.signedIn && a.load == 0 && a.mode != Mode::InActivity) {
        if (a.leaving) {
            logout(agent, t);
            return;
        }
        if (a.mode == Mode::ToActivity) {
            startActivity(agent, t);
            return;
        }
    }
    syncState(agent, t);
    pickWork(agent, t);
}

qint64 FeedSimulator::Private::activityLength(StateCode kind)
{
    switch (kind) {
    case Meeting:
        return breakGap(15, 30);
    case Training:
        return breakGap(30, 60);
    default:
        // A 15-minute break; now and then one runs long (the queue pane's "break too long" alert).
        return sim.agentRandom.chance(0.15) ? breakGap(25, 40) : breakGap(13, 17);
    }
}

void FeedSimulator::Private::drawActivity(Agent &a)
{
    const double u = sim.agentRandom.uniform();
    a.activity = u < 0.06 ? Meeting : (u < 0.09 ? Training : Break);
    a.activityDuration = activityLength(a.activity);
}

void FeedSimulator::Private::onActivityDue(qint64 t, int agent, quint32 generation)
{
    Agent &a = sim.agents[size_t(agent)];
    if (a.generation != generation || !a.signedIn || a.leaving || a.mode != Mode::Ready)
        return;
    drawActivity(a);
    a.mode = Mode::ToActivity;
    if (a.load == 0)
        startActivity(agent, t);
}

void FeedSimulator::Private::startActivity(int agent, qint64 t)
{
    Agent &a = sim.agents[size_t(agent)];
    a.mode = Mode::InActivity;
    syncState(agent, t);
    schedule(t + a.activityDuration, ActivityEndEvent, agent, 0, a.generation);
}

void FeedSimulator::Private::onActivityEnd(qint64 t, int agent, quint32 generation)
{
    Agent &a = sim.agents[size_t(agent)];
    if (a.generation != generation || a.mode != Mode::InActivity)
        return;
    a.mode = Mode::Ready;
    if (a.leaving && a.load == 0) {
        logout(agent, t);
        return;
    }
    a.freeSince = t;
    schedule(t + breakGap(100, 140), ActivityDueEvent, agent, 0, a.generation);
    syncState(agent, t);
    pickWork(agent, t);
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
    const int wanted = requiredStaff(t);
    sim.wanted = wanted;
    int present = 0;
    for (const Agent &a : sim.agents)
        present += (a.signedIn && !a.leaving) ? 1 : 0;
    if (present < wanted) {
        int missing = wanted - present;
        // First those about to leave stay on, then those who have been away longest log in.
        for (int i = 0; i < int(sim.agents.size()) && missing > 0; ++i) {
            Agent &a = sim.agents[size_t(i)];
            if (a.signedIn && a.leaving && a.active) {
                a.leaving = false;
                --missing;
                pickWork(i, t);
            }
        }
        std::vector<int> offline;
        for (int i = 0; i < int(sim.agents.size()); ++i) {
            if (!sim.agents[size_t(i)].signedIn && sim.agents[size_t(i)].active)
                offline.push_back(i);
        }
        std::stable_sort(offline.begin(), offline.end(), [this](int x, int y) {
            return sim.agents[size_t(x)].logoutAt < sim.agents[size_t(y)].logoutAt;
        });
        for (size_t i = 0; i < offline.size() && missing > 0; ++i, --missing)
            login(offline[i], t);
    } else if (present > wanted) {
        // Those signed in longest go first, once their contacts (and a running break) are done.
        std::vector<int> on;
        for (int i = 0; i < int(sim.agents.size()); ++i) {
            if (sim.agents[size_t(i)].signedIn && !sim.agents[size_t(i)].leaving)
                on.push_back(i);
        }
        std::stable_sort(on.begin(), on.end(), [this](int x, int y) {
            return sim.agents[size_t(x)].loginAt < sim.agents[size_t(y)].loginAt;
        });
        for (int i = 0; i < present - wanted; ++i) {
            const int agent = on[size_t(i)];
            Agent &a = sim.agents[size_t(agent)];
            a.leaving = true;
            if (a.load == 0 && a.mode != Mode::InActivity)
                logout(agent, t);
        }
    }
}

void FeedSimulator::Private::login(int agent, qint64 t)
{
    Agent &a = sim.agents[size_t(agent)];
    a.signedIn = true;
    a.leaving = false;
    a.mode = Mode::Ready;
    a.loginAt = t;
    a.freeSince = t;
    ++a.generation;
    schedule(t + breakGap(100, 140), ActivityDueEvent, agent, 0, a.generation);
    syncState(agent, t);
    pickWork(agent, t);
}

void FeedSimulator::Private::logout(int agent, qint64 t)
{
    Agent &a = sim.agents[size_t(agent)];
    a.signedIn = false;
    a.leaving = false;
    a.mode = Mode::Ready;
    a.logoutAt = t;
    ++a.generation;
    syncState(agent, t);
}

StateCode FeedSimulator::Private::derivedState(const Agent &a) const
{
    if (!a.signedIn)
        return Offline;
    if (a.mode == Mode::InActivity)
        return a.activity;
    if (a.handling > 0)
        return Busy;
    if (a.wrapping > 0)
        return Wrap;
    return Available;
}

void FeedSimulator::Private::syncState(int agent, qint64 t)
{
    const Agent &a = sim.agents[size_t(agent)];
    const StateCode state = derivedState(a);
    if (a.openState == NoState && state == Offline)
        return; // an agent never seen on the floor needs no offline row
    setState(agent, state, t);
}

// One open row per agent: close it at t and open the new one, or, when the open row began at t itself
// (several changes within one second), change that row instead, or go back to the row closed at t when the
// change returns to it. No zero-length rows, no overlaps.
void FeedSimulator::Private::setState(int agent, StateCode state, qint64 t)
{
    Agent &a = sim.agents[size_t(agent)];
    if (a.openState == state || writeFailed)
        return;
    if (a.openState != NoState && a.openStart >= t) {
        if (a.previousState == state && a.previousEnd == a.openStart) {
            sql::SqliteStatement &drop = *dropOpenState;
            drop.bindText(1, a.id);
            sql::SqliteStatement &reopen = *reopenState;
            reopen.bindText(1, a.id);
            reopen.bindInteger(2, a.previousStart);
            if (!exec(drop) || !exec(reopen))
                return;
            a.openState = a.previousState;
            a.openStart = a.previousStart;
            a.previousState = NoState;
            a.previousEnd = -1;
            return;
        }
        sql::SqliteStatement &retag = *retagState;
        retag.bindStaticText(1, stateIds[state]);
        retag.bindText(2, a.id);
        if (!exec(retag))
            return;
        a.openState = state;
        return;
    }
    if (a.openState != NoState) {
        sql::SqliteStatement &closeRow = *closeState;
        closeRow.bindInteger(1, t);
        closeRow.bindText(2, a.id);
        if (!exec(closeRow))
            return;
        a.previousState = a.openState;
        a.previousStart = a.openStart;
        a.previousEnd = t;
    }
    sql::SqliteStatement &openRow = *insertState;
    openRow.bindText(1, a.id);
    openRow.bindStaticText(2, stateIds[state]);
    openRow.bindInteger(3, t);
    if (!exec(openRow))
        return;
    a.openState = state;
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
    d->sim = Floor();
    d->replacedSource.reset();
    d->activeAgents = 0;
    d->takenOverWaiting = 0;
    d->takenOverInProgress = 0;
    d->mix = {};
    d->builtInMix = {};
    Floor &sim = d->sim;
    const quint64 seed = d->options.seed;
    for (int c = 0; c < ChannelCount; ++c)
        sim.arrivalRandom[size_t(c)] = Random(streamSeed(seed, arrivalStream[size_t(c)]));
    sim.contactRandom = Random(streamSeed(seed, 11));
    sim.serviceRandom = Random(streamSeed(seed, 12));
    sim.agentRandom = Random(streamSeed(seed, 13));

    d->readSettings();
    if (!d->readAgents(&message) || !d->chooseStartClock(&message) || !d->readHistory(&message) ||
        !d->readMix(&message) || !d->takeOver(&message) || !d->prepareStatements(&message)) {
        d->sim = Floor();
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
    Floor backup = d->sim;
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
    for (const auto &entry : d->sim.contacts) {
        const Contact &k = entry.second;
        if (k.phase == Phase::Waiting || k.phase == Phase::Routed)
            ++s.waiting;
        else if (k.phase == Phase::Handling)
            ++s.inProgress;
    }
    for (const Agent &a : d->sim.agents) {
        s.signedIn += a.signedIn ? 1 : 0;
        s.away += (a.signedIn && a.mode == Mode::InActivity) ? 1 : 0;
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
