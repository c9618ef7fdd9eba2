#include "ComplaintChartsView.h"

#include "core/ChartAxis.h"
#include "core/Formats.h"
#include "widgets/PdfPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace kefu::ui {

using complaints::ComplaintCharts;
using complaints::ParetoBar;

namespace {

// The charts' colours are the PDF's series colours (blue, orange), each named in its chart's legend.
QColor barColour()
{
    return pdf::series(0);
}
QColor lineColour()
{
    return pdf::series(1);
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &labels)
{
    auto *x = new QBarCategoryAxis;
    // Labels of two words or more go on two lines ("description / mismatch"): Qt 6.4 leaves too little
    // room for long labels set on end, and cuts them.
    QStringList shown;
    int longest = 0;
    for (const QString &l : labels) {
        QString line = l;
        const int space = l.size() > 10 ? int(l.indexOf(QLatin1Char(' '))) : -1;
        if (space > 0)
            line = l.left(space) + QStringLiteral("<br>") + l.mid(space + 1);
        longest = std::max<int>(longest, space > 0 ? std::max<int>(space, int(l.size()) - space - 1) : int(l.size()));
        shown << line;
    }
    x->append(shown);
    // Upright when they fit; slanted when many or long; on end for many (the weeks' dates).
    x->setLabelsAngle(labels.size() > 10 ? -90 : labels.size() > 6 || longest * labels.size() > 48 ? -45 : 0);
    // Whole labels: a root cause or a date cut to "logi…" says nothing; a little smaller when many, so
    // that neighbours do not hide each other.
    x->setTruncateLabels(false);
    if (labels.size() > 6) {
        QFont font = x->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        x->setLabelsFont(font);
    }
    chart->addAxis(x, Qt::AlignBottom);
    return x;
}

QValueAxis *valueAxis(QChart *chart, const ChartAxis &nice, Qt::Alignment side, const QString &format)
{
    auto *y = new QValueAxis;
    y->setRange(nice.min, nice.max);
    y->setTickCount(nice.ticks());
    y->setLabelFormat(format);
    chart->addAxis(y, side);
    return y;
}

} // namespace

ComplaintChartsView::ComplaintChartsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("complaintCharts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->setBackgroundRoundness(6);
        m_views[i] = new QChartView(chart, this);
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumHeight(150);
        grid->addWidget(m_views[i], i / 2, i % 2);
    }
    m_views[int(Chart::Categories)]->setObjectName(QStringLiteral("categoryPareto"));
    m_views[int(Chart::RootCauses)]->setObjectName(QStringLiteral("rootCausePareto"));
    m_views[int(Chart::CloseTimes)]->setObjectName(QStringLiteral("closeTimeChart"));
    m_views[int(Chart::Weeks)]->setObjectName(QStringLiteral("weeklySlaChart"));
    layout->addLayout(grid, 1);
    retranslate();
}

QChartView *ComplaintChartsView::view(Chart chart) const
{
    return m_views[int(chart)];
}

void ComplaintChartsView::setCharts(const ComplaintCharts &charts)
{
    m_charts = charts;
    rebuild();
}

void ComplaintChartsView::retranslate()
{
    rebuild();
}

void ComplaintChartsView::rebuild()
{
    const complaints::ComplaintRow &t = m_charts.total;
    m_summary->setText(tr("%1 cases opened in the period: %2 closed, %3 rejected, %4 open. Acknowledged in time %5, "
                          "resolved in time %6, median %7 h to close, satisfied %8. Click a bar to list its cases.")
                           .arg(format::count(t.opened), format::count(t.closed), format::count(t.rejected),
                                format::count(t.openNow), format::percent(t.ackSlaMetPct),
                                format::percent(t.resolveSlaMetPct), format::number(t.medianHoursToClose, 1),
                                format::percent(t.satisfiedPct)));
    fillPareto(Chart::Categories, m_charts.categories);
    fillPareto(Chart::RootCauses, m_charts.rootCauses);
    fillCloseTimes();
    fillWeeks();
    for (QChartView *v : m_views)
        v->setToolTip(tr("Click a bar to list its cases."));
}

void ComplaintChartsView::fillPareto(Chart which, const QList<ParetoBar> &bars)
{
    QChart *chart = m_views[int(which)]->chart();
    clear(chart);
    chart->setTitle(which == Chart::Categories ? tr("Cases by category (Pareto)")
                                               : tr("Cases by root cause (Pareto; %n without one yet)", nullptr,
                                                    m_charts.withoutRootCause));
    QStringList labels;
    auto *set = new QBarSet(tr("Cases"));
    set->setColor(barColour());
    set->setBorderColor(barColour());
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    cumulative->setPen(QPen(lineColour(), 2));
    auto *points = new QScatterSeries;
    points->setMarkerSize(6);
    points->setColor(lineColour());
    points->setBorderColor(lineColour());
    double highest = 0;
    for (int i = 0; i < bars.size(); ++i) {
        labels << bars.at(i).label;
        set->append(bars.at(i).cases);
        cumulative->append(i, bars.at(i).cumulativePct);
        points->append(i, bars.at(i).cumulativePct);
        highest = std::max(highest, double(bars.at(i).cases));
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->addSeries(cumulative);
    chart->addSeries(points);
    QBarCategoryAxis *x = categoryAxis(chart, labels);
    QValueAxis *y = valueAxis(chart, niceAxis(0, std::max(1.0, highest), 5, true), Qt::AlignLeft, QStringLiteral("%d"));
    QValueAxis *share = valueAxis(chart, ChartAxis{0, 100, 20}, Qt::AlignRight, QStringLiteral("%d %%"));
    series->attachAxis(x);
    series->attachAxis(y);
    for (QXYSeries *s : {static_cast<QXYSeries *>(cumulative), static_cast<QXYSeries *>(points)}) {
        s->attachAxis(x);
        s->attachAxis(share);
    }
    // The dots carry no meaning of their own: one legend entry for the line.
    chart->legend()->markers(points).constFirst()->setVisible(false);
    connect(set, &QBarSet::clicked, this, [this, which](int index) { emit barClicked(which, index); });
}

void ComplaintChartsView::fillCloseTimes()
{
    QChart *chart = m_views[int(Chart::CloseTimes)]->chart();
    clear(chart);
    chart->setTitle(tr("Time from opening to closing (closed cases)"));
    auto *set = new QBarSet(tr("Closed cases"));
    set->setColor(barColour());
    set->setBorderColor(barColour());
    QStringList labels;
    double highest = 0;
    for (const complaints::CloseTimeBin &bin : m_charts.closeTimes) {
        labels << bin.label;
        set->append(bin.cases);
        highest = std::max(highest, double(bin.cases));
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(chart, labels);
    QValueAxis *y = valueAxis(chart, niceAxis(0, std::max(1.0, highest), 5, true), Qt::AlignLeft, QStringLiteral("%d"));
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this](int index) { emit barClicked(Chart::CloseTimes, index); });
}

void ComplaintChartsView::fillWeeks()
{
    QChart *chart = m_views[int(Chart::Weeks)]->chart();
    clear(chart);
    chart->setTitle(tr("SLA met per week (cases opened in the week)"));
    auto *ack = new QBarSet(tr("Acknowledged in time"));
    auto *resolve = new QBarSet(tr("Resolved in time"));
    // As the PDF's weekly chart: acknowledged in blue, resolved in orange.
    ack->setColor(barColour());
    ack->setBorderColor(barColour());
    resolve->setColor(lineColour());
    resolve->setBorderColor(lineColour());
    QStringList labels;
    for (const complaints::WeekSla &w : m_charts.weeks) {
        labels << format::date(w.monday);
        // A week without acknowledged or closed cases has no figure: no bar, not a 0.
        ack->append(w.figures.ackSlaMetPct.value_or(0));
        resolve->append(w.figures.resolveSlaMetPct.value_or(0));
    }
    auto *series = new QBarSeries;
    series->append(ack);
    series->append(resolve);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(chart, labels);
    QValueAxis *y = valueAxis(chart, ChartAxis{0, 100, 20}, Qt::AlignLeft, QStringLiteral("%d %%"));
    series->attachAxis(x);
    series->attachAxis(y);
    for (QBarSet *set : {ack, resolve})
        connect(set, &QBarSet::clicked, this, [this](int index) { emit barClicked(Chart::Weeks, index); });
}

} // namespace kefu::ui
