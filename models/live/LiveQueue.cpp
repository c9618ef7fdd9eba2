#include "LiveQueue.h"

#include <QElapsedTimer>

#include <algorithm>
#include <unordered_set>

namespace kefu::live {

LiveQueue::LiveQueue(QSqlDatabase db, QTimeZone zone)
    : m_reader(std::move(db))
    , m_zone(std::move(zone))
{}

LiveQueue::~LiveQueue() = default;

void LiveQueue::readSettings()
{
    const LiveSettings settings = m_reader.settings(m_followStoreZone && m_zoneOverride.isEmpty());
    if (m_followStoreZone) {
        const QString id = m_zoneOverride.isEmpty() ? settings.timeZoneId : m_zoneOverride;
        QTimeZone zone(id.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::systemTimeZone();
        if (zone != m_zone) {
            m_zone = zone;
            m_rebuildRequested = true; // days and intervals are cut anew
        }
    }
    m_snapshot.zone = m_zone;
    const ServiceRules &rules = settings.rules;
    const int intervalMinutes = settings.intervalMinutes;
    if (rules.thresholdSeconds != m_rules.thresholdSeconds ||
        rules.shortAbandonSeconds != m_rules.shortAbandonSeconds || intervalMinutes * 60 != m_intervalSeconds)
        m_rebuildRequested = true;
    m_rules = rules;
    if (intervalMinutes > 0 && 1440 % intervalMinutes == 0)
        m_intervalSeconds = intervalMinutes * 60;
    const StaffingRules &staffing = settings.staffing;
    if (staffing.serviceLevelTargetPct != m_staffing.serviceLevelTargetPct ||
        staffing.maxOccupancyPct != m_staffing.maxOccupancyPct ||
        staffing.onlineConcurrency != m_staffing.onlineConcurrency ||
        staffing.fallbackAhtSeconds != m_staffing.fallbackAhtSeconds)
        m_forecast.reset(); // the required agents are worked out again
    m_staffing = staffing;
    AlertRules &alerts = m_snapshot.alertRules;
    alerts.serviceLevelTargetPct = m_staffing.serviceLevelTargetPct;
    alerts.waitSeconds = settings.waitAlertSeconds;
    alerts.breakSeconds = settings.breakAlertSeconds;
    alerts.feedStaleSeconds = settings.feedStaleSeconds;
    m_snapshot.occupancyMinPct = settings.occupancyMinPct;
    m_snapshot.occupancyMaxPct = settings.occupancyMaxPct;
    m_snapshot.ahtTargetSeconds = m_staffing.fallbackAhtSeconds;
}

void LiveQueue::forgetDay(QDate day)
{
    m_tally.startDay(day, m_zone, m_intervalSeconds);
    m_openConversations.clear();
    m_openStates.clear();
    m_lastConversationRowid = 0;
    m_lastStateId = 0;
    m_forecast.reset();
    m_snapshot.intervals = m_tally.intervals();
}

bool LiveQueue::rebuild(QString *error)
{
    forgetDay(m_day);
    if (!m_reader.lastConversationRowid(&m_lastConversationRowid, error) ||
        !m_reader.lastStateId(&m_lastStateId, error))
        return false;
    const ReportPeriod &period = *m_tally.period();
    return m_reader.conversationsOfDay(
               period.startUtc(), period.endUtc(), m_lastConversationRowid,
               [this](const ConversationRow &row) {
                   if (!row.isOpen())
                       m_tally.addClosedConversation(row, m_rules);
               },
               error) &&
           m_reader.endedStatesOfDay(
               period.startUtc() - OpenLookbackSeconds, period.endUtc(), m_lastStateId,
               [this](const StateRow &row) { m_tally.addClosedState(row); }, error);
}

bool LiveQueue::readNewRows(QString *error)
{
    return m_reader.conversationsAfter(
               &m_lastConversationRowid,
               [this](const ConversationRow &row) {
                   if (!row.isOpen())
                       m_tally.addClosedConversation(row, m_rules);
               },
               error) &&
           m_reader.statesAfter(
               &m_lastStateId,
               [this](const StateRow &row) {
                   if (row.endedAt)
                       m_tally.addClosedState(row);
               },
               error);
}

bool LiveQueue::readOpenRows(QString *error)
{
    std::vector<ConversationRow> open;
    open.reserve(m_openConversations.size() + 64);
    if (!m_reader.openConversations(m_tally.period()->startUtc() - OpenLookbackSeconds, open, error))
        return false;
    std::vector<StateRow> openStates;
    openStates.reserve(m_openStates.size() + 16);
    if (!m_reader.openStates(openStates, error))
        return false;
    // What was open last time and is not now has closed (or gone): read it once more, by its key.
    std::unordered_set<qint64> stillOpen;
    stillOpen.reserve(open.size());
    for (const ConversationRow &row : open)
        stillOpen.insert(row.rowid);
    for (const ConversationRow &before : m_openConversations) {
        if (stillOpen.count(before.rowid))
            continue;
        std::optional<ConversationRow> row;
        if (!m_reader.conversation(before.rowid, &row, error))
            return false;
        if (row && !row->isOpen())
            m_tally.addClosedConversation(*row, m_rules);
    }
    std::unordered_set<qint64> openStateIds;
    for (const StateRow &row : openStates)
        openStateIds.insert(row.id);
    for (const StateRow &before : m_openStates) {
        if (openStateIds.count(before.id))
            continue;
        std::optional<StateRow> row;
        if (!m_reader.state(before.id, &row, error))
            return false;
        if (row && row->endedAt)
            m_tally.addClosedState(*row);
    }
    m_openConversations = std::move(open);
    m_openStates = std::move(openStates);
    return true;
}

bool LiveQueue::ensureForecast(QString *error)
{
    const double multiplier = m_reader.forecastMultiplier(m_day);
    if (m_forecast && m_forecast->day == m_day && m_forecast->intervalMinutes * 60 == m_intervalSeconds &&
        multiplier == m_multiplier)
        return true;
    m_multiplier = multiplier;
    if (!m_forecast || m_forecast->day != m_day || m_forecast->intervalMinutes * 60 != m_intervalSeconds) {
        m_forecast = m_reader.forecast(m_zone, m_day, m_intervalSeconds / 60, error);
        if (!m_forecast)
            return false;
    }
    for (int i = 0; i < m_tally.intervalCount() && i < m_forecast->intervals.size(); ++i) {
        IntervalLive &interval = m_snapshot.intervals[i];
        const ForecastInterval &f = m_forecast->intervals.at(i);
        std::optional<double> total;
        for (int c = 0; c < ChannelCount; ++c) {
            const std::optional<double> &arrivals = f.arrivals[std::size_t(c)];
            interval.forecast[std::size_t(c)] = arrivals ? std::optional<double>(*arrivals * multiplier) : std::nullopt;
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
    m_reader.resetRowsRead();
    if (!m_reader.beginRead(error))
        return false;
    // Everything below reads one snapshot of the store; the read transaction ends at the end of scope.
    struct EndRead
    {
        LiveReader &reader;
        ~EndRead() { reader.endRead(); }
    } endRead{m_reader};

    QString feedError;
    m_snapshot.watermark = m_reader.watermark(&feedError);
    if (!feedError.isEmpty()) {
        if (error)
            *error = feedError;
        return false;
    }
    readSettings();
    m_snapshot.wallNow = wallNow;
    // Figures and alerts are worked out at the time the data is complete up to, never ahead of it (the
    // pane lets waits tick on between two watermarks for display only).
    m_snapshot.now = m_snapshot.watermark ? m_snapshot.watermark->asOf : wallNow;
    // Silence is judged by this reader's own clock (FeedSilence).
    m_silence.observe(m_snapshot.watermark, wallNow);
    m_snapshot.feedStale = m_silence.isStale(wallNow, m_snapshot.alertRules.feedStaleSeconds);
    m_snapshot.feedSilentSeconds = m_silence.silentSeconds(wallNow);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_snapshot.now, m_zone).date();
    if (today != m_day || !m_tally.period() || m_tally.intervalCount() != 86400 / m_intervalSeconds ||
        wallNow - m_lastRebuildWall >= RebuildSeconds || wallNow < m_lastRebuildWall) {
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
        qint64 max = 0;
        if (!m_reader.lastConversationRowid(&max, error))
            return false;
        if (max < m_lastConversationRowid) {
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
    std::vector<AgentRow> agents;
    if (!m_reader.activeAgents(agents, error))
        return false;
    m_snapshot.rules = m_rules;
    m_snapshot.forecastMultiplier = m_multiplier;
    m_tally.computeSnapshot(m_snapshot, m_openConversations, m_openStates, agents);
    m_snapshot.rowsRead = m_reader.rowsRead();
    m_snapshot.workMicros = timer.nsecsElapsed() / 1000;
    return true;
}

} // namespace kefu::live
