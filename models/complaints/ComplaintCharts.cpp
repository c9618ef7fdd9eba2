#include "ComplaintCharts.h"

#include "core/Vocabulary.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <limits>

namespace kefu::complaints {

const QList<double> &ComplaintCharts::closeTimeBounds()
{
    static const QList<double> bounds{4, 8, 24, 48, 72, 168};
    return bounds;
}

QList<ParetoBar> ComplaintCharts::pareto(const QMap<QString, int> &counts, bool rootCauses)
{
    QList<ParetoBar> bars;
    int total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        ParetoBar b;
        b.key = it.key();
        b.cases = it.value();
        total += b.cases;
        if (b.key.isEmpty())
            b.label = rootCauses ? tr("(no root cause)") : tr("(no category)");
        else if (const auto cause = rootCauses ? rootCauseFromId(b.key) : std::nullopt)
            b.label = rootCauseName(*cause);
        else
            b.label = b.key;
        bars.append(std::move(b));
    }
    std::stable_sort(bars.begin(), bars.end(), [](const ParetoBar &a, const ParetoBar &b) { return a.cases > b.cases; });
    int running = 0;
    for (ParetoBar &b : bars) {
        running += b.cases;
        b.cumulativePct = total > 0 ? 100.0 * running / total : 0.0;
    }
    return bars;
}

ComplaintCharts ComplaintCharts::of(const std::vector<CohortCase> &cases, const SlaHours &hours, qint64 fromUtc,
                                    qint64 toUtc, const QTimeZone &zone)
{
    ComplaintCharts charts;
    charts.total = ComplaintReport::group(cases, ComplaintGrouping::None, hours).value(0);

    QMap<QString, int> categories, rootCauses;
    const QList<double> &bounds = closeTimeBounds();
    double from = 0;
    for (double to : bounds) {
        charts.closeTimes.append({from, to, tr("%1–%2 h").arg(from).arg(to), 0});
        from = to;
    }
    charts.closeTimes.append({from, std::numeric_limits<double>::infinity(), tr("≥ %1 h").arg(from), 0});
    // Days 1–7 of a 168 h bin read better in days.
    charts.closeTimes[5].label = tr("3–7 d");
    charts.closeTimes[6].label = tr("≥ 7 d");

    for (const CohortCase &c : cases) {
        ++categories[c.category];
        if (c.rootCause.isEmpty())
            ++charts.withoutRootCause;
        else
            ++rootCauses[c.rootCause];
        const ClockFacts &f = c.facts.clock;
        if (f.state == QLatin1String("closed") && f.closedAt) {
            const double h = double(*f.closedAt - f.createdAt) / 3600.0;
            for (CloseTimeBin &bin : charts.closeTimes) {
                if (h >= bin.fromHours && h < bin.toHours) {
                    ++bin.cases;
                    break;
                }
            }
        }
    }
    charts.categories = pareto(categories, false);
    charts.rootCauses = pareto(rootCauses, true);

    // Weeks: Monday 00:00 local of the period's first day up to the period's end.
    if (toUtc > fromUtc) {
        const QDate first = QDateTime::fromSecsSinceEpoch(fromUtc, zone).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(toUtc - 1, zone).date();
        QDate monday = first.addDays(1 - first.dayOfWeek());
        auto it = cases.cbegin();
        while (monday <= last) {
            WeekSla w;
            w.monday = monday;
            w.fromUtc = std::max(fromUtc, QDateTime(monday, QTime(0, 0), zone).toSecsSinceEpoch());
            w.toUtc = std::min(toUtc, QDateTime(monday.addDays(7), QTime(0, 0), zone).toSecsSinceEpoch());
            std::vector<CaseFacts> week;
            // The cohort is oldest first: each week takes the cases up to its end.
            while (it != cases.cend() && it->facts.clock.createdAt < w.toUtc) {
                if (it->facts.clock.createdAt >= w.fromUtc)
                    week.push_back(it->facts);
                ++it;
            }
            w.figures = ComplaintReport::summarise(monday.toString(Qt::ISODate), week, hours);
            charts.weeks.append(std::move(w));
            monday = monday.addDays(7);
        }
    }
    return charts;
}

std::optional<ComplaintCharts> ComplaintCharts::read(QSqlDatabase &db, qint64 fromUtc, qint64 toUtc,
                                                     const QTimeZone &zone, QString *error)
{
    const auto cases = ComplaintReport::cohort(db, fromUtc, toUtc, error);
    if (!cases)
        return std::nullopt;
    return of(*cases, SlaHours::read(db), fromUtc, toUtc, zone);
}

} // namespace kefu::complaints
