#include "LiveQueue.h"

#include "store/Sql.h"
#include "store/SqliteStatement.h"
#include "store/StoreSettings.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_set>

namespace kefu::live {

namespace {

// The columns every conversation read takes, in this order.
constexpr char ConversationColumns[] =
    "rowid, id, channel, queue, customer_tier, category, agent_id, arrived_at, answered_at, ended_at, abandoned_at,"
    " wrap_seconds, transfers, resolved, csat";
constexpr char StateColumns[] = "id, agent_id, state, started_at, ended_at";

std::optional<qint64> optionalInteger(const sql::SqliteStatement &s, int column)
{
    return s.columnIsNull(column) ? std::nullopt : std::optional<qint64>(s.columnInteger(column));
}

QString text(const sql::SqliteStatement &s, int column)
{
    const std::string_view v = s.columnBytes(column);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

QByteArray statementText(const char *columns, const char *rest)
{
    return QByteArray("SELECT ") + columns + ' ' + rest;
}

} // namespace

struct LiveQueue::ConversationRow
{
    qint64 rowid = 0;
    QString id;
    QString queue;
    QString category;
    std::string agentId;
    bool vip = false;
    Conversation c;

    bool isOpen() const { return !c.endedAt && !c.abandonedAt; }

    static std::optional<ConversationRow> read(const sql::SqliteStatement &s)
    {
        const std::string_view channelText = s.columnBytes(2);
        const std::optional<Channel> channel =
            channelFromUtf8(QByteArrayView(channelText.data(), static_cast<qsizetype>(channelText.size())));
        if (!channel)
            return std::nullopt;
        ConversationRow row;
        row.rowid = s.columnInteger(0);
        row.id = text(s, 1);
        row.queue = text(s, 3);
        row.vip = s.columnBytes(4) == "vip";
        row.category = text(s, 5);
        row.agentId = std::string(s.columnBytes(6));
        row.c.channel = *channel;
        row.c.arrivedAt = s.columnInteger(7);
        row.c.answeredAt = optionalInteger(s, 8);
        row.c.endedAt = optionalInteger(s, 9);
        row.c.abandonedAt = optionalInteger(s, 10);
        row.c.wrapSeconds = optionalInteger(s, 11);
        row.c.transfers = optionalInteger(s, 12);
        row.c.resolved = optionalInteger(s, 13);
        row.c.csat = optionalInteger(s, 14);
        return row;
    }
};

struct LiveQueue::StateRow
{
    qint64 id = 0;
    std::string agentId;
    AgentState state = AgentState::Offline;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;

    static std::optional<StateRow> read(const sql::SqliteStatement &s)
    {
        const std::string_view stateText = s.columnBytes(2);
        const std::optional<AgentState> state =
            agentStateFromUtf8(QByteArrayView(stateText.data(), static_cast<qsizetype>(stateText.size())));
        if (!state)
            return std::nullopt;
        StateRow row;
        row.id = s.columnInteger(0);
        row.agentId = std::string(s.columnBytes(1));
        row.state = *state;
        row.startedAt = s.columnInteger(3);
        row.endedAt = optionalInteger(s, 4);
        return row;
    }
};

QByteArray LiveQueue::openConversationsSql()
{
    return statementText(ConversationColumns, "FROM conversations WHERE ended_at IS NULL AND abandoned_at IS NULL"
                                              " AND arrived_at >= ?");
}

QByteArray LiveQueue::openStatesSql()
{
    return statementText(StateColumns, "FROM agent_states WHERE ended_at IS NULL");
}

LiveQueue::LiveQueue(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
{
}

LiveQueue::~LiveQueue() = default;

int LiveQueue::intervalOf(qint64 utc) const
{
    if (!m_period)
        return -1;
    const int index = Forecast::intervalIndex(m_period->localSeconds(utc), m_dayStartLocal, m_intervalSeconds);
    return index >= 0 && index < m_intervalCount ? index : -1;
}

bool LiveQueue::readSettings(QString *error)
{
    Q_UNUSED(error)
    if (m_followStoreZone) {
        const QString id = m_zoneOverride.isEmpty()
                               ? StoreSettings::value(m_db, StoreSettings::TimeZone).toString()
                               : m_zoneOverride;
        QTimeZone zone(id.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::systemTimeZone();
        if (zone != m_zone) {
            m_zone = zone;
            m_period.reset(); // days and intervals are cut anew
            m_rebuildRequested = true;
        }
    }
    m_snapshot.zone = m_zone;
    const ServiceRules rules = ServiceRules::fromStore(m_db);
    const int intervalMinutes = StoreSettings::value(m_db, StoreSettings::IntervalMinutes).toInt();
    if (rules.thresholdSeconds != m_rules.thresholdSeconds || rules.shortAbandonSeconds != m_rules.shortAbandonSeconds
        || intervalMinutes * 60 != m_intervalSeconds)
        m_rebuildRequested = true;
    m_rules = rules;
    if (intervalMinutes > 0 && 1440 % intervalMinutes == 0)
        m_intervalSeconds = intervalMinutes * 60;
    const StaffingRules staffing = StaffingRules::fromStore(m_db);
    if (staffing.serviceLevelTargetPct != m_staffing.serviceLevelTargetPct
        || staffing.maxOccupancyPct != m_staffing.maxOccupancyPct
        || staffing.onlineConcurrency != m_staffing.onlineConcurrency
        || staffing.fallbackAhtSeconds != m_staffing.fallbackAhtSeconds)
        m_forecast.reset(); // the required agents are worked out again
    m_staffing = staffing;
    AlertRules &alerts = m_snapshot.alertRules;
    alerts.serviceLevelTargetPct = m_staffing.serviceLevelTargetPct;
    alerts.waitSeconds = StoreSettings::value(m_db, QStringLiteral("alert.wait_s")).toLongLong();
    alerts.breakSeconds = StoreSettings::value(m_db, QStringLiteral("alert.break_s")).toLongLong();
    alerts.feedStaleSeconds = StoreSettings::value(m_db, QStringLiteral("alert.feed_stale_s")).toLongLong();
    m_snapshot.occupancyMinPct = StoreSettings::value(m_db, QStringLiteral("target.occupancy_min_pct")).toDouble();
    m_snapshot.occupancyMaxPct = StoreSettings::value(m_db, QStringLiteral("target.occupancy_max_pct")).toDouble();
    m_snapshot.ahtTargetSeconds = m_staffing.fallbackAhtSeconds;
    return true;
}

void LiveQueue::forgetDay(QDate day)
{
    m_day = day;
    m_period = ReportPeriod::fromDates(day, day, m_zone);
    m_dayStartLocal = m_period ? m_period->localSeconds(m_period->startUtc()) : 0;
    m_intervalCount = 86400 / m_intervalSeconds;
    m_closedByInterval.assign(std::size_t(m_intervalCount), {});
    m_closedToday = {};
    m_closedByAgent.clear();
    m_closedSignedInSeconds.assign(std::size_t(m_intervalCount), 0);
    m_closedStateSeconds = {};
    m_openConversations.clear();
    m_openStates.clear();
    m_lastConversationRowid = 0;
    m_lastStateId = 0;
    m_forecast.reset();
    // The UTC edges of the intervals: local wall-clock times, so that a daylight-saving day has them
    // where the reports have them.
    m_snapshot.intervals.clear();
    m_snapshot.intervals.reserve(m_intervalCount);
    for (int i = 0; i < m_intervalCount; ++i) {
        IntervalLive interval;
        const QTime start = QTime(0, 0).addSecs(i * m_intervalSeconds);
        interval.startUtc = QDateTime(day, start, m_zone).toSecsSinceEpoch();
        interval.endUtc = i + 1 < m_intervalCount
                              ? QDateTime(day, QTime(0, 0).addSecs((i + 1) * m_intervalSeconds), m_zone).toSecsSinceEpoch()
                              : (m_period ? m_period->endUtc() : interval.startUtc + m_intervalSeconds);
        interval.label = start.toString(QStringLiteral("HH:mm"));
        m_snapshot.intervals.append(interval);
    }
}

void LiveQueue::addClosedConversation(const ConversationRow &row)
{
    if (!m_period || !m_period->contains(row.c.arrivedAt))
        return;
    const int index = intervalOf(row.c.arrivedAt);
    if (index < 0)
        return;
    const ConversationOutcome outcome = evaluateConversation(row.c, m_rules, row.c.arrivedAt);
    m_closedByInterval[std::size_t(index)][std::size_t(row.c.channel)].add(row.c, outcome);
    m_closedToday[std::size_t(row.c.channel)].add(row.c, outcome);
    if (outcome.answered && !row.agentId.empty()) {
        AgentTally &t = m_closedByAgent[row.agentId];
        ++t.handled;
        if (outcome.handleSeconds) {
            ++t.ended;
            t.handleSum += *outcome.handleSeconds;
        }
    }
}

void LiveQueue::addClosedState(const StateRow &row)
{
    if (!m_period || !row.endedAt)
        return;
    const qint64 from = std::max(row.startedAt, m_period->startUtc());
    const qint64 to = std::min(*row.endedAt, m_period->endUtc());
    if (to <= from)
        return;
    m_closedStateSeconds[std::size_t(row.state)] += to - from;
    if (!isSignedIn(row.state))
        return;
    for (int i = std::max(0, intervalOf(from)); i < m_intervalCount; ++i) {
        const IntervalLive &interval = m_snapshot.intervals.at(i);
        if (interval.startUtc >= to)
            break;
        const qint64 overlap = std::min(to, interval.endUtc) - std::max(from, interval.startUtc);
        if (overlap > 0)
            m_closedSignedInSeconds[std::size_t(i)] += overlap;
    }
}

bool LiveQueue::rebuild(QString *error)
{
    forgetDay(m_day);
    sqlite3 *handle = sql::sqliteHandle(m_db);
    {
        sql::SqliteStatement max(handle, "SELECT coalesce(max(rowid), 0) FROM conversations");
        if (!max.nextRow()) {
            if (error)
                *error = max.errorString();
            return false;
        }
        m_lastConversationRowid = max.columnInteger(0);
    }
    {
        sql::SqliteStatement max(handle, "SELECT coalesce(max(id), 0) FROM agent_states");
        if (!max.nextRow()) {
            if (error)
                *error = max.errorString();
            return false;
        }
        m_lastStateId = max.columnInteger(0);
    }
    sql::SqliteStatement day(handle, statementText(ConversationColumns, "FROM conversations WHERE arrived_at >= ?"
                                                                        " AND arrived_at < ? AND rowid <= ?"));
    day.bindInteger(1, m_period->startUtc());
    day.bindInteger(2, m_period->endUtc());
    day.bindInteger(3, m_lastConversationRowid);
    while (day.nextRow()) {
        ++m_rowsRead;
        if (const std::optional<ConversationRow> row = ConversationRow::read(day); row && !row->isOpen())
            addClosedConversation(*row);
    }
    if (day.lastErrorCode() != 0) {
        if (error)
            *error = day.errorString();
        return false;
    }
    sql::SqliteStatement states(handle, statementText(StateColumns, "FROM agent_states WHERE started_at >= ?"
                                                                    " AND started_at < ? AND ended_at IS NOT NULL"
                                                                    " AND id <= ?"));
    states.bindInteger(1, m_period->startUtc() - OpenLookbackSeconds);
    states.bindInteger(2, m_period->endUtc());
    states.bindInteger(3, m_lastStateId);
    while (states.nextRow()) {
        ++m_rowsRead;
        if (const std::optional<StateRow> row = StateRow::read(states))
            addClosedState(*row);
    }
    if (states.lastErrorCode() != 0) {
        if (error)
            *error = states.errorString();
        return false;
    }
    return true;
}

bool LiveQueue::readNewRows(QString *error)
{
    sqlite3 *handle = sql::sqliteHandle(m_db);
    sql::SqliteStatement conversations(handle,
                                       statementText(ConversationColumns, "FROM conversations WHERE rowid > ?"));
    conversations.bindInteger(1, m_lastConversationRowid);
    while (conversations.nextRow()) {
        ++m_rowsRead;
        m_lastConversationRowid = std::max(m_lastConversationRowid, conversations.columnInteger(0));
        if (const std::optional<ConversationRow> row = ConversationRow::read(conversations); row && !row->isOpen())
            addClosedConversation(*row);
    }
    if (conversations.lastErrorCode() != 0) {
        if (error)
            *error = conversations.errorString();
        return false;
    }
    sql::SqliteStatement states(handle, statementText(StateColumns, "FROM agent_states WHERE id > ?"));
    states.bindInteger(1, m_lastStateId);
    while (states.nextRow()) {
        ++m_rowsRead;
        m_lastStateId = std::max(m_lastStateId, states.columnInteger(0));
        if (const std::optional<StateRow> row = StateRow::read(states); row && row->endedAt)
            addClosedState(*row);
    }
    if (states.lastErrorCode() != 0) {
        if (error)
            *error = states.errorString();
        return false;
    }
    return true;
}

bool LiveQueue::readOpenRows(QString *error)
{
    sqlite3 *handle = sql::sqliteHandle(m_db);
    std::vector<ConversationRow> open;
    open.reserve(m_openConversations.size() + 64);
    {
        // Within one read transaction no row lies beyond the last rowid read: no bound needed, and
        // none wanted — it would steer SQLite away from the partial index.
        sql::SqliteStatement s(handle, openConversationsSql());
        s.bindInteger(1, m_period->startUtc() - OpenLookbackSeconds);
        while (s.nextRow()) {
            ++m_rowsRead;
            if (std::optional<ConversationRow> row = ConversationRow::read(s))
                open.push_back(std::move(*row));
        }
        if (s.lastErrorCode() != 0) {
            if (error)
                *error = s.errorString();
            return false;
        }
    }
    std::vector<StateRow> openStates;
    openStates.reserve(m_openStates.size() + 16);
    {
        sql::SqliteStatement s(handle, openStatesSql());
        while (s.nextRow()) {
            ++m_rowsRead;
            if (std::optional<StateRow> row = StateRow::read(s))
                openStates.push_back(std::move(*row));
        }
        if (s.lastErrorCode() != 0) {
            if (error)
                *error = s.errorString();
            return false;
        }
    }
    // What was open last time and is not now has closed (or gone): read it once more, by its key.
    std::unordered_set<qint64> stillOpen;
    stillOpen.reserve(open.size());
    for (const ConversationRow &row : open)
        stillOpen.insert(row.rowid);
    if (!m_conversationByRowid)
        m_conversationByRowid = std::make_unique<sql::SqliteStatement>(
            handle, statementText(ConversationColumns, "FROM conversations WHERE rowid = ?"));
    for (const ConversationRow &before : m_openConversations) {
        if (stillOpen.count(before.rowid))
            continue;
        m_conversationByRowid->bindInteger(1, before.rowid);
        if (m_conversationByRowid->nextRow()) {
            ++m_rowsRead;
            if (const std::optional<ConversationRow> row = ConversationRow::read(*m_conversationByRowid);
                row && !row->isOpen())
                addClosedConversation(*row);
        }
        const int code = m_conversationByRowid->lastErrorCode();
        const QString message = m_conversationByRowid->errorString();
        m_conversationByRowid->reset();
        if (code != 0) {
            if (error)
                *error = message;
            return false;
        }
    }
    std::unordered_set<qint64> openStateIds;
    for (const StateRow &row : openStates)
        openStateIds.insert(row.id);
    if (!m_stateById)
        m_stateById = std::make_unique<sql::SqliteStatement>(
            handle, statementText(StateColumns, "FROM agent_states WHERE id = ?"));
    for (const StateRow &before : m_openStates) {
        if (openStateIds.count(before.id))
            continue;
        m_stateById->bindInteger(1, before.id);
        if (m_stateById->nextRow()) {
            ++m_rowsRead;
            if (const std::optional<StateRow> row = StateRow::read(*m_stateById); row && row->endedAt)
                addClosedState(*row);
        }
        const int code = m_stateById->lastErrorCode();
        const QString message = m_stateById->errorString();
        m_stateById->reset();
        if (code != 0) {
            if (error)
                *error = message;
            return false;
        }
    }
    m_openConversations = std::move(open);
    m_openStates = std::move(openStates);
    return true;
}

bool LiveQueue::ensureForecast(QString *error)
{
    const double multiplier = Forecast::multiplier(m_db, m_day);
    if (m_forecast && m_forecast->day == m_day && m_forecast->intervalMinutes * 60 == m_intervalSeconds
        && multiplier == m_multiplier)
        return true;
    m_multiplier = multiplier;
    if (!m_forecast || m_forecast->day != m_day || m_forecast->intervalMinutes * 60 != m_intervalSeconds) {
        m_forecast = Forecast::compute(m_db, m_zone, m_day, m_intervalSeconds / 60, error);
        if (!m_forecast)
            return false;
    }
    for (int i = 0; i < m_intervalCount && i < m_forecast->intervals.size(); ++i) {
        IntervalLive &interval = m_snapshot.intervals[i];
        const ForecastInterval &f = m_forecast->intervals.at(i);
        std::optional<double> total;
        for (int c = 0; c < ChannelCount; ++c) {
            const std::optional<double> &arrivals = f.arrivals[std::size_t(c)];
            interval.forecast[std::size_t(c)] =
                arrivals ? std::optional<double>(*arrivals * multiplier) : std::nullopt;
            if (arrivals)
                total = total.value_or(0) + *arrivals * multiplier;
        }
        interval.forecastTotal = total;
        interval.requiredAgents = Forecast::requiredAgents(f, multiplier, m_intervalSeconds, m_rules, m_staffing);
    }
    return true;
}

bool LiveQueue::refresh(qint64 wallNow, QString *error)
{
    // Whatever failed half-way, the running totals are not to be trusted: the next refresh reads all.
    const bool ok = refreshOnce(wallNow, error);
    if (!ok)
        m_rebuildRequested = true;
    return ok;
}

bool LiveQueue::refreshOnce(qint64 wallNow, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    m_rowsRead = 0;
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN"))) {
        if (error)
            *error = begin.lastError().text();
        return false;
    }
    // Everything below reads one snapshot of the store; the read transaction ends at the end of scope.
    struct EndRead
    {
        QSqlDatabase &db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{m_db};

    QString feedError;
    m_snapshot.watermark = feed::latest(m_db, &feedError);
    if (!feedError.isEmpty()) {
        if (error)
            *error = feedError;
        return false;
    }
    if (!readSettings(error))
        return false;
    m_snapshot.wallNow = wallNow;
    // Figures and alerts are worked out at the time the data is complete up to, never ahead of it (the
    // pane lets waits tick on between two watermarks for display only).
    m_snapshot.now = m_snapshot.watermark ? m_snapshot.watermark->asOf : wallNow;
    // Silence is judged by this reader's own clock (FeedSilence).
    m_silence.observe(m_snapshot.watermark, wallNow);
    m_snapshot.feedStale = m_silence.isStale(wallNow, m_snapshot.alertRules.feedStaleSeconds);
    m_snapshot.feedSilentSeconds = m_silence.silentSeconds(wallNow);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_snapshot.now, m_zone).date();
    if (today != m_day || !m_period || m_intervalCount != 86400 / m_intervalSeconds
        || wallNow - m_lastRebuildWall >= RebuildSeconds || wallNow < m_lastRebuildWall) {
        m_day = today;
        m_rebuildRequested = true;
    }
    m_snapshot.fullRebuild = m_rebuildRequested;
    if (m_rebuildRequested) {
        if (!rebuild(error))
            return false;
        m_rebuildRequested = false;
        m_lastRebuildWall = wallNow;
    } else {
        // Rows removed (a store compacted, a day deleted) can't be taken out of running totals.
        const QVariant max = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM conversations"));
        if (max.toLongLong() < m_lastConversationRowid) {
            if (!rebuild(error))
                return false;
            m_lastRebuildWall = wallNow;
            m_snapshot.fullRebuild = true;
        } else if (!readNewRows(error)) {
            return false;
        }
    }
    if (!readOpenRows(error) || !ensureForecast(error))
        return false;
    computeSnapshot();
    m_snapshot.rowsRead = m_rowsRead;
    m_snapshot.workMicros = timer.nsecsElapsed() / 1000;
    return true;
}

void LiveQueue::computeSnapshot()
{
    LiveSnapshot &s = m_snapshot;
    const qint64 now = s.now;
    s.today = m_day;
    s.dayStartUtc = m_period->startUtc();
    s.dayEndUtc = m_period->endUtc();
    s.intervalMinutes = m_intervalSeconds / 60;
    s.currentInterval = intervalOf(now);
    s.rules = m_rules;
    s.forecastMultiplier = m_multiplier;

    // Open contacts: the queue, the work in hand, and their part of today's figures.
    std::array<ServiceGroup, ChannelCount> openToday;
    std::array<ServiceGroup, ChannelCount> openCurrent;
    std::vector<std::array<qint64, ChannelCount>> openOffered(static_cast<std::size_t>(m_intervalCount));
    std::unordered_map<std::string, std::pair<int, qint64>> inHand; // agent → current contacts, handled today
    std::array<std::unordered_set<std::string>, ChannelCount> handling;
    s.waiting.clear();
    for (ChannelLive &c : s.channels) {
        c.waiting = 0;
        c.oldestWaitingSince.reset();
        c.agentsHandling = 0;
    }
    for (const ConversationRow &row : m_openConversations) {
        const std::size_t channel = std::size_t(row.c.channel);
        const ConversationOutcome outcome = evaluateConversation(row.c, m_rules, now);
        const bool isToday = m_period->contains(row.c.arrivedAt);
        if (isToday) {
            openToday[channel].add(row.c, outcome);
            const int index = intervalOf(row.c.arrivedAt);
            if (index >= 0)
                ++openOffered[std::size_t(index)][channel];
            if (index == s.currentInterval && index >= 0)
                openCurrent[channel].add(row.c, outcome);
        }
        if (outcome.waiting) {
            if (row.c.arrivedAt > now)
                continue; // written by a feed ahead of the watermark
            WaitingContact w;
            w.id = row.id;
            w.channel = row.c.channel;
            w.queue = row.queue;
            w.vip = row.vip;
            w.category = row.category;
            w.arrivedAt = row.c.arrivedAt;
            s.waiting.append(std::move(w));
            for (ChannelLive *c : {&s.channels[channel], &s.channels[ChannelCount]}) {
                ++c->waiting;
                if (!c->oldestWaitingSince || row.c.arrivedAt < *c->oldestWaitingSince)
                    c->oldestWaitingSince = row.c.arrivedAt;
            }
        } else if (outcome.answered && !row.agentId.empty()) {
            auto &[current, handled] = inHand[row.agentId];
            ++current;
            if (isToday)
                ++handled;
            handling[channel].insert(row.agentId);
        }
    }
    std::sort(s.waiting.begin(), s.waiting.end(), [](const WaitingContact &a, const WaitingContact &b) {
        if (a.vip != b.vip)
            return a.vip;
        if (a.arrivedAt != b.arrivedAt)
            return a.arrivedAt < b.arrivedAt;
        return a.id < b.id;
    });

    // Today and the current interval, per channel and together.
    ServiceGroup allToday;
    ServiceGroup allCurrent;
    for (int c = 0; c < ChannelCount; ++c) {
        ServiceGroup today = m_closedToday[std::size_t(c)];
        today.merge(openToday[std::size_t(c)]);
        ServiceGroup current;
        if (s.currentInterval >= 0)
            current = m_closedByInterval[std::size_t(s.currentInterval)][std::size_t(c)];
        current.merge(openCurrent[std::size_t(c)]);
        ChannelLive &live = s.channels[std::size_t(c)];
        live.today = today.figures();
        live.currentInterval = current.figures();
        live.agentsHandling = int(handling[std::size_t(c)].size());
        allToday.merge(today);
        allCurrent.merge(current);
    }
    std::unordered_set<std::string> anyHandling;
    for (const auto &set : handling)
        anyHandling.insert(set.begin(), set.end());
    s.channels[ChannelCount].today = allToday.figures();
    s.channels[ChannelCount].currentInterval = allCurrent.figures();
    s.channels[ChannelCount].agentsHandling = int(anyHandling.size());

    // Agents: who is on the floor, in which state since when, and their day so far.
    std::unordered_map<std::string, const StateRow *> stateOf;
    for (const StateRow &row : m_openStates) {
        const StateRow *&known = stateOf[row.agentId];
        if (!known || row.startedAt > known->startedAt)
            known = &row;
    }
    s.agents.clear();
    s.agentsByState = {};
    {
        sql::SqliteStatement agents(sql::sqliteHandle(m_db),
                                    "SELECT id, name, coalesce(team, '') FROM agents WHERE active = 1"
                                    " ORDER BY team, name, id");
        while (agents.nextRow()) {
            LiveAgent a;
            const std::string id(agents.columnBytes(0));
            a.id = text(agents, 0);
            a.name = text(agents, 1);
            a.team = text(agents, 2);
            if (const auto it = stateOf.find(id); it != stateOf.end()) {
                a.state = it->second->state;
                a.stateSince = it->second->startedAt;
            }
            if (const auto it = inHand.find(id); it != inHand.end()) {
                a.currentContacts = it->second.first;
                a.handledToday += it->second.second;
            }
            if (const auto it = m_closedByAgent.find(id); it != m_closedByAgent.end()) {
                a.handledToday += it->second.handled;
                a.endedToday = it->second.ended;
                a.handleSecondsToday = it->second.handleSum;
            }
            ++s.agentsByState[std::size_t(a.state)];
            s.agents.append(std::move(a));
        }
    }

    // Occupancy now and today, and the signed-in agents of each interval.
    std::array<qint64, AgentStateCount> stateSeconds = m_closedStateSeconds;
    std::vector<qint64> signedInSeconds = m_closedSignedInSeconds;
    for (const StateRow &row : m_openStates) {
        const qint64 from = std::max(row.startedAt, s.dayStartUtc);
        const qint64 to = std::min(now, s.dayEndUtc);
        if (to <= from)
            continue;
        stateSeconds[std::size_t(row.state)] += to - from;
        if (!isSignedIn(row.state))
            continue;
        for (int i = std::max(0, intervalOf(from)); i < m_intervalCount; ++i) {
            const IntervalLive &interval = s.intervals.at(i);
            if (interval.startUtc >= to)
                break;
            const qint64 overlap = std::min(to, interval.endUtc) - std::max(from, interval.startUtc);
            if (overlap > 0)
                signedInSeconds[std::size_t(i)] += overlap;
        }
    }
    const auto occupancy = [](qint64 available, qint64 busy, qint64 wrap) -> std::optional<double> {
        const qint64 base = available + busy + wrap;
        return base > 0 ? std::optional<double>(100.0 * double(busy + wrap) / double(base)) : std::nullopt;
    };
    const auto count = [&s](AgentState state) { return qint64(s.agentsByState[std::size_t(state)]); };
    s.occupancyNowPct = occupancy(count(AgentState::Available), count(AgentState::Busy), count(AgentState::Wrap));
    s.occupancyTodayPct = occupancy(stateSeconds[std::size_t(AgentState::Available)],
                                    stateSeconds[std::size_t(AgentState::Busy)],
                                    stateSeconds[std::size_t(AgentState::Wrap)]);

    for (int i = 0; i < m_intervalCount; ++i) {
        IntervalLive &interval = s.intervals[i];
        interval.started = now >= interval.startUtc;
        for (int c = 0; c < ChannelCount; ++c) {
            interval.offered[std::size_t(c)] = m_closedByInterval[std::size_t(i)][std::size_t(c)].offered()
                                               + openOffered[std::size_t(i)][std::size_t(c)];
        }
        const qint64 elapsed = std::min(now, interval.endUtc) - interval.startUtc;
        interval.signedInAgents =
            interval.started && elapsed > 0
                ? std::optional<double>(double(signedInSeconds[std::size_t(i)]) / double(elapsed))
                : std::nullopt;
    }
}

} // namespace kefu::live
