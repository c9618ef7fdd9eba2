#pragma once

#include "scorecards/AgentProfile.h"
#include "scorecards/ScorecardBook.h"

#include <QFutureWatcher>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QPolarChart;
class QTabWidget;
class QTableWidget;
class QValueAxis;
class QCategoryAxis;

namespace kefu {
class Store;
}

namespace kefu::ui {

// One agent of the scorecards: who they are (team, certification), their waits (real-time ASA and P90,
// e-mail reply time apart, beside the share answered in time), a radar of their six component
// scores against the team's mean, the weekly trend of a KPI over the last 12 weeks against its
// target, their QA reviews and the complaints linked to them. Read on a worker thread.
class AgentDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit AgentDetail(Store &store, QWidget *parent = nullptr);
    ~AgentDetail() override;

    // Shows card (from the pane's book) and reads the rest for the period.
    void showAgent(const AgentScorecard &card, const scorecards::ScorecardBook &book);
    void clear();
    void retranslate();
    bool isLoaded() const { return m_loaded; }
    QString agentId() const { return m_card.agentId; }
    // For tests: rows of the QA reviews and complaints tables, points of the trend.
    int reviewRows() const;
    int complaintRows() const;
    int trendPoints() const;
    std::optional<double> lastTrendComposite() const;

signals:
    void loaded();

private:
    struct Result
    {
        std::optional<scorecards::AgentProfile> profile;
        scorecards::ScorecardBook trends;
        QString error;
    };
    void showResult();
    void startLoad();
    void showRadar();
    void showWaits();
    void showTrend();

    Store &m_store;
    QFutureWatcher<Result> m_watcher;
    AgentScorecard m_card;
    std::array<std::optional<double>, ScoreComponentCount> m_average{};
    ScorecardRules m_rules;
    Result m_result;
    bool m_loaded = false;
    // One read at a time: a newer choice waits for the running one and then replaces it.
    bool m_loadPending = false;
    scorecards::BookOptions m_request;
    QTimeZone m_zone;

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_waits = nullptr;
    QPolarChart *m_radar = nullptr;
    QLineSeries *m_agentSeries = nullptr;
    QLineSeries *m_teamSeries = nullptr;
    QCategoryAxis *m_radarAngles = nullptr;
    QLabel *m_trendLabel = nullptr;
    QComboBox *m_trendMetric = nullptr;
    QChart *m_trend = nullptr;
    QLineSeries *m_trendSeries = nullptr;
    QLineSeries *m_targetSeries = nullptr;
    QCategoryAxis *m_trendWeeks = nullptr;
    QValueAxis *m_trendValues = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_reviews = nullptr;
    QTableWidget *m_complaints = nullptr;
};

} // namespace kefu::ui
