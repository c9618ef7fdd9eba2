#include "DemoGenerator.h"

#include "DemoContent.h"
#include "DemoUsers.h"
#include "core/SeededRandom.h"
#include "live/FeedStatus.h"
#include "auth/AuditLog.h"
#include "complaints/ComplaintCase.h"
#include "store/SqliteStatement.h"
#include "auth/Session.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <numbers>
#include <queue>
#include <random>
#include <set>
#include <utility>
#include <vector>

// How the demo floor works (all of it seeded from DemoOptions::seed alone):
// - Every day gets a volume (weekly pattern, slow trend, a promotion day at peakMultiplier × its normal
//   volume, a few busier days around it) and per channel an intraday curve; arrivals are a
//   non-homogeneous Poisson process on 5-minute slots.
// - One discrete-event simulation runs over the whole range: two skill groups (hotline + e-mail tickets,
//   online chat + social) of agents who log in according to their shifts, take breaks, training and
//   meetings, and serve FIFO queues (VIP first). Waits and abandons emerge from how many agents are free: a
//   contact abandons when its wait exceeds its patience.
// - Online agents hold up to 2–3 chats/social threads at once (skill-dependent concurrency, as chat
//   platforms allow). A new thread goes to an agent who has one thread, else to the longest-idle agent,
//   else to a third slot; within a load level the agent who has been there longest. Filling to two threads
//   before waking idle agents gives longer handling bursts (fewer state rows) at ~65 % occupancy. Phone
//   calls and e-mails take a voice agent's whole attention; calls come first, so e-mails wait for quiet
//   moments (and overnight): hours. Idle chat agents help with e-mails older than three hours.
// - Agent states come out of the same simulation: one busy row per handling burst (the time during which the
//   agent has at least one answered contact before its wrap-up ends), then, after a call or an e-mail with
//   at least 30 s of wrap-up, a wrap row from the last handling end to the end of the burst. Busy + wrap
//   therefore equals the union of the agent's handle + wrap time; short wrap-ups (chat's few seconds) stay
//   inside the busy row, which keeps agent_states small enough for 300 agents × 365 days.
// - Rows stream to the store day by day inside one transaction; the bulk tables go through prepared sqlite3
//   statements on the Qt connection's own handle.

namespace kefu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::DemoGenerator", text);
}

constexpr qint64 Never = std::numeric_limits<qint64>::max() / 4;
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 MinimumWrapRow = 30;        // seconds of trailing wrap-up that get their own wrap row
constexpr qint64 EmailBacklogAge = 3 * 3600; // e-mails older than this are also picked up by idle chat agents

using seeded::Random;
using seeded::splitMix;
using seeded::streamSeed;

std::vector<double> cumulate(const std::vector<double> &weights)
{
    std::vector<double> out(weights.size());
    double sum = 0.0;
    for (size_t i = 0; i < weights.size(); ++i) {
        sum += std::max(0.0, weights[i]);
        out[i] = sum;
    }
    if (out.empty() || sum <= 0.0)
        out.assign(std::max<size_t>(1, weights.size()), 1.0);
    return out;
}

// ---------------------------------------------------------------------------------------------
// The floor's shape.

enum Channel : quint8 { Chat, Phone, Social, Email, ChannelCount };
const char *const channelNames[ChannelCount] = {"chat", "phone", "social", "email"};
constexpr double channelShare[ChannelCount] = {0.60, 0.20, 0.12, 0.08};

enum StateCode : quint8 { Offline, Available, Busy, Wrap, Break, Training, Meeting };

enum class Group : quint8 { Voice, Online }; // Voice: hotline and e-mail tickets

// Relative arrivals per local hour (the value at the middle of the hour).
using HourCurve = std::array<double, 24>;
// Online (chat, social): late-morning, afternoon and 20:00–23:00 peaks, lunch and dinner dips.
constexpr HourCurve onlineWeekday = {2.2, 1.1, 0.5, 0.3, 0.25, 0.3, 0.6, 1.4, 3.4, 5.6, 7.0, 7.2,
                                     6.2, 6.6, 8.2, 8.6, 8.4,  7.2, 6.0, 6.6, 7.8, 8.2, 7.2, 4.8};
constexpr HourCurve onlineWeekend = {2.6, 1.3, 0.6, 0.35, 0.25, 0.3, 0.5, 1.0, 2.6, 4.6, 6.4, 6.8,
                                     6.0, 6.4, 7.8, 8.2,  8.0,  7.0, 6.0, 6.8, 8.2, 8.6, 7.6, 5.2};
// The hotline is open 08:00–21:00.
constexpr HourCurve phoneWeekday = {0,   0,   0,   0,   0,   0,   0,   0,   3.5, 6.0, 7.6, 7.6,
                                    6.6, 7.2, 8.6, 8.8, 8.4, 7.0, 5.4, 4.2, 3.2, 0,   0,   0};
constexpr HourCurve phoneWeekend = {0,   0,   0,   0,   0,   0,   0,   0,   3.0, 5.4, 7.0, 7.2,
                                    6.6, 7.0, 8.0, 8.2, 7.8, 6.8, 5.4, 4.6, 3.6, 0,   0,   0};
constexpr HourCurve emailCurve = {1.5, 1.0, 0.8, 0.6, 0.5, 0.6, 0.9, 1.5, 3.0, 4.0, 4.5, 4.5,
                                  3.8, 4.0, 4.3, 4.3, 4.1, 3.8, 3.4, 3.6, 4.0, 4.2, 3.6, 2.4};
// A promotion day multiplies the usual shape: the midnight rush when the sale opens, a heavy evening.
constexpr HourCurve promotionShape = {6.0, 3.5, 2.0, 1.2, 1.2, 1.2, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0,
                                      1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.5, 1.7, 1.6, 1.4};
// Monday (1) … Sunday (7): volume of a weekday relative to an average weekday.
constexpr double weekdayFactor[8] = {0, 1.06, 1.02, 1.00, 0.98, 0.94, 0.88, 0.92};
constexpr double contactsPerAgentDay = 60.0;

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

double interpolate(const HourCurve &curve, double hour)
{
    const double x = hour - 0.5;
    const int i = int(std::floor(x));
    const double f = x - i;
    const double a = curve[size_t((i + 24) % 24)];
    const double b = curve[size_t((i + 25) % 24)];
    return a + (b - a) * f;
}

// What a conversation category means for handling, resolution and queue choice.
enum class CategoryKind { Presale, Logistics, AfterSales, Quality, Payment, Other };

CategoryKind categoryKind(const QString &name)
{
    if (name.contains(QStringLiteral("咨询")))
        return CategoryKind::Presale;
    if (name.contains(QStringLiteral("物流")) || name.contains(QStringLiteral("快递")))
        return CategoryKind::Logistics;
    if (name.contains(QStringLiteral("质量")) || name.contains(QStringLiteral("描述")))
        return CategoryKind::Quality;
    if (name.contains(QStringLiteral("支付")) || name.contains(QStringLiteral("优惠")))
        return CategoryKind::Payment;
    if (name.contains(QStringLiteral("售后")) || name.contains(QStringLiteral("退")))
        return CategoryKind::AfterSales;
    return CategoryKind::Other;
}

struct CategoryInfo
{
    QString name;
    QByteArray utf8;
    double share = 0.0;
    CategoryKind kind = CategoryKind::Other;
    double handleFactor = 1.0;
    double fcrFactor = 1.0;
    int queue = 0;
    double orderProbability = 0.9;
    std::vector<int> scripts; // indexes into the script plans, for conversation_scripts
    std::vector<double> scriptWeights;
};

// ---------------------------------------------------------------------------------------------
// Bulk inserts through the sqlite3 handle of the Qt connection: prepared once, bound per row.

class BulkStatement final
{
public:
    BulkStatement(sqlite3 *db, const char *statement)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, statement, -1, &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            m_statement = nullptr;
        }
    }
    ~BulkStatement() { sqlite3_finalize(m_statement); }
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorString() const { return m_error; }

    // The bytes must stay alive until step().
    void staticText(int i, const QByteArray &value)
    {
        sqlite3_bind_text(m_statement, i, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    void text(int i, const char *value, int size) { sqlite3_bind_text(m_statement, i, value, size, SQLITE_TRANSIENT); }
    void integer(int i, qint64 value) { sqlite3_bind_int64(m_statement, i, value); }
    void null(int i) { sqlite3_bind_null(m_statement, i); }
    void integerOrNull(int i, qint64 value, bool present)
    {
        if (present)
            integer(i, value);
        else
            null(i);
    }
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// ---------------------------------------------------------------------------------------------
// Model objects of one run.

struct AgentProfile
{
    QString id;
    QByteArray idUtf8;
    QString name;
    int team = 0;
    int skill = 1;
    QString certification;
    QDate hiredOn;
    bool active = true;
    int firstWorkDay = 0; // day indexes of the range
    int lastWorkDay = 0;
    Group group = Group::Online;
    int capacity = 1;            // concurrent contacts (chat/social); phone and e-mail take all of it
    double speed = 1.0;          // handle-time factor
    double responsiveness = 1.0; // first-response delay factor
    double fcr = 0.75;
    double csatBias = 0.0;
    double qaBase = 88.0;
    double autoFailRisk = 0.03;
    double lateRisk = 0.06;
    double earlyRisk = 0.04;
    double absentRisk = 0.01;
};

struct Activity
{
    qint64 due = 0;
    qint64 duration = 0;
    StateCode state = Break;
};

struct ShiftPlan
{
    qint64 login = 0;
    qint64 logout = 0;
    std::vector<Activity> activities;
};

// An agent's state rows: consecutive, non-overlapping; equal neighbours merged, empty rows dropped.
struct Timeline
{
    StateCode open = Offline;
    qint64 openStart = 0;
    bool hasPending = false;
    StateCode pendingState = Offline;
    qint64 pendingStart = 0;
    qint64 pendingEnd = 0;
};

enum class Mode : quint8 { Off, Ready, PendingActivity, PendingLogout, Away };

struct AgentSim
{
    int load = 0;     // capacity units in use: reserved + active contacts
    int reserved = 0; // routed, not yet answered
    int active = 0;   // answered, wrap-up not yet over
    int handling = 0; // answered, not yet ended
    qint64 burstHandleEnd = 0;
    bool burstHasWrap = false; // a call or an e-mail in the burst: its after-contact work may show as wrap
    Mode mode = Mode::Off;
    bool logoutDue = false;
    int level = -1; // which free-agent set the agent sits in
    qint64 levelSince = 0;
    std::deque<ShiftPlan> plans;
    ShiftPlan plan;
    size_t nextActivity = 0;
    Timeline timeline;
    // Roster of the current week.
    int weekKind = 0;
    int daysOffMask = 0;
    // QA sample of the current week (reservoir).
    int qaQuota = 0;
    int qaSeen = 0;
};

struct Contact
{
    qint64 arrived = 0;
    qint64 deadline = Never; // arrival + patience
    qint64 answered = -1;
    qint64 ended = -1;
    qint64 abandoned = -1;
    quint64 order = 0; // 0 = no order
    quint32 customer = 0;
    qint16 agent = -1;
    quint16 wrap = 0;
    quint8 channel = Chat;
    quint8 queue = 0;
    quint8 category = 0;
    quint8 vip = 0;
    quint8 transfers = 0;
    quint8 csat = 0;
    qint8 resolved = -1;
    bool done = false;
};

struct QaPick
{
    qint64 conversation = 0;
    qint64 at = 0; // when the conversation ended
    int agent = 0;
    int csat = 0;
    int resolved = -1;
    QString complaintId;
};

struct ComplaintSource
{
    qint64 conversation = 0;
    qint64 at = 0;
    int agent = -1;
    int channel = Chat;
    quint32 customer = 0;
    quint64 order = 0;
    int category = 0;
};

struct ScriptPlan
{
    int templateIndex = 0;
    QByteArray idUtf8;
    qint64 usableFrom = Never;
    qint64 usableUntil = Never;
    double weight = 0.0;
    int channelMask = 0;
};

enum EventKind : quint8 {
    DayStartEvent,
    PurgeEvent,
    ShiftBeginEvent,
    ActivityDueEvent,
    ActivityEndEvent,
    LogoutDueEvent,
    AnswerEvent,
    HandleEndEvent,
    WrapEndEvent,
};

struct Event
{
    qint64 time = 0;
    quint64 order = 0;
    qint64 payload = 0;
    int agent = -1;
    EventKind kind = DayStartEvent;
};

struct EventLater
{
    bool operator()(const Event &a, const Event &b) const
    {
        return a.time != b.time ? a.time > b.time : a.order > b.order;
    }
};

struct DayInfo
{
    QDate date;
    qint64 start = 0;
    qint64 end = 0;
    int weekday = 1;
    double volume = 0.0;
    bool peak = false;
    bool weekend = false;
    int offsetFromPeak = 1000;
};

// ---------------------------------------------------------------------------------------------
// Complaint cases: events that follow complaints.md, and the row that results from them.

const QStringList &caseStates()
{
    static const QStringList states = {
        QStringLiteral("new"),      QStringLiteral("acknowledged"),      QStringLiteral("investigating"),
        QStringLiteral("proposed"), QStringLiteral("awaiting_feedback"), QStringLiteral("closed"),
        QStringLiteral("rejected")};
    return states;
}

struct CaseEvent
{
    qint64 at = 0;
    QString actor;
    QString kind;
    QString field;
    QString from;
    QString to;
    QString note;
};

struct CaseRecord
{
    int index = 0;
    QString id;
    qint64 createdAt = 0;
    int channel = Chat;
    QString customerId;
    QString orderId;
    QString category;
    QString priority;
    QString summary;
    QString description;
    int agent = -1;
    qint64 conversation = 0;
    // Current values, replayed from the events.
    QString state = QStringLiteral("new");
    QString owner;
    int level = 1;
    QString rootCause;
    QString resolution;
    double amount = -1.0;
    QString feedback;
    QString rejectReason;
    int reopenCount = 0;
    int transfers = 0;
    int attempts = 0;
    qint64 acknowledgedAt = -1;
    qint64 closedAt = -1;
    qint64 awaitingSince = -1;
    qint64 awaitingTotal = 0;
    qint64 updatedAt = 0;
    std::vector<CaseEvent> events;
};

// Appends events while they happen before asOf, applying each to the record like a replay would.
class CaseBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::DemoGenerator)

public:
    CaseBuilder(CaseRecord &record, qint64 asOf, const QString &stopAt)
        : m_record(record)
        , m_asOf(asOf)
        , m_stopAt(stopAt)
    {}

    bool stopped() const { return m_stopped; }
    const CaseRecord &record() const { return m_record; }

    bool add(qint64 at, const QString &actor, const QString &kind, const QString &field, const QString &from,
             const QString &to, const QString &note)
    {
        if (m_stopped)
            return false;
        if (!m_record.events.empty())
            at = std::max(at, m_record.events.back().at + 1);
        if (at > m_asOf) {
            m_stopped = true;
            return false;
        }
        // The case follows complaints.md through the same rules as imports and the complaints
        // pane; the generator only ever proposes events those rules accept.
        complaints::CaseState state = caseState();
        const complaints::CaseEvent event{at, actor, kind, field, from, to, note};
        const complaints::Refusal refusal = complaints::CaseRules::apply(state, event);
        if (refusal.refused()) {
            qWarning("demo: case %s: %s", qPrintable(m_record.id), qPrintable(refusal.reason));
            m_stopped = true;
            return false;
        }
        m_record.events.push_back({at, actor, kind, field, from, to, note});
        m_record.updatedAt = at;
        m_record.state = state.state;
        m_record.owner = state.owner;
        m_record.level = state.level;
        m_record.priority = state.priority;
        m_record.rootCause = state.rootCause;
        m_record.resolution = state.resolution;
        m_record.amount = state.amount.isEmpty() ? -1.0 : state.amount.toDouble();
        m_record.feedback = state.feedback;
        m_record.rejectReason = state.rejectReason;
        m_record.reopenCount = state.reopenCount;
        m_record.transfers = state.transfers;
        m_record.attempts = state.contactAttempts;
        m_record.acknowledgedAt = state.acknowledgedAt;
        m_record.closedAt = state.closedAt;
        m_record.awaitingSince = state.awaitingSince;
        m_record.awaitingTotal = state.awaitingSeconds;
        if ((kind == QLatin1String("state") && to == m_stopAt)
            || (kind == QLatin1String("created") && m_stopAt == QLatin1String("new")))
            m_stopped = true;
        return true;
    }
    bool state(qint64 at, const QString &actor, const QString &to, const QString &note = {})
    {
        return add(at, actor, QStringLiteral("state"), {}, m_record.state, to, note);
    }
    bool field(qint64 at, const QString &actor, const QString &name, const QString &value, const QString &note = {})
    {
        QString from;
        if (name == QLatin1String("root_cause"))
            from = m_record.rootCause;
        else if (name == QLatin1String("resolution_type"))
            from = m_record.resolution;
        else if (name == QLatin1String("amount"))
            from = m_record.amount >= 0 ? QString::number(m_record.amount, 'f', 2) : QString();
        else if (name == QLatin1String("customer_feedback"))
            from = m_record.feedback;
        else if (name == QLatin1String("priority"))
            from = m_record.priority;
        return add(at, actor, QStringLiteral("field"), name, from, value, note);
    }
    bool owner(qint64 at, const QString &actor, const QString &to, const QString &note = {})
    {
        return add(at, actor, QStringLiteral("owner"), {}, m_record.owner, to, note);
    }
    bool escalate(qint64 at, const QString &actor, int to, const QString &note)
    {
        return add(at, actor, QStringLiteral("escalate"), {}, QString::number(m_record.level), QString::number(to),
                   note);
    }

private:
    complaints::CaseState caseState() const
    {
        complaints::CaseState s;
        s.state = m_record.state;
        s.owner = m_record.owner;
        s.level = m_record.level;
        s.priority = m_record.priority;
        s.category = m_record.category;
        s.summary = m_record.summary;
        s.rootCause = m_record.rootCause;
        s.resolution = m_record.resolution;
        s.amount = m_record.amount >= 0 ? QString::number(m_record.amount, 'f', 2) : QString();
        s.feedback = m_record.feedback;
        s.rejectReason = m_record.rejectReason;
        s.reopenCount = m_record.reopenCount;
        s.transfers = m_record.transfers;
        s.contactAttempts = m_record.attempts;
        s.acknowledgedAt = m_record.acknowledgedAt;
        s.closedAt = m_record.closedAt;
        s.awaitingSince = m_record.awaitingSince;
        s.awaitingSeconds = m_record.awaitingTotal;
        s.updatedAt = m_record.updatedAt;
        return s;
    }

    CaseRecord &m_record;
    qint64 m_asOf;
    QString m_stopAt;
    bool m_stopped = false;
};

// ---------------------------------------------------------------------------------------------
// One run of the generator.

class DemoRun final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::DemoGenerator)

public:
    DemoRun(QSqlDatabase &db, const QTimeZone &zone, const DemoOptions &options, QDate peakDay,
            const DemoGenerator::Progress &progress, DemoCounts &counts)
        : m_db(db)
        , m_zone(zone)
        , m_options(options)
        , m_peakDay(peakDay)
        , m_progress(progress)
        , m_counts(counts)
        , m_rngPeople(streamSeed(options.seed, 1))
        , m_rngRoster(streamSeed(options.seed, 2))
        , m_rngTraffic(streamSeed(options.seed, 3))
        , m_rngService(streamSeed(options.seed, 4))
        , m_rngUsage(streamSeed(options.seed, 5))
        , m_rngScripts(streamSeed(options.seed, 6))
        , m_rngCases(streamSeed(options.seed, 7))
        , m_rngQa(streamSeed(options.seed, 8))
    {}

    bool run(QString *error);

private:
    // setup
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool report(int percent, const QString &stage);
    void loadContent();
    void buildCalendar();
    qint64 localTime(int dayIndex, qint64 secondsFromMidnight) const;
    int dayIndexOf(qint64 t) const;
    qint64 secondsIntoDay(qint64 t) const;
    qint64 toWorkingHours(qint64 t, Random &rng, int fromHour = 9, int toHour = 21) const;
    QString uniqueName(Random &rng);
    QString customerId(quint32 customer) const;
    static QString orderText(quint64 order) { return order ? QString::number(order) : QString(); }
    QString conversationId(qint64 seq) const;

    bool writePeople();
    bool writeScripts();
    bool writeQaForm();
    bool prepareBulk();

    // simulation
    bool simulate();
    void push(qint64 time, EventKind kind, int agent = -1, qint64 payload = 0);
    bool startDay(int dayIndex);
    void newRosterWeek(int dayIndex);
    void planShift(int agentIndex, int dayIndex, int kind, bool peak);
    void generateArrivals(int dayIndex);
    void arrive(qint64 time, quint8 channel);
    Contact &contact(qint64 seq) { return m_window[size_t(seq - m_windowBase)]; }
    int capacityUnits(int agentIndex, quint8 channel) const;
    void route(qint64 seq, qint64 now);
    void assign(int agentIndex, qint64 seq, qint64 now);
    qint64 popValid(std::deque<qint64> &vipQueue, std::deque<qint64> &standardQueue, qint64 now);
    void pickWork(int agentIndex, qint64 now);
    void refreshLevel(int agentIndex, qint64 now);
    void onAnswer(int agentIndex, qint64 seq, qint64 now);
    void onHandleEnd(int agentIndex, qint64 seq, qint64 now);
    void onWrapEnd(int agentIndex, qint64 seq, qint64 now);
    void onShiftBegin(int agentIndex, qint64 now);
    void onActivityDue(int agentIndex, qint64 now);
    void onActivityEnd(int agentIndex, qint64 now);
    void onLogoutDue(int agentIndex, qint64 now);
    void startActivity(int agentIndex, qint64 now);
    void goOffline(int agentIndex, qint64 now);
    void scheduleNextActivity(int agentIndex, qint64 now);
    void afterLoadDrop(int agentIndex, qint64 now);
    void purge(qint64 now);
    void wakeIdleAgents(qint64 now);
    qint64 oldestEmailArrival();
    void abandon(Contact &c);
    bool flush(bool all);
    bool writeConversation(qint64 seq, const Contact &c);
    void switchState(int agentIndex, StateCode state, qint64 at);
    bool writeStateRow(int agentIndex, StateCode state, qint64 start, qint64 end);
    bool finishSimulation();
    void flushQaWeek();

    // afterwards
    bool writeQaReviews();
    bool writeComplaints();
    void buildCase(CaseRecord &record, const demo::ComplaintTemplate &tpl, const QString &stopAt, double scale,
                   quint64 caseSeed);

    QSqlDatabase &m_db;
    QTimeZone m_zone;
    DemoOptions m_options;
    QDate m_peakDay;
    const DemoGenerator::Progress &m_progress;
    DemoCounts &m_counts;
    QString m_error;

    Random m_rngPeople;
    Random m_rngRoster;
    Random m_rngTraffic;
    Random m_rngService;
    Random m_rngUsage;
    Random m_rngScripts;
    Random m_rngCases;
    Random m_rngQa;

    // content
    QStringList m_families;
    QStringList m_givens;
    QStringList m_teamNames;
    QList<QByteArray> m_queueUtf8;
    std::vector<CategoryInfo> m_categories;
    std::vector<double> m_categoryCumulative;
    QList<demo::ScriptTemplate> m_scriptTemplates;
    QList<demo::ComplaintTemplate> m_complaintTemplates;
    QStringList m_qaNotes;
    QStringList m_caseNotes;
    int m_vipQueue = 0;

    // calendar
    std::vector<DayInfo> m_days; // the range plus one day after
    int m_dayCount = 0;
    qint64 m_asOf = 0;
    int m_peakIndex = -1;

    // people
    QSet<QString> m_usedNames; // membership only, never iterated
    std::vector<AgentProfile> m_agents;
    QStringList m_leads;
    QStringList m_qaStaff;
    QStringList m_trainers;
    QString m_qaLead;
    QString m_manager;
    quint32 m_customerPool = 1;
    quint32 m_vipPool = 1;
    std::vector<ScriptPlan> m_scripts;
    qint64 m_formV1 = 0;
    qint64 m_formV2 = 0;
    qint64 m_formV2Since = 0;

    // simulation
    sqlite3 *m_sqlite = nullptr;
    std::unique_ptr<BulkStatement> m_insertConversation;
    std::unique_ptr<BulkStatement> m_insertConversationScript;
    std::unique_ptr<BulkStatement> m_insertState;
    std::unique_ptr<QSqlQuery> m_insertShift;
    std::priority_queue<Event, std::vector<Event>, EventLater> m_events;
    quint64 m_eventOrder = 0;
    std::vector<std::pair<qint64, quint8>> m_arrivals;
    size_t m_nextArrival = 0;
    std::deque<Contact> m_window;
    qint64 m_windowBase = 1;
    qint64 m_nextSeq = 1;
    std::vector<AgentSim> m_sim;
    std::array<std::array<std::set<std::pair<qint64, int>>, 3>, 2> m_free; // free agents [group][load]
    std::deque<qint64> m_phoneVip, m_phoneQueue, m_onlineVip, m_onlineQueue, m_emailVip, m_emailQueue;
    int m_voiceReserve = 1;  // free voice agents kept for calls before anyone opens an e-mail
    int m_onlineReserve = 1; // idle chat agents kept for chats before one helps with old e-mails
    int m_currentDay = -1;
    bool m_writeFailed = false;
    std::vector<std::vector<QaPick>> m_qaWeek;
    std::vector<QaPick> m_qaPicks;
    std::vector<ComplaintSource> m_caseSources;
    qint64 m_caseSeen = 0;
    int m_caseSourceTarget = 0;
    int m_caseTarget = 0;
    std::vector<CaseRecord> m_cases;
};

double complaintWave(int offsetFromPeak)
{
    return offsetFromPeak >= 1 && offsetFromPeak <= 10 ? 2.2 : 1.0;
}

bool DemoRun::report(int percent, const QString &stage)
{
    if (m_progress && !m_progress(std::clamp(percent, 0, 100), stage))
        return fail(QStringLiteral("cancelled"));
    return true;
}

void DemoRun::loadContent()
{
    m_families = demo::familyNames();
    m_givens = demo::givenNames();
    if (m_families.isEmpty())
        m_families = {QStringLiteral("王")};
    if (m_givens.isEmpty())
        m_givens = {QStringLiteral("伟")};
    m_teamNames = demo::teamNames();
    QStringList queues = demo::queues();
    if (queues.isEmpty())
        queues = {QStringLiteral("售前"), QStringLiteral("售后"), QStringLiteral("VIP")};
    for (const QString &q : std::as_const(queues))
        m_queueUtf8.append(q.toUtf8());
    auto queueIndex = [&queues](std::initializer_list<const char16_t *> names, int fallback) {
        for (const char16_t *name : names) {
            const qsizetype i = queues.indexOf(QString::fromUtf16(name));
            if (i >= 0)
                return int(i);
        }
        for (const char16_t *name : names) {
            for (qsizetype i = 0; i < queues.size(); ++i) {
                if (queues.at(i).contains(QString::fromUtf16(name), Qt::CaseInsensitive))
                    return int(i);
            }
        }
        return fallback;
    };
    const int presale = queueIndex({u"售前", u"咨询"}, 0);
    const int aftersale = queueIndex({u"售后"}, std::min<int>(1, int(queues.size()) - 1));
    m_vipQueue = queueIndex({u"VIP", u"会员"}, aftersale);

    QList<QPair<QString, int>> categories = demo::conversationCategories();
    if (categories.isEmpty())
        categories = {{QStringLiteral("商品咨询"), 40}, {QStringLiteral("售后"), 30}, {QStringLiteral("物流"), 30}};
    for (const auto &entry : std::as_const(categories)) {
        CategoryInfo info;
        info.name = entry.first;
        info.utf8 = entry.first.toUtf8();
        info.share = std::max(0, entry.second);
        info.kind = categoryKind(entry.first);
        const int own = int(queues.indexOf(entry.first));
        switch (info.kind) {
        case CategoryKind::Presale:
            info.handleFactor = 0.85;
            info.fcrFactor = 1.08;
            info.queue = presale;
            info.orderProbability = 0.25;
            break;
        case CategoryKind::Payment:
            info.handleFactor = 0.95;
            info.fcrFactor = 1.0;
            info.queue = presale;
            info.orderProbability = 0.8;
            break;
        case CategoryKind::Logistics:
            info.handleFactor = 0.9;
            info.fcrFactor = 0.95;
            info.queue = aftersale;
            info.orderProbability = 0.97;
            break;
        case CategoryKind::AfterSales:
            info.handleFactor = 1.15;
            info.fcrFactor = 0.92;
            info.queue = aftersale;
            info.orderProbability = 0.95;
            break;
        case CategoryKind::Quality:
            info.handleFactor = 1.2;
            info.fcrFactor = 0.88;
            info.queue = aftersale;
            info.orderProbability = 0.95;
            break;
        case CategoryKind::Other:
            info.handleFactor = 1.0;
            info.fcrFactor = 0.97;
            info.queue = presale;
            info.orderProbability = 0.5;
            break;
        }
        if (own >= 0)
            info.queue = own;
        m_categories.push_back(info);
    }
    m_scriptTemplates = demo::scripts();
    m_complaintTemplates = demo::complaintTemplates();
    if (m_complaintTemplates.isEmpty()) {
        m_complaintTemplates.append(
            {m_categories.front().name, QStringLiteral("other"), QStringLiteral("投诉"), QStringLiteral("客户投诉")});
    }
    m_qaNotes = demo::qaNotes();
    m_caseNotes = demo::complaintNotes();
    if (m_caseNotes.isEmpty())
        m_caseNotes = {QStringLiteral("已跟进")};
}

void DemoRun::buildCalendar()
{
    const QDate last = QDateTime::fromSecsSinceEpoch(m_asOf, m_zone).date();
    const QDate first = last.addDays(1 - m_options.days);
    m_dayCount = m_options.days;
    m_days.resize(size_t(m_dayCount + 2));
    for (int i = 0; i < m_dayCount + 2; ++i) {
        DayInfo &d = m_days[size_t(i)];
        d.date = first.addDays(i);
        d.start = QDateTime(d.date, QTime(0, 0), m_zone).toSecsSinceEpoch();
    }
    for (int i = 0; i + 1 < int(m_days.size()); ++i)
        m_days[size_t(i)].end = m_days[size_t(i) + 1].start;
    m_days.back().end = m_days.back().start + Day;

    m_peakIndex = m_peakDay.isValid() ? int(first.daysTo(m_peakDay)) : -1;
    if (m_peakIndex < 0 || m_peakIndex >= m_dayCount)
        m_peakIndex = -1;
    for (int i = 0; i < m_dayCount + 2; ++i) {
        DayInfo &d = m_days[size_t(i)];
        d.weekday = d.date.dayOfWeek();
        d.weekend = d.weekday >= 6;
        d.offsetFromPeak = m_peakIndex >= 0 ? i - m_peakIndex : 1000;
        const double trend = 1.0 + 0.08 * (double(i) - m_dayCount / 2.0) / 365.0;
        const double normal = m_options.agents * contactsPerAgentDay * weekdayFactor[d.weekday] * trend;
        double bump = 1.0;
        switch (d.offsetFromPeak) {
        case -2:
            bump = 1.15;
            break;
        case -1:
            bump = 1.3;
            break;
        case 1:
            bump = 1.5;
            break;
        case 2:
            bump = 1.3;
            break;
        case 3:
            bump = 1.15;
            break;
        default:
            break;
        }
        d.peak = d.offsetFromPeak == 0;
        d.volume = d.peak ? normal * m_options.peakMultiplier
                          : normal * bump * std::max(0.8, 1.0 + 0.04 * m_rngTraffic.normal());
    }
}

qint64 DemoRun::localTime(int dayIndex, qint64 secondsFromMidnight) const
{
    while (secondsFromMidnight >= Day && dayIndex + 1 < int(m_days.size())) {
        secondsFromMidnight -= Day;
        ++dayIndex;
    }
    const DayInfo &d = m_days[size_t(dayIndex)];
    return std::min(d.start + secondsFromMidnight, std::max(d.start, d.end - 1));
}

int DemoRun::dayIndexOf(qint64 t) const
{
    auto it = std::upper_bound(m_days.begin(), m_days.end(), t,
                               [](qint64 value, const DayInfo &d) { return value < d.start; });
    if (it == m_days.begin())
        return 0;
    return int(it - m_days.begin()) - 1;
}

qint64 DemoRun::secondsIntoDay(qint64 t) const
{
    return t - m_days[size_t(dayIndexOf(t))].start;
}

// Moves a staff action into office hours (fromHour–toHour local) of the same or the next day.
qint64 DemoRun::toWorkingHours(qint64 t, Random &rng, int fromHour, int toHour) const
{
    const qint64 s = secondsIntoDay(t);
    const int day = dayIndexOf(t);
    if (s < fromHour * Hour)
        return localTime(day, fromHour * Hour + rng.between(0, 50) * Minute);
    if (s >= toHour * Hour)
        return localTime(day + 1 < int(m_days.size()) ? day + 1 : day, fromHour * Hour + rng.between(0, 50) * Minute);
    return t;
}

QString DemoRun::uniqueName(Random &rng)
{
    for (int attempt = 0; attempt < 10000; ++attempt) {
        // One draw per statement: the order of operands of + is unspecified, the data must not depend on it.
        QString name = rng.pick(m_families);
        name += rng.pick(m_givens);
        if (rng.chance(0.55) || attempt > 200)
            name += rng.pick(m_givens);
        if (attempt > 2000)
            name += rng.pick(m_givens);
        if (!m_usedNames.contains(name)) {
            m_usedNames.insert(name);
            return name;
        }
    }
    QString fallback = QStringLiteral("客服%1").arg(m_usedNames.size() + 1);
    m_usedNames.insert(fallback);
    return fallback;
}

QString DemoRun::customerId(quint32 customer) const
{
    return QStringLiteral("U%1").arg((quint64(customer) * 2654435761ULL + 19860618ULL) % 100000000ULL, 8, 10,
                                     QLatin1Char('0'));
}

QString DemoRun::conversationId(qint64 seq) const
{
    return QStringLiteral("C%1").arg(seq, 8, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------------------------------------
// Teams and agents.

bool DemoRun::writePeople()
{
    const int n = m_options.agents;
    const int teamCount = std::clamp(int(std::lround(n / 10.0)), 1, std::max<int>(1, int(m_teamNames.size())));
    while (m_teamNames.size() < teamCount)
        m_teamNames.append(QStringLiteral("%1组").arg(m_teamNames.size() + 1));

    for (int i = 0; i < teamCount; ++i)
        m_leads.append(uniqueName(m_rngPeople));
    const int qaCount = std::clamp(n / 12 + 2, 3, 12);
    for (int i = 0; i < qaCount; ++i)
        m_qaStaff.append(uniqueName(m_rngPeople));
    for (int i = 0; i < 3; ++i)
        m_trainers.append(uniqueName(m_rngPeople));
    m_qaLead = uniqueName(m_rngPeople);
    m_manager = uniqueName(m_rngPeople);

    QSqlQuery team(m_db);
    if (!team.prepare(QStringLiteral("INSERT INTO teams(name, lead) VALUES (?, ?) ON CONFLICT(name) DO NOTHING")))
        return fail(sql::errorText(team));
    for (int i = 0; i < teamCount; ++i) {
        team.addBindValue(m_teamNames.at(i));
        team.addBindValue(m_leads.at(i));
        if (!team.exec())
            return fail(sql::errorText(team));
        m_counts.teams += std::max(0, team.numRowsAffected());
    }

    // Skill groups sized to their share of the work: calls and e-mails are handled one at a time, chats
    // several at once.
    const int voice = std::max(1, int(std::lround(n * 0.46)));
    std::vector<Group> groups;
    for (int i = 0; i < n; ++i)
        groups.push_back(i < voice ? Group::Voice : Group::Online);
    m_voiceReserve = std::max(1, int(std::lround(voice * 0.1)));
    m_onlineReserve = std::max(1, int(std::lround((n - voice) * 0.1)));
    for (int i = n - 1; i > 0; --i)
        std::swap(groups[size_t(i)], groups[size_t(m_rngPeople.below(i + 1))]);

    const QDate first = m_days.front().date;
    const QDate last = m_days[size_t(m_dayCount - 1)].date;
    m_agents.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        AgentProfile &a = m_agents[size_t(i)];
        a.id = QStringLiteral("A%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        a.idUtf8 = a.id.toUtf8();
        a.name = uniqueName(m_rngPeople);
        a.team = std::min(teamCount - 1, i * teamCount / n);
        a.group = groups[size_t(i)];
        const double roll = m_rngPeople.uniform();
        a.skill = roll < 0.35 ? 1 : (roll < 0.8 ? 2 : 3);
        const double c = m_rngPeople.uniform();
        if (a.skill == 1)
            a.certification = c < 0.9 ? QStringLiteral("assistant") : QStringLiteral("senior");
        else if (a.skill == 2)
            a.certification =
                c < 0.2 ? QStringLiteral("assistant") : (c < 0.9 ? QStringLiteral("senior") : QStringLiteral("expert"));
        else
            a.certification = c < 0.3 ? QStringLiteral("senior") : QStringLiteral("expert");
        // Tenure grows with skill; a few juniors joined during the range.
        int tenureDays = 0;
        if (a.skill == 1)
            tenureDays = m_rngPeople.between(30, 540);
        else if (a.skill == 2)
            tenureDays = m_rngPeople.between(300, 1500);
        else
            tenureDays = m_rngPeople.between(900, 3000);
        a.hiredOn = first.addDays(-tenureDays);
        a.firstWorkDay = 0;
        a.lastWorkDay = m_dayCount - 1;
        if (a.skill == 1 && m_dayCount > 30 && m_rngPeople.chance(0.12)) {
            const int joined = m_rngPeople.between(0, m_dayCount - 21);
            a.hiredOn = first.addDays(joined);
            a.firstWorkDay = joined + 3; // induction training first
        }
        if (m_dayCount > 30 && m_rngPeople.chance(0.04)) {
            a.active = false;
            a.lastWorkDay = std::max(a.firstWorkDay + 7, m_dayCount - 1 - m_rngPeople.between(5, 40));
        }
        a.capacity = a.group == Group::Voice ? 1 : (a.skill == 1 ? 2 : 3);
        const double speedBase = a.skill == 1 ? 1.12 : (a.skill == 2 ? 1.0 : 0.9);
        a.speed = speedBase * std::clamp(m_rngPeople.normal(1.0, 0.06), 0.85, 1.15);
        a.responsiveness = std::clamp(m_rngPeople.logNormal(1.0, 0.25), 0.6, 1.8);
        const double fcrBase = a.skill == 1 ? 0.70 : (a.skill == 2 ? 0.78 : 0.84);
        a.fcr = std::clamp(m_rngPeople.normal(fcrBase, 0.04), 0.55, 0.93);
        a.csatBias = std::clamp(m_rngPeople.normal(a.skill == 3 ? 0.08 : 0.0, 0.14), -0.45, 0.35);
        a.qaBase = std::clamp(m_rngPeople.normal(a.skill == 1 ? 83.0 : (a.skill == 2 ? 87.5 : 91.5), 3.0), 70.0, 97.0);
        a.autoFailRisk = m_rngPeople.chance(0.12) ? 0.09 : 0.022;
        a.lateRisk = std::clamp(m_rngPeople.logNormal(0.05, 0.7), 0.0, 0.35);
        a.earlyRisk = std::clamp(m_rngPeople.logNormal(0.03, 0.7), 0.0, 0.25);
        a.absentRisk = std::clamp(m_rngPeople.logNormal(0.008, 0.6), 0.0, 0.05);
        if (a.hiredOn > last)
            a.hiredOn = last;
    }

    QSqlQuery agent(m_db);
    if (!agent.prepare(QStringLiteral("INSERT INTO agents(id, name, team, skill_level, certification, hired_on,"
                                      " active) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(agent));
    for (const AgentProfile &a : m_agents) {
        agent.addBindValue(a.id);
        agent.addBindValue(a.name);
        agent.addBindValue(m_teamNames.at(a.team));
        agent.addBindValue(a.skill);
        agent.addBindValue(a.certification);
        agent.addBindValue(a.hiredOn.toString(Qt::ISODate));
        agent.addBindValue(a.active ? 1 : 0);
        if (!agent.exec())
            return fail(sql::errorText(agent));
        ++m_counts.agents;
    }

    // Customers: a pool that repeats (people come back), VIPs a fixed part of it.
    m_customerPool = quint32(std::clamp<qint64>(qint64(n) * m_dayCount * 25, 20000, 40000000));
    m_vipPool = std::max<quint32>(1, m_customerPool / 20);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Reply scripts: category tree, current scripts, their versions; usage windows for the simulation.

bool DemoRun::writeScripts()
{
    QSqlQuery category(m_db);
    if (!category.prepare(QStringLiteral("INSERT INTO script_categories(parent_id, name, path) VALUES (?, ?, ?)")))
        return fail(sql::errorText(category));
    QHash<QString, qint64> categoryIds; // lookup only
    auto categoryId = [&](const QString &path) -> qint64 {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qint64 parent = -1;
        QString prefix;
        for (const QString &part : parts) {
            prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
            const auto found = categoryIds.constFind(prefix);
            if (found != categoryIds.constEnd()) {
                parent = found.value();
                continue;
            }
            category.addBindValue(parent >= 0 ? QVariant(parent) : QVariant());
            category.addBindValue(part);
            category.addBindValue(prefix);
            if (!category.exec()) {
                fail(sql::errorText(category));
                return -2;
            }
            parent = category.lastInsertId().toLongLong();
            categoryIds.insert(prefix, parent);
            ++m_counts.scriptCategories;
        }
        return parent;
    };

    QSqlQuery script(m_db);
    QSqlQuery version(m_db);
    if (!script.prepare(QStringLiteral("INSERT INTO scripts(id, category_id, title, body, tags, channels, status,"
                                       " owner, version, created_at, updated_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(script));
    if (!version.prepare(QStringLiteral("INSERT INTO script_versions(script_id, version, title, body, tags, channels,"
                                        " status, edited_by, edited_at, note)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(version));

    const int lastDay = m_dayCount - 1;
    for (int t = 0; t < m_scriptTemplates.size(); ++t) {
        const demo::ScriptTemplate &tpl = m_scriptTemplates.at(t);
        if (tpl.revisions.isEmpty())
            continue;
        const qint64 catId = categoryId(tpl.categoryPath);
        if (catId == -2)
            return false;
        const int revisions = int(tpl.revisions.size());
        const double roll = m_rngScripts.uniform();
        QString finalStatus = roll < 0.78
                                  ? QStringLiteral("published")
                                  : (roll < 0.84 ? QStringLiteral("review")
                                                 : (roll < 0.90 ? QStringLiteral("draft") : QStringLiteral("retired")));
        // Stale: last touched more than 90 days ago.
        const bool stale = m_rngScripts.chance(0.13);
        const int ageDays = stale ? m_rngScripts.between(92, 420) : int(std::pow(m_rngScripts.uniform(), 1.4) * 88.0);
        // A script with a history was mostly written long before the range; its revisions spread to the last.
        int createdAgo = ageDays;
        if (revisions > 1) {
            createdAgo =
                m_rngScripts.chance(0.75)
                    ? m_rngScripts.between(std::max(m_dayCount, ageDays + 30), std::max(m_dayCount, ageDays + 30) + 540)
                    : m_rngScripts.between(ageDays + 10 * revisions, ageDays + 10 * revisions + 80);
        }
        std::vector<qint64> editedAt(static_cast<size_t>(revisions));
        const QDate lastDate = m_days[size_t(lastDay)].date;
        for (int v = revisions - 1; v >= 0; --v) {
            int ago = ageDays;
            if (v < revisions - 1) {
                const double f = double(v) / double(revisions - 1);
                ago = createdAgo - int((createdAgo - ageDays) * f) + (v > 0 ? m_rngScripts.between(-3, 3) : 0);
            }
            const int hour = m_rngScripts.between(9, 17);
            const int minute = m_rngScripts.between(0, 59);
            const int second = m_rngScripts.between(0, 59);
            const QDateTime when(lastDate.addDays(-ago), QTime(hour, minute, second), m_zone);
            qint64 at = when.toSecsSinceEpoch();
            if (v + 1 < revisions)
                at = std::min(at, editedAt[size_t(v) + 1] - Hour);
            at = std::min(at, m_asOf - (revisions - v) * Minute);
            editedAt[size_t(v)] = at;
        }
        const QString owner = m_rngScripts.pick(m_trainers);
        const QString tags = tpl.tags.join(QLatin1Char(';'));
        const QString channels = tpl.channels.join(QLatin1Char(';'));
        const demo::ScriptRevision &current = tpl.revisions.last();

        script.addBindValue(tpl.id);
        script.addBindValue(catId >= 0 ? QVariant(catId) : QVariant());
        script.addBindValue(current.title);
        script.addBindValue(current.body);
        script.addBindValue(tags);
        script.addBindValue(channels);
        script.addBindValue(finalStatus);
        script.addBindValue(owner);
        script.addBindValue(revisions);
        script.addBindValue(editedAt.front());
        script.addBindValue(editedAt.back());
        if (!script.exec())
            return fail(sql::errorText(script));
        ++m_counts.scripts;

        for (int v = 0; v < revisions; ++v) {
            const demo::ScriptRevision &rev = tpl.revisions.at(v);
            const QString status = v + 1 == revisions ? finalStatus : QStringLiteral("published");
            QString editor = owner;
            if (m_rngScripts.chance(0.25))
                editor = m_rngScripts.chance(0.7) ? m_rngScripts.pick(m_trainers) : m_rngScripts.pick(m_qaStaff);
            version.addBindValue(tpl.id);
            version.addBindValue(v + 1);
            version.addBindValue(rev.title);
            version.addBindValue(rev.body);
            version.addBindValue(tags);
            version.addBindValue(channels);
            version.addBindValue(status);
            version.addBindValue(editor);
            version.addBindValue(editedAt[size_t(v)]);
            version.addBindValue(rev.note.isEmpty() ? QVariant() : QVariant(rev.note));
            if (!version.exec())
                return fail(sql::errorText(version));
            ++m_counts.scriptVersions;
        }

        ScriptPlan plan;
        plan.templateIndex = t;
        plan.idUtf8 = tpl.id.toUtf8();
        const bool everPublished = revisions > 1 || finalStatus == QLatin1String("published");
        if (everPublished) {
            plan.usableFrom = editedAt.front();
            plan.usableUntil = finalStatus == QLatin1String("retired") ? editedAt.back() : Never;
        }
        for (const QString &ch : tpl.channels) {
            for (int c = 0; c < ChannelCount; ++c) {
                if (ch.compare(QLatin1String(channelNames[c]), Qt::CaseInsensitive) == 0)
                    plan.channelMask |= 1 << c;
            }
        }
        if (plan.channelMask == 0)
            plan.channelMask = (1 << ChannelCount) - 1;
        m_scripts.push_back(plan);
    }

    // Popularity: a long tail, and about a fifth of the library never used at all.
    std::vector<int> ranks(m_scripts.size());
    for (size_t i = 0; i < ranks.size(); ++i)
        ranks[i] = int(i) + 1;
    for (size_t i = ranks.size(); i > 1; --i)
        std::swap(ranks[i - 1], ranks[size_t(m_rngScripts.below(qint64(i)))]);
    for (size_t i = 0; i < m_scripts.size(); ++i) {
        ScriptPlan &plan = m_scripts[i];
        plan.weight = m_rngScripts.chance(0.2) ? 0.0 : 1.0 / std::pow(double(ranks[i]), 0.85);
    }
    // Which scripts fit which conversation category: those filed under it, plus the general ones
    // (courtesy, soothing, promotions) that fit any conversation.
    auto fits = [](const QString &path, const CategoryInfo &cat) {
        if (path.contains(cat.name))
            return true;
        switch (cat.kind) {
        case CategoryKind::Presale:
            return path.startsWith(QStringLiteral("售前"));
        case CategoryKind::Quality:
            return path.contains(QStringLiteral("质量"));
        case CategoryKind::Payment:
            return path.contains(QStringLiteral("支付")) || path.contains(QStringLiteral("优惠"));
        case CategoryKind::AfterSales:
            return path.startsWith(QStringLiteral("售后"));
        default:
            return false;
        }
    };
    std::vector<int> general;
    for (size_t i = 0; i < m_scripts.size(); ++i) {
        const QString &path = m_scriptTemplates.at(m_scripts[i].templateIndex).categoryPath;
        bool matched = false;
        for (CategoryInfo &cat : m_categories) {
            if (fits(path, cat)) {
                cat.scripts.push_back(int(i));
                matched = true;
            }
        }
        if (!matched)
            general.push_back(int(i));
    }
    for (CategoryInfo &cat : m_categories) {
        cat.scripts.insert(cat.scripts.end(), general.begin(), general.end());
        std::vector<double> weights;
        for (int s : cat.scripts)
            weights.push_back(m_scripts[size_t(s)].weight);
        cat.scriptWeights = cumulate(weights);
    }
    return true;
}

// One QA form with two versions: v2 added a promotion item and reweighted the sections.
bool DemoRun::writeQaForm()
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO qa_forms(name, active) VALUES (?, 1)")))
        return fail(sql::errorText(q));
    q.addBindValue(QStringLiteral("客服会话质检表"));
    if (!q.exec())
        return fail(sql::errorText(q));
    const qint64 formId = q.lastInsertId().toLongLong();

    struct Item
    {
        const char16_t *text;
        double weight;
        const char *scale;
        int allowNa;
        int critical;
    };
    struct Section
    {
        const char16_t *title;
        double weight;
        std::vector<Item> items;
    };
    const std::vector<Section> v1 = {
        {u"服务规范",
         20,
         {{u"开场问候及时、规范", 1, "binary", 0, 0},
          {u"使用礼貌用语与正确称呼", 1, "binary", 0, 0},
          {u"结束语规范并确认无其他问题", 1, "binary", 0, 0}}},
        {u"业务准确",
         35,
         {{u"核实订单与身份信息", 1, "binary", 1, 0},
          {u"答复内容准确无误", 2, "5-point", 0, 0},
          {u"政策与规则解释正确", 1.5, "3-point", 1, 0}}},
        {u"问题解决",
         30,
         {{u"准确识别客户诉求", 1, "3-point", 0, 0},
          {u"给出有效解决方案", 2, "5-point", 0, 0},
          {u"需跟进的问题明确时限并记录", 1, "binary", 1, 0}}},
        {u"服务态度", 15, {{u"语气耐心友好", 1, "5-point", 0, 0}, {u"无推诿、无争执", 1, "binary", 0, 0}}},
        {u"红线项",
         0,
         {{u"泄露客户隐私", 1, "binary", 0, 1},
          {u"辱骂、嘲讽或威胁客户", 1, "binary", 0, 1},
          {u"私下引导线下交易", 1, "binary", 0, 1}}},
    };
    std::vector<Section> v2 = v1;
    v2[1].weight = 30;
    v2[2].weight = 35;
    v2[2].items.push_back({u"大促期间准确说明活动规则与发货时效", 1, "binary", 1, 0});

    const qint64 first = m_days.front().start;
    m_formV2Since = m_days[size_t(std::max(0, m_dayCount / 3))].start + 10 * Hour;
    const qint64 createdV1 = first - 200 * Day + 10 * Hour;
    const std::vector<std::pair<const std::vector<Section> *, qint64>> versions = {{&v1, createdV1},
                                                                                   {&v2, m_formV2Since - Day}};
    QSqlQuery ver(m_db), sec(m_db), item(m_db);
    if (!ver.prepare(QStringLiteral("INSERT INTO qa_form_versions(form_id, version, created_at, created_by)"
                                    " VALUES (?, ?, ?, ?)")) ||
        !sec.prepare(QStringLiteral("INSERT INTO qa_form_sections(form_version_id, position, title, weight)"
                                    " VALUES (?, ?, ?, ?)")) ||
        !item.prepare(QStringLiteral("INSERT INTO qa_form_items(section_id, position, text, weight, scale,"
                                     " allow_na, critical) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(item));
    int number = 0;
    for (const auto &[sections, createdAt] : versions) {
        ++number;
        ver.addBindValue(formId);
        ver.addBindValue(number);
        ver.addBindValue(createdAt);
        ver.addBindValue(m_qaLead);
        if (!ver.exec())
            return fail(sql::errorText(ver));
        const qint64 versionId = ver.lastInsertId().toLongLong();
        (number == 1 ? m_formV1 : m_formV2) = versionId;
        int sp = 0;
        for (const Section &s : *sections) {
            sec.addBindValue(versionId);
            sec.addBindValue(++sp);
            sec.addBindValue(QString::fromUtf16(s.title));
            sec.addBindValue(s.weight);
            if (!sec.exec())
                return fail(sql::errorText(sec));
            const qint64 sectionId = sec.lastInsertId().toLongLong();
            int ip = 0;
            for (const Item &it : s.items) {
                item.addBindValue(sectionId);
                item.addBindValue(++ip);
                item.addBindValue(QString::fromUtf16(it.text));
                item.addBindValue(it.weight);
                item.addBindValue(QString::fromLatin1(it.scale));
                item.addBindValue(it.allowNa);
                item.addBindValue(it.critical);
                if (!item.exec())
                    return fail(sql::errorText(item));
            }
        }
    }
    return true;
}

bool DemoRun::prepareBulk()
{
    m_sqlite = sql::sqliteHandle(m_db);
    if (!m_sqlite)
        return fail(tr("The demo data needs an open SQLite store."));
    m_insertConversation = std::make_unique<BulkStatement>(
        m_sqlite, "INSERT INTO conversations(id, channel, queue, customer_id, customer_tier, agent_id, arrived_at,"
                  " answered_at, ended_at, abandoned_at, wrap_seconds, transfers, resolved, csat, category, order_id)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertConversationScript = std::make_unique<BulkStatement>(
        m_sqlite, "INSERT INTO conversation_scripts(conversation_id, script_id) VALUES (?, ?)");
    m_insertState = std::make_unique<BulkStatement>(
        m_sqlite, "INSERT INTO agent_states(agent_id, state, started_at, ended_at) VALUES (?, ?, ?, ?)");
    for (const BulkStatement *s : {m_insertConversation.get(), m_insertConversationScript.get(), m_insertState.get()}) {
        if (!s->isValid())
            return fail(s->errorString());
    }
    m_insertShift = std::make_unique<QSqlQuery>(m_db);
    if (!m_insertShift->prepare(
            QStringLiteral("INSERT INTO shifts(agent_id, start_at, end_at, kind) VALUES (?, ?, ?, ?)")))
        return fail(sql::errorText(*m_insertShift));
    return true;
}

// ---------------------------------------------------------------------------------------------
// The simulation.

void DemoRun::push(qint64 time, EventKind kind, int agent, qint64 payload)
{
    Event e;
    e.time = time;
    e.order = m_eventOrder++;
    e.kind = kind;
    e.agent = agent;
    e.payload = payload;
    m_events.push(e);
}

bool DemoRun::simulate()
{
    m_sim.resize(m_agents.size());
    m_qaWeek.resize(m_agents.size());
    for (size_t i = 0; i < m_sim.size(); ++i) {
        m_sim[i].timeline.open = Offline;
        m_sim[i].timeline.openStart = m_days.front().start;
    }
    // Complaints: a sample of unhappy conversations becomes cases.
    m_caseTarget = int(std::clamp(300.0 * std::sqrt(double(m_options.agents) * m_dayCount / 3600.0), 40.0, 1500.0));
    m_caseSourceTarget = m_caseTarget * 55 / 100;

    push(m_days.front().start, DayStartEvent, -1, 0);
    push(m_days.front().start + Hour, PurgeEvent);
    while (!m_writeFailed) {
        const qint64 nextArrival = m_nextArrival < m_arrivals.size() ? m_arrivals[m_nextArrival].first : Never;
        const qint64 nextEvent = m_events.empty() ? Never : m_events.top().time;
        const qint64 next = std::min(nextArrival, nextEvent);
        if (next == Never || next > m_asOf)
            break;
        if (nextEvent <= nextArrival) {
            const Event e = m_events.top();
            m_events.pop();
            switch (e.kind) {
            case DayStartEvent:
                if (!startDay(int(e.payload)))
                    return false;
                break;
            case PurgeEvent:
                purge(e.time);
                wakeIdleAgents(e.time);
                push(e.time + Hour, PurgeEvent);
                break;
            case ShiftBeginEvent:
                onShiftBegin(e.agent, e.time);
                break;
            case ActivityDueEvent:
                onActivityDue(e.agent, e.time);
                break;
            case ActivityEndEvent:
                onActivityEnd(e.agent, e.time);
                break;
            case LogoutDueEvent:
                onLogoutDue(e.agent, e.time);
                break;
            case AnswerEvent:
                onAnswer(e.agent, e.payload, e.time);
                break;
            case HandleEndEvent:
                onHandleEnd(e.agent, e.payload, e.time);
                break;
            case WrapEndEvent:
                onWrapEnd(e.agent, e.payload, e.time);
                break;
            }
        } else {
            const auto [time, channel] = m_arrivals[m_nextArrival++];
            arrive(time, channel);
        }
        if (!m_window.empty() && m_window.front().done && !flush(false))
            return false;
    }
    if (m_writeFailed)
        return false;
    return finishSimulation();
}

bool DemoRun::startDay(int dayIndex)
{
    m_currentDay = dayIndex;
    if (!report(5 + 80 * dayIndex / std::max(1, m_dayCount), tr("Simulating the contact floor")))
        return false;
    if (dayIndex % 7 == 0) {
        flushQaWeek();
        newRosterWeek(dayIndex);
    }
    const DayInfo &day = m_days[size_t(dayIndex)];
    for (int a = 0; a < int(m_agents.size()); ++a) {
        const AgentProfile &p = m_agents[size_t(a)];
        AgentSim &s = m_sim[size_t(a)];
        if (dayIndex < p.firstWorkDay || dayIndex > p.lastWorkDay)
            continue;
        const bool off = (s.daysOffMask >> (dayIndex % 7)) & 1;
        // On the promotion day many days off are cancelled; otherwise the floor has its usual staff.
        if (off && !(day.peak && m_rngRoster.chance(0.5)))
            continue;
        planShift(a, dayIndex, s.weekKind, day.peak);
        if (m_writeFailed)
            return false;
    }
    generateArrivals(dayIndex);
    if (dayIndex + 1 < m_dayCount)
        push(m_days[size_t(dayIndex) + 1].start, DayStartEvent, -1, dayIndex + 1);
    return true;
}

// Splits total into integer quotas proportional to weights (largest remainder; ties to the lower index).
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

void DemoRun::newRosterWeek(int dayIndex)
{
    // A planned roster: per skill group, shift kinds and days off are handed out by quota, so every day has
    // about the same staff. Fewer days off on Mondays (the busiest day), more at weekends.
    std::vector<double> offWeights(7);
    for (int i = 0; i < 7; ++i) {
        const int wd = m_days[size_t(std::min(dayIndex + i, int(m_days.size()) - 1))].weekday;
        offWeights[size_t(i)] = wd == 1 ? 0.7 : (wd >= 6 ? 1.1 : 1.0);
    }
    for (int g = 0; g < 2; ++g) {
        std::vector<int> members;
        for (size_t a = 0; a < m_agents.size(); ++a) {
            if (int(m_agents[a].group) == g)
                members.push_back(int(a));
        }
        const int n = int(members.size());
        if (n == 0)
            continue;
        for (int i = n - 1; i > 0; --i)
            std::swap(members[size_t(i)], members[size_t(m_rngRoster.below(i + 1))]);
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
            AgentSim &s = m_sim[size_t(members[size_t(j)])];
            s.weekKind = kinds[size_t(j)];
            s.daysOffMask = (1 << offDays[size_t(j)]) | (1 << offDays[size_t(j + n)]);
        }
    }
    for (AgentSim &s : m_sim) {
        s.qaQuota = m_rngQa.poisson(3.0);
        s.qaSeen = 0;
    }
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

void DemoRun::planShift(int agentIndex, int dayIndex, int kind, bool peak)
{
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    const ShiftKind &k = shiftKinds[kind];
    const qint64 start = localTime(dayIndex, k.startMinute * Minute);
    qint64 end = localTime(dayIndex, k.endMinute * Minute);
    if (end <= start)
        end = start + qint64(k.endMinute - k.startMinute) * Minute;
    m_insertShift->addBindValue(p.id);
    m_insertShift->addBindValue(start);
    m_insertShift->addBindValue(end);
    m_insertShift->addBindValue(QString::fromUtf8(k.name));
    if (!m_insertShift->exec()) {
        m_writeFailed = true;
        fail(sql::errorText(*m_insertShift));
        return;
    }
    ++m_counts.shifts;

    Random &rng = m_rngRoster;
    if (!peak && rng.chance(p.absentRisk))
        return; // did not show up: the shift stays unattended
    ShiftPlan plan;
    plan.login = rng.chance(p.lateRisk) ? start + rng.between(60, 900) : start - rng.between(0, 300);
    plan.logout = rng.chance(p.earlyRisk) ? end - rng.between(300, 2400) : end + rng.between(0, 240);
    // The duration is drawn in the body: arguments are evaluated in an unspecified order, the body after them.
    auto add = [&plan, &rng](qint64 due, int minMinutes, int maxMinutes, StateCode state) {
        plan.activities.push_back({due, rng.between(minMinutes, maxMinutes) * Minute, state});
    };
    if (peak) {
        add(mealTime(start, k, rng), 20, 30, Break);
        if (rng.chance(0.5))
            add(end - rng.between(90, 150) * Minute, 8, 12, Break);
    } else {
        add(mealTime(start, k, rng), 30, 40, Break);
        if (rng.chance(0.6))
            add(start + rng.between(90, 150) * Minute, 10, 20, Break);
        if (rng.chance(0.6))
            add(end - rng.between(90, 150) * Minute, 10, 20, Break);
        if (rng.chance(0.08))
            add(start + rng.between(0, 20) * Minute, 15, 30, Meeting);
        if (rng.chance(0.04) && std::abs(m_days[size_t(dayIndex)].offsetFromPeak) > 3)
            add(start + rng.between(150, 330) * Minute, 60, 120, Training);
    }
    std::stable_sort(plan.activities.begin(), plan.activities.end(),
                     [](const Activity &a, const Activity &b) { return a.due < b.due; });
    std::vector<Activity> kept;
    qint64 free = plan.login;
    for (Activity a : plan.activities) {
        a.due = std::max(a.due, free + 5 * Minute);
        if (a.due + a.duration > plan.logout - 20 * Minute)
            continue;
        kept.push_back(a);
        free = a.due + a.duration;
    }
    plan.activities = std::move(kept);
    AgentSim &s = m_sim[size_t(agentIndex)];
    s.plans.push_back(std::move(plan));
    push(s.plans.back().login, ShiftBeginEvent, agentIndex);
}

void DemoRun::generateArrivals(int dayIndex)
{
    const DayInfo &day = m_days[size_t(dayIndex)];
    m_arrivals.clear();
    m_nextArrival = 0;
    constexpr int slot = 300;
    constexpr int slotCount = int(Day / slot);
    for (int c = 0; c < ChannelCount; ++c) {
        const HourCurve *curve = nullptr;
        switch (c) {
        case Phone:
            curve = day.weekend ? &phoneWeekend : &phoneWeekday;
            break;
        case Email:
            curve = &emailCurve;
            break;
        default:
            curve = day.weekend ? &onlineWeekend : &onlineWeekday;
            break;
        }
        std::vector<double> rate(static_cast<size_t>(slotCount));
        double total = 0.0;
        for (int k = 0; k < slotCount; ++k) {
            const double hour = (k * slot + slot / 2) / 3600.0;
            double r = std::max(0.0, interpolate(*curve, hour));
            if (c == Phone && (hour < 8.0 || hour >= 21.0))
                r = 0.0;
            if (day.peak)
                r *= interpolate(promotionShape, hour);
            rate[size_t(k)] = r;
            total += r;
        }
        const double volume = day.volume * channelShare[c];
        for (int k = 0; k < slotCount; ++k) {
            const int count = m_rngTraffic.poisson(volume * rate[size_t(k)] / total);
            for (int i = 0; i < count; ++i) {
                const qint64 t = localTime(dayIndex, qint64(k) * slot + m_rngTraffic.below(slot));
                if (t < day.end && t <= m_asOf)
                    m_arrivals.emplace_back(t, quint8(c));
            }
        }
    }
    std::stable_sort(m_arrivals.begin(), m_arrivals.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

void DemoRun::arrive(qint64 time, quint8 channel)
{
    Random &rng = m_rngTraffic;
    const DayInfo &day = m_days[size_t(m_currentDay)];
    Contact c;
    c.arrived = time;
    c.channel = channel;
    c.vip = rng.chance(0.08) ? 1 : 0;
    // Category shares shift around the promotion: pre-sale and coupons on the day, logistics and
    // after-sales in the days after.
    if (day.offsetFromPeak == 0 || (day.offsetFromPeak >= 1 && day.offsetFromPeak <= 7)) {
        std::vector<double> w;
        for (const CategoryInfo &cat : m_categories) {
            double f = 1.0;
            if (day.offsetFromPeak == 0 && (cat.kind == CategoryKind::Presale || cat.kind == CategoryKind::Payment))
                f = 1.5;
            if (day.offsetFromPeak > 0 && cat.kind == CategoryKind::Logistics)
                f = 1.6;
            if (day.offsetFromPeak > 0 && cat.kind == CategoryKind::AfterSales)
                f = 1.3;
            w.push_back(cat.share * f);
        }
        c.category = quint8(rng.weighted(cumulate(w)));
    } else {
        c.category = quint8(rng.weighted(m_categoryCumulative));
    }
    const CategoryInfo &cat = m_categories[c.category];
    c.queue = quint8(c.vip ? m_vipQueue : cat.queue);
    const double u = rng.uniform();
    if (c.vip)
        c.customer = quint32(std::pow(u, 1.3) * m_vipPool);
    else
        c.customer = m_vipPool + quint32(std::pow(u, 1.3) * (m_customerPool - m_vipPool));
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
    if (channel == Email) {
        patience = double(Never);
    } else if (rng.chance(0.03)) {
        patience = rng.uniform(1.0, 5.0);
    } else {
        const double mean = channel == Phone ? 110.0 : (channel == Social ? 1200.0 : 210.0);
        patience = (channel == Phone ? 8.0 : 12.0) + rng.exponential(mean) * (c.vip ? 1.5 : 1.0);
    }
    c.deadline = channel == Email ? Never : time + qint64(std::ceil(patience));
    const qint64 seq = m_nextSeq++;
    m_window.push_back(c);
    route(seq, time);
}

int DemoRun::capacityUnits(int agentIndex, quint8 channel) const
{
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    return (channel == Chat || channel == Social) ? 1 : p.capacity;
}

void DemoRun::route(qint64 seq, qint64 now)
{
    Contact &c = contact(seq);
    auto takeFrom = [this](Group g, std::initializer_list<int> levels) -> int {
        for (int level : levels) {
            auto &set = m_free[size_t(g)][size_t(level)];
            if (!set.empty())
                return set.begin()->second;
        }
        return -1;
    };
    int agent = -1;
    if (c.channel == Phone)
        agent = takeFrom(Group::Voice, {0}); // a free voice agent means no call is waiting
    else if (c.channel == Email)
        agent = int(m_free[size_t(Group::Voice)][0].size()) > m_voiceReserve ? takeFrom(Group::Voice, {0}) : -1;
    else
        agent = takeFrom(Group::Online, {1, 0, 2}); // fill to two threads before waking an idle agent
    if (agent >= 0) {
        assign(agent, seq, now);
        return;
    }
    switch (c.channel) {
    case Phone:
        (c.vip ? m_phoneVip : m_phoneQueue).push_back(seq);
        break;
    case Email:
        (c.vip ? m_emailVip : m_emailQueue).push_back(seq);
        break;
    default:
        (c.vip ? m_onlineVip : m_onlineQueue).push_back(seq);
        break;
    }
}

void DemoRun::assign(int agentIndex, qint64 seq, qint64 now)
{
    Contact &c = contact(seq);
    AgentSim &s = m_sim[size_t(agentIndex)];
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    c.agent = qint16(agentIndex);
    s.load += capacityUnits(agentIndex, c.channel);
    ++s.reserved;
    refreshLevel(agentIndex, now);
    // Time to pick up: phone rings, chat gets its first reply, an e-mail is opened and read.
    Random &rng = m_rngService;
    double delay = 0.0;
    switch (c.channel) {
    case Phone:
        delay = rng.uniform(3.0, 9.0);
        break;
    case Chat:
        delay = std::min(90.0, rng.logNormal(6.0, 0.6) * p.responsiveness);
        break;
    case Social:
        delay = std::min(240.0, rng.logNormal(18.0, 0.6) * p.responsiveness);
        break;
    default:
        delay = std::min(900.0, rng.logNormal(90.0, 0.5));
        break;
    }
    push(now + std::max<qint64>(1, qint64(std::lround(delay))), AnswerEvent, agentIndex, seq);
}

qint64 DemoRun::popValid(std::deque<qint64> &vipQueue, std::deque<qint64> &standardQueue, qint64 now)
{
    for (std::deque<qint64> *q : {&vipQueue, &standardQueue}) {
        while (!q->empty()) {
            const qint64 seq = q->front();
            q->pop_front();
            Contact &c = contact(seq);
            if (c.deadline <= now) {
                abandon(c);
                continue;
            }
            return seq;
        }
    }
    return -1;
}

void DemoRun::abandon(Contact &c)
{
    c.abandoned = c.deadline;
    c.done = true;
}

void DemoRun::pickWork(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    if (s.mode != Mode::Ready)
        return;
    if (p.group == Group::Voice) {
        while (s.load < p.capacity) {
            qint64 seq = popValid(m_phoneVip, m_phoneQueue, now);
            // E-mail only while enough other voice agents stay free for the next calls.
            const int othersFree = int(m_free[size_t(Group::Voice)][0].size()) - (s.level == 0 ? 1 : 0);
            if (seq < 0 && othersFree >= m_voiceReserve)
                seq = popValid(m_emailVip, m_emailQueue, now);
            if (seq < 0)
                break;
            assign(agentIndex, seq, now);
        }
    } else {
        while (s.load < p.capacity) {
            const qint64 seq = popValid(m_onlineVip, m_onlineQueue, now);
            if (seq < 0)
                break;
            assign(agentIndex, seq, now);
        }
        // A chat agent with nothing to do helps with e-mails that have waited for hours (after a peak).
        const int othersIdle = int(m_free[size_t(Group::Online)][0].size()) - (s.level == 0 ? 1 : 0);
        if (s.load == 0 && othersIdle >= m_onlineReserve && oldestEmailArrival() <= now - EmailBacklogAge) {
            const qint64 seq = popValid(m_emailVip, m_emailQueue, now);
            if (seq >= 0)
                assign(agentIndex, seq, now);
        }
    }
    refreshLevel(agentIndex, now);
}

void DemoRun::refreshLevel(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    const int desired = (s.mode == Mode::Ready && s.load < p.capacity) ? s.load : -1;
    if (desired == s.level)
        return;
    auto &sets = m_free[size_t(p.group)];
    if (s.level >= 0)
        sets[size_t(s.level)].erase({s.levelSince, agentIndex});
    s.level = desired;
    s.levelSince = now;
    if (desired >= 0)
        sets[size_t(desired)].insert({now, agentIndex});
}

void DemoRun::onAnswer(int agentIndex, qint64 seq, qint64 now)
{
    Contact &c = contact(seq);
    AgentSim &s = m_sim[size_t(agentIndex)];
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    c.answered = now;
    --s.reserved;
    if (s.active == 0) {
        switchState(agentIndex, Busy, now);
        s.burstHandleEnd = now;
        s.burstHasWrap = false;
    }
    if (c.channel == Phone || c.channel == Email)
        s.burstHasWrap = true;
    ++s.active;
    ++s.handling;
    Random &rng = m_rngService;
    const CategoryInfo &cat = m_categories[c.category];
    double median = 0.0;
    switch (c.channel) {
    case Phone:
        median = 320.0;
        break;
    case Social:
        median = 200.0;
        break;
    case Email:
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
    if (c.channel == Chat || c.channel == Social)
        handle *= 1.0 + 0.12 * (s.active - 1); // attention shared between threads
    handle += c.transfers * rng.uniform(45.0, 120.0);
    handle = std::clamp(handle, 20.0, 3600.0);
    push(now + qint64(std::lround(handle)), HandleEndEvent, agentIndex, seq);
}

void DemoRun::onHandleEnd(int agentIndex, qint64 seq, qint64 now)
{
    Contact &c = contact(seq);
    AgentSim &s = m_sim[size_t(agentIndex)];
    const AgentProfile &p = m_agents[size_t(agentIndex)];
    c.ended = now;
    --s.handling;
    s.burstHandleEnd = std::max(s.burstHandleEnd, now);
    Random &rng = m_rngService;
    const CategoryInfo &cat = m_categories[c.category];
    const qint64 wait = c.answered - c.arrived;
    if (rng.chance(0.93)) {
        double fcr = p.fcr * cat.fcrFactor - 0.12 * c.transfers - (wait > 300 ? 0.05 : 0.0);
        c.resolved = rng.chance(std::clamp(fcr, 0.05, 0.98)) ? 1 : 0;
    }
    const double response =
        c.channel == Chat ? 0.38 : (c.channel == Phone ? 0.32 : (c.channel == Social ? 0.30 : 0.25));
    if (rng.chance(response)) {
        // Waiting spoils the rating: noticeably after a minute or two (hours for e-mail).
        const double patienceScale = c.channel == Email ? 24.0 * Hour : (c.channel == Social ? 600.0 : 150.0);
        double x = 4.55 + p.csatBias - (c.resolved == 0 ? 1.1 : 0.0) - 0.35 * c.transfers -
                   1.8 * (1.0 - std::exp(-double(wait) / patienceScale)) + rng.normal(0.0, 0.75);
        if (c.ended - c.answered > 1200)
            x -= 0.3;
        c.csat = quint8(std::clamp<long>(std::lround(x), 1, 5));
    }
    double wrap = 0.0;
    switch (c.channel) {
    case Phone:
        wrap = rng.uniform(15.0, 60.0);
        break;
    case Email:
        wrap = rng.uniform(20.0, 90.0);
        break;
    case Social:
        wrap = rng.uniform(3.0, 15.0);
        break;
    default:
        wrap = rng.uniform(3.0, 20.0);
        break;
    }
    wrap *= p.speed;
    c.wrap = quint16(std::max<long>(1, std::lround(wrap)));
    push(now + c.wrap, WrapEndEvent, agentIndex, seq);
}

void DemoRun::onWrapEnd(int agentIndex, qint64 seq, qint64 now)
{
    Contact &c = contact(seq);
    AgentSim &s = m_sim[size_t(agentIndex)];
    s.load -= capacityUnits(agentIndex, c.channel);
    --s.active;
    c.done = true;
    if (s.active == 0) {
        // End of a handling burst: busy until the last contact ended, wrap until now. Chat threads have a few
        // seconds of wrap each, and so do quick calls: such a burst stays one busy row (busy + wrap time is the
        // same), which keeps agent_states to a reasonable size on big stores.
        if (s.burstHasWrap && now - s.burstHandleEnd >= MinimumWrapRow)
            switchState(agentIndex, Wrap, s.burstHandleEnd);
        switchState(agentIndex, Available, now);
    }
    afterLoadDrop(agentIndex, now);
}

void DemoRun::afterLoadDrop(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    if (s.mode == Mode::Ready) {
        pickWork(agentIndex, now);
    } else if (s.load == 0 && s.mode == Mode::PendingActivity) {
        startActivity(agentIndex, now);
    } else if (s.load == 0 && s.mode == Mode::PendingLogout) {
        goOffline(agentIndex, now);
    }
    refreshLevel(agentIndex, now);
}

void DemoRun::onShiftBegin(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    if (s.plans.empty())
        return;
    s.plan = std::move(s.plans.front());
    s.plans.pop_front();
    s.nextActivity = 0;
    s.logoutDue = false;
    s.mode = Mode::Ready;
    switchState(agentIndex, Available, now);
    refreshLevel(agentIndex, now);
    pickWork(agentIndex, now);
    push(s.plan.logout, LogoutDueEvent, agentIndex);
    scheduleNextActivity(agentIndex, now);
}

void DemoRun::scheduleNextActivity(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    if (s.nextActivity >= s.plan.activities.size())
        return;
    const Activity &a = s.plan.activities[s.nextActivity];
    if (a.due >= s.plan.logout)
        return;
    push(std::max(now, a.due), ActivityDueEvent, agentIndex);
}

void DemoRun::onActivityDue(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    if (s.mode != Mode::Ready)
        return;
    if (s.load == 0) {
        startActivity(agentIndex, now);
    } else {
        s.mode = Mode::PendingActivity; // finish the current contacts first
        refreshLevel(agentIndex, now);
    }
}

void DemoRun::startActivity(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    const Activity &a = s.plan.activities[s.nextActivity];
    s.mode = Mode::Away;
    switchState(agentIndex, a.state, now);
    refreshLevel(agentIndex, now);
    push(now + a.duration, ActivityEndEvent, agentIndex);
}

void DemoRun::onActivityEnd(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    ++s.nextActivity;
    if (s.logoutDue) {
        goOffline(agentIndex, now);
        return;
    }
    s.mode = Mode::Ready;
    switchState(agentIndex, Available, now);
    refreshLevel(agentIndex, now);
    pickWork(agentIndex, now);
    scheduleNextActivity(agentIndex, now);
}

void DemoRun::onLogoutDue(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    s.logoutDue = true;
    if (s.mode == Mode::Ready || s.mode == Mode::PendingActivity) {
        if (s.load == 0) {
            goOffline(agentIndex, now);
        } else {
            s.mode = Mode::PendingLogout;
            refreshLevel(agentIndex, now);
        }
    }
}

void DemoRun::goOffline(int agentIndex, qint64 now)
{
    AgentSim &s = m_sim[size_t(agentIndex)];
    s.mode = Mode::Off;
    switchState(agentIndex, Offline, now);
    refreshLevel(agentIndex, now);
}

qint64 DemoRun::oldestEmailArrival()
{
    qint64 oldest = Never;
    for (const std::deque<qint64> *q : {&m_emailVip, &m_emailQueue}) {
        if (!q->empty())
            oldest = std::min(oldest, contact(q->front()).arrived);
    }
    return oldest;
}

// Idle agents only look for work when something happens to them; once an hour they look at the e-mail backlog.
void DemoRun::wakeIdleAgents(qint64 now)
{
    if (m_emailVip.empty() && m_emailQueue.empty())
        return;
    for (const Group g : {Group::Voice, Group::Online}) {
        std::vector<int> idle;
        for (const auto &entry : m_free[size_t(g)][0])
            idle.push_back(entry.second);
        for (int agentIndex : idle)
            pickWork(agentIndex, now);
    }
}

void DemoRun::purge(qint64 now)
{
    for (std::deque<qint64> *q : {&m_phoneVip, &m_phoneQueue, &m_onlineVip, &m_onlineQueue}) {
        std::deque<qint64> kept;
        for (qint64 seq : *q) {
            Contact &c = contact(seq);
            if (c.deadline <= now)
                abandon(c);
            else
                kept.push_back(seq);
        }
        q->swap(kept);
    }
}

void DemoRun::switchState(int agentIndex, StateCode state, qint64 at)
{
    Timeline &t = m_sim[size_t(agentIndex)].timeline;
    if (state == t.open)
        return;
    if (at > t.openStart) {
        if (t.hasPending && t.pendingState == t.open && t.pendingEnd == t.openStart) {
            t.pendingEnd = at;
        } else {
            if (t.hasPending && !writeStateRow(agentIndex, t.pendingState, t.pendingStart, t.pendingEnd))
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

bool DemoRun::writeStateRow(int agentIndex, StateCode state, qint64 start, qint64 end)
{
    static const QByteArray names[] = {"offline", "available", "busy", "wrap", "break", "training", "meeting"};
    BulkStatement &st = *m_insertState;
    st.staticText(1, m_agents[size_t(agentIndex)].idUtf8);
    st.staticText(2, names[state]);
    st.integer(3, start);
    st.integerOrNull(4, end, end >= 0);
    if (!st.step()) {
        m_writeFailed = true;
        return fail(st.errorString());
    }
    ++m_counts.agentStates;
    return true;
}

bool DemoRun::flush(bool all)
{
    while (!m_window.empty() && (all || m_window.front().done)) {
        if (!writeConversation(m_windowBase, m_window.front()))
            return false;
        m_window.pop_front();
        ++m_windowBase;
    }
    return true;
}

bool DemoRun::writeConversation(qint64 seq, const Contact &c)
{
    static const QByteArray channels[ChannelCount] = {"chat", "phone", "social", "email"};
    static const QByteArray vip("vip"), standard("standard");
    char id[24];
    const int idLength = std::snprintf(id, sizeof id, "C%08lld", static_cast<long long>(seq));
    char customer[24];
    const int customerLength = std::snprintf(
        customer, sizeof customer, "U%08llu",
        static_cast<unsigned long long>((quint64(c.customer) * 2654435761ULL + 19860618ULL) % 100000000ULL));
    char order[32];
    const int orderLength = std::snprintf(order, sizeof order, "%llu", static_cast<unsigned long long>(c.order));
    const bool answered = c.answered >= 0;
    const bool ended = answered && c.ended >= 0;
    const CategoryInfo &cat = m_categories[c.category];

    BulkStatement &st = *m_insertConversation;
    st.text(1, id, idLength);
    st.staticText(2, channels[c.channel]);
    st.staticText(3, m_queueUtf8.at(c.queue));
    st.text(4, customer, customerLength);
    st.staticText(5, c.vip ? vip : standard);
    if (answered)
        st.staticText(6, m_agents[size_t(c.agent)].idUtf8);
    else
        st.null(6);
    st.integer(7, c.arrived);
    st.integerOrNull(8, c.answered, answered);
    st.integerOrNull(9, c.ended, ended);
    st.integerOrNull(10, c.abandoned, c.abandoned >= 0);
    st.integerOrNull(11, c.wrap, ended);
    st.integerOrNull(12, c.transfers, ended);
    st.integerOrNull(13, c.resolved, ended && c.resolved >= 0);
    st.integerOrNull(14, c.csat, ended && c.csat > 0);
    st.staticText(15, cat.utf8);
    if (c.order)
        st.text(16, order, orderLength);
    else
        st.null(16);
    if (!st.step()) {
        m_writeFailed = true;
        return fail(st.errorString());
    }
    ++m_counts.conversations;
    if (!ended)
        return true;

    // Scripts the agent used: about 40 % of handled conversations, 1–2 published scripts.
    Random &rng = m_rngUsage;
    if (!cat.scripts.empty() && rng.chance(0.4)) {
        const int wanted = rng.chance(0.3) ? 2 : 1;
        int chosen[2] = {-1, -1};
        int count = 0;
        for (int attempt = 0; attempt < 6 && count < wanted; ++attempt) {
            const int s = cat.scripts[size_t(rng.weighted(cat.scriptWeights))];
            const ScriptPlan &plan = m_scripts[size_t(s)];
            if (plan.weight <= 0.0 || c.answered < plan.usableFrom || c.answered >= plan.usableUntil ||
                !(plan.channelMask & (1 << c.channel)) || s == chosen[0])
                continue;
            chosen[count++] = s;
        }
        BulkStatement &cs = *m_insertConversationScript;
        for (int i = 0; i < count; ++i) {
            cs.text(1, id, idLength);
            cs.staticText(2, m_scripts[size_t(chosen[i])].idUtf8);
            if (!cs.step()) {
                m_writeFailed = true;
                return fail(cs.errorString());
            }
            ++m_counts.conversationScripts;
        }
    }

    // QA: a reservoir sample of each agent's week.
    AgentSim &s = m_sim[size_t(c.agent)];
    if (s.qaQuota > 0) {
        ++s.qaSeen;
        QaPick pick{seq, c.ended, c.agent, c.csat, c.resolved, {}};
        std::vector<QaPick> &week = m_qaWeek[size_t(c.agent)];
        if (int(week.size()) < s.qaQuota) {
            week.push_back(pick);
        } else {
            const qint64 j = m_rngQa.below(s.qaSeen);
            if (j < s.qaQuota)
                week[size_t(j)] = pick;
        }
    }

    // Complaints: a reservoir sample of unhappy conversations.
    if ((c.csat > 0 && c.csat <= 2) || c.resolved == 0 || c.transfers >= 2) {
        // After the promotion comes a wave of complaints (late parcels, quality): sampled with more weight.
        if (!m_rngCases.chance(complaintWave(m_days[size_t(m_currentDay)].offsetFromPeak) / complaintWave(1)))
            return true;
        ++m_caseSeen;
        ComplaintSource src{seq, c.ended, c.agent, c.channel, c.customer, c.order, c.category};
        if (int(m_caseSources.size()) < m_caseSourceTarget) {
            m_caseSources.push_back(src);
        } else {
            const qint64 j = m_rngCases.below(m_caseSeen);
            if (j < m_caseSourceTarget)
                m_caseSources[size_t(j)] = src;
        }
    }
    return true;
}

void DemoRun::flushQaWeek()
{
    for (std::vector<QaPick> &week : m_qaWeek) {
        for (const QaPick &p : week)
            m_qaPicks.push_back(p);
        week.clear();
    }
}

bool DemoRun::finishSimulation()
{
    if (!report(86, tr("Simulating the contact floor")))
        return false;
    purge(m_asOf);
    // Everything still in the window is in progress or waiting at asOf.
    for (size_t a = 0; a < m_sim.size(); ++a) {
        AgentSim &s = m_sim[a];
        if (s.active > 0 && s.handling == 0 && s.burstHasWrap)
            switchState(int(a), Wrap, s.burstHandleEnd);
        Timeline &t = s.timeline;
        if (t.hasPending && !writeStateRow(int(a), t.pendingState, t.pendingStart, t.pendingEnd))
            return false;
        t.hasPending = false;
        if (!writeStateRow(int(a), t.open, t.openStart, -1))
            return false;
    }
    if (!flush(true))
        return false;
    flushQaWeek();
    return true;
}

// ---------------------------------------------------------------------------------------------
// QA reviews.

bool DemoRun::writeQaReviews()
{
    Random &rng = m_rngQa;
    std::vector<std::pair<qint64, size_t>> order;
    std::vector<qint64> reviewedAt(m_qaPicks.size());
    for (size_t i = 0; i < m_qaPicks.size(); ++i) {
        const qint64 at = toWorkingHours(m_qaPicks[i].at + rng.between64(10 * Hour, 4 * Day), rng, 9, 18);
        reviewedAt[i] = at;
        if (at <= m_asOf)
            order.emplace_back(at, i);
    }
    std::sort(order.begin(), order.end());
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail, reviewer,"
                                  " conversation_id, complaint_id, notes, form_version_id)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(q));
    int number = 0;
    for (const auto &[at, i] : order) {
        const QaPick &pick = m_qaPicks[i];
        const AgentProfile &p = m_agents[size_t(pick.agent)];
        double score = p.qaBase + rng.normal(0.0, 5.0);
        if (pick.csat > 0 && pick.csat <= 2)
            score -= 6.0;
        if (pick.resolved == 0)
            score -= 4.0;
        if (!pick.complaintId.isEmpty())
            score -= 8.0;
        score = std::clamp(std::round(score * 2.0) / 2.0, 35.0, 100.0);
        const bool autoFail = rng.chance(pick.complaintId.isEmpty() ? p.autoFailRisk : p.autoFailRisk * 3.0);
        q.addBindValue(QStringLiteral("QA%1").arg(++number, 6, 10, QLatin1Char('0')));
        q.addBindValue(p.id);
        q.addBindValue(at);
        q.addBindValue(score);
        q.addBindValue(autoFail ? 1 : 0);
        q.addBindValue(rng.pick(m_qaStaff));
        q.addBindValue(conversationId(pick.conversation));
        q.addBindValue(pick.complaintId.isEmpty() ? QVariant() : QVariant(pick.complaintId));
        q.addBindValue(m_qaNotes.isEmpty() || rng.chance(0.25) ? QVariant() : QVariant(rng.pick(m_qaNotes)));
        q.addBindValue(at >= m_formV2Since ? m_formV2 : m_formV1);
        if (!q.exec())
            return fail(sql::errorText(q));
        ++m_counts.qaReviews;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Complaints.

QString resolutionFor(const QString &rootCause, Random &rng)
{
    struct Option
    {
        const char *type;
        double weight;
    };
    std::vector<Option> options;
    if (rootCause == QLatin1String("product_quality"))
        options = {{"refund", 4}, {"exchange", 3}, {"repair", 2}, {"compensation", 1}};
    else if (rootCause == QLatin1String("description_mismatch"))
        options = {{"refund", 4}, {"exchange", 2}, {"coupon", 2}, {"explanation", 1}};
    else if (rootCause == QLatin1String("logistics"))
        options = {{"compensation", 3}, {"coupon", 3}, {"explanation", 2}, {"refund", 1}};
    else if (rootCause == QLatin1String("after_sales"))
        options = {{"refund", 3}, {"explanation", 2}, {"coupon", 2}, {"exchange", 1}};
    else if (rootCause == QLatin1String("payment_coupon"))
        options = {{"coupon", 4}, {"refund", 2}, {"explanation", 2}};
    else if (rootCause == QLatin1String("service_attitude"))
        options = {{"explanation", 4}, {"coupon", 3}, {"compensation", 1}};
    else if (rootCause == QLatin1String("system_fault"))
        options = {{"compensation", 3}, {"coupon", 3}, {"explanation", 2}};
    else
        options = {{"explanation", 4}, {"other", 2}, {"coupon", 1}};
    std::vector<double> w;
    for (const Option &o : options)
        w.push_back(o.weight);
    return QString::fromLatin1(options[size_t(rng.weighted(cumulate(w)))].type);
}

double amountFor(const QString &resolution, Random &rng)
{
    if (resolution == QLatin1String("refund")) {
        const double yuan = std::round(rng.logNormal(150.0, 0.8));
        return yuan + (rng.chance(0.4) ? 0.9 : 0.0);
    }
    if (resolution == QLatin1String("coupon")) {
        static const int values[] = {5, 10, 10, 20, 20, 30, 50};
        return values[rng.below(7)];
    }
    return std::round(rng.logNormal(40.0, 0.7));
}

bool needsAmount(const QString &resolution)
{
    return resolution == QLatin1String("refund") || resolution == QLatin1String("coupon") ||
           resolution == QLatin1String("compensation");
}

const QStringList &rootCauses()
{
    static const QStringList causes = {QStringLiteral("product_quality"), QStringLiteral("description_mismatch"),
                                       QStringLiteral("logistics"),       QStringLiteral("after_sales"),
                                       QStringLiteral("payment_coupon"),  QStringLiteral("service_attitude"),
                                       QStringLiteral("system_fault"),    QStringLiteral("other")};
    return causes;
}

// Plays one case forward from created_at through the closed loop, until asOf (or stopAt) ends it.
void DemoRun::buildCase(CaseRecord &r, const demo::ComplaintTemplate &tpl, const QString &stopAt, double scale,
                        quint64 caseSeed)
{
    Random rng(caseSeed);
    r.state = QStringLiteral("new");
    r.owner.clear();
    r.level = 1;
    r.rootCause.clear();
    r.resolution.clear();
    r.amount = -1.0;
    r.feedback.clear();
    r.rejectReason.clear();
    r.reopenCount = r.transfers = r.attempts = 0;
    r.acknowledgedAt = r.closedAt = r.awaitingSince = -1;
    r.awaitingTotal = 0;
    r.events.clear();
    CaseBuilder b(r, m_asOf, stopAt);

    const bool p1 = r.priority == QLatin1String("P1");
    const double pace = (p1 ? 0.25 : (r.priority == QLatin1String("P2") ? 0.55 : 1.0)) * scale;
    const bool slow = rng.chance(0.14);
    auto later = [&](qint64 from, double loMinutes, double hiMinutes, bool staff = true, bool slowable = true) {
        qint64 t =
            from + qint64(rng.uniform(loMinutes, hiMinutes) * Minute * pace * (slow && slowable ? 2.6 : 1.0)) + 1;
        if (staff && !p1 && scale >= 1.0)
            t = toWorkingHours(t, rng, 8, 22);
        return t;
    };
    auto note = [&]() {
        return rng.pick(m_caseNotes);
    };
    const QString creator = r.agent >= 0 ? m_agents[size_t(r.agent)].name : QStringLiteral("系统");
    if (!b.add(r.createdAt, creator, QStringLiteral("created"), {}, {}, QStringLiteral("new"), r.summary))
        return;

    const double rejectRoll = stopAt.isEmpty() ? rng.uniform() : (stopAt == QLatin1String("rejected") ? 0.0 : 1.0);
    const bool reject = rejectRoll < 0.08;
    const int rejectStage = reject ? rng.between(0, 2) : -1;
    const QStringList rejectReasons = {
        QStringLiteral("重复投诉，已合并至原投诉单处理"), QStringLiteral("经核实不属实：物流签收记录与客户描述不符"),
        QStringLiteral("非本店订单，已引导客户联系对应商家"), QStringLiteral("客户误解活动规则，已解释，非服务问题"),
        QStringLiteral("恶意索赔，证据不足，按规则不予受理")};
    qint64 t = r.createdAt;
    if (rejectStage == 0) {
        const qint64 at = later(t, 30, 360);
        b.state(at, m_qaLead, QStringLiteral("rejected"), rng.pick(rejectReasons));
        return;
    }
    // Dispatch: an owner first (not a transfer), then the acknowledgement.
    double ackHi = p1 ? 110 : (r.priority == QLatin1String("P2") ? 380 : 1300);
    t = later(t, 3, ackHi * (rng.chance(0.1) ? 2.2 : 0.7), true, false);
    QString owner = rng.pick(m_qaStaff);
    if (!b.owner(t, m_qaLead, owner))
        return;
    t += rng.between(1, 15) * Minute;
    if (!b.state(t, owner, QStringLiteral("acknowledged"), rng.chance(0.5) ? note() : QString()))
        return;
    if (rejectStage == 1) {
        const qint64 at = later(t, 60, 600);
        b.state(at, owner, QStringLiteral("rejected"), rng.pick(rejectReasons));
        return;
    }
    t = later(t, 10, 180);
    if (!b.state(t, owner, QStringLiteral("investigating")))
        return;

    // Investigation: notes, sometimes a priority change, transfers and escalations.
    const int notes = rng.between(1, 3);
    for (int i = 0; i < notes; ++i) {
        t = later(t, 30, 360);
        if (!b.add(t, owner, QStringLiteral("note"), {}, {}, {}, note()))
            return;
    }
    if (!p1 && stopAt.isEmpty() && rng.chance(0.12)) {
        // Waiting for the warehouse, quality control or the courier: the case sits for days.
        t = later(t, 20, 240);
        if (!b.add(t, owner, QStringLiteral("note"), {}, {}, {}, QStringLiteral("已提交相关部门核查，等待回复")))
            return;
        t = later(t, 720, 3 * 1440, false, false);
    }
    if (r.priority == QLatin1String("P3") && rng.chance(0.05)) {
        t = later(t, 10, 120);
        if (!b.field(t, owner, QStringLiteral("priority"), QStringLiteral("P2"),
                     QStringLiteral("客户多次来电催促，升级处理")))
            return;
    }
    const double transferRoll = rng.uniform();
    int transfers = transferRoll < 0.75 ? 0 : (transferRoll < 0.92 ? 1 : (transferRoll < 0.98 ? 2 : 4));
    for (int i = 0; i < transfers; ++i) {
        QString next = rng.pick(m_qaStaff);
        if (next == owner)
            next = m_leads.value(qsizetype(rng.below(m_leads.size())), m_qaLead);
        if (next == owner)
            continue;
        t = later(t, 20, 240);
        if (!b.owner(t, owner, next, QStringLiteral("转交：涉及跨部门协调")))
            return;
        owner = next;
    }
    auto escalateTo = [&](int level, const QString &why) {
        if (r.level >= level)
            return true;
        t = later(t, 10, 120);
        if (!b.escalate(t, owner, level, why))
            return false;
        const QString next = level == 2 ? m_qaLead : m_manager;
        if (next != owner) {
            t += rng.between(1, 10) * Minute;
            if (!b.owner(t, owner, next))
                return false;
            owner = next;
        }
        return true;
    };
    const double escalateP = p1 ? 0.5 : (r.priority == QLatin1String("P2") ? 0.2 : 0.07);
    if (rng.chance(escalateP)) {
        if (!escalateTo(2, QStringLiteral("客户情绪激动，升级质检主管处理")))
            return;
        if (rng.chance(0.25) && !escalateTo(3, QStringLiteral("涉及金额较大/舆情风险，升级客服经理")))
            return;
    }
    if (rejectStage == 2) {
        const qint64 at = later(t, 60, 600);
        b.state(at, owner, QStringLiteral("rejected"), rng.pick(rejectReasons));
        return;
    }

    // Proposal cycles until the customer's feedback closes the case (once reopened, at most).
    const QString templateCause = rootCauses().contains(tpl.rootCause) ? tpl.rootCause : QStringLiteral("other");
    bool allowReopen = stopAt.isEmpty() ? rng.chance(0.07) : stopAt == QLatin1String("reopened");
    bool withdrawn = false;
    bool refused = false;
    for (int cycle = 0; cycle < 4; ++cycle) {
        const QString cause =
            r.rootCause.isEmpty() ? (rng.chance(0.9) ? templateCause : rng.pick(rootCauses())) : r.rootCause;
        t = later(t, 60, 900);
        if (cause != r.rootCause && !b.field(t, owner, QStringLiteral("root_cause"), cause))
            return;
        QString resolution = resolutionFor(cause, rng);
        if (resolution == r.resolution && needsAmount(resolution) && r.amount >= 0) {
            // A second offer of the same kind is worth more.
            t += rng.between(1, 5) * Minute;
            if (!b.field(t, owner, QStringLiteral("amount"), QString::number(std::round(r.amount * 1.5), 'f', 2)))
                return;
        } else {
            t += rng.between(1, 10) * Minute;
            if (!b.field(t, owner, QStringLiteral("resolution_type"), resolution))
                return;
            if (needsAmount(resolution)) {
                t += rng.between(1, 5) * Minute;
                if (!b.field(t, owner, QStringLiteral("amount"), QString::number(amountFor(resolution, rng), 'f', 2)))
                    return;
            }
        }
        t += rng.between(2, 30) * Minute;
        if (!b.state(t, owner, QStringLiteral("proposed"), rng.chance(0.4) ? note() : QString()))
            return;
        if (!withdrawn && stopAt.isEmpty() && rng.chance(0.05)) {
            withdrawn = true;
            t = later(t, 20, 240);
            if (!b.state(t, owner, QStringLiteral("investigating"),
                         QStringLiteral("方案撤回：仓库反馈可换新，重新评估")))
                return;
            continue;
        }
        t += rng.between(5, 90) * Minute;
        if (!b.state(t, owner, QStringLiteral("awaiting_feedback"), QStringLiteral("已将处理方案告知客户，等待确认")))
            return;
        if (!refused && stopAt.isEmpty() && rng.chance(0.1)) {
            refused = true;
            t = later(t, 120, 1800, false);
            if (!b.state(t, owner, QStringLiteral("investigating"), QStringLiteral("客户不接受方案，要求提高补偿")))
                return;
            continue;
        }
        // The customer answers (or not) in their own time.
        const double fb = rng.uniform();
        const QString feedback = fb < 0.72
                                     ? QStringLiteral("satisfied")
                                     : (fb < 0.86 ? QStringLiteral("unsatisfied") : QStringLiteral("unreachable"));
        // The customer answers in their own time (not counted against the SLA): hours, often days.
        t += qint64(std::clamp(rng.logNormal(30.0 * Hour, 0.9), double(Hour), 8.0 * Day) * std::min(1.0, scale));
        if (feedback == QLatin1String("unreachable")) {
            const int attempts = rng.between(2, 3);
            for (int i = 0; i < attempts; ++i) {
                if (i > 0)
                    t = later(t, 120, 900);
                if (!b.add(t, owner, QStringLiteral("contact_attempt"), {}, {}, {},
                           i + 1 == attempts ? QStringLiteral("第%1次回访：电话无人接听，短信已发送").arg(i + 1)
                                             : QStringLiteral("第%1次回访：电话未接通").arg(i + 1)))
                    return;
            }
        } else if (feedback == QLatin1String("unsatisfied")) {
            if (!escalateTo(2, QStringLiteral("客户对结果不满意，升级复核")))
                return;
        }
        t += rng.between(5, 60) * Minute;
        if (!b.field(t, owner, QStringLiteral("customer_feedback"), feedback))
            return;
        t += rng.between(1, 20) * Minute;
        if (!b.state(t, owner, QStringLiteral("closed"), rng.chance(0.5) ? note() : QString()))
            return;
        if (!allowReopen)
            break;
        allowReopen = false;
        t = later(t, 1440, 10 * 1440, false);
        if (!b.state(t, owner, QStringLiteral("investigating"), QStringLiteral("客户反馈问题再次出现，重新处理")))
            return;
    }
}

bool DemoRun::writeComplaints()
{
    Random &rng = m_rngCases;
    // Linked cases come from the sampled conversations; the rest from the floor at large.
    std::sort(m_caseSources.begin(), m_caseSources.end(),
              [](const ComplaintSource &a, const ComplaintSource &b) { return a.conversation < b.conversation; });
    std::vector<double> dayWeights;
    for (int d = 0; d < m_dayCount; ++d)
        dayWeights.push_back(m_days[size_t(d)].volume * complaintWave(m_days[size_t(d)].offsetFromPeak));
    const std::vector<double> dayCumulative = cumulate(dayWeights);

    const int total = std::max<int>(m_caseTarget, int(m_caseSources.size()));
    m_cases.resize(size_t(total));
    for (int i = 0; i < total; ++i) {
        CaseRecord &r = m_cases[size_t(i)];
        r.index = i;
        const double pr = rng.uniform();
        r.priority = pr < 0.08 ? QStringLiteral("P1") : (pr < 0.38 ? QStringLiteral("P2") : QStringLiteral("P3"));
        int categoryIndex = 0;
        if (i < int(m_caseSources.size())) {
            const ComplaintSource &src = m_caseSources[size_t(i)];
            r.agent = src.agent;
            r.conversation = src.conversation;
            r.channel = src.channel;
            r.customerId = customerId(src.customer);
            r.orderId = orderText(src.order);
            const qint64 latest = m_asOf - rng.between(60, 1800);
            r.createdAt = std::min(latest, src.at + rng.between64(20 * Minute, 36 * Hour));
            r.createdAt = std::max(r.createdAt, src.at + 60);
            if (r.createdAt > m_asOf)
                r.createdAt = m_asOf;
            categoryIndex = src.category;
        } else {
            const int d = rng.weighted(dayCumulative);
            r.createdAt = localTime(d, rng.between64(8 * Hour, 23 * Hour));
            if (r.createdAt > m_asOf)
                r.createdAt = m_asOf - rng.between(60, 4 * 3600);
            r.createdAt = std::max(r.createdAt, m_days.front().start + 8 * Hour);
            const double ch = rng.uniform();
            r.channel = ch < 0.35 ? Phone : (ch < 0.7 ? Chat : (ch < 0.85 ? Social : Email));
            const bool vip = rng.chance(0.12);
            r.customerId = customerId(vip ? quint32(rng.below(m_vipPool))
                                          : m_vipPool + quint32(rng.below(m_customerPool - m_vipPool)));
            categoryIndex = int(rng.below(qint64(m_categories.size())));
        }
        // A template of the same category when there is one.
        QList<int> fitting;
        for (int k = 0; k < m_complaintTemplates.size(); ++k) {
            if (m_complaintTemplates.at(k).category == m_categories[size_t(categoryIndex)].name)
                fitting.append(k);
        }
        const demo::ComplaintTemplate &tpl = m_complaintTemplates.at(
            fitting.isEmpty() ? int(rng.below(m_complaintTemplates.size())) : rng.pick(fitting));
        r.category = tpl.category;
        r.summary = tpl.summary;
        r.description = tpl.description;
        if (i >= int(m_caseSources.size()) && r.orderId.isEmpty() && rng.chance(0.85)) {
            quint64 low = 100000000000000000ULL;
            r.orderId = QString::number(low + rng.bits() % (9 * low));
        }
    }
    std::vector<size_t> byTime(m_cases.size());
    for (size_t i = 0; i < byTime.size(); ++i)
        byTime[i] = i;
    std::sort(byTime.begin(), byTime.end(), [this](size_t a, size_t b) {
        return m_cases[a].createdAt != m_cases[b].createdAt ? m_cases[a].createdAt < m_cases[b].createdAt : a < b;
    });
    auto templateOf = [this](const CaseRecord &r) -> const demo::ComplaintTemplate & {
        for (const demo::ComplaintTemplate &tpl : m_complaintTemplates) {
            if (tpl.summary == r.summary && tpl.category == r.category)
                return tpl;
        }
        return m_complaintTemplates.front();
    };
    const quint64 caseSeedBase = streamSeed(m_options.seed, 9);
    for (CaseRecord &r : m_cases)
        buildCase(r, templateOf(r), {}, 1.0, splitMix(caseSeedBase + quint64(r.index)));

    // Every state of the loop appears, and some reopened cases: force the most recent cases where missing.
    QStringList wanted = caseStates();
    wanted.append(QStringLiteral("reopened"));
    auto shows = [](const CaseRecord &r, const QString &state) {
        return state == QLatin1String("reopened") ? r.reopenCount > 0 : r.state == state;
    };
    // A few cases of every state already present are kept as they are, so that forcing cannot remove them.
    std::vector<bool> forced(m_cases.size(), false);
    QStringList missing;
    for (const QString &state : std::as_const(wanted)) {
        const bool open = state != QLatin1String("closed") && state != QLatin1String("rejected") &&
                          state != QLatin1String("reopened");
        int need = open ? std::max(1, int(m_cases.size()) / 150) : 1;
        for (auto it = byTime.rbegin(); it != byTime.rend() && need > 0; ++it) {
            if (!forced[*it] && shows(m_cases[*it], state)) {
                forced[*it] = true;
                --need;
            }
        }
        for (; need > 0; --need)
            missing.append(state);
    }
    for (const QString &state : std::as_const(missing)) {
        // Reopened and closed cases need time: take an older case for them.
        const bool needsTime = state == QLatin1String("reopened") || state == QLatin1String("closed");
        for (size_t k = 0; k < byTime.size(); ++k) {
            const size_t idx =
                needsTime ? byTime[byTime.size() / 2 - std::min(byTime.size() / 2, k)] : byTime[byTime.size() - 1 - k];
            if (forced[idx])
                continue;
            CaseRecord &r = m_cases[idx];
            const QString stop =
                state == QLatin1String("reopened") || state == QLatin1String("closed") ? QString() : state;
            bool ok = false;
            for (int attempt = 0; attempt < 8 && !ok; ++attempt) {
                const double scale = std::pow(0.5, attempt);
                buildCase(r, templateOf(r), state == QLatin1String("reopened") ? state : stop, scale,
                          splitMix(caseSeedBase + quint64(r.index) + 7919ULL * quint64(attempt + 1)));
                ok = shows(r, state);
            }
            if (ok) {
                forced[idx] = true;
                break;
            }
            buildCase(r, templateOf(r), {}, 1.0, splitMix(caseSeedBase + quint64(r.index)));
            if (k > 40)
                break;
        }
    }

    // Ids in creation order: TS + local date + running number of that day.
    QString lastDate;
    int dayNumber = 0;
    for (size_t k : byTime) {
        CaseRecord &r = m_cases[k];
        const QString date =
            QDateTime::fromSecsSinceEpoch(r.createdAt, m_zone).date().toString(QStringLiteral("yyyyMMdd"));
        dayNumber = date == lastDate ? dayNumber + 1 : 1;
        lastDate = date;
        r.id = QStringLiteral("TS%1%2").arg(date).arg(dayNumber, 3, 10, QLatin1Char('0'));
    }

    QSqlQuery c(m_db), e(m_db);
    if (!c.prepare(QStringLiteral(
            "INSERT INTO complaints(id, created_at, channel, customer_id, order_id, category, priority, summary,"
            " description, owner, agent_id, conversation_id, state, escalation_level, root_cause, resolution_type,"
            " amount, customer_feedback, reject_reason, reopen_count, transfers, contact_attempts, acknowledged_at,"
            " closed_at, awaiting_feedback_s, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(c));
    if (!e.prepare(QStringLiteral("INSERT INTO complaint_events(complaint_id, at, actor, kind, field, from_value,"
                                  " to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorText(e));
    auto text = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    auto time = [](qint64 t) {
        return t >= 0 ? QVariant(t) : QVariant();
    };
    for (size_t k : byTime) {
        const CaseRecord &r = m_cases[k];
        c.addBindValue(r.id);
        c.addBindValue(r.createdAt);
        c.addBindValue(QString::fromLatin1(channelNames[r.channel]));
        c.addBindValue(text(r.customerId));
        c.addBindValue(text(r.orderId));
        c.addBindValue(text(r.category));
        c.addBindValue(r.priority);
        c.addBindValue(text(r.summary));
        c.addBindValue(text(r.description));
        c.addBindValue(text(r.owner));
        c.addBindValue(r.agent >= 0 ? QVariant(m_agents[size_t(r.agent)].id) : QVariant());
        c.addBindValue(r.conversation > 0 ? QVariant(conversationId(r.conversation)) : QVariant());
        c.addBindValue(r.state);
        c.addBindValue(r.level);
        c.addBindValue(text(r.rootCause));
        c.addBindValue(text(r.resolution));
        c.addBindValue(r.amount >= 0 ? QVariant(r.amount) : QVariant());
        c.addBindValue(text(r.feedback));
        c.addBindValue(text(r.rejectReason));
        c.addBindValue(r.reopenCount);
        c.addBindValue(r.transfers);
        c.addBindValue(r.attempts);
        c.addBindValue(time(r.acknowledgedAt));
        c.addBindValue(time(r.closedAt));
        c.addBindValue(r.awaitingTotal);
        c.addBindValue(r.updatedAt);
        if (!c.exec())
            return fail(sql::errorText(c));
        ++m_counts.complaints;
        for (const CaseEvent &ev : r.events) {
            e.addBindValue(r.id);
            e.addBindValue(ev.at);
            e.addBindValue(text(ev.actor));
            e.addBindValue(ev.kind);
            e.addBindValue(text(ev.field));
            e.addBindValue(text(ev.from));
            e.addBindValue(text(ev.to));
            e.addBindValue(text(ev.note));
            if (!e.exec())
                return fail(sql::errorText(e));
            ++m_counts.complaintEvents;
        }
        // QA also reviews the conversation behind some closed cases.
        if (r.agent >= 0 && r.closedAt >= 0 && rng.chance(0.4)) {
            QaPick pick;
            pick.conversation = r.conversation;
            pick.at = r.closedAt;
            pick.agent = r.agent;
            pick.complaintId = r.id;
            m_qaPicks.push_back(pick);
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

bool DemoRun::run(QString *error)
{
    auto finish = [&](bool ok) {
        if (!ok && error)
            *error = m_error.isEmpty() ? tr("The demo data could not be written.") : m_error;
        return ok;
    };
    m_asOf = (m_options.asOf.isValid() ? m_options.asOf : QDateTime::currentDateTime()).toSecsSinceEpoch();
    if (!report(0, tr("Preparing")))
        return finish(false);
    loadContent();
    {
        std::vector<double> shares;
        for (const CategoryInfo &cat : m_categories)
            shares.push_back(cat.share);
        m_categoryCumulative = cumulate(shares);
    }
    buildCalendar();

    // A bigger page cache for the bulk work (measured: ~13 % faster on 300 agents); the connection's own
    // setting comes back afterwards.
    struct CacheSize
    {
        QSqlDatabase &db;
        QVariant previous;
        ~CacheSize()
        {
            if (previous.isValid())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong()));
        }
    } cacheSize{m_db, sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"))};
    if (cacheSize.previous.isValid())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -262144"));

    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return finish(fail(tx.errorString()));
    // The secondary indexes of the bulk tables are rebuilt once at the end, inside the same transaction:
    // about as fast as keeping them up to date row by row, and the rebuilt indexes are packed tighter
    // (measured: ~3 % smaller store on 300 agents).
    QStringList indexSql;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                                   " AND tbl_name IN ('conversations', 'conversation_scripts', 'agent_states')"
                                   " ORDER BY name")))
            return finish(fail(sql::errorText(q)));
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            indexSql.append(q.value(1).toString());
        }
        q.finish();
        for (const QString &name : std::as_const(names)) {
            // Index names come from the store's own schema, not from user input.
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return finish(fail(sql::errorText(q)));
        }
    }
    bool ok = writePeople() && report(2, tr("Writing reply scripts")) && writeScripts() && writeQaForm() &&
              prepareBulk() && simulate();
    m_insertConversation.reset();
    m_insertConversationScript.reset();
    m_insertState.reset();
    m_insertShift.reset();
    ok = ok && report(87, tr("Writing complaints")) && writeComplaints() && report(89, tr("Writing QA reviews")) &&
         writeQaReviews();
    if (!ok)
        return finish(false);
    for (int i = 0; i < indexSql.size(); ++i) {
        if (!report(90 + 8 * i / std::max<int>(1, int(indexSql.size())), tr("Building indexes")))
            return finish(false);
        QSqlQuery q(m_db);
        if (!q.exec(indexSql.at(i)))
            return finish(fail(sql::errorText(q)));
    }
    if (!report(98, tr("Saving")))
        return finish(false);
    // One sign-in per role (README), and the fill itself in the audit log, in the same transaction.
    QString usersError;
    const AgentProfile &firstAgent = m_agents.front();
    if (!demo::insertDemoUsers(m_db, firstAgent.id, m_teamNames.value(firstAgent.team), m_asOf, &usersError))
        return finish(fail(usersError));
    const QJsonObject filled{{QStringLiteral("seed"), QString::number(m_options.seed)},
                             {QStringLiteral("days"), m_options.days},
                             {QStringLiteral("agents"), m_options.agents},
                             {QStringLiteral("peak_day"), m_peakDay.toString(Qt::ISODate)},
                             {QStringLiteral("conversations"), m_counts.conversations}};
    if (!audit::record(m_db, Session::singleUser(), QStringLiteral("store.demo"), QStringLiteral("store"), {}, {},
                       filled, {}, &usersError))
        return finish(fail(usersError));
    // The demo is a feed that stopped at its "now": the queue pane shows the floor as of then, and
    // `kefudesk simulate` carries on from there. Its wall clock is asOf too, so the contents stay
    // deterministic.
    live::FeedWatermark watermark;
    watermark.source = QStringLiteral("demo");
    watermark.asOf = m_asOf;
    watermark.writtenAt = m_asOf;
    if (!live::feed::write(m_db, watermark, &usersError))
        return finish(fail(usersError));
    // The demo's online agents hold two or three chats at once: the queue pane's Erlang C should know.
    if (!sql::exec(m_db,
                   QStringLiteral("INSERT INTO settings(key, value) VALUES ('staffing.online_concurrency', '2')"
                                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {}, &usersError))
        return finish(fail(usersError));
    if (!tx.commit())
        return finish(fail(tx.errorString()));
    report(100, tr("Done"));
    return finish(true);
}

} // namespace

// ---------------------------------------------------------------------------------------------

DemoGenerator::DemoGenerator(QSqlDatabase db, QTimeZone timeZone, DemoOptions options)
    : m_db(std::move(db))
    , m_timeZone(std::move(timeZone))
    , m_options(std::move(options))
{
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::systemTimeZone();
}

QString DemoGenerator::validate(const DemoOptions &options)
{
    if (options.days < 1 || options.days > 730)
        return tr("The number of days must be between 1 and 730 (got %1).").arg(options.days);
    if (options.agents < 4 || options.agents > 300)
        return tr("The number of agents must be between 4 and 300 (got %1).").arg(options.agents);
    if (!(options.peakMultiplier >= 1.0 && options.peakMultiplier <= 10.0))
        return tr("The peak multiplier must be between 1 and 10 (got %1).").arg(options.peakMultiplier);
    if (options.peakDay.isValid()) {
        const QDate last = (options.asOf.isValid() ? options.asOf : QDateTime::currentDateTime()).date();
        const QDate first = last.addDays(1 - options.days);
        if (options.peakDay < first || options.peakDay > last)
            return tr("The peak day %1 is outside the generated range %2 to %3.")
                .arg(options.peakDay.toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    }
    return {};
}

bool DemoGenerator::storeIsEmpty(QSqlDatabase &db, QString *error)
{
    const QVariant any = sql::scalar(db,
                                     QStringLiteral("SELECT EXISTS(SELECT 1 FROM agents) OR EXISTS(SELECT 1 FROM"
                                                    " conversations) OR EXISTS(SELECT 1 FROM complaints) OR"
                                                    " EXISTS(SELECT 1 FROM scripts)"),
                                     {}, error);
    if (!any.isValid())
        return false;
    return any.toInt() == 0;
}

bool DemoGenerator::run(const Progress &progress, QString *error)
{
    m_counts = DemoCounts();
    const QString problem = validate(m_options);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QString emptyError;
    if (!storeIsEmpty(m_db, &emptyError)) {
        if (error)
            *error = emptyError.isEmpty()
                         ? tr("The store already holds agents, conversations, complaints or scripts; demo data "
                              "can only fill an empty store.")
                         : emptyError;
        return false;
    }

    const QDateTime asOf = m_options.asOf.isValid() ? m_options.asOf : QDateTime::currentDateTime();
    m_options.asOf = asOf;
    const QDate last = asOf.toTimeZone(m_timeZone).date();
    const QDate first = last.addDays(1 - m_options.days);
    m_peakDay = m_options.peakDay;
    if (m_peakDay.isValid() && (m_peakDay < first || m_peakDay > last)) {
        if (error)
            *error = tr("The peak day %1 is outside the generated range %2 to %3.")
                         .arg(m_peakDay.toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate));
        return false;
    }
    if (!m_peakDay.isValid()) {
        // The most recent 618 or Double 11 in the range, else two weeks before asOf (inside the range).
        for (QDate d = last; d >= first; d = d.addDays(-1)) {
            if ((d.month() == 6 && d.day() == 18) || (d.month() == 11 && d.day() == 11)) {
                m_peakDay = d;
                break;
            }
        }
        if (!m_peakDay.isValid())
            m_peakDay = std::max(first, last.addDays(-14));
    }

    DemoCounts counts;
    DemoRun demoRun(m_db, m_timeZone, m_options, m_peakDay, progress, counts);
    if (!demoRun.run(error))
        return false;
    m_counts = counts;
    return true;
}

} // namespace kefu
