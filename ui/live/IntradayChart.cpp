#include "IntradayChart.h"

#include "core/ChartAxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kefu::ui {

namespace {

// A chart view that reports the interval under a click.
class ClickableChartView final : public QChartView
{
public:
    ClickableChartView(QChart *chart, std::function<void(double)> onClick, QWidget *parent)
        : QChartView(chart, parent)
        , m_onClick(std::move(onClick))
    {
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position()))
            m_onClick(chart()->mapToValue(event->position()).x());
        QChartView::mouseReleaseEvent(event);
    }

private:
    std::function<void(double)> m_onClick;
};

} // namespace

IntradayChart::IntradayChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_contacts = makePlot(QColor(0x1e, 0x6f, 0xd9), QColor(0x8a, 0x8f, 0x98));
    m_agents = makePlot(QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28));
    m_contacts.view->setObjectName(QStringLiteral("contactsChart"));
    m_agents.view->setObjectName(QStringLiteral("agentsChart"));
    layout->addWidget(m_contacts.view, 1);
    layout->addWidget(m_agents.view, 1);
    retranslate();
}

IntradayChart::Plot IntradayChart::makePlot(const QColor &actualColour, const QColor &plannedColour)
{
    Plot p;
    p.chart = new QChart;
    // The right margin leaves room for half of the last time label ("24:00"), centred on the axis end.
    p.chart->setMargins(QMargins(4, 4, 18, 4));
    p.chart->legend()->setAlignment(Qt::AlignTop);
    p.chart->setBackgroundRoundness(6);
    p.actual = new QLineSeries;
    p.planned = new QLineSeries;
    QPen actualPen(actualColour, 2.2);
    p.actual->setPen(actualPen);
    QPen plannedPen(plannedColour, 1.8, Qt::DashLine);
    p.planned->setPen(plannedPen);
    p.chart->addSeries(p.planned);
    p.chart->addSeries(p.actual);
    p.x = new QCategoryAxis;
    p.x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    p.y = new QValueAxis;
    p.y->setLabelFormat(QStringLiteral("%d"));
    p.chart->addAxis(p.x, Qt::AlignBottom);
    p.chart->addAxis(p.y, Qt::AlignLeft);
    for (QLineSeries *s : {p.actual, p.planned}) {
        s->attachAxis(p.x);
        s->attachAxis(p.y);
    }
    p.view = new ClickableChartView(
        p.chart,
        [this](double x) {
            const int interval = int(std::floor(x));
            if (interval >= 0 && interval < m_intervalCount)
                emit intervalClicked(interval);
        },
        this);
    p.view->setRenderHint(QPainter::Antialiasing);
    p.view->setMinimumHeight(140);
    return p;
}

void IntradayChart::retranslate()
{
    m_contacts.chart->setTitle(tr("Contacts per interval"));
    m_contacts.actual->setName(tr("Offered"));
    m_contacts.planned->setName(tr("Forecast"));
    m_agents.chart->setTitle(tr("Agents per interval"));
    m_agents.actual->setName(tr("Signed in"));
    m_agents.planned->setName(tr("Required (Erlang C)"));
    const QString hint = tr("Click an interval to list its contacts.");
    m_contacts.view->setToolTip(hint);
    m_agents.view->setToolTip(hint);
}

void IntradayChart::setTimeAxis(Plot &plot, const live::LiveSnapshot &snapshot)
{
    if (m_intervalCount == snapshot.intervals.size() && m_intervalMinutes == snapshot.intervalMinutes
        && plot.x->count() > 0)
        return;
    for (const QString &label : plot.x->categoriesLabels())
        plot.x->remove(label);
    const int perThreeHours = std::max(1, 180 / std::max(1, snapshot.intervalMinutes));
    for (int i = 0; i <= snapshot.intervals.size(); i += perThreeHours) {
        const int hour = i * snapshot.intervalMinutes / 60;
        plot.x->append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')), i);
    }
    plot.x->setRange(0, double(snapshot.intervals.size()));
}

void IntradayChart::setSnapshot(const live::LiveSnapshot &snapshot, Part part)
{
    setTimeAxis(m_contacts, snapshot);
    setTimeAxis(m_agents, snapshot);
    m_intervalCount = int(snapshot.intervals.size());
    m_intervalMinutes = snapshot.intervalMinutes;
    // Each interval is drawn as a step over its width, so that a click anywhere on it finds it.
    QList<QPointF> offered, forecast, signedIn, required;
    double contactsMax = 0, agentsMax = 0;
    for (int i = 0; i < snapshot.intervals.size(); ++i) {
        const live::IntervalLive &interval = snapshot.intervals.at(i);
        if (interval.started) {
            const double n = double(interval.offeredTotal());
            offered << QPointF(i, n) << QPointF(i + 1, n);
            contactsMax = std::max(contactsMax, n);
        }
        if (interval.forecastTotal) {
            forecast << QPointF(i, *interval.forecastTotal) << QPointF(i + 1, *interval.forecastTotal);
            contactsMax = std::max(contactsMax, *interval.forecastTotal);
        }
        if (interval.signedInAgents) {
            signedIn << QPointF(i, *interval.signedInAgents) << QPointF(i + 1, *interval.signedInAgents);
            agentsMax = std::max(agentsMax, *interval.signedInAgents);
        }
        if (interval.requiredAgents) {
            required << QPointF(i, *interval.requiredAgents) << QPointF(i + 1, *interval.requiredAgents);
            agentsMax = std::max(agentsMax, double(*interval.requiredAgents));
        }
    }
    // A series is replaced only when it changed: redrawing a chart is most of what a refresh paints.
    const auto replace = [](QLineSeries *series, const QList<QPointF> &points) {
        if (series->points() != points)
            series->replace(points);
    };
    // Round whole ticks (contacts and agents are counts), with a little room above the highest line; as
    // many steps as the plot has room for labels (Qt hides a label closer than a line to the next).
    const auto range = [](const QChart *chart, QValueAxis *axis, double maximum) {
        const double line = QFontMetricsF(axis->labelsFont()).height();
        const double height = chart->plotArea().height();
        const int steps = height > 0 ? std::clamp(int(height / (1.5 * line)), 1, 5) : 5;
        const ChartAxis nice = niceAxis(0, maximum * 1.05, steps, true);
        if (axis->max() != nice.max || axis->min() != nice.min)
            axis->setRange(nice.min, nice.max);
        if (axis->tickCount() != nice.ticks())
            axis->setTickCount(nice.ticks());
    };
    if (part != Part::Agents) {
        replace(m_contacts.actual, offered);
        replace(m_contacts.planned, forecast);
        range(m_contacts.chart, m_contacts.y, contactsMax);
    }
    if (part != Part::Contacts) {
        replace(m_agents.actual, signedIn);
        replace(m_agents.planned, required);
        range(m_agents.chart, m_agents.y, agentsMax);
    }
}

} // namespace kefu::ui
