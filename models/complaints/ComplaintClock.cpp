#include "ComplaintClock.h"

#include "store/StoreSettings.h"

#include <cmath>

namespace kefu::complaints {

SlaHours SlaHours::read(QSqlDatabase &db)
{
    SlaHours h;
    const char *names[] = {"P1", "P2", "P3"};
    for (int i = 0; i < 3; ++i) {
        const QString p = QLatin1String(names[i]);
        h.acknowledge[size_t(i)] = StoreSettings::value(db, QStringLiteral("complaint.ack_hours.") + p).toDouble();
        h.resolve[size_t(i)] = StoreSettings::value(db, QStringLiteral("complaint.resolve_hours.") + p).toDouble();
    }
    return h;
}

int SlaHours::priorityIndex(const QString &priority)
{
    if (priority == QLatin1String("P1"))
        return 0;
    if (priority == QLatin1String("P2"))
        return 1;
    return 2;
}

qint64 SlaHours::acknowledgeSeconds(const QString &priority) const
{
    return std::llround(acknowledge[size_t(priorityIndex(priority))] * 3600.0);
}

qint64 SlaHours::resolveSeconds(const QString &priority) const
{
    return std::llround(resolve[size_t(priorityIndex(priority))] * 3600.0);
}

qint64 CaseClock::due() const
{
    return acknowledgeMet ? resolveDue : acknowledgeDue;
}

qint64 CaseClock::secondsLeft(qint64 now) const
{
    return due() - now;
}

double CaseClock::used(qint64 now) const
{
    const qint64 allowed = acknowledgeMet ? resolveLimit : acknowledgeLimit;
    return allowed > 0 ? 1.0 - double(secondsLeft(now)) / double(allowed) : 1.0;
}

CaseClock CaseClock::of(const ClockFacts &f, const SlaHours &hours, qint64 now)
{
    CaseClock c;
    c.acknowledgeLimit = hours.acknowledgeSeconds(f.priority);
    c.resolveLimit = hours.resolveSeconds(f.priority);
    c.acknowledgeDue = f.createdAt + c.acknowledgeLimit;
    qint64 waited = f.awaitingSeconds;
    c.paused = f.state == QLatin1String("awaiting_feedback");
    if (c.paused && f.awaitingSince)
        waited += std::max<qint64>(0, now - *f.awaitingSince);
    c.resolveDue = f.createdAt + c.resolveLimit + waited;
    if (f.acknowledgedAt)
        c.acknowledgeMet = *f.acknowledgedAt <= c.acknowledgeDue;
    c.ended = f.state == QLatin1String("closed") || f.state == QLatin1String("rejected");
    if (f.state == QLatin1String("closed") && f.closedAt)
        c.resolveMet = *f.closedAt <= c.resolveDue;
    return c;
}

CaseClock CaseClock::at(const ClockFacts &facts, qint64 now) const
{
    if (!paused)
        return *this;
    SlaHours hours; // the limits this clock was made with
    const auto i = size_t(SlaHours::priorityIndex(facts.priority));
    hours.acknowledge[i] = double(acknowledgeLimit) / 3600.0;
    hours.resolve[i] = double(resolveLimit) / 3600.0;
    return of(facts, hours, now);
}

} // namespace kefu::complaints
