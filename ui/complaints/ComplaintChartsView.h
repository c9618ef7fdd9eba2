#pragma once

#include "complaints/ComplaintCharts.h"

#include <QTimeZone>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace kefu::ui {

// The complaints pane's charts for a period's cohort: Pareto of categories and of root causes (bars
// of cases, a line of the cumulative share on a 0–100 % axis), the time-to-close distribution, and the
// acknowledge and resolve SLA met per week. A click on a bar (or a week) asks for its cases.
class ComplaintChartsView final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Categories, RootCauses, CloseTimes, Weeks };

    explicit ComplaintChartsView(QWidget *parent = nullptr);

    void setCharts(const complaints::ComplaintCharts &charts);
    const complaints::ComplaintCharts &charts() const { return m_charts; }
    void retranslate();
    QChartView *view(Chart chart) const;

signals:
    // index: the bar's position in charts().categories, rootCauses, closeTimes or weeks.
    void barClicked(kefu::ui::ComplaintChartsView::Chart chart, int index);

private:
    void rebuild();
    void fillPareto(Chart which, const QList<complaints::ParetoBar> &bars);
    void fillCloseTimes();
    void fillWeeks();

    complaints::ComplaintCharts m_charts;
    QLabel *m_summary = nullptr;
    QChartView *m_views[4] = {};
};

} // namespace kefu::ui
