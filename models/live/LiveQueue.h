#pragma once

#include "Forecast.h"
#include "LiveReader.h"
#include "LiveSnapshot.h"
#include "LiveTally.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <vector>

namespace kefu::live {

// The live floor of one store, kept up to date without rereading the day: one object per worker
// thread and connection. The first refresh (and every rebuild) reads today's contacts and agent states
// once; later refreshes read only
//   - the open rows (contacts neither ended nor abandoned, states not ended) through their small
//     partial indexes — these are computed afresh each time, waits running up to now;
//   - rows added since the last refresh (rowid / id above the last seen);
//   - rows that were open last time and are open no more, one by one by rowid.
// Closed rows go into running totals once. A closed row that changes later (a CSAT answer that comes
// in the next day, a re-import) is picked up by the next rebuild: at day change, when a rule changes,
// when rows disappear, on reload(), and every RebuildSeconds.
// All of a refresh reads one consistent snapshot of the store (one read transaction). The reading is
// LiveReader's (all the SQL), the counting LiveTally's (no store); this decides what to read when.
class LiveQueue final
{
public:
    static constexpr qint64 RebuildSeconds = 600;
    // Open rows older than this before local midnight are not live any more (a platform export
    // without end times would otherwise keep its whole history "open").
    static constexpr qint64 OpenLookbackSeconds = 2 * 86400; // as far back as the simulator takes over

    LiveQueue(QSqlDatabase db, QTimeZone zone);
    ~LiveQueue();
    LiveQueue(const LiveQueue &) = delete;
    LiveQueue &operator=(const LiveQueue &) = delete;

    // Reads what changed and computes the snapshot at wall-clock wallNow (UTC seconds). The clock of
    // the snapshot is the feed's (the latest watermark moved on), else the wall clock.
    bool refresh(qint64 wallNow, QString *error);
    // The next refresh reads everything again.
    void requestRebuild() { m_rebuildRequested = true; }
    const LiveSnapshot &snapshot() const { return m_snapshot; }
    // Days and intervals in the store's own time zone, read on every refresh (a change rebuilds),
    // unless override names one (the command line's --timezone).
    void followStoreTimeZone(const QString &override)
    {
        m_followStoreZone = true;
        m_zoneOverride = override;
    }

private:
    bool refreshOnce(qint64 wallNow, QString *error);
    void readSettings();
    bool rebuild(QString *error);
    bool readNewRows(QString *error);
    bool readOpenRows(QString *error);
    void forgetDay(QDate day);
    bool ensureForecast(QString *error);

    LiveReader m_reader;
    LiveTally m_tally;
    QTimeZone m_zone;
    bool m_followStoreZone = false;
    QString m_zoneOverride;
    FeedSilence m_silence;
    LiveSnapshot m_snapshot;
    bool m_rebuildRequested = true;
    qint64 m_lastRebuildWall = 0;

    // The day the totals are for.
    QDate m_day;
    int m_intervalSeconds = 1800;
    ServiceRules m_rules;
    StaffingRules m_staffing;
    double m_multiplier = 1;

    // Where the totals stop: closed rows up to these keys are counted.
    qint64 m_lastConversationRowid = 0;
    qint64 m_lastStateId = 0;
    // The rows that were open at the last refresh, read afresh each time.
    std::vector<ConversationRow> m_openConversations;
    std::vector<StateRow> m_openStates;

    std::optional<DayForecast> m_forecast;
};

} // namespace kefu::live
