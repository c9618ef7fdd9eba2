#include "AgentDetail.h"

#include "core/ChartAxis.h"
#include "core/Formats.h"
#include "scorecards/ScorecardReport.h"
#include "store/StoreWorker.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPolarChart>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

constexpr int TrendWeeks = 12;
// Ticks on the trend's value axis: the chart is short, and Qt elides labels closer than a line.
constexpr int TrendSteps = 3;

QString componentName(ScoreComponent c)
{
    switch (c) {
    case ScoreComponent::Responsiveness: return AgentDetail::tr("Responsiveness");
    case ScoreComponent::Handling: return AgentDetail::tr("Handling");
    case ScoreComponent::Resolution: return AgentDetail::tr("Resolution");
    case ScoreComponent::Satisfaction: return AgentDetail::tr("Satisfaction");
    case ScoreComponent::Quality: return AgentDetail::tr("Quality");
    case ScoreComponent::Discipline: return AgentDetail::tr("Discipline");
    }
    return {};
}

QString certificationName(const QString &id)
{
    if (id == QLatin1String("assistant"))
        return AgentDetail::tr("assistant");
    if (id == QLatin1String("senior"))
        return AgentDetail::tr("senior");
    if (id == QLatin1String("expert"))
        return AgentDetail::tr("expert");
    return AgentDetail::tr("not certified");
}

QString stateName(const QString &id)
{
    const std::optional<ComplaintState> state = complaintStateFromId(id);
    return state ? complaintStateName(*state) : id;
}

// The figure of the trend's metric (the combo's data: -1 composite, 100 handled, else a component).
scorecards::TrendFigure trendFigureOf(int metric)
{
    using scorecards::TrendFigure;
    if (metric < 0)
        return TrendFigure::Composite;
    if (metric >= ScoreComponentCount)
        return TrendFigure::Handled;
    switch (static_cast<ScoreComponent>(metric)) {
    case ScoreComponent::Responsiveness: return TrendFigure::Response;
    case ScoreComponent::Handling: return TrendFigure::Aht;
    case ScoreComponent::Resolution: return TrendFigure::Fcr;
    case ScoreComponent::Satisfaction: return TrendFigure::Csat;
    case ScoreComponent::Quality: return TrendFigure::Qa;
    case ScoreComponent::Discipline: return TrendFigure::Adherence;
    }
    return TrendFigure::Composite;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

AgentDetail::AgentDetail(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("agentDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("agentFacts"));
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_facts);
    m_waits = new QLabel(this);
    m_waits->setObjectName(QStringLiteral("agentWaits"));
    m_waits->setWordWrap(true);
    layout->addWidget(m_waits);

    auto *charts = new QHBoxLayout;
    m_radar = new QPolarChart;
    m_radar->legend()->setAlignment(Qt::AlignBottom);
    m_radar->setMargins(QMargins(0, 0, 0, 0));
    m_agentSeries = new QLineSeries;
    m_teamSeries = new QLineSeries;
    m_agentSeries->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 2.4));
    m_teamSeries->setPen(QPen(QColor(0x8a, 0x8f, 0x98), 1.6, Qt::DashLine));
    m_radar->addSeries(m_teamSeries);
    m_radar->addSeries(m_agentSeries);
    m_radarAngles = new QCategoryAxis;
    m_radarAngles->setRange(0, 360);
    m_radarAngles->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *radius = new QValueAxis;
    const ChartAxis scores = scoreAxis();
    radius->setRange(scores.min, scores.max);
    radius->setTickCount(scores.ticks());
    radius->setLabelFormat(QStringLiteral("%d"));
    m_radar->addAxis(m_radarAngles, QPolarChart::PolarOrientationAngular);
    m_radar->addAxis(radius, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : {m_agentSeries, m_teamSeries}) {
        s->attachAxis(m_radarAngles);
        s->attachAxis(radius);
    }
    auto *radarView = new QChartView(m_radar, this);
    radarView->setObjectName(QStringLiteral("radarChart"));
    radarView->setRenderHint(QPainter::Antialiasing);
    radarView->setMinimumSize(260, 200);
    charts->addWidget(radarView, 1);

    auto *trendBox = new QVBoxLayout;
    auto *trendHeader = new QHBoxLayout;
    m_trendLabel = new QLabel(this);
    m_trendMetric = new QComboBox(this);
    m_trendMetric->setObjectName(QStringLiteral("trendMetric"));
    m_trendLabel->setBuddy(m_trendMetric);
    trendHeader->addWidget(m_trendLabel);
    trendHeader->addWidget(m_trendMetric, 1);
    trendBox->addLayout(trendHeader);
    m_trend = new QChart;
    m_trend->setMargins(QMargins(0, 0, 24, 0)); // room for the last week's date under the right edge
    m_trend->legend()->setAlignment(Qt::AlignBottom);
    m_trendSeries = new QLineSeries;
    m_trendSeries->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 2.2));
    m_trendSeries->setPointsVisible(true);
    m_targetSeries = new QLineSeries;
    m_targetSeries->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1.4, Qt::DashLine));
    m_trend->addSeries(m_targetSeries);
    m_trend->addSeries(m_trendSeries);
    m_trendWeeks = new QCategoryAxis;
    m_trendWeeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_trendValues = new QValueAxis;
    m_trend->addAxis(m_trendWeeks, Qt::AlignBottom);
    m_trend->addAxis(m_trendValues, Qt::AlignLeft);
    for (QLineSeries *s : {m_trendSeries, m_targetSeries}) {
        s->attachAxis(m_trendWeeks);
        s->attachAxis(m_trendValues);
    }
    auto *trendView = new QChartView(m_trend, this);
    trendView->setObjectName(QStringLiteral("trendChart"));
    trendView->setRenderHint(QPainter::Antialiasing);
    trendView->setMinimumSize(300, 200);
    trendBox->addWidget(trendView, 1);
    charts->addLayout(trendBox, 1);
    layout->addLayout(charts, 3);
    connect(m_trendMetric, &QComboBox::currentIndexChanged, this, &AgentDetail::showTrend);

    m_tabs = new QTabWidget(this);
    m_reviews = makeTable(m_tabs, QStringLiteral("agentReviews"));
    m_complaints = makeTable(m_tabs, QStringLiteral("agentComplaints"));
    m_reviews->setColumnCount(6);
    m_complaints->setColumnCount(6);
    m_tabs->addTab(m_reviews, QString());
    m_tabs->addTab(m_complaints, QString());
    layout->addWidget(m_tabs, 2);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AgentDetail::showResult);
    retranslate();
    clear();
}

AgentDetail::~AgentDetail()
{
    m_watcher.waitForFinished();
}

void AgentDetail::retranslate()
{
    m_trendLabel->setText(tr("&Weekly trend:"));
    {
        const QSignalBlocker blocker(m_trendMetric);
        const int current = std::max(0, m_trendMetric->currentIndex());
        m_trendMetric->clear();
        m_trendMetric->addItem(tr("Composite score"), -1);
        for (int i = 0; i < ScoreComponentCount; ++i) {
            const auto c = static_cast<ScoreComponent>(i);
            QString metric;
            switch (c) {
            case ScoreComponent::Responsiveness: metric = tr("answered in time (%)"); break;
            case ScoreComponent::Handling: metric = tr("AHT"); break;
            case ScoreComponent::Resolution: metric = tr("FCR (%)"); break;
            case ScoreComponent::Satisfaction: metric = tr("CSAT (1–5)"); break;
            case ScoreComponent::Quality: metric = tr("QA score"); break;
            case ScoreComponent::Discipline: metric = tr("adherence (%)"); break;
            }
            m_trendMetric->addItem(tr("%1: %2").arg(componentName(c), metric), i);
        }
        m_trendMetric->addItem(tr("Contacts handled"), 100);
        m_trendMetric->setCurrentIndex(current);
    }
    m_radar->setTitle(tr("Component scores against the team"));
    m_agentSeries->setName(tr("Agent"));
    m_teamSeries->setName(tr("Team mean"));
    for (const QString &label : m_radarAngles->categoriesLabels())
        m_radarAngles->remove(label);
    for (int i = 0; i < ScoreComponentCount; ++i)
        m_radarAngles->append(componentName(static_cast<ScoreComponent>(i)), i * 60.0);
    if (m_card.agentId.isEmpty())
        m_trendSeries->setName(tr("Agent"));
    m_targetSeries->setName(tr("Target"));
    m_tabs->setTabText(0, tr("QA reviews (%1)").arg(m_reviews->rowCount()));
    m_tabs->setTabText(1, tr("Complaints (%1)").arg(m_complaints->rowCount()));
    m_reviews->setHorizontalHeaderLabels(
        {tr("Reviewed"), tr("Score"), tr("Auto-fail"), tr("Reviewer"), tr("Contact / case"), tr("Notes")});
    m_complaints->setHorizontalHeaderLabels({tr("Case"), tr("Opened"), tr("Priority"), tr("State"), tr("Category"),
                                             tr("Summary")});
    if (!m_card.agentId.isEmpty()) {
        showWaits();
        showRadar();
        showResult();
    }
}

void AgentDetail::showWaits()
{
    // The real-time channels' waits and e-mail's apart, never blended; beside them the share answered
    // within each contact's own channel's threshold (the responsiveness component).
    const ServiceFigures &f = m_card.conversations;
    m_waits->setText(tr("Answered in time %1 · real-time ASA %2, P90 %3 · e-mail reply time %4")
                         .arg(format::percent(m_card.responseWithinTargetPct), format::duration(f.asaRealtimeSeconds),
                              format::duration(f.p90RealtimeSeconds), format::duration(f.emailReplySeconds)));
    m_waits->setToolTip(tr("In time: within the threshold of each contact's own channel. Real-time: chat, phone "
                           "and social. E-mail is apart: its waits of hours would swamp the real-time figures."));
}

void AgentDetail::clear()
{
    m_card = AgentScorecard();
    m_loaded = false;
    m_title->setText(tr("Choose an agent in the table"));
    m_facts->clear();
    m_waits->clear();
    m_agentSeries->clear();
    m_teamSeries->clear();
    m_trendSeries->clear();
    m_targetSeries->clear();
    m_reviews->setRowCount(0);
    m_complaints->setRowCount(0);
    m_reviews->setColumnCount(6);
    m_complaints->setColumnCount(6);
}

void AgentDetail::showAgent(const AgentScorecard &card, const scorecards::ScorecardBook &book)
{
    m_card = card;
    m_average = book.averageScores;
    m_rules = book.rules;
    m_loaded = false;
    m_title->setText(card.name.isEmpty() ? card.agentId : QStringLiteral("%1  %2").arg(card.name, card.agentId));
    m_trendSeries->setName(card.name.isEmpty() ? card.agentId : card.name);
    m_facts->setText(tr("Reading…"));
    showWaits();
    showRadar();
    m_request = scorecards::BookOptions();
    m_request.first = book.first;
    m_request.last = book.last;
    m_request.now = book.now;
    m_request.trendWeeks = TrendWeeks;
    m_request.trendAgent = card.agentId;
    m_zone = book.zone;
    startLoad();
}

void AgentDetail::startLoad()
{
    if (m_watcher.isRunning()) {
        m_loadPending = true;
        return;
    }
    m_loadPending = false;
    // A reading connection of its own, from where the store's file is (no reference to the Store).
    const StoreConnection::Source source = StoreConnection::sourceOf(m_store.database());
    const scorecards::BookOptions options = m_request;
    const QTimeZone zone = m_zone;
    m_watcher.setFuture(runOnWorker(
        source,
        [options, zone](QSqlDatabase &db) {
            Result r;
            r.profile = scorecards::loadAgentProfile(db, zone, options.trendAgent, options.first, options.last,
                                                     &r.error);
            if (r.profile && !scorecards::addTrends(db, zone, options, r.trends, &r.error))
                r.profile.reset();
            return r;
        },
        [](const QString &reason) {
            Result r;
            r.error = reason;
            return r;
        }));
}

void AgentDetail::showRadar()
{
    QList<QPointF> agent, team;
    for (int i = 0; i <= ScoreComponentCount; ++i) {
        const auto c = static_cast<ScoreComponent>(i % ScoreComponentCount);
        agent << QPointF(i * 60.0, scorecards::componentScore(m_card, c).value_or(0));
        team << QPointF(i * 60.0, m_average[std::size_t(i % ScoreComponentCount)].value_or(0));
    }
    m_agentSeries->replace(agent);
    m_teamSeries->replace(team);
}

void AgentDetail::showResult()
{
    if (m_watcher.isRunning())
        return;
    if (m_loadPending) {
        startLoad(); // another agent was chosen meanwhile
        return;
    }
    if (m_watcher.future().isValid() && m_watcher.future().resultCount() > 0)
        m_result = m_watcher.result();
    m_loaded = true;
    if (!m_result.profile) {
        m_facts->setText(tr("Could not read the agent: %1").arg(m_result.error));
        emit loaded();
        return;
    }
    const scorecards::AgentProfile &p = *m_result.profile;
    QStringList facts;
    facts << tr("Team: %1").arg(p.team.isEmpty() ? tr("none") : p.team);
    facts << tr("Certification: %1").arg(certificationName(p.certification));
    if (p.skillLevel)
        facts << tr("Skill level %1").arg(*p.skillLevel);
    if (p.hiredOn.isValid())
        facts << tr("Hired %1").arg(format::date(p.hiredOn));
    if (m_card.rank)
        facts << tr("Rank %1, composite %2")
                     .arg(format::count(*m_card.rank), format::number(m_card.composite, format::ScoreDecimals));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const QTimeZone zone = m_zone;
    m_reviews->setRowCount(int(p.reviews.size()));
    for (int row = 0; row < p.reviews.size(); ++row) {
        const auto &r = p.reviews.at(row);
        // The score as the metrics count it: an auto-failed review is 0 (the recorded score in the tooltip).
        const QStringList cells = {format::dateTime(r.reviewedAt, zone),
                                   format::number(r.autoFail ? 0.0 : r.score, format::ScoreDecimals),
                                   r.autoFail ? tr("yes") : QString(), r.reviewer,
                                   r.conversationId.isEmpty() ? r.complaintId : r.conversationId, r.notes};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (r.autoFail) {
                item->setForeground(QColor(0xc6, 0x28, 0x28));
                item->setToolTip(tr("Auto-fail: a critical item failed, so the review counts 0 (recorded score %1)")
                                     .arg(format::number(r.score, format::ScoreDecimals)));
            }
            m_reviews->setItem(row, col, item);
        }
    }
    m_complaints->setRowCount(int(p.complaints.size()));
    for (int row = 0; row < p.complaints.size(); ++row) {
        const auto &c = p.complaints.at(row);
        const QStringList cells = {c.id, format::dateTime(c.createdAt, zone),
                                   c.priority, stateName(c.state), c.category, c.summary};
        for (int col = 0; col < cells.size(); ++col)
            m_complaints->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_reviews->resizeColumnsToContents();
    m_complaints->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("QA reviews (%1)").arg(p.reviews.size()));
    m_tabs->setTabText(1, tr("Complaints (%1)").arg(p.complaints.size()));
    showTrend();
    emit loaded();
}

void AgentDetail::showTrend()
{
    const QList<QDate> &weeks = m_result.trends.weekStarts;
    const QList<std::optional<AgentScorecard>> series = m_result.trends.weekly.value(m_card.agentId);
    const int metric = m_trendMetric->currentData().toInt();
    for (const QString &label : m_trendWeeks->categoriesLabels())
        m_trendWeeks->remove(label);
    QList<QPointF> points, target;
    double top = 0;
    for (int w = 0; w < weeks.size(); ++w) {
        if ((weeks.size() - 1 - w) % 3 == 0) // every third week, the last one's always: full dates fit
            m_trendWeeks->append(format::date(weeks.at(w)), w);
        const std::optional<AgentScorecard> &card = w < series.size() ? series.at(w) : std::nullopt;
        std::optional<double> value;
        if (card) {
            if (metric < 0)
                value = card->composite;
            else if (metric == 100)
                value = double(card->handled);
            else
                value = scorecards::componentValue(*card, static_cast<ScoreComponent>(metric));
        }
        if (value) {
            points << QPointF(w, *value);
            top = std::max(top, *value);
        }
    }
    if (metric >= 0 && metric < ScoreComponentCount && !weeks.isEmpty()) {
        const double t = m_rules.targets[std::size_t(metric)];
        target << QPointF(0, t) << QPointF(double(weeks.size() - 1), t);
        top = std::max(top, t);
    }
    m_trendWeeks->setRange(-0.4, std::max(1.0, double(weeks.size() - 1)) + 0.4);
    // Round ticks from 0 (core/ChartAxis). AHT is drawn in the unit of its step (seconds, minutes or
    // hours), so that QValueAxis' printf labels read as durations do: "20 s", "4:00", "2:00:00".
    const scorecards::TrendFigure figure = trendFigureOf(metric);
    const ChartAxis axis = scorecards::ScorecardReport::trendAxis(figure, 0, top * 1.05, TrendSteps);
    double unit = 1;
    QString labels = QStringLiteral("%.") + QString::number(axis.decimals()) + QLatin1Char('f');
    if (figure == scorecards::TrendFigure::Aht) {
        unit = axis.step >= 3600 ? 3600 : axis.step >= 60 ? 60 : 1;
        labels = unit >= 3600 ? QStringLiteral("%.0f:00:00")
                 : unit >= 60 ? QStringLiteral("%.0f:00")
                              : format::duration(1.0).replace(QLatin1Char('1'), QStringLiteral("%.0f"));
    }
    for (QList<QPointF> *line : {&points, &target}) {
        for (QPointF &p : *line)
            p.setY(p.y() / unit);
    }
    m_trendValues->setRange(axis.min / unit, axis.max / unit);
    m_trendValues->setTickCount(axis.ticks());
    m_trendValues->setLabelFormat(labels);
    m_trendSeries->replace(points);
    m_targetSeries->replace(target);
    m_targetSeries->setVisible(!target.isEmpty());
    m_trend->setTitle(m_trendMetric->currentText());
}

int AgentDetail::reviewRows() const
{
    return m_reviews->rowCount();
}

int AgentDetail::complaintRows() const
{
    return m_complaints->rowCount();
}

std::optional<double> AgentDetail::lastTrendComposite() const
{
    const QList<std::optional<AgentScorecard>> series = m_result.trends.weekly.value(m_card.agentId);
    return series.isEmpty() || !series.constLast() ? std::nullopt : series.constLast()->composite;
}

int AgentDetail::trendPoints() const
{
    return int(m_trendSeries->count());
}

} // namespace kefu::ui
