#pragma once

#include "ComplaintReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace kefu::complaints {

// One bar of a Pareto chart: a category or root cause, its cases, and the running share of all the
// chart's cases up to and including this bar.
struct ParetoBar
{
    QString key;   // as stored ("" for cases without one)
    QString label; // as people read it (root causes by name in the current language)
    int cases = 0;
    double cumulativePct = 0;
};

// One bar of the time-to-close distribution: closed cases with fromHours ≤ hours < toHours.
struct CloseTimeBin
{
    double fromHours = 0;
    double toHours = 0; // infinity for the last bin
    QString label;
    int cases = 0;
};

// One week of the SLA chart: the cases created in the week (Monday to Sunday, the store's local days)
// and their report figures (the same cohort rules as `report complaints`).
struct WeekSla
{
    QDate monday;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    ComplaintRow figures;
};

// The complaints pane's charts and the report PDF's summary for a period's cohort.
struct ComplaintCharts
{
    Q_DECLARE_TR_FUNCTIONS(kefu::complaints::ComplaintCharts)

public:
    ComplaintRow total;          // the whole cohort (`report complaints` without --by)
    QList<ParetoBar> categories; // most cases first; ties by key
    QList<ParetoBar> rootCauses; // the cases with a root cause (one is set when a resolution is proposed)
    int withoutRootCause = 0;
    QList<CloseTimeBin> closeTimes; // closed cases by hours from creation to the last closing
    QList<WeekSla> weeks;           // every week the period touches, oldest first

    // The upper bounds of the distribution's bins, in hours: 0–4, 4–8, 8–24, 24–48, 48–72, 72–168, ≥ 168.
    static const QList<double> &closeTimeBounds();

    // The charts of the cases created in [fromUtc, toUtc); weeks in zone.
    static std::optional<ComplaintCharts> read(QSqlDatabase &db, qint64 fromUtc, qint64 toUtc, const QTimeZone &zone,
                                               QString *error);
    // The same from a cohort already read (pure; the tests hand-compute it).
    static ComplaintCharts of(const std::vector<CohortCase> &cases, const SlaHours &hours, qint64 fromUtc,
                              qint64 toUtc, const QTimeZone &zone);
    // A Pareto's bars from counts per key.
    static QList<ParetoBar> pareto(const QMap<QString, int> &counts, bool rootCauses);
};

} // namespace kefu::complaints
