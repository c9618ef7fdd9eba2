#pragma once

#include "live/LiveSnapshot.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QCategoryAxis;
class QLabel;

namespace kefu::ui {

// Today by interval: contacts offered against the forecast, and the agents Erlang C requires for the
// forecast against the agents signed in. A click on either chart asks for the interval's contacts.
class IntradayChart final : public QWidget
{
    Q_OBJECT

public:
    explicit IntradayChart(QWidget *parent = nullptr);

    // Which chart to bring up to date: redrawing both in one refresh costs most of a frame, so the
    // pane takes them in turns.
    enum class Part { Both, Contacts, Agents };
    void setSnapshot(const live::LiveSnapshot &snapshot, Part part = Part::Both);
    void retranslate();

signals:
    void intervalClicked(int interval);

private:
    struct Plot
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QLineSeries *actual = nullptr;
        QLineSeries *planned = nullptr;
        QCategoryAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };
    Plot makePlot(const QColor &actualColour, const QColor &plannedColour);
    void setTimeAxis(Plot &plot, const live::LiveSnapshot &snapshot);

    Plot m_contacts;
    Plot m_agents;
    int m_intervalCount = 0;
    int m_intervalMinutes = 0;
};

} // namespace kefu::ui
