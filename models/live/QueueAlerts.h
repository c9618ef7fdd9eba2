#pragma once

#include "LiveSnapshot.h"

#include <QList>
#include <QString>

namespace kefu::live {

enum class AlertKind { ServiceLevel, LongWait, LongBreak, FeedStale };

// One alert: raised when its condition first holds, cleared when it no longer does, acknowledged by a
// person. The texts are made by the user interface from kind, subject, value and threshold.
struct QueueAlert
{
    QString key;        // the condition: "sl:chat:<interval start>", "wait:phone", "break:A17:<since>", "feed"
    AlertKind kind = AlertKind::ServiceLevel;
    QString subject;    // channel id, agent id or feed source
    QString subjectName; // agent name (breaks)
    double value = 0;   // SL %, wait s, break s, seconds without a watermark
    double threshold = 0;
    qint64 raisedAt = 0; // feed clock
    qint64 clearedAt = 0; // 0 while the condition holds
    bool acknowledged = false;
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;

    bool isActive() const { return clearedAt == 0; }
};

// The alerts of one window: conditions checked on every snapshot, each new one raised once.
class AlertBook final
{
public:
    static constexpr int MaximumKept = 500;
    // A condition that holds again within this many seconds (feed clock) of clearing continues its alert.
    static constexpr qint64 ReopenSeconds = 300;

    // The conditions that hold in snapshot (no memory): SL of the current interval under target per
    // channel, a contact waiting longer than the threshold (and its channel's SL threshold) per channel,
    // an agent on a break longer than
    // the threshold, the feed stale.
    static QList<QueueAlert> conditions(const LiveSnapshot &snapshot);

    // Updates the book from snapshot; returns the alerts raised now (for a notification).
    QList<QueueAlert> update(const LiveSnapshot &snapshot);
    bool acknowledge(int index, const QString &by, qint64 at);
    int acknowledgeAll(const QString &by, qint64 at);
    // Removes acknowledged alerts whose condition has cleared.
    void clearAcknowledged();
    // Newest first.
    const QList<QueueAlert> &alerts() const { return m_alerts; }
    int unacknowledged() const;

private:
    QList<QueueAlert> m_alerts;
};

} // namespace kefu::live
