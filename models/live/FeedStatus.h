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

    // A feed writes a watermark every second: a window lets its clock tick on for at most this many
    // seconds of its own past the last one (display only).
    static constexpr qint64 ExtrapolationHorizon = 2;
};

// Whether a feed has gone quiet, judged by the reader's own clock: silent since the reader last saw
// the watermark move. Only the first look trusts the writer's written_at (the machines' clocks may
// differ). One per reader: the queue's live view, the main window's status bar.
class FeedSilence final
{
public:
    // Takes the watermark read at the reader's wall clock wallNow (empty: the store has no feed).
    void observe(const std::optional<FeedWatermark> &watermark, qint64 wallNow);
    // Seconds since the watermark last moved; 0 without a feed.
    qint64 silentSeconds(qint64 wallNow) const;
    bool isStale(qint64 wallNow, qint64 staleAfter) const { return m_seen && silentSeconds(wallNow) > staleAfter; }

private:
    bool m_seen = false;
    FeedWatermark m_last;
    qint64 m_movedAt = 0;
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
