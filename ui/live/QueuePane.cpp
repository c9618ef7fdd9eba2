#include "QueuePane.h"

#include "DrillDownDialog.h"
#include "IntradayChart.h"
#include "core/Formats.h"
#include "live/Forecast.h"
#include "live/QueueModels.h"
#include "live/QueueRatings.h"
#include "core/Formats.h"
#include "widgets/PaneParts.h"
#include "widgets/RatingColours.h"
#include "widgets/RatingLegend.h"
#include "widgets/TrayNotice.h"
#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

QColor colourOf(Rating rating, const QPalette &palette)
{
    const QColor colour = RatingColours::of(rating);
    return colour.isValid() ? colour : palette.color(QPalette::Text);
}

QString channelOrAll(int channel)
{
    return channel >= ChannelCount ? QueuePane::tr("All channels") : channelName(static_cast<Channel>(channel));
}

// A service level's tooltip: what its colour means and which contacts it counts.
QString serviceLevelTip(Rating rating, const ServiceFigures &f, double target)
{
    const QString meaning = rating == Rating::None
                                ? QueuePane::tr("Target %1").arg(format::percent(target))
                                : RatingColours::describe(rating, live::serviceLevelNote(rating, target));
    return meaning + QLatin1Char('\n') +
           QueuePane::tr("Answered within their threshold: %1 of the %2 contacts whose outcome is known; %3 still "
                         "waiting within their threshold are not counted yet.")
               .arg(format::count(f.answeredWithinThreshold), format::count(f.offered - f.shortAbandoned - f.undecided),
                    format::count(f.undecided));
}

} // namespace

// One tile: a channel (or all) with its queue, service level and speed figures; a click drills down.
class QueueTile final : public QFrame
{
public:
    // Agents: agents handling the channel; for all channels, signed in of all. The two state rows,
    // occupancy and the e-mail reply time belong to the all-channels tile only, whose ASA is that of the
    // real-time channels: e-mail's waits of hours never blend into it.
    enum Field {
        LongestWait,
        SlInterval,
        SlToday,
        Asa,
        Abandon,
        Agents,
        AvailableBusy,
        WrapBreak,
        Occupancy,
        EmailReply,
        FieldCount
    };

    QueueTile(int channel, QWidget *parent)
        : QFrame(parent)
        , m_channel(channel)
    {
        setObjectName(QStringLiteral("queueTile_%1").arg(channel >= ChannelCount ? QStringLiteral("all")
                                                                                 : channelId(Channel(channel))));
        setCursor(Qt::PointingHandCursor);
        auto *layout = new QGridLayout(this);
        layout->setContentsMargins(14, 10, 12, 10);
        layout->setHorizontalSpacing(10);
        layout->setVerticalSpacing(2);
        m_title = new QLabel(this);
        QFont titleFont = m_title->font();
        titleFont.setBold(true);
        m_title->setFont(titleFont);
        layout->addWidget(m_title, 0, 0, 1, 2);
        m_waiting = new QLabel(this);
        m_waiting->setObjectName(QStringLiteral("waitingValue"));
        QFont big = m_waiting->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        m_waiting->setFont(big);
        m_waitingCaption = new QLabel(this);
        m_waitingCaption->setForegroundRole(QPalette::PlaceholderText);
        // The count and its caption share one row across both columns, so that the value column is only
        // as wide as its values: five tiles then fit a 1280-pixel laptop screen in every language.
        auto *waitingRow = new QHBoxLayout;
        waitingRow->setSpacing(8);
        waitingRow->addWidget(m_waiting);
        waitingRow->addWidget(m_waitingCaption, 1, Qt::AlignRight | Qt::AlignBottom);
        layout->addLayout(waitingRow, 1, 0, 1, 2);
        // The e-mail reply time right under the real-time ASA it stands beside.
        static constexpr std::array<Field, FieldCount> Rows = {
            LongestWait, SlInterval, SlToday, Asa, EmailReply, Abandon, Agents, AvailableBusy, WrapBreak, Occupancy};
        for (int row = 0; row < FieldCount; ++row) {
            const Field f = Rows[std::size_t(row)];
            m_captions[f] = new QLabel(this);
            m_captions[f]->setForegroundRole(QPalette::PlaceholderText);
            m_values[f] = new QLabel(this);
            m_values[f]->setObjectName(QStringLiteral("field%1").arg(f));
            m_values[f]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            layout->addWidget(m_captions[f], 2 + row, 0);
            layout->addWidget(m_values[f], 2 + row, 1);
        }
        layout->setRowStretch(2 + FieldCount, 1);
        retranslate();
    }

    void retranslate()
    {
        m_title->setText(channelOrAll(m_channel));
        m_waitingCaption->setText(QueuePane::tr("waiting now"));
        m_captions[LongestWait]->setText(QueuePane::tr("Longest wait"));
        m_captions[SlInterval]->setText(QueuePane::tr("SL this interval"));
        m_captions[SlToday]->setText(QueuePane::tr("SL today"));
        m_captions[Asa]->setText(m_channel >= ChannelCount ? QueuePane::tr("ASA today, real-time")
                                                           : QueuePane::tr("ASA today"));
        m_captions[EmailReply]->setText(QueuePane::tr("E-mail reply today"));
        m_captions[Abandon]->setText(QueuePane::tr("Abandoned today"));
        m_captions[Agents]->setText(m_channel >= ChannelCount ? QueuePane::tr("Signed in") : QueuePane::tr("Agents handling"));
        m_captions[AvailableBusy]->setText(QueuePane::tr("Available · busy"));
        m_captions[WrapBreak]->setText(QueuePane::tr("Wrap-up · break"));
        m_captions[Occupancy]->setText(QueuePane::tr("Occupancy today"));
        for (const Field f : {AvailableBusy, WrapBreak, Occupancy, EmailReply}) {
            m_captions[f]->setVisible(m_channel >= ChannelCount);
            m_values[f]->setVisible(m_channel >= ChannelCount);
        }
        updateToolTip();
    }

    // Only what changed is touched: a refresh repaints the labels whose text or colour moved.
    void set(Field field, const QString &text, Rating rating = Rating::None, const QString &tip = {})
    {
        QLabel *label = m_values[field];
        show(label, text, rating);
        if (label->toolTip() != tip)
            label->setToolTip(tip);
    }

    void setWaiting(qint64 waiting, Rating rating, const QString &tip)
    {
        show(m_waiting, format::count(waiting), rating);
        if (m_waiting->toolTip() != tip)
            m_waiting->setToolTip(tip);
    }

    // The border: the service level of this interval (note says what its colour means).
    void setAccent(Rating rating, const QString &note)
    {
        if (m_accentNote != note) {
            m_accentNote = note;
            updateToolTip();
        }
        if (m_accent == rating)
            return;
        m_accent = rating;
        update();
    }

    std::function<void()> onClick;

protected:
    void paintEvent(QPaintEvent *) override { parts::paintCard(this, RatingColours::accent(m_accent, palette())); }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && onClick)
            onClick();
        QFrame::mouseReleaseEvent(event);
    }

private:
    void updateToolTip()
    {
        const QString click = QueuePane::tr("Click to list today's contacts of %1.").arg(channelOrAll(m_channel));
        setToolTip(m_accentNote.isEmpty() ? click
                                          : click + QLatin1Char('\n') + QueuePane::tr("Border: %1").arg(m_accentNote));
    }

    void show(QLabel *label, const QString &text, Rating rating)
    {
        if (label->text() != text)
            label->setText(text);
        const QColor colour = colourOf(rating, palette());
        if (label->palette().color(QPalette::WindowText) != colour) {
            QPalette p = label->palette();
            p.setColor(QPalette::WindowText, colour);
            label->setPalette(p);
        }
    }

    int m_channel;
    Rating m_accent = Rating::None;
    QString m_accentNote;
    QLabel *m_title = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_waitingCaption = nullptr;
    std::array<QLabel *, FieldCount> m_captions{};
    std::array<QLabel *, FieldCount> m_values{};
};

QueuePane::QueuePane(Store &store, const Session &session, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("queuePane"));
    buildUi();
    retranslate();
    m_watcher = new live::LiveQueueWatcher(store, this);
    connect(m_watcher, &live::LiveQueueWatcher::snapshotReady, this, &QueuePane::applySnapshot);
    connect(m_watcher, &live::LiveQueueWatcher::failed, this, [this](const QString &message) {
        m_error = message;
        updateHeader();
        if (!m_ready) {
            m_ready = true;
            emit ready();
        }
    });
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &QueuePane::tick);
    m_ticker->start();
    m_multiplierTimer = new QTimer(this);
    m_multiplierTimer->setSingleShot(true);
    m_multiplierTimer->setInterval(600);
    connect(m_multiplierTimer, &QTimer::timeout, this, &QueuePane::saveMultiplier);
    connect(&m_multiplierSave, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_multiplierSave.result();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Forecast multiplier"), tr("The multiplier was not saved: %1").arg(error));
        m_watcher->rebuild();
    });
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    connect(m_chartTimer, &QTimer::timeout, this, &QueuePane::updateChart);
    m_watcher->start();
}

QueuePane::~QueuePane()
{
    m_multiplierSave.waitForFinished();
}

void QueuePane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    m_title = parts::addPaneTitle(this, header);
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("queueAsOf"));
    header->addWidget(m_asOf);
    m_feed = new QLabel(this);
    m_feed->setObjectName(QStringLiteral("queueFeed"));
    m_feed->setTextFormat(Qt::RichText);
    header->addWidget(m_feed);
    header->addStretch(1);
    m_multiplierLabel = new QLabel(this);
    header->addWidget(m_multiplierLabel);
    m_multiplier = new QDoubleSpinBox(this);
    m_multiplier->setObjectName(QStringLiteral("forecastMultiplier"));
    m_multiplier->setRange(0.1, 20);
    m_multiplier->setSingleStep(0.1);
    m_multiplier->setDecimals(1);
    m_multiplier->setPrefix(QStringLiteral("× "));
    m_multiplier->setValue(1);
    m_multiplier->setKeyboardTracking(false);
    m_multiplier->setEnabled(m_session.can(Permission::EditShifts));
    m_multiplierLabel->setBuddy(m_multiplier);
    connect(m_multiplier, &QDoubleSpinBox::valueChanged, this, &QueuePane::applyMultiplier);
    header->addWidget(m_multiplier);
    layout->addLayout(header);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    // All channels first, then the channels in the order a floor thinks of them.
    const std::array<int, ChannelCount + 1> order{ChannelCount, int(Channel::Chat), int(Channel::Phone),
                                                   int(Channel::Social), int(Channel::Email)};
    for (const int c : order) {
        auto *tile = new QueueTile(c, this);
        tile->onClick = [this, c] { drillIntoTile(c); };
        m_tiles[std::size_t(c)] = tile;
        tiles->addWidget(tile, c == ChannelCount ? 6 : 5);
    }
    layout->addLayout(tiles);
    m_legend = new RatingLegend(this);
    m_legend->setObjectName(QStringLiteral("queueLegend"));
    layout->addWidget(m_legend);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_chart = new IntradayChart(splitter);
    connect(m_chart, &IntradayChart::intervalClicked, this, [this](int i) { drillIntoInterval(i); });
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("queueTabs"));

    m_waitingModel = new live::WaitingModel(this);
    m_waitingView = new QTableView(m_tabs);
    m_waitingView->setObjectName(QStringLiteral("waitingTable"));
    m_waitingView->setModel(m_waitingModel);
    m_tabs->addTab(m_waitingView, QString());

    auto *agentsPage = new QWidget(m_tabs);
    auto *agentsLayout = new QVBoxLayout(agentsPage);
    agentsLayout->setContentsMargins(0, 6, 0, 0);
    auto *filters = new QHBoxLayout;
    m_teamLabel = new QLabel(agentsPage);
    m_teamFilter = new QComboBox(agentsPage);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_teamLabel->setBuddy(m_teamFilter);
    m_stateLabel = new QLabel(agentsPage);
    m_stateFilter = new QComboBox(agentsPage);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateLabel->setBuddy(m_stateFilter);
    filters->addWidget(m_teamLabel);
    filters->addWidget(m_teamFilter, 1);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateFilter, 1);
    agentsLayout->addLayout(filters);
    m_agentsModel = new live::AgentsModel(this);
    m_agentFilter = new live::AgentFilter(this);
    m_agentFilter->setSourceModel(m_agentsModel);
    m_agentFilter->setSortRole(live::AgentsModel::SortRole);
    m_agentsView = new QTableView(agentsPage);
    m_agentsView->setObjectName(QStringLiteral("agentsTable"));
    m_agentsView->setModel(m_agentFilter);
    m_agentsView->setSortingEnabled(true);
    m_agentsView->sortByColumn(-1, Qt::AscendingOrder);
    agentsLayout->addWidget(m_agentsView, 1);
    m_tabs->addTab(agentsPage, QString());
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_agentFilter->setTeam(m_teamFilter->currentData().toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_agentFilter->setState(m_stateFilter->currentData().toInt()); });

    for (QTableView *view : {m_waitingView, m_agentsView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setItemDelegate(new RatingColours(RatingColours::Cells::Plain, view));
    }
    // Fixed widths: sizing to contents would measure every row on the UI thread.
    m_waitingView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_waitingView->setColumnWidth(live::WaitingModel::ChannelColumn, 6 * em);
    m_waitingView->setColumnWidth(live::WaitingModel::QueueColumn, 6 * em);
    m_waitingView->setColumnWidth(live::WaitingModel::TierColumn, 7 * em);
    m_waitingView->setColumnWidth(live::WaitingModel::CategoryColumn, 9 * em);
    m_agentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_agentsView->setColumnWidth(live::AgentsModel::AgentColumn, 11 * em);
    m_agentsView->setColumnWidth(live::AgentsModel::TeamColumn, 6 * em);
    m_agentsView->setColumnWidth(live::AgentsModel::StateColumn, 6 * em);
    m_agentsView->setColumnWidth(live::AgentsModel::TimeInStateColumn, 5 * em);
    m_agentsView->setColumnWidth(live::AgentsModel::ContactsColumn, 4 * em);
    m_agentsView->setColumnWidth(live::AgentsModel::HandledColumn, 7 * em);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 480});
    layout->addWidget(splitter, 1);

    auto *alertsHeader = new QHBoxLayout;
    m_alertsTitle = new QLabel(this);
    QFont bold = m_alertsTitle->font();
    bold.setBold(true);
    m_alertsTitle->setFont(bold);
    alertsHeader->addWidget(m_alertsTitle);
    alertsHeader->addStretch(1);
    m_acknowledge = new QPushButton(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledgeAll = new QPushButton(this);
    m_acknowledgeAll->setObjectName(QStringLiteral("acknowledgeAllAlerts"));
    m_acknowledgeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_clearAcknowledged = new QPushButton(this);
    m_clearAcknowledged->setObjectName(QStringLiteral("clearAcknowledgedAlerts"));
    for (QPushButton *b : {m_acknowledge, m_acknowledgeAll, m_clearAcknowledged})
        alertsHeader->addWidget(b);
    connect(m_acknowledge, &QPushButton::clicked, this, &QueuePane::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &QueuePane::acknowledgeAll);
    connect(m_clearAcknowledged, &QPushButton::clicked, this, [this] {
        m_alerts.clearAcknowledged();
        showAlerts();
    });
    layout->addLayout(alertsHeader);
    m_alertsModel = new live::AlertsModel(this);
    m_alertsView = new QTableView(this);
    m_alertsView->setObjectName(QStringLiteral("alertsTable"));
    m_alertsView->setModel(m_alertsModel);
    m_alertsView->setItemDelegate(new RatingColours(RatingColours::Cells::Plain, m_alertsView));
    m_alertsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertsView->verticalHeader()->hide();
    m_alertsView->verticalHeader()->setDefaultSectionSize(m_alertsView->fontMetrics().height() + 6);
    m_alertsView->horizontalHeader()->setSectionResizeMode(live::AlertsModel::AlertColumn, QHeaderView::Stretch);
    m_alertsView->setMaximumHeight(m_alertsView->fontMetrics().height() * 7 + 16);
    connect(m_alertsView, &QTableView::doubleClicked, this, &QueuePane::acknowledgeSelected);
    layout->addWidget(m_alertsView);
}

void QueuePane::retranslate()
{
    m_title->setText(tr("Queue monitor"));
    m_multiplierLabel->setText(tr("&Forecast multiplier today:"));
    m_multiplier->setToolTip(m_session.can(Permission::EditShifts)
                                 ? tr("For a promotion day: the forecast (the same weekday over the last 4 weeks) "
                                      "times this factor. Applies to today and is kept in the store.")
                                 : tr("Only team leads and administrators can change the forecast."));
    for (QueueTile *tile : m_tiles)
        tile->retranslate();
    m_chart->retranslate();
    m_teamLabel->setText(tr("&Team:"));
    m_stateLabel->setText(tr("&State:"));
    {
        const QSignalBlocker blocker(m_stateFilter);
        const int current = m_stateFilter->currentIndex();
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("Signed in"), live::AgentFilter::SignedIn);
        m_stateFilter->addItem(tr("All agents"), live::AgentFilter::AnyState);
        for (int s = 0; s < AgentStateCount; ++s)
            m_stateFilter->addItem(agentStateName(AgentState(s)), s);
        m_stateFilter->setCurrentIndex(std::max(0, current));
    }
    updateTeams();
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("Acknowledge the selected alerts (Ctrl+K)"));
    m_acknowledgeAll->setText(tr("Acknowledge a&ll"));
    m_clearAcknowledged->setText(tr("Clear acknowledged"));
    if (m_snapshot) {
        applySnapshot(m_snapshot);
    } else {
        updateHeader();
        updateLegend();
    }
}

void QueuePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Pane::changeEvent(event);
}

void QueuePane::reload()
{
    m_watcher->rebuild();
}

// The clock shown: the data's time (the snapshot's) moved on by this window's own clock since the
// snapshot came, at the feed's speed, for at most a couple of seconds — display only; figures and
// alerts stay at the data's time.
qint64 QueuePane::tickingNow() const
{
    if (!m_snapshot)
        return 0;
    const qint64 elapsed = m_sinceSnapshot.isValid() ? m_sinceSnapshot.elapsed() / 1000 : 0;
    if (!m_snapshot->watermark)
        return m_snapshot->now + elapsed;
    if (m_snapshot->feedStale)
        return m_snapshot->now;
    const qint64 horizon = std::min<qint64>(elapsed, live::FeedWatermark::ExtrapolationHorizon);
    return m_snapshot->now + static_cast<qint64>(double(horizon) * m_snapshot->watermark->speed);
}

void QueuePane::tick()
{
    if (!m_snapshot)
        return;
    const qint64 now = tickingNow();
    m_waitingModel->setNow(now);
    m_agentsModel->setNow(now);
    for (int c = 0; c <= ChannelCount; ++c) {
        const live::ChannelLive &live = m_snapshot->channels[std::size_t(c)];
        const std::optional<double> longest =
            live.oldestWaitingSince ? std::optional<double>(double(now - *live.oldestWaitingSince)) : std::nullopt;
        const QString text = format::duration(longest);
        if (c == ChannelCount) {
            // The channels' thresholds differ (seconds for chat, a day for e-mail): each tile rates its own.
            m_tiles[std::size_t(c)]->set(QueueTile::LongestWait, text, Rating::None,
                                         tr("Not rated: each channel's tile rates its longest wait against its own "
                                            "threshold."));
            continue;
        }
        // The rule of the waiting table and the wait alert (live::rateWait).
        const qint64 threshold = m_snapshot->rules.threshold(Channel(c));
        const qint64 alert = m_snapshot->alertRules.waitSeconds;
        const Rating rating = live::rateWait(longest, double(threshold), double(alert));
        m_tiles[std::size_t(c)]->set(
            QueueTile::LongestWait, text, rating,
            RatingColours::describe(rating, live::waitNote(rating, Channel(c), threshold, alert)));
    }
    updateHeader();
}

void QueuePane::updateHeader()
{
    if (!m_snapshot) {
        m_asOf->setText(m_error.isEmpty() ? tr("Reading the floor…") : tr("The floor could not be read: %1").arg(m_error));
        m_feed->clear();
        return;
    }
    const live::LiveSnapshot &s = *m_snapshot;
    m_asOf->setText(tr("Data as of %1 %2")
                        .arg(format::date(s.today), format::clock(tickingNow(), m_zone)));
    const QString red = RatingColours::of(Rating::Off).name();
    const QString green = RatingColours::of(Rating::OnTarget).name();
    QString feed;
    if (!m_error.isEmpty())
        feed = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(red, tr("Read failed: %1").arg(m_error).toHtmlEscaped());
    else if (!s.watermark)
        feed = tr("No live feed: the wall clock");
    else if (s.feedStale)
        feed = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(red, tr("Feed %1 silent for %2")
                                 .arg(s.watermark->source, format::duration(double(s.feedSilentSeconds)))
                                 .toHtmlEscaped());
    else
        feed = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(green, (s.watermark->speed == 1
                                    ? tr("Feed %1: live").arg(s.watermark->source)
                                    : tr("Feed %1: live, %2× speed").arg(s.watermark->source).arg(s.watermark->speed))
                                   .toHtmlEscaped());
    m_feed->setText(QStringLiteral("· ") + feed);
}

void QueuePane::applySnapshot(const live::SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_error.clear();
    m_snapshot = snapshot;
    m_zone = snapshot->zone;
    m_sinceSnapshot.start();
    const live::LiveSnapshot &s = *snapshot;
    const double target = s.alertRules.serviceLevelTargetPct;
    for (int c = 0; c <= ChannelCount; ++c) {
        QueueTile *tile = m_tiles[std::size_t(c)];
        const live::ChannelLive &live = s.channels[std::size_t(c)];
        // The service level of the contacts whose outcome is known (live::serviceLevelSoFar): an e-mail of
        // this interval with a day to go has not been answered late.
        const std::optional<double> slInterval = live::serviceLevelSoFar(live.currentInterval);
        const std::optional<double> slToday = live::serviceLevelSoFar(live.today);
        const Rating slIntervalRating = live::rateServiceLevel(slInterval, target);
        const Rating slTodayRating = live::rateServiceLevel(slToday, target);
        const QString slIntervalMeaning =
            slIntervalRating == Rating::None
                ? tr("no service level this interval yet: no contact of it has an outcome")
                : RatingColours::describe(
                      slIntervalRating,
                      tr("SL this interval %1").arg(live::serviceLevelNote(slIntervalRating, target)));
        tile->setWaiting(live.waiting, live.waiting == 0 ? Rating::None : slIntervalRating,
                         live.waiting == 0 ? QString() : slIntervalMeaning);
        tile->setAccent(slIntervalRating, slIntervalMeaning);
        tile->set(QueueTile::SlInterval, format::percent(slInterval), slIntervalRating,
                  serviceLevelTip(slIntervalRating, live.currentInterval, target));
        tile->set(QueueTile::SlToday, format::percent(slToday), slTodayRating,
                  serviceLevelTip(slTodayRating, live.today, target));
        if (c < ChannelCount) {
            const qint64 threshold = s.rules.threshold(Channel(c));
            const Rating asa = live::rateAsa(live.today.asaSeconds, double(threshold));
            tile->set(QueueTile::Asa, format::duration(live.today.asaSeconds), asa,
                      RatingColours::describe(asa, live::asaNote(asa, Channel(c), threshold)));
        } else {
            // Chat, phone and social together (each against its own threshold has no one colour), and
            // e-mail's reply time apart, against e-mail's threshold.
            tile->set(QueueTile::Asa, format::duration(live.today.asaRealtimeSeconds), Rating::None,
                      tr("Chat, phone and social; 90th percentile %1. E-mail is apart: its waits of hours would "
                         "swamp the figure.")
                          .arg(format::duration(live.today.p90RealtimeSeconds)));
            const qint64 emailThreshold = s.rules.threshold(Channel::Email);
            const Rating reply = live::rateAsa(live.today.emailReplySeconds, double(emailThreshold));
            tile->set(QueueTile::EmailReply, format::duration(live.today.emailReplySeconds), reply,
                      tr("Mean wait of today's answered e-mails until the reply.") + QLatin1Char('\n') +
                          RatingColours::describe(reply, live::asaNote(reply, Channel::Email, emailThreshold)));
        }
        tile->set(QueueTile::Abandon, format::percent(live.today.abandonPct));
        if (c < ChannelCount) {
            tile->set(QueueTile::Agents, format::count(live.agentsHandling));
        } else {
            const auto n = [&s](AgentState state) { return s.agentsByState[std::size_t(state)]; };
            const QString states =
                tr("Available %1, busy %2, wrap-up %3, break %4, offline %5; training and meetings %6")
                    .arg(n(AgentState::Available))
                    .arg(n(AgentState::Busy))
                    .arg(n(AgentState::Wrap))
                    .arg(n(AgentState::Break))
                    .arg(n(AgentState::Offline))
                    .arg(n(AgentState::Training) + n(AgentState::Meeting));
            tile->set(QueueTile::Agents, tr("%1 of %2").arg(s.signedIn()).arg(s.agents.size()), Rating::None, states);
            const Rating available = live::rateAvailable(n(AgentState::Available), live.waiting);
            tile->set(QueueTile::AvailableBusy,
                      QStringLiteral("%1 · %2").arg(n(AgentState::Available)).arg(n(AgentState::Busy)), available,
                      available == Rating::None ? states
                                                : RatingColours::describe(available, live::availableNote(available)) +
                                                      QLatin1Char('\n') + states);
            tile->set(QueueTile::WrapBreak,
                      QStringLiteral("%1 · %2").arg(n(AgentState::Wrap)).arg(n(AgentState::Break)), Rating::None,
                      states);
            const Rating occupancy = rating::within(s.occupancyTodayPct, s.occupancyMinPct, s.occupancyMaxPct);
            const QString occupancyNow =
                tr("Now %1; target %2 to %3")
                    .arg(format::percent(s.occupancyNowPct), format::percent(s.occupancyMinPct),
                         format::percent(s.occupancyMaxPct));
            tile->set(QueueTile::Occupancy, format::percent(s.occupancyTodayPct), occupancy,
                      occupancy == Rating::None
                          ? occupancyNow
                          : RatingColours::describe(
                                occupancy, live::occupancyNote(occupancy, s.occupancyMinPct, s.occupancyMaxPct)) +
                                QLatin1Char('\n') + occupancyNow);
        }
    }
    const qint64 now = tickingNow();
    m_waitingModel->setAlertWait(s.alertRules.waitSeconds);
    updateLegend();
    m_waitingModel->setZone(s.zone);
    {
        // The rows change under the selection every second: keep the contacts selected.
        QStringList selected;
        for (const QModelIndex &row : m_waitingView->selectionModel()->selectedRows())
            selected.append(m_waitingModel->contactId(row.row()));
        m_waitingModel->setContacts(s.waiting, now);
        for (const QString &id : std::as_const(selected)) {
            const int row = m_waitingModel->rowOf(id);
            if (row >= 0)
                m_waitingView->selectionModel()->select(m_waitingModel->index(row, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    m_agentsModel->setThresholds(s.alertRules.breakSeconds, s.ahtTargetSeconds);
    m_agentsModel->setAgents(s.agents, now);
    // Each chart at most every ChartSeconds, the two in turns half a period apart.
    const int half = ChartSeconds * 1000 / 2;
    if (!m_chartAge.isValid() || m_chartAge.elapsed() >= half)
        updateChart();
    else if (!m_chartTimer->isActive())
        m_chartTimer->start(int(half - m_chartAge.elapsed()));
    m_tabs->setTabText(0, tr("Waiting contacts (%1)").arg(format::count(s.waiting.size())));
    m_tabs->setTabText(1, tr("Agents (%1 signed in)").arg(format::count(s.signedIn())));
    if (!m_multiplier->hasFocus()) {
        const QSignalBlocker blocker(m_multiplier);
        m_multiplier->setValue(s.forecastMultiplier);
    }
    updateTeams();
    const QList<live::QueueAlert> raised = m_alerts.update(s);
    showAlerts();
    if (!raised.isEmpty())
        notify(raised);
    tick();
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

// The key to the pane's colours, with the store's thresholds and targets: what each colour means in the
// tiles, their borders and the tables (the same rules as the figures' own tooltips).
void QueuePane::updateLegend()
{
    const live::LiveSnapshot fallback;
    const live::LiveSnapshot &s = m_snapshot ? *m_snapshot : fallback;
    QStringList thresholds;
    for (const Channel c : {Channel::Chat, Channel::Phone, Channel::Social, Channel::Email})
        thresholds << tr("%1 %2").arg(channelName(c), format::duration(double(s.rules.threshold(c))));
    const QString target = format::percent(s.alertRules.serviceLevelTargetPct);
    const QString alertWait = format::duration(double(s.alertRules.waitSeconds));
    const QString range = tr("%1 to %2").arg(format::percent(s.occupancyMinPct), format::percent(s.occupancyMaxPct));
    const QString lines = QStringLiteral("\n• ");
    const QStringList onTarget = {
        tr("a wait within its channel's threshold (%1)").arg(thresholds.join(QStringLiteral(", "))),
        tr("a service level at or above the target of %1").arg(target), tr("an ASA within its channel's threshold"),
        tr("occupancy within its target range of %1").arg(range), tr("the feed live (in the header)")};
    const QStringList near = {tr("a wait past its channel's threshold, before the wait alert at %1").arg(alertWait),
                              tr("a service level under the target by 10 points or less"),
                              tr("an ASA past its channel's threshold, at most twice it"),
                              tr("occupancy under its target range"),
                              tr("AHT today over the target of %1").arg(format::duration(s.ahtTargetSeconds))};
    const QStringList off = {tr("a wait past the wait alert at %1 and past its channel's threshold").arg(alertWait),
                             tr("a service level more than 10 points under the target"),
                             tr("an ASA more than twice its channel's threshold"),
                             tr("contacts waiting and no agent available"),
                             tr("occupancy over its target range"),
                             tr("a break longer than %1").arg(format::duration(double(s.alertRules.breakSeconds))),
                             tr("an alert open and not acknowledged"),
                             tr("the feed silent, or the floor not read (in the header)")};
    m_legend->setEntries({
        RatingLegend::rated(Rating::OnTarget, lines + onTarget.join(lines)),
        RatingLegend::rated(Rating::Near, lines + near.join(lines)),
        RatingLegend::rated(Rating::Off, lines + off.join(lines)),
        {RatingColours::accent(Rating::None, palette()), tr("No SL yet"),
         tr("A tile's border shows its service level of this interval in green, amber or red; in this colour while "
            "no contact of the interval has an outcome yet (an e-mail within its threshold has none)."),
         RatingLegend::Swatch::Bar},
        RatingLegend::muted(tr("Offline, acknowledged"), tr("an agent signed out; an alert acknowledged")),
        {QColor(), tr("VIP"), tr("Bold: a VIP customer, served before the others"), RatingLegend::Swatch::Bold},
    });
}

void QueuePane::updateChart()
{
    if (!m_snapshot)
        return;
    // The first time both; then the contacts and the agents chart in turns.
    using Part = IntradayChart::Part;
    m_chart->setSnapshot(*m_snapshot, !m_chartAge.isValid() ? Part::Both : m_chartTurn ? Part::Agents : Part::Contacts);
    m_chartTurn = !m_chartTurn;
    m_chartAge.start();
}

void QueuePane::updateTeams()
{
    QStringList teams;
    if (m_snapshot) {
        for (const live::LiveAgent &a : m_snapshot->agents)
            if (!a.team.isEmpty() && !teams.contains(a.team))
                teams.append(a.team);
    }
    teams.sort();
    if (teams == m_teams && m_teamFilter->count() > 0) {
        m_teamFilter->setItemText(0, tr("All teams"));
        return;
    }
    m_teams = teams;
    const QString current = m_teamFilter->currentData().toString();
    const QSignalBlocker blocker(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), QString());
    for (const QString &t : teams)
        m_teamFilter->addItem(t, t);
    m_teamFilter->setCurrentIndex(std::max(0, m_teamFilter->findData(current)));
}

void QueuePane::showAlerts()
{
    // Keep the selected alerts selected across the refresh (Acknowledge acts on the selection).
    QList<QPair<QString, qint64>> selected;
    for (const QModelIndex &row : m_alertsView->selectionModel()->selectedRows()) {
        if (row.row() < m_shownAlerts.size())
            selected.append({m_shownAlerts.at(row.row()).key, m_shownAlerts.at(row.row()).raisedAt});
    }
    m_shownAlerts = m_alerts.alerts();
    m_alertsModel->setAlerts(m_shownAlerts, m_zone);
    for (int i = 0; i < m_shownAlerts.size(); ++i) {
        if (selected.contains(qMakePair(m_shownAlerts.at(i).key, m_shownAlerts.at(i).raisedAt)))
            m_alertsView->selectionModel()->select(m_alertsModel->index(i, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const int open = m_alerts.unacknowledged();
    m_alertsTitle->setText(open > 0 ? tr("Alerts: %n to acknowledge", nullptr, open) : tr("Alerts: none to acknowledge"));
    m_acknowledgeAll->setEnabled(open > 0);
}

void QueuePane::notify(const QList<live::QueueAlert> &raised)
{
    if (!m_tray)
        m_tray = new TrayNotice(this, tr("KefuDesk queue monitor"));
    const QString body = raised.size() == 1 ? live::AlertsModel::describe(raised.first())
                                            : tr("%n new alerts; the first: %1", nullptr, int(raised.size()))
                                                  .arg(live::AlertsModel::describe(raised.first()));
    m_tray->show(tr("Queue alert"), body);
}

void QueuePane::acknowledgeSelected()
{
    const qint64 at = tickingNow();
    const QModelIndexList rows = m_alertsView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_alerts.acknowledge(row.row(), m_session.userName(), at);
    showAlerts();
}

void QueuePane::acknowledgeAll()
{
    m_alerts.acknowledgeAll(m_session.userName(), tickingNow());
    showAlerts();
}

// The spin box may move several steps in a second: the value is saved once it has rested, one write
// at a time, the latest value last.
void QueuePane::applyMultiplier()
{
    m_multiplierTimer->start();
}

void QueuePane::saveMultiplier()
{
    if (!m_snapshot || std::abs(m_multiplier->value() - m_snapshot->forecastMultiplier) < 1e-9)
        return;
    if (m_multiplierSave.isRunning()) {
        m_multiplierTimer->start();
        return;
    }
    const double value = m_multiplier->value();
    const QDate day = m_snapshot->today;
    const Session session = m_session;
    m_multiplierSave.setFuture(runOnWorker(
        m_store,
        [session, day, value](QSqlDatabase &db) {
            QString error;
            live::Forecast::setMultiplier(db, session, day, value, {}, QDateTime::currentSecsSinceEpoch(), &error);
            return error;
        },
        [](const QString &reason) { return reason; }));
}

QWidget *QueuePane::drillIntoTile(int channel)
{
    if (!m_snapshot)
        return nullptr;
    live::DrillDownQuery query;
    query.fromUtc = m_snapshot->dayStartUtc;
    query.toUtc = m_snapshot->dayEndUtc;
    if (channel < ChannelCount)
        query.channel = Channel(channel);
    query.now = tickingNow();
    auto *dialog = new DrillDownDialog(m_store, m_session, query, m_snapshot->rules, m_zone,
                                       tr("Today's contacts: %1").arg(channelOrAll(channel)), this);
    connect(dialog, &DrillDownDialog::complaintOpened, this, &QueuePane::openComplaint);
    dialog->show();
    return dialog;
}

QWidget *QueuePane::drillIntoInterval(int interval)
{
    if (!m_snapshot || interval < 0 || interval >= m_snapshot->intervals.size())
        return nullptr;
    const live::IntervalLive &i = m_snapshot->intervals.at(interval);
    live::DrillDownQuery query;
    query.fromUtc = i.startUtc;
    query.toUtc = i.endUtc;
    query.now = tickingNow();
    auto *dialog = new DrillDownDialog(m_store, m_session, query, m_snapshot->rules, m_zone,
                                       tr("Contacts that arrived %1 to %2")
                                           .arg(format::hourMinute(i.startUtc, m_zone),
                                                format::hourMinute(i.endUtc, m_zone)),
                                       this);
    connect(dialog, &DrillDownDialog::complaintOpened, this, &QueuePane::openComplaint);
    dialog->show();
    return dialog;
}

void QueuePane::openComplaint(const QString &caseId)
{
    emit complaintOpened(caseId);
    emit openRequested(QStringLiteral("complaints"), caseId);
}

} // namespace kefu::ui
