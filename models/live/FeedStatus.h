#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kefu::live {

// The watermark of a live feed: the data it has written is complete up to asOf (UTC seconds on the
// feed's clock); writtenAt is the wall clock of that write and speed the rate of the feed's clock
// (1 = real time; the simulator can run faster). Kept in the store's feed_status table, one row per
// source, so that every window on the store sees it.
struct FeedWatermark
{
    QString source;
    qint64 asOf = 0;
    qint64 writtenAt = 0;
    double speed = 1;
    QString note;

    // The feed's clock at wall-clock wallNow: asOf moved on by the wall time since the write at the
    // feed's speed, for at most horizon wall seconds (between two watermarks waits tick on; a feed
    // that stopped does not make time run on without it), and never back.
    qint64 clockAt(qint64 wallNow, qint64 horizon = ExtrapolationHorizon) const;
    // A feed writes a watermark every second: two seconds of ticking bridge a late one.
    static constexpr qint64 ExtrapolationHorizon = 2;
    // True when no watermark came for staleAfter wall seconds.
    bool isStale(qint64 wallNow, qint64 staleAfter) const { return wallNow - writtenAt > staleAfter; }
};

namespace feed {

// The watermark written most recently (largest written_at) by any source; empty when there is none
// or on an error (then *error says why).
std::optional<FeedWatermark> latest(QSqlDatabase &db, QString *error = nullptr);
// Writes source's watermark (insert or replace). Meant to run inside the writer's own transaction, so
// that the watermark never runs ahead of the data it vouches for.
bool write(QSqlDatabase &db, const FeedWatermark &watermark, QString *error = nullptr);
// The store's "now" for reports and panes: the time the live feed's data is complete up to when the
// store has a feed (a demo store's ends at its as-of), else wallNow. One clock for the pane, the
// agent detail and `kefudesk report`, so that the same period gives the same figures everywhere.
qint64 storeNow(QSqlDatabase &db, qint64 wallNow);

} // namespace feed

} // namespace kefu::live
