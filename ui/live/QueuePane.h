#pragma once

#include "widgets/Pane.h"
#include "auth/Session.h"
#include "live/LiveQueueWatcher.h"
#include "live/QueueAlerts.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimeZone>

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace kefu {
class Store;
}

namespace kefu::live {
class AgentFilter;
class AgentsModel;
class AlertsModel;
class WaitingModel;
} // namespace kefu::live

namespace kefu::ui {

class IntradayChart;
class QueueTile;
class RatingLegend;
class TrayNotice;

// Queue monitor (队列监控): the live floor of today. A LiveQueueWatcher reads the store on its own
// thread whenever a feed commits; this pane only shows the snapshots it gets, and ticks the waits and
// times in state every second between them.
class QueuePane final : public Pane
{
    Q_OBJECT

public:
    QueuePane(Store &store, const Session &session, QWidget *parent = nullptr);
    ~QueuePane() override;

    bool isReady() const override { return m_ready; }
    void reload() override;

    // Shows a snapshot: what runs on the UI thread per refresh (the benchmark times it).
    void applySnapshot(const live::SnapshotPtr &snapshot);
    const live::AlertBook &alerts() const { return m_alerts; }
    // Opens the contacts behind a tile (channel index, ChannelCount = all) or a chart interval.
    QWidget *drillIntoTile(int channel);
    QWidget *drillIntoInterval(int interval);

signals:
    // A complaint was opened from a drill-down's contact; the pane also asks the shell to show it in
    // the complaints pane (openRequested).
    void complaintOpened(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void tick();
    void openComplaint(const QString &caseId);
    qint64 tickingNow() const;
    void showAlerts();
    void notify(const QList<live::QueueAlert> &raised);
    void acknowledgeSelected();
    void acknowledgeAll();
    void applyMultiplier();
    void saveMultiplier();
    void updateTeams();
    void updateHeader();
    void updateLegend();
    void updateChart();

    Store &m_store;
    Session m_session;
    QTimeZone m_zone;
    live::LiveQueueWatcher *m_watcher = nullptr;
    live::SnapshotPtr m_snapshot;
    QElapsedTimer m_sinceSnapshot;
    live::AlertBook m_alerts;
    bool m_ready = false;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_feed = nullptr;
    QLabel *m_multiplierLabel = nullptr;
    QDoubleSpinBox *m_multiplier = nullptr;
    std::array<QueueTile *, ChannelCount + 1> m_tiles{};
    RatingLegend *m_legend = nullptr;
    IntradayChart *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    live::WaitingModel *m_waitingModel = nullptr;
    QTableView *m_waitingView = nullptr;
    live::AgentsModel *m_agentsModel = nullptr;
    live::AgentFilter *m_agentFilter = nullptr;
    QTableView *m_agentsView = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_teamLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_alertsTitle = nullptr;
    live::AlertsModel *m_alertsModel = nullptr;
    QTableView *m_alertsView = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_acknowledgeAll = nullptr;
    QPushButton *m_clearAcknowledged = nullptr;
    QTimer *m_ticker = nullptr;
    QTimer *m_multiplierTimer = nullptr;
    QFutureWatcher<QString> m_multiplierSave;
    QList<live::QueueAlert> m_shownAlerts;
    // The charts show intervals: redrawn at most every ChartSeconds, as a redraw is most of a refresh's
    // painting.
    static constexpr int ChartSeconds = 5;
    QTimer *m_chartTimer = nullptr;
    QElapsedTimer m_chartAge;
    bool m_chartTurn = false;
    TrayNotice *m_tray = nullptr;
    QStringList m_teams;
};

} // namespace kefu::ui
