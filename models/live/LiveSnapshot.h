#pragma once

#include "FeedStatus.h"
#include "metrics/ServiceMetrics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>

namespace kefu::live {

// A contact in the queue: arrived, neither answered, abandoned nor ended.
struct WaitingContact
{
    QString id;
    Channel channel = Channel::Chat;
    QString queue;
    bool vip = false;
    QString category;
    qint64 arrivedAt = 0;
    qint64 threshold = 15; // the service-level threshold T of its channel (s)

    // Its wait at now in thresholds of its own channel: over 1 it is late. The queue's order (VIP first,
    // then the most thresholds waited), so that a chat customer at 2:12 comes before a 20-minute e-mail.
    double thresholdsWaited(qint64 now) const
    {
        return double(std::max<qint64>(0, now - arrivedAt)) / double(std::max<qint64>(1, threshold));
    }
};

// One agent on the floor today.
struct LiveAgent
{
    QString id;
    QString name;
    QString team;
    AgentState state = AgentState::Offline; // offline also when the agent has no state row
    qint64 stateSince = 0;                  // 0: no state row
    int currentContacts = 0;                // answered, not ended
    qint64 handledToday = 0;                // answered contacts that arrived today
    qint64 handleSecondsToday = 0;          // over the handled ones that ended (handle_s)
    qint64 endedToday = 0;

    std::optional<double> ahtToday() const
    {
        return endedToday > 0 ? std::optional<double>(double(handleSecondsToday) / double(endedToday)) : std::nullopt;
    }
};

// The figures of one channel (or of all channels together).
struct ChannelLive
{
    ServiceFigures currentInterval; // contacts that arrived in the current interval
    ServiceFigures today;           // contacts that arrived today
    qint64 waiting = 0;             // in the queue now, whenever they arrived
    std::optional<qint64> oldestWaitingSince; // arrived_at of the longest waiting contact
    int agentsHandling = 0;         // agents with an open contact of this channel
};

// One interval of today for the intraday chart.
struct IntervalLive
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString label; // local "HH:MM"
    std::array<qint64, ChannelCount> offered{};
    std::array<std::optional<double>, ChannelCount> forecast{}; // with the day's multiplier
    std::optional<double> forecastTotal;
    std::optional<int> requiredAgents; // Erlang C from the forecast, channels added up
    std::optional<double> signedInAgents; // mean number signed in over the elapsed part; empty for the future
    bool started = false;                 // the interval has begun (now ≥ start)
    qint64 offeredTotal() const
    {
        qint64 n = 0;
        for (const qint64 v : offered)
            n += v;
        return n;
    }
};

// What raises an alert, read from the store's settings.
struct AlertRules
{
    double serviceLevelTargetPct = 80;
    qint64 waitSeconds = 120;
    qint64 breakSeconds = 900;
    qint64 feedStaleSeconds = 60;
};

// The live floor at one moment, computed on a worker thread and handed to the pane as a whole.
struct LiveSnapshot
{
    qint64 now = 0;     // the feed's clock (UTC seconds): the watermark moved on, else the wall clock
    qint64 wallNow = 0; // the wall clock of the refresh
    QDate today;        // local date of now
    qint64 dayStartUtc = 0;
    qint64 dayEndUtc = 0;
    int intervalMinutes = 30;
    int currentInterval = -1; // index into intervals
    QTimeZone zone;     // the store's: days, intervals and the times shown
    std::optional<FeedWatermark> watermark;
    bool feedStale = false; // a watermark exists and it has not moved for AlertRules::feedStaleSeconds
    qint64 feedSilentSeconds = 0; // since this reader last saw the watermark move

    ServiceRules rules;
    AlertRules alertRules;
    double forecastMultiplier = 1;
    double occupancyMinPct = 70; // the store's targets the pane colours against
    double occupancyMaxPct = 80;
    double ahtTargetSeconds = 300;

    std::array<ChannelLive, ChannelCount + 1> channels; // [ChannelCount] = all channels
    std::array<int, AgentStateCount> agentsByState{};
    std::optional<double> occupancyNowPct;   // (busy + wrap) / (available + busy + wrap) now
    std::optional<double> occupancyTodayPct; // the same in agent-seconds since local midnight

    QList<WaitingContact> waiting; // VIP first, then the most thresholds waited (WaitingContact)
    QList<LiveAgent> agents;       // active agents, by team then name
    QList<IntervalLive> intervals; // today's, in order

    // How the refresh went: rows read and the time it took on the worker.
    bool fullRebuild = false;
    qint64 rowsRead = 0;
    qint64 workMicros = 0;

    const ChannelLive &total() const { return channels[ChannelCount]; }
    int signedIn() const
    {
        int n = 0;
        for (int s = 0; s < AgentStateCount; ++s)
            if (isSignedIn(static_cast<AgentState>(s)))
                n += agentsByState[std::size_t(s)];
        return n;
    }
};

} // namespace kefu::live
