#pragma once

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

namespace kefu::complaints {

// The SLA limits of complaints.md's clock, in hours, per priority P1, P2, P3: settings of the store
// (complaint.ack_hours.P1 …, complaint.resolve_hours.P1 …).
struct SlaHours
{
    std::array<double, 3> acknowledge{1, 4, 24};
    std::array<double, 3> resolve{24, 48, 72};

    static SlaHours read(QSqlDatabase &db);
    // 0 for P1, 1 for P2, 2 for P3 (and anything else).
    static int priorityIndex(const QString &priority);
    qint64 acknowledgeSeconds(const QString &priority) const;
    qint64 resolveSeconds(const QString &priority) const;
};

// What the clock needs of a case; instants in UTC seconds.
struct ClockFacts
{
    qint64 createdAt = 0;
    QString priority = QStringLiteral("P3");
    QString state = QStringLiteral("new");
    std::optional<qint64> acknowledgedAt; // first acknowledgement
    std::optional<qint64> closedAt;       // last closing
    qint64 awaitingSeconds = 0;           // time spent in awaiting_feedback, closed spells
    std::optional<qint64> awaitingSince;  // the open spell, while the case awaits feedback
};

// A case's two clocks at `now` (complaints.md "Clock (SLA)"). Limits are elapsed hours: a day that
// crosses a daylight-saving change still counts 24 real hours.
struct CaseClock
{
    qint64 acknowledgeDue = 0;
    qint64 resolveDue = 0;              // moved out by the time spent in awaiting_feedback (up to now while it waits)
    std::optional<bool> acknowledgeMet; // set once acknowledged
    std::optional<bool> resolveMet;     // set once closed
    bool paused = false;                // awaiting the customer: the resolve clock stands still
    bool ended = false;                 // closed or rejected: no countdown
    qint64 acknowledgeLimit = 0;        // the seconds allowed to acknowledge, and to resolve (without the
    qint64 resolveLimit = 0;            // customer's time)

    // The deadline the case runs against now: acknowledge while not acknowledged, else resolve.
    qint64 due() const;
    // Seconds left until due() (negative when overdue).
    qint64 secondsLeft(qint64 now) const;
    // Share of the allowed time of due() used, 0–1+, for the amber (≥ 0.8) and red (> 1) marks; the
    // customer's time in awaiting_feedback is not counted.
    double used(qint64 now) const;
    // The share of the allowed time after which a case is near due (amber).
    static constexpr double NearDue = 0.8;

    static CaseClock of(const ClockFacts &facts, const SlaHours &hours, qint64 now);
    // The same clock at another instant, from the facts it was made of: only a paused clock moves (its
    // resolve due goes out with the customer's time), so a countdown shown between two reads stands still.
    CaseClock at(const ClockFacts &facts, qint64 now) const;
};

} // namespace kefu::complaints
