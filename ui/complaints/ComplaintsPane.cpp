#include "ComplaintsPane.h"

#include "CaseActionDialog.h"
#include "CaseDetailView.h"
#include "ComplaintChartsView.h"
#include "ComplaintExport.h"
#include "NewCaseDialog.h"
#include "agents/Teams.h"
#include "complaints/CaseChoices.h"
#include "complaints/CaseListModel.h"
#include "complaints/ComplaintService.h"
#include "core/Formats.h"
#include "core/Vocabulary.h"
#include "live/FeedStatus.h"
#include "store/Store.h"
#include "store/StoreWorker.h"
#include "widgets/PaneParts.h"
#include "widgets/RatingColours.h"
#include "widgets/RatingLegend.h"
#include "widgets/TableExport.h"
#include "widgets/TrayNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <numeric>

namespace kefu::ui {

using complaints::CaseAction;
using complaints::CaseFilter;
using complaints::CaseList;
using complaints::CaseListModel;
using complaints::CaseListRow;

namespace {

constexpr int PageSize = 200;
constexpr int AnyTime = -1;
constexpr int NoticeRefreshSeconds = 60;

// The state filter's special choices besides one state.
const QString OpenStates = QStringLiteral(":open");
const QString DueStates = QStringLiteral(":due");

QStringList openStates()
{
    return {QStringLiteral("new"), QStringLiteral("acknowledged"), QStringLiteral("investigating"),
            QStringLiteral("proposed"), QStringLiteral("awaiting_feedback")};
}

QString stateName(const QString &id)
{
    return complaints::CaseDetail::valueText(QStringLiteral("state"), id);
}

qint64 storeNow(QSqlDatabase &db)
{
    return live::feed::storeNow(db, QDateTime::currentSecsSinceEpoch());
}

// The period's local days as UTC instants; (0, 0) for any time.
struct PeriodRequest
{
    int preset = AnyTime;
    QDate from, to;
};

std::pair<qint64, qint64> periodBounds(const PeriodRequest &p, const QTimeZone &zone, qint64 now,
                                       std::optional<qint64> firstCase, bool forCharts)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    QDate first, last;
    if (p.preset == AnyTime) {
        if (!forCharts)
            return {0, 0};
        first = firstCase ? QDateTime::fromSecsSinceEpoch(*firstCase, zone).date() : today;
        last = today;
    } else if (PeriodPreset(p.preset) == PeriodPreset::Custom) {
        first = p.from;
        last = p.to;
    } else {
        std::tie(first, last) = presetDates(PeriodPreset(p.preset), today);
    }
    const auto period = ReportPeriod::fromDates(first, std::max(first, last), zone);
    if (!period)
        return {0, 0};
    return {period->startUtc(), period->endUtc()};
}

} // namespace

ComplaintsPane::ComplaintsPane(Store &store, const Session &session, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_session(session)
    , m_zone(store.timeZone())
{
    setObjectName(QStringLiteral("complaintsPane"));
    buildUi();
    connect(&m_listWatcher, &QFutureWatcherBase::finished, this, &ComplaintsPane::listLoaded);
    connect(&m_chartsWatcher, &QFutureWatcherBase::finished, this, &ComplaintsPane::chartsLoaded);
    connect(&m_detailWatcher, &QFutureWatcherBase::finished, this, &ComplaintsPane::detailLoaded);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, &ComplaintsPane::exportFinished);
    connect(&m_countsWatcher, &QFutureWatcherBase::finished, this, &ComplaintsPane::countsLoaded);
    connect(&m_noticesWatcher, &QFutureWatcherBase::finished, this, &ComplaintsPane::noticesLoaded);
    retranslate();
    reload();
}

ComplaintsPane::~ComplaintsPane()
{
    m_listWatcher.waitForFinished();
    m_chartsWatcher.waitForFinished();
    m_detailWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
    m_countsWatcher.waitForFinished();
    m_noticesWatcher.waitForFinished();
}

bool ComplaintsPane::isReady() const
{
    // The busy flags, not the watchers: a job that has finished but whose result has not been shown yet
    // is not ready.
    return m_listLoaded && m_chartsLoaded && !m_listBusy && !m_detailBusy && !m_chartsBusy && !m_countsBusy &&
           !m_noticesBusy;
}

qint64 ComplaintsPane::now() const
{
    return m_baseNow + (m_sinceRead.isValid() ? m_sinceRead.elapsed() / 1000 : 0);
}

void ComplaintsPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_title = parts::addPaneTitle(this, header);
    m_period = parts::addPeriodFields(this, header, [this] {
        if (m_period.preset->currentData().toInt() == int(PeriodPreset::Custom))
            periodChanged();
    });
    m_period.from->setDate(QDate::currentDate());
    m_period.to->setDate(QDate::currentDate());
    header->addStretch(1);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCase"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_new->setEnabled(m_session.can(Permission::RecordComplaints) && !m_store.isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &ComplaintsPane::newCase);
    header->addWidget(m_new);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportComplaints"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setEnabled(m_session.can(Permission::ExportData) && !m_store.isReadOnly());
    connect(m_export, &QPushButton::clicked, this, &ComplaintsPane::chooseExport);
    header->addWidget(m_export);
    m_sla = new QPushButton(this);
    m_sla->setObjectName(QStringLiteral("editSla"));
    connect(m_sla, &QPushButton::clicked, this, &Pane::storeSettingsRequested);
    header->addWidget(m_sla);
    layout->addLayout(header);
    connect(m_period.preset, &QComboBox::currentIndexChanged, this, &ComplaintsPane::periodChanged);

    // Notices of near-due and overdue cases: raised once, acknowledged by a person.
    m_noticeBar = new QFrame(this);
    m_noticeBar->setObjectName(QStringLiteral("complaintNotices"));
    m_noticeBar->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(8, 4, 8, 4);
    m_noticeText = new QLabel(m_noticeBar);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    noticeLayout->addWidget(m_noticeText, 1);
    m_noticeShow = new QPushButton(m_noticeBar);
    m_noticeShow->setObjectName(QStringLiteral("showDueCases"));
    connect(m_noticeShow, &QPushButton::clicked, this, [this] {
        m_overdue->setChecked(false);
        m_state->setCurrentIndex(m_state->findData(DueStates));
        showCharts(false);
    });
    noticeLayout->addWidget(m_noticeShow);
    m_noticeAcknowledge = new QPushButton(m_noticeBar);
    m_noticeAcknowledge->setObjectName(QStringLiteral("acknowledgeNotices"));
    m_noticeAcknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_noticeAcknowledge, &QPushButton::clicked, this, [this] {
        m_notices.acknowledgeAll(m_session.userName(), now());
        showNotices();
    });
    noticeLayout->addWidget(m_noticeAcknowledge);
    m_noticeBar->hide();
    layout->addWidget(m_noticeBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    auto *casesPage = new QWidget(m_tabs);
    auto *cases = new QVBoxLayout(casesPage);
    cases->setContentsMargins(0, 6, 0, 0);
    cases->setSpacing(6);

    // Filters: two rows, the choices first, then the search and the overdue switch.
    auto *filters = new QHBoxLayout;
    auto combo = [&](const char *name, int minimumLength) {
        auto *c = new QComboBox(casesPage);
        c->setObjectName(QLatin1String(name));
        c->setMinimumContentsLength(minimumLength);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filters->addWidget(c, 1);
        connect(c, &QComboBox::currentIndexChanged, this, [this] { reloadList(); });
        return c;
    };
    m_state = combo("stateFilter", 10);
    m_priority = combo("priorityFilter", 4);
    m_owner = combo("ownerFilter", 6);
    m_team = combo("teamFilter", 6);
    m_category = combo("categoryFilter", 6);
    m_rootCause = combo("rootCauseFilter", 8);
    cases->addLayout(filters);
    auto *filters2 = new QHBoxLayout;
    m_search = new QLineEdit(casesPage);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    filters2->addWidget(m_search, 2);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showCharts(false);
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { reloadList(); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    m_overdue = new QCheckBox(casesPage);
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    connect(m_overdue, &QCheckBox::toggled, this, [this] { reloadList(); });
    filters2->addWidget(m_overdue);
    m_chartFilter = new QLabel(casesPage);
    m_chartFilter->setObjectName(QStringLiteral("chartFilter"));
    filters2->addWidget(m_chartFilter);
    m_clearChartFilter = new QToolButton(casesPage);
    m_clearChartFilter->setObjectName(QStringLiteral("clearChartFilter"));
    m_clearChartFilter->setText(QStringLiteral("✕"));
    connect(m_clearChartFilter, &QToolButton::clicked, this, [this] {
        m_closeFrom = m_closeTo = -1;
        m_weekFrom = m_weekTo = 0;
        reloadList();
    });
    filters2->addWidget(m_clearChartFilter);
    m_chartFilter->hide();
    m_clearChartFilter->hide();
    m_countsLabel = new QLabel(casesPage);
    m_countsLabel->setObjectName(QStringLiteral("stateCounts"));
    filters2->addWidget(m_countsLabel, 3);
    cases->addLayout(filters2);

    m_splitter = new QSplitter(Qt::Horizontal, casesPage);
    auto *listPart = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_model = new CaseListModel(m_zone, this);
    m_table = new QTableView(listPart);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RatingColours(RatingColours::Cells::Plain, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Ids, states, owners and times whole; the summary takes the rest (its tooltip has it all).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::SummaryColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    // The list fits beside the case: customer, category and creation are in the case's detail.
    for (const int hidden : {int(CaseListModel::CustomerColumn), int(CaseListModel::CategoryColumn),
                             int(CaseListModel::CreatedColumn)})
        m_table->setColumnHidden(hidden, true);
    listLayout->addWidget(m_table, 1);
    auto *listFoot = new QHBoxLayout;
    m_listStatus = new QLabel(listPart);
    m_listStatus->setObjectName(QStringLiteral("listStatus"));
    m_listStatus->setForegroundRole(QPalette::PlaceholderText);
    listFoot->addWidget(m_listStatus, 1);
    m_legend = new RatingLegend(listPart);
    m_legend->setObjectName(QStringLiteral("complaintsLegend"));
    listFoot->addWidget(m_legend);
    listLayout->addLayout(listFoot);
    m_splitter->addWidget(listPart);
    m_detail = new CaseDetailView(m_session, m_splitter);
    m_detail->setZone(m_zone);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 6);
    m_splitter->setStretchFactor(1, 5);
    cases->addWidget(m_splitter, 1);
    m_tabs->addTab(casesPage, QString());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString id = current.data(CaseListModel::CaseIdRole).toString();
                if (id != m_selectedId)
                    loadDetail(id);
            });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_more && value >= m_table->verticalScrollBar()->maximum() - 2 && !m_listBusy)
            reloadList(true);
    });
    connect(m_detail, &CaseDetailView::actionRequested, this, &ComplaintsPane::requestAction);
    connect(m_detail, &CaseDetailView::caseActivated, this, &ComplaintsPane::selectCase);

    m_charts = new ComplaintChartsView(m_tabs);
    m_tabs->addTab(m_charts, QString());
    connect(m_charts, &ComplaintChartsView::barClicked, this,
            [this](ComplaintChartsView::Chart chart, int index) { chartClicked(int(chart), index); });
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("complaintsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ComplaintsPane::tick);
    m_ticker->start();
}

void ComplaintsPane::retranslate()
{
    m_title->setText(tr("Complaints"));
    m_period.label->setText(tr("Created &in:"));
    {
        const QSignalBlocker blocker(m_period.preset);
        const QVariant current = m_period.preset->count() > 0 ? m_period.preset->currentData() : QVariant(AnyTime);
        m_period.preset->clear();
        m_period.preset->addItem(tr("Any time"), AnyTime);
        m_period.preset->addItem(tr("Last 7 days"), int(PeriodPreset::Last7Days));
        m_period.preset->addItem(tr("Last 30 days"), int(PeriodPreset::Last30Days));
        m_period.preset->addItem(tr("Last 90 days"), int(PeriodPreset::Last90Days));
        m_period.preset->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
        m_period.preset->addItem(tr("Last month"), int(PeriodPreset::LastMonth));
        m_period.preset->addItem(tr("This quarter"), int(PeriodPreset::ThisQuarter));
        m_period.preset->addItem(tr("Custom"), int(PeriodPreset::Custom));
        m_period.preset->setCurrentIndex(std::max(0, m_period.preset->findData(current)));
    }
    parts::enableCustomDates(m_period);
    m_new->setText(tr("&New case…"));
    m_new->setToolTip(m_session.can(Permission::RecordComplaints)
                          ? tr("Record a complaint by hand (Ctrl+N). From a conversation: Open a complaint… in the "
                               "queue monitor's contact lists.")
                          : tr("Your role may read complaints but not record them."));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("The complaint report of this period (the same as `kefudesk report complaints`): CSV, "
                            "XLSX, or a PDF with the charts and the overdue cases. Ctrl+Shift+E"));
    m_sla->setText(tr("SLA &hours…"));
    m_sla->setToolTip(m_session.can(Permission::EditTargets)
                          ? tr("Change the hours allowed to acknowledge and resolve per priority.")
                          : tr("See the hours allowed to acknowledge and resolve (team leads and administrators "
                               "change them)."));
    m_noticeShow->setText(tr("Show them"));
    m_noticeAcknowledge->setText(tr("Ac&knowledge"));
    m_noticeAcknowledge->setToolTip(tr("Mark these notices as seen (Ctrl+K); a case that becomes overdue later "
                                       "raises a new one."));
    m_tabs->setTabText(0, tr("&Cases"));
    m_tabs->setTabText(1, tr("C&harts"));
    {
        const QSignalBlocker b(m_state);
        const QVariant current = m_state->count() > 0 ? m_state->currentData() : QVariant(OpenStates);
        m_state->clear();
        m_state->addItem(tr("Open cases"), OpenStates);
        m_state->addItem(tr("Near due or overdue"), DueStates);
        m_state->addItem(tr("All states"), QString());
        for (const QString &s : complaints::CaseRules::states())
            m_state->addItem(stateName(s), s);
        m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
        m_state->setToolTip(tr("State"));
    }
    {
        const QSignalBlocker b(m_priority);
        const QVariant current = m_priority->currentData();
        m_priority->clear();
        m_priority->addItem(tr("All priorities"), QString());
        m_priority->addItem(tr("P1 urgent"), QStringLiteral("P1"));
        m_priority->addItem(tr("P2 high"), QStringLiteral("P2"));
        m_priority->addItem(tr("P3 normal"), QStringLiteral("P3"));
        m_priority->setCurrentIndex(std::max(0, m_priority->findData(current)));
        m_priority->setToolTip(tr("Priority"));
    }
    {
        const QSignalBlocker b(m_rootCause);
        const QVariant current = m_rootCause->currentData();
        m_rootCause->clear();
        m_rootCause->addItem(tr("All root causes"), QString());
        for (int i = 0; i < RootCauseCount; ++i)
            m_rootCause->addItem(rootCauseName(RootCause(i)), rootCauseId(RootCause(i)));
        m_rootCause->setCurrentIndex(std::max(0, m_rootCause->findData(current)));
        m_rootCause->setToolTip(tr("Root cause"));
    }
    m_owner->setToolTip(tr("Owner"));
    m_team->setToolTip(tr("Team of the agent the complaint is about"));
    m_category->setToolTip(tr("Category"));
    for (QComboBox *c : {m_owner, m_team, m_category}) {
        if (c->count() > 0)
            c->setItemText(0, c == m_owner ? tr("All owners") : c == m_team ? tr("All teams") : tr("All categories"));
    }
    m_search->setPlaceholderText(tr("Search summary, description, customer, order or case (Ctrl+F)"));
    m_overdue->setText(tr("&Overdue only"));
    m_clearChartFilter->setToolTip(tr("Show every case again, not only the chart's bar"));
    m_legend->setEntries({[] {
                              auto e = RatingLegend::rated(Rating::Near, CaseListModel::nearDueMeaning());
                              e.label = tr("Near due");
                              return e;
                          }(),
                          [] {
                              auto e = RatingLegend::rated(Rating::Off, CaseListModel::overdueMeaning());
                              e.label = tr("Overdue");
                              return e;
                          }(),
                          RatingLegend::muted(tr("Ended"), CaseListModel::endedMeaning())});
    m_detail->retranslate();
    m_charts->retranslate();
    showCounts();
    showNotices();
}

void ComplaintsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Pane::changeEvent(event);
}

CaseFilter ComplaintsPane::filter() const
{
    CaseFilter f;
    const QString state = m_state->currentData().toString();
    if (state == OpenStates)
        f.states = openStates();
    else if (state == DueStates)
        f.nearDueOnly = true;
    else if (!state.isEmpty())
        f.states = {state};
    f.priority = m_priority->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.team = m_team->currentData().toString();
    f.category = m_category->currentData().toString();
    f.rootCause = m_rootCause->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.text = m_search->text();
    f.closedAfterSeconds = m_closeFrom;
    f.closedWithinSeconds = m_closeTo;
    // An agent sees the cases about them (docs/roles.md).
    if (!m_session.isSingleUser() && m_session.role() == Role::Agent)
        f.agentId = m_session.agentId().isEmpty() ? QStringLiteral("\x01") : m_session.agentId();
    return f;
}

void ComplaintsPane::setFilter(const CaseFilter &f)
{
    auto pick = [](QComboBox *c, const QString &value) {
        const QSignalBlocker b(c);
        int i = c->findData(value);
        if (i < 0 && !value.isEmpty()) {
            c->addItem(value, value);
            i = c->count() - 1;
        }
        c->setCurrentIndex(std::max(0, i));
    };
    QString state;
    if (f.nearDueOnly)
        state = DueStates;
    else if (f.states == openStates())
        state = OpenStates;
    else if (f.states.size() == 1)
        state = f.states.constFirst();
    pick(m_state, state);
    pick(m_priority, f.priority);
    pick(m_owner, f.owner);
    pick(m_team, f.team);
    pick(m_category, f.category);
    pick(m_rootCause, f.rootCause);
    {
        const QSignalBlocker b(m_overdue);
        m_overdue->setChecked(f.overdueOnly);
    }
    {
        const QSignalBlocker b(m_search);
        m_search->setText(f.text);
    }
    m_closeFrom = f.closedAfterSeconds;
    m_closeTo = f.closedWithinSeconds;
    reloadList();
}

void ComplaintsPane::setPeriod(PeriodPreset preset, QDate first, QDate last)
{
    parts::choosePeriod(m_period, preset, first, last, [this] { periodChanged(); });
}

void ComplaintsPane::periodChanged()
{
    parts::enableCustomDates(m_period);
    m_weekFrom = m_weekTo = 0;
    reload();
}

void ComplaintsPane::showCharts(bool charts)
{
    m_tabs->setCurrentIndex(charts ? 1 : 0);
}

void ComplaintsPane::reload()
{
    m_readySent = false;
    reloadList();
    reloadCharts();
    reloadNotices();
}

void ComplaintsPane::reloadList(bool append)
{
    if (m_listBusy) {
        // The newest filter wins; a page asked for meanwhile is asked again after it.
        if (append)
            m_appendPending = true;
        else
            m_listPending = true;
        return;
    }
    m_appending = append && !m_model->rows().isEmpty();
    CaseFilter f = filter();
    PeriodRequest period{m_period.preset->currentData().toInt(), m_period.from->date(), m_period.to->date()};
    const qint64 weekFrom = m_weekFrom, weekTo = m_weekTo;
    std::optional<complaints::CasePageKey> after;
    if (m_appending) {
        const CaseListRow &last = m_model->rows().constLast();
        after = complaints::CasePageKey{last.facts.createdAt, last.id};
    }
    const bool showChartFilter = m_closeFrom >= 0 || m_closeTo >= 0 || weekFrom > 0;
    m_chartFilter->setVisible(showChartFilter);
    m_clearChartFilter->setVisible(showChartFilter);
    if (showChartFilter) {
        if (weekFrom > 0)
            m_chartFilter->setText(tr("Week of %1").arg(format::date(QDateTime::fromSecsSinceEpoch(weekFrom, m_zone).date())));
        else
            m_chartFilter->setText(tr("Closed %1").arg(m_closeTo >= 0 ? tr("%1–%2 h after opening")
                                                                            .arg(m_closeFrom / 3600)
                                                                            .arg(m_closeTo / 3600)
                                                                      : tr("%1 h or more after opening").arg(m_closeFrom / 3600)));
    }
    if (!m_appending)
        m_listStatus->setText(tr("Reading the cases…"));
    const Store &store = m_store;
    m_listBusy = true;
    m_listWatcher.setFuture(runOnWorker(
        store,
        [&store, f, period, after, weekFrom, weekTo](QSqlDatabase &db) mutable {
            ListResult r;
            r.now = storeNow(db);
            const QTimeZone zone = store.timeZone(db);
            std::tie(f.createdFrom, f.createdTo) = periodBounds(period, zone, r.now, std::nullopt, false);
            if (weekFrom > 0) {
                f.createdFrom = std::max(f.createdFrom, weekFrom);
                f.createdTo = f.createdTo > 0 ? std::min(f.createdTo, weekTo) : weekTo;
            }
            r.rows = CaseList::page(db, f, after, PageSize + 1, r.now, &r.error);
            r.more = r.rows.size() > PageSize;
            if (r.more)
                r.rows.removeLast();
            r.filter = f;
            return r;
        },
        [](const QString &reason) {
            ListResult r;
            r.error = reason;
            return r;
        }));
}

void ComplaintsPane::listLoaded()
{
    m_listBusy = false;
    ListResult r = m_listWatcher.result();
    if (m_listPending) {
        m_listPending = false;
        m_appendPending = false;
        reloadList();
        return;
    }
    m_baseNow = r.now;
    m_sinceRead.start();
    if (!r.error.isEmpty()) {
        m_listStatus->setText(tr("The cases could not be read: %1").arg(r.error));
        m_listLoaded = true;
        markReady();
        return;
    }
    m_model->setNow(r.now);
    m_more = r.more;
    if (m_appending) {
        m_model->appendRows(std::move(r.rows));
    } else {
        m_model->setRows(std::move(r.rows));
        // The rows first, then the counts per state (a second read: the first rows do not wait for it).
        reloadCounts(r.filter);
    }
    m_listLoaded = true;
    showListStatus();
    // Keep the chosen case chosen; else choose the first.
    int row = m_selectedId.isEmpty() ? -1 : m_model->rowOf(m_selectedId);
    if (row < 0 && m_selectedId.isEmpty() && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QSignalBlocker b(m_table->selectionModel());
        m_table->selectRow(row);
    }
    if (!m_appending) {
        if (row >= 0 && m_model->rows().at(row).id != m_selectedId)
            loadDetail(m_model->rows().at(row).id);
        else if (row >= 0)
            loadDetail(m_selectedId); // the case may have changed
        else if (m_selectedId.isEmpty())
            m_detail->showCase(std::nullopt, now());
    }
    if (m_appendPending) {
        m_appendPending = false;
        reloadList(true);
    }
    markReady();
}

void ComplaintsPane::reloadCounts(const CaseFilter &f)
{
    if (m_countsBusy) {
        m_countsPending = f;
        return;
    }
    m_countsBusy = true;
    m_countsWatcher.setFuture(runOnWorker(
        m_store,
        [f](QSqlDatabase &db) {
            std::pair<QMap<QString, qint64>, QString> r;
            r.first = CaseList::countsByState(db, f, storeNow(db), &r.second);
            return r;
        },
        [](const QString &reason) { return std::pair<QMap<QString, qint64>, QString>({}, reason); }));
}

void ComplaintsPane::countsLoaded()
{
    m_countsBusy = false;
    const auto r = m_countsWatcher.result();
    if (m_countsPending) {
        const CaseFilter next = *m_countsPending;
        m_countsPending.reset();
        reloadCounts(next);
        return;
    }
    m_counts = r.first;
    if (!r.second.isEmpty())
        m_status->setText(tr("The counts per state could not be read: %1").arg(r.second));
    showCounts();
    showListStatus();
    markReady();
}

void ComplaintsPane::showListStatus()
{
    const qint64 matching = [&] {
        if (m_countsBusy)
            return qint64(-1);
        const QString state = m_state->currentData().toString();
        if (state == OpenStates) {
            qint64 n = 0;
            for (const QString &s : openStates())
                n += m_counts.value(s);
            return n;
        }
        if (state.isEmpty())
            return std::accumulate(m_counts.cbegin(), m_counts.cend(), qint64(0));
        if (state == DueStates)
            return qint64(-1);
        return m_counts.value(state);
    }();
    const int shown = m_model->rowCount();
    if (!m_more)
        m_listStatus->setText(tr("%n case(s).", nullptr, shown));
    else if (matching >= 0 && !m_overdue->isChecked())
        m_listStatus->setText(tr("%1 of %2 cases shown; scroll for more.").arg(format::count(shown), format::count(matching)));
    else
        m_listStatus->setText(tr("%1 cases shown; scroll for more.").arg(format::count(shown)));
}

void ComplaintsPane::showCounts()
{
    if (m_counts.isEmpty() && !m_listLoaded) {
        m_countsLabel->clear();
        return;
    }
    QStringList parts;
    qint64 total = 0;
    for (const QString &s : complaints::CaseRules::states()) {
        const qint64 n = m_counts.value(s);
        total += n;
        parts << tr("%1 %2").arg(stateName(s), format::count(n));
    }
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
    m_countsLabel->setToolTip(tr("Cases per state with the filters other than the state: %1 in all.").arg(format::count(total)));
}

void ComplaintsPane::reloadCharts()
{
    if (m_chartsBusy) {
        m_chartsPending = true;
        return;
    }
    PeriodRequest period{m_period.preset->currentData().toInt(), m_period.from->date(), m_period.to->date()};
    const Store &store = m_store;
    m_chartsBusy = true;
    m_chartsWatcher.setFuture(runOnWorker(
        store,
        [&store, period](QSqlDatabase &db) {
            ChartsResult r;
            r.now = storeNow(db);
            r.zone = store.timeZone(db);
            const std::optional<qint64> first = CaseList::firstCreated(db, &r.error);
            std::tie(r.fromUtc, r.toUtc) = periodBounds(period, r.zone, r.now, first, true);
            r.charts = complaints::ComplaintCharts::read(db, r.fromUtc, r.toUtc, r.zone, &r.error);
            const complaints::CaseChoices choices = complaints::CaseChoices::read(db, &r.error);
            r.owners = choices.owners;
            r.categories = choices.categories;
            r.teams = agents::teamNames(db);
            return r;
        },
        [](const QString &reason) {
            ChartsResult r;
            r.error = reason;
            return r;
        }));
}

void ComplaintsPane::setChoices(QComboBox *combo, const QStringList &values, const QString &anyText)
{
    const QSignalBlocker b(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    int i = combo->findData(current);
    if (i < 0 && !current.isEmpty()) {
        combo->addItem(current, current);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, i));
}

void ComplaintsPane::chartsLoaded()
{
    m_chartsBusy = false;
    ChartsResult r = m_chartsWatcher.result();
    if (m_chartsPending) {
        m_chartsPending = false;
        reloadCharts();
        return;
    }
    m_chartsLoaded = true;
    if (r.zone.isValid() && r.zone != m_zone) {
        m_zone = r.zone;
        m_detail->setZone(m_zone);
    }
    if (!r.error.isEmpty())
        m_status->setText(tr("The charts could not be read: %1").arg(r.error));
    else
        m_status->clear();
    // The date fields show the period the charts cover (disabled unless Custom).
    if (m_period.preset->currentData().toInt() != int(PeriodPreset::Custom) && r.toUtc > r.fromUtc) {
        const QSignalBlocker a(m_period.from);
        const QSignalBlocker b(m_period.to);
        m_period.from->setDate(QDateTime::fromSecsSinceEpoch(r.fromUtc, m_zone).date());
        m_period.to->setDate(QDateTime::fromSecsSinceEpoch(r.toUtc - 1, m_zone).date());
    }
    setChoices(m_owner, r.owners, tr("All owners"));
    setChoices(m_team, r.teams, tr("All teams"));
    setChoices(m_category, r.categories, tr("All categories"));
    if (r.charts)
        m_charts->setCharts(*r.charts);
    markReady();
}

void ComplaintsPane::reloadNotices()
{
    if (m_noticesBusy) {
        m_noticesPending = true;
        return;
    }
    CaseFilter due;
    due.nearDueOnly = true;
    due.agentId = filter().agentId;
    m_noticesBusy = true;
    m_noticesWatcher.setFuture(runOnWorker(
        m_store,
        [due](QSqlDatabase &db) {
            NoticesResult r;
            r.now = storeNow(db);
            r.rows = CaseList::page(db, due, std::nullopt, 1000, r.now, &r.error);
            return r;
        },
        [](const QString &reason) {
            NoticesResult r;
            r.error = reason;
            return r;
        }));
}

void ComplaintsPane::noticesLoaded()
{
    m_noticesBusy = false;
    const NoticesResult r = m_noticesWatcher.result();
    if (m_noticesPending) {
        m_noticesPending = false;
        reloadNotices();
        return;
    }
    if (!r.error.isEmpty())
        m_status->setText(tr("The notices could not be read: %1").arg(r.error));
    const QList<complaints::CaseNotice> raised = m_notices.update(r.rows, r.now);
    showNotices();
    if (!raised.isEmpty()) {
        // Like the queue's alerts: the tray says so once per new notice (not on the offscreen platform).
        if (!m_tray)
            m_tray = new TrayNotice(this, tr("KefuDesk complaints"));
        const complaints::CaseNotice &first = raised.first();
        const QString what = first.overdue ? tr("%1 (%2) is overdue: %3").arg(first.caseId, first.priority, first.summary)
                                           : tr("%1 (%2) is near due: %3").arg(first.caseId, first.priority, first.summary);
        m_tray->show(tr("Complaint notice"), raised.size() == 1 ? what
                                                                 : tr("%n new notices; the first: %1", nullptr,
                                                                      int(raised.size()))
                                                                       .arg(what));
    }
    markReady();
}

void ComplaintsPane::showNotices()
{
    const QList<complaints::CaseNotice> &all = m_notices.notices();
    if (all.isEmpty()) {
        m_noticeBar->hide();
        return;
    }
    const int overdue = m_notices.overdue();
    const int near = int(all.size()) - overdue;
    const int open = m_notices.unacknowledged();
    QStringList ids;
    for (const complaints::CaseNotice &n : all) {
        if (ids.size() == 3)
            break;
        if (!n.acknowledged)
            ids << n.caseId;
    }
    QString text = tr("%1 overdue and %2 near-due cases need attention.")
                       .arg(format::count(overdue), format::count(near));
    if (open > 0)
        text += QLatin1Char(' ') + tr("New: %1%2").arg(ids.join(QStringLiteral(", ")),
                                                        open > ids.size() ? tr(" and %n more", nullptr, open - int(ids.size()))
                                                                          : QString());
    else
        text += QLatin1Char(' ') + tr("(seen)");
    m_noticeText->setText(text);
    QPalette p = m_noticeBar->palette();
    const Rating rating = overdue > 0 ? Rating::Off : Rating::Near;
    p.setColor(QPalette::WindowText, open > 0 ? RatingColours::of(rating) : palette().color(QPalette::WindowText));
    m_noticeText->setPalette(p);
    m_noticeText->setToolTip(RatingColours::describe(rating, overdue > 0 ? CaseListModel::overdueMeaning()
                                                                          : CaseListModel::nearDueMeaning()));
    m_noticeAcknowledge->setEnabled(open > 0);
    m_noticeBar->show();
}

void ComplaintsPane::tick()
{
    if (!m_sinceRead.isValid())
        return;
    const qint64 t = now();
    m_model->setNow(t);
    m_detail->setNow(t);
    // Notices are read again every minute (the near-due and overdue cases alone, on a worker).
    if (m_sinceRead.elapsed() / 1000 % NoticeRefreshSeconds == NoticeRefreshSeconds - 1 && isVisible())
        reloadNotices();
}

void ComplaintsPane::loadDetail(const QString &caseId)
{
    m_selectedId = caseId;
    if (m_detailBusy) {
        m_detailPending = caseId;
        return;
    }
    const Store &store = m_store;
    m_detailBusy = true;
    m_detailWatcher.setFuture(runOnWorker(
        store,
        [caseId](QSqlDatabase &db) {
            DetailResult r;
            r.now = storeNow(db);
            r.detail = complaints::CaseDetail::load(db, caseId, r.now, &r.error);
            if (!r.detail && r.error.isEmpty())
                r.error = tr("There is no complaint %1.").arg(caseId);
            return r;
        },
        [](const QString &reason) {
            DetailResult r;
            r.error = reason;
            return r;
        }));
}

void ComplaintsPane::detailLoaded()
{
    m_detailBusy = false;
    DetailResult r = m_detailWatcher.result();
    if (!m_detailPending.isEmpty()) {
        const QString next = m_detailPending;
        m_detailPending.clear();
        loadDetail(next);
        return;
    }
    if (r.detail && r.detail->id != m_selectedId)
        return;
    if (!r.detail)
        m_detail->showMessage(r.error);
    else
        m_detail->showCase(r.detail, now());
    markReady();
}

void ComplaintsPane::showItem(const QString &item)
{
    if (item == QLatin1String("charts")) {
        showCharts(true);
        return;
    }
    m_selectedId = item;
    reload();
    selectCase(item);
}

void ComplaintsPane::selectCase(const QString &caseId)
{
    showCharts(false);
    const int row = m_model->rowOf(caseId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
    }
    loadDetail(caseId);
}

QString ComplaintsPane::act(const complaints::ActionInput &input)
{
    const auto &d = m_detail->detail();
    if (!d)
        return tr("Choose a case first.");
    complaints::ComplaintService service(m_store.database(), m_session, m_zone);
    const complaints::ActionResult result = service.act(d->id, d->lastEvent, input, now());
    acted(d->id, input.action, result);
    return result.ok() ? QString() : result.message;
}

void ComplaintsPane::acted(const QString &caseId, CaseAction action, const complaints::ActionResult &result)
{
    if (result.ok()) {
        m_status->setText(tr("%1: %2 done.").arg(caseId, complaints::ComplaintService::actionTitle(action)));
        reload();
        loadDetail(caseId);
    } else if (result.status == complaints::ActionResult::Status::Stale) {
        // Somebody else changed the case: show it as it is now.
        m_status->setText(result.message);
        loadDetail(caseId);
    }
}

void ComplaintsPane::requestAction(CaseAction action)
{
    const auto &d = m_detail->detail();
    if (!d)
        return;
    const QString caseId = d->id;
    QStringList owners;
    for (int i = 1; i < m_owner->count(); ++i)
        owners << m_owner->itemData(i).toString();
    // The dialog asks, acts through the service and shows a refusal itself (what was typed stays).
    const std::optional<complaints::ActionResult> result =
        CaseActionDialog::run(m_store, m_session, action, CaseActionFacts::of(*d), owners, this, now());
    if (result)
        acted(caseId, action, *result);
}

void ComplaintsPane::newCase()
{
    const std::optional<QString> id = NewCaseDialog::createCase(m_store, m_session, {}, this, now());
    if (!id)
        return;
    m_status->setText(tr("Complaint %1 recorded.").arg(*id));
    m_selectedId = *id;
    reload();
    loadDetail(*id);
}

void ComplaintsPane::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the complaint report"),
        QDir::home().filePath(QStringLiteral("complaints-%1.xlsx").arg(format::date(QDateTime::fromSecsSinceEpoch(now(), m_zone).date()))),
        tr("Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    exportTo(path);
}

void ComplaintsPane::exportTo(const QString &path)
{
    if (m_exportWatcher.isRunning())
        return;
    const complaints::ComplaintCharts &c = m_charts->charts();
    ComplaintExportRequest request;
    request.path = path;
    // The charts' period: "any time" runs from the first case to today.
    const PeriodRequest period{m_period.preset->currentData().toInt(), m_period.from->date(), m_period.to->date()};
    std::optional<qint64> first;
    if (!c.weeks.isEmpty())
        first = c.weeks.constFirst().fromUtc;
    const auto [fromUtc, toUtc] = periodBounds(period, m_zone, now(), first, true);
    request.first = QDateTime::fromSecsSinceEpoch(fromUtc, m_zone).date();
    request.last = QDateTime::fromSecsSinceEpoch(toUtc - 1, m_zone).date();
    request.now = now();
    request.overdueScope.agentId = filter().agentId;
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_export->setEnabled(false);
    const Store &store = m_store;
    const Session session = m_session;
    m_exportWatcher.setFuture(runOnWorker(
        store,
        [&store, session, request](QSqlDatabase &db) {
            QString error;
            exportComplaintReport(db, store.timeZone(db), session, request, &error);
            return error;
        },
        [](const QString &reason) { return reason; }));
    m_exportPath = path;
}

void ComplaintsPane::exportFinished()
{
    m_export->setEnabled(m_session.can(Permission::ExportData) && !m_store.isReadOnly());
    const QString error = m_exportWatcher.result();
    if (TableExport::reportOutcome(this, m_status, tr("Export the complaint report"), m_exportPath, error))
        emit exported(m_exportPath);
    else
        emit exportFailed(error);
}

void ComplaintsPane::chartClicked(int chart, int index)
{
    const complaints::ComplaintCharts &c = m_charts->charts();
    // A bar's cases, every state: the other filters are cleared (the bar counts the whole period).
    CaseFilter f;
    f.agentId = filter().agentId;
    m_weekFrom = m_weekTo = 0;
    switch (ComplaintChartsView::Chart(chart)) {
    case ComplaintChartsView::Chart::Categories:
        if (index < 0 || index >= c.categories.size())
            return;
        f.category = c.categories.at(index).key;
        break;
    case ComplaintChartsView::Chart::RootCauses:
        if (index < 0 || index >= c.rootCauses.size())
            return;
        f.rootCause = c.rootCauses.at(index).key;
        break;
    case ComplaintChartsView::Chart::CloseTimes: {
        if (index < 0 || index >= c.closeTimes.size())
            return;
        const complaints::CloseTimeBin &bin = c.closeTimes.at(index);
        f.closedAfterSeconds = qint64(bin.fromHours * 3600);
        f.closedWithinSeconds = std::isfinite(bin.toHours) ? qint64(bin.toHours * 3600) : -1; // the last: no end
        break;
    }
    case ComplaintChartsView::Chart::Weeks:
        if (index < 0 || index >= c.weeks.size())
            return;
        m_weekFrom = c.weeks.at(index).fromUtc;
        m_weekTo = c.weeks.at(index).toUtc;
        break;
    }
    showCharts(false);
    m_selectedId.clear();
    setFilter(f);
}

void ComplaintsPane::markReady()
{
    if (!m_readySent && isReady()) {
        m_readySent = true;
        emit ready();
    }
}

} // namespace kefu::ui
