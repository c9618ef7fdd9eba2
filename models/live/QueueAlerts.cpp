#include "QueueAlerts.h"

#include "QueueRatings.h"

#include <QSet>

namespace kefu::live {

QList<QueueAlert> AlertBook::conditions(const LiveSnapshot &s)
{
    QList<QueueAlert> list;
    const AlertRules &rules = s.alertRules;
    if (s.currentInterval >= 0) {
        const qint64 intervalStart = s.intervals.at(s.currentInterval).startUtc;
        for (int c = 0; c < ChannelCount; ++c) {
            // The service level the tile shows: of the contacts whose outcome is known, so that only a
            // real miss — answered late, abandoned, or still waiting past T — brings it under target (an
            // e-mail with a day to go has failed nobody yet).
            const std::optional<double> sl = serviceLevelSoFar(s.channels[std::size_t(c)].currentInterval);
            if (sl && *sl < rules.serviceLevelTargetPct) {
                QueueAlert a;
                a.kind = AlertKind::ServiceLevel;
                a.subject = channelId(static_cast<Channel>(c));
                a.key = QStringLiteral("sl:%1:%2").arg(a.subject).arg(intervalStart);
                a.value = *sl;
                a.threshold = rules.serviceLevelTargetPct;
                list.append(a);
            }
        }
    }
    for (int c = 0; c < ChannelCount; ++c) {
        // Over the alert threshold and over the channel's own service-level threshold: an e-mail answered
        // within its day is not late at two minutes.
        const std::optional<qint64> &since = s.channels[std::size_t(c)].oldestWaitingSince;
        const qint64 threshold = std::max(rules.waitSeconds, s.rules.threshold(static_cast<Channel>(c)));
        if (since && s.now - *since > threshold) {
            QueueAlert a;
            a.kind = AlertKind::LongWait;
            a.subject = channelId(static_cast<Channel>(c));
            a.key = QStringLiteral("wait:%1").arg(a.subject);
            a.value = double(s.now - *since);
            a.threshold = double(threshold);
            list.append(a);
        }
    }
    for (const LiveAgent &agent : s.agents) {
        if (agent.state == AgentState::Break && agent.stateSince > 0 && s.now - agent.stateSince > rules.breakSeconds) {
            QueueAlert a;
            a.kind = AlertKind::LongBreak;
            a.subject = agent.id;
            a.subjectName = agent.name;
            a.key = QStringLiteral("break:%1:%2").arg(agent.id).arg(agent.stateSince);
            a.value = double(s.now - agent.stateSince);
            a.threshold = double(rules.breakSeconds);
            list.append(a);
        }
    }
    if (s.feedStale && s.watermark) {
        QueueAlert a;
        a.kind = AlertKind::FeedStale;
        a.subject = s.watermark->source;
        a.key = QStringLiteral("feed:%1").arg(s.watermark->writtenAt);
        a.value = double(s.wallNow - s.watermark->writtenAt);
        a.threshold = double(rules.feedStaleSeconds);
        list.append(a);
    }
    return list;
}

QList<QueueAlert> AlertBook::update(const LiveSnapshot &snapshot)
{
    const QList<QueueAlert> now = conditions(snapshot);
    QSet<QString> holding;
    QList<QueueAlert> raised;
    for (const QueueAlert &condition : now) {
        holding.insert(condition.key);
        bool known = false;
        for (QueueAlert &alert : m_alerts) {
            // Still open, or cleared a moment ago: the same alert goes on (no new notice for a condition
            // that flickers around its threshold).
            if (alert.key == condition.key
                && (alert.isActive() || snapshot.now - alert.clearedAt <= ReopenSeconds)) {
                alert.value = condition.value; // the wait grows, the SL moves
                alert.clearedAt = 0;
                known = true;
                break;
            }
        }
        if (!known) {
            QueueAlert alert = condition;
            alert.raisedAt = snapshot.now;
            m_alerts.prepend(alert);
            raised.append(alert);
        }
    }
    for (QueueAlert &alert : m_alerts) {
        if (alert.isActive() && !holding.contains(alert.key))
            alert.clearedAt = snapshot.now;
    }
    // Beyond MaximumKept the oldest ended alerts go; open ones stay however many there are.
    for (qsizetype i = m_alerts.size() - 1; i >= 0 && m_alerts.size() > MaximumKept; --i) {
        if (!m_alerts.at(i).isActive())
            m_alerts.removeAt(i);
    }
    return raised;
}

bool AlertBook::acknowledge(int index, const QString &by, qint64 at)
{
    if (index < 0 || index >= m_alerts.size() || m_alerts.at(index).acknowledged)
        return false;
    QueueAlert &alert = m_alerts[index];
    alert.acknowledged = true;
    alert.acknowledgedBy = by;
    alert.acknowledgedAt = at;
    return true;
}

int AlertBook::acknowledgeAll(const QString &by, qint64 at)
{
    int n = 0;
    for (int i = 0; i < m_alerts.size(); ++i)
        n += acknowledge(i, by, at) ? 1 : 0;
    return n;
}

void AlertBook::clearAcknowledged()
{
    m_alerts.removeIf([](const QueueAlert &a) { return a.acknowledged && !a.isActive(); });
}

int AlertBook::unacknowledged() const
{
    int n = 0;
    for (const QueueAlert &a : m_alerts)
        n += a.acknowledged ? 0 : 1;
    return n;
}

} // namespace kefu::live
