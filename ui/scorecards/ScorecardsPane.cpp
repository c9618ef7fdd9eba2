#include "ScorecardsPane.h"

#include "AgentDetail.h"
#include "agents/Teams.h"
#include "core/Formats.h"
#include "core/ItemRoles.h"
#include "live/FeedStatus.h"
#include "store/StoreWorker.h"
#include "widgets/PaneParts.h"
#include "widgets/RatingColours.h"
#include "widgets/RatingLegend.h"
#include "widgets/TableExport.h"
#include "auth/AuditedExport.h"
#include "core/Formats.h"
#include "ScorecardPdf.h"
#include "scorecards/ScorecardModel.h"
#include "scorecards/ScorecardXlsx.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace kefu::ui {

namespace {

using scorecards::PeriodPreset;
using scorecards::ScorecardModel;
using scorecards::ScorecardSort;

struct Request
{
    PeriodPreset preset = PeriodPreset::ThisMonth;
    QDate from;
    QDate to;
    QString team;
};

// Qt 6.4's styles clip a header's text that does not fit its section; this one ends it with "…" (the
// header's tooltip names the figure in full).
class ElidingHeader final : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid())
            return;
        QStyleOptionHeaderV2 option;
        initStyleOption(&option);
        initStyleOptionForIndex(&option, logicalIndex);
        option.rect = rect;
        int room = style()->subElementRect(QStyle::SE_HeaderLabel, &option, this).width();
        if (option.sortIndicator != QStyleOptionHeader::None)
            room -= style()->subElementRect(QStyle::SE_HeaderArrow, &option, this).width();
        option.text = option.fontMetrics.elidedText(option.text, Qt::ElideRight, std::max(0, room));
        painter->save();
        style()->drawControl(QStyle::CE_Header, &option, painter, this);
        painter->restore();
    }
};

// The store's "now" (live::feed::storeNow): so that "yesterday" on a demo store is the demo's, and the
// pane agrees with `kefudesk report agents`.
qint64 storeNow(QSqlDatabase &db)
{
    return live::feed::storeNow(db, QDateTime::currentSecsSinceEpoch());
}

} // namespace

ScorecardsPane::ScorecardsPane(Store &store, const Session &session, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("scorecardsPane"));
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ScorecardsPane::loaded);
    retranslate();
    reload();
}

ScorecardsPane::~ScorecardsPane()
{
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void ScorecardsPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    m_title = parts::addPaneTitle(this, header);
    m_period = parts::addPeriodFields(this, header, [this] {
        if (m_period.preset->currentData().toInt() == int(PeriodPreset::Custom))
            reload();
    });
    header->addSpacing(12);
    m_teamLabel = new QLabel(this);
    header->addWidget(m_teamLabel);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamPicker"));
    m_team->setMinimumContentsLength(8);
    // As wide as its longest team once the teams are read, so that no name is cut.
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamLabel->setBuddy(m_team);
    header->addWidget(m_team);
    header->addStretch(1);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportScorecards"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setEnabled(m_session.can(Permission::ExportData) && !m_store.isReadOnly());
    connect(m_export, &QPushButton::clicked, this, &ScorecardsPane::chooseExport);
    header->addWidget(m_export);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_export->setEnabled(m_session.can(Permission::ExportData) && !m_store.isReadOnly());
        const QString error = m_exportWatcher.result();
        if (TableExport::reportOutcome(this, m_status, tr("Export scorecards"), m_exportPath, error))
            emit exported(m_exportPath);
        else
            emit exportFailed(error);
    });
    m_targets = new QPushButton(this);
    m_targets->setObjectName(QStringLiteral("editTargets"));
    connect(m_targets, &QPushButton::clicked, this, &Pane::storeSettingsRequested);
    header->addWidget(m_targets);
    layout->addLayout(header);
    connect(m_period.preset, &QComboBox::currentIndexChanged, this, &ScorecardsPane::presetChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { reload(); });

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scorecardsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    statusRow->addWidget(m_status, 1);
    m_legend = new RatingLegend(this);
    m_legend->setObjectName(QStringLiteral("scorecardsLegend"));
    statusRow->addWidget(m_legend);
    layout->addLayout(statusRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    auto *tablePart = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    m_model = new ScorecardModel(this);
    m_proxy = new ScorecardSort(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardModel::SortRole);
    m_table = new QTableView(tablePart);
    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScorecardModel::RankColumn, Qt::AscendingOrder);
    m_summaryModel = new ScorecardModel(this);
    m_summary = new QTableView(tablePart);
    m_summary->setObjectName(QStringLiteral("teamSummary"));
    m_summary->setModel(m_summaryModel);
    m_summary->horizontalHeader()->hide();
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setFocusPolicy(Qt::NoFocus);
    for (QTableView *view : {m_table, m_summary}) {
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->setItemDelegate(new RatingColours(RatingColours::Cells::Tinted, view));
    }
    m_table->setAlternatingRowColors(true);
    m_summary->setFixedHeight(m_summary->verticalHeader()->defaultSectionSize() + 4);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    // The columns fit the table's width (fitColumns); every header's tooltip names its figure in full. A
    // selected row would make every header bold (it crosses every column): wider, and telling nothing.
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ScorecardsPane::fitColumns);
    // The summary row follows the table's columns and scrolling.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) { m_summary->setColumnWidth(section, size); });
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_summary->horizontalScrollBar(),
            &QScrollBar::setValue);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_summary);
    m_splitter->addWidget(tablePart);
    m_detail = new AgentDetail(m_store, m_splitter);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({380, 300});
    layout->addWidget(m_splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScorecardsPane::currentRowChanged);
    connect(m_detail, &AgentDetail::loaded, this, &ScorecardsPane::markReady);
}

void ScorecardsPane::retranslate()
{
    m_title->setText(tr("Agent scorecards"));
    m_period.label->setText(tr("&Period:"));
    m_teamLabel->setText(tr("&Team:"));
    {
        const QSignalBlocker blocker(m_period.preset);
        const int current = m_period.preset->count() > 0 ? m_period.preset->currentIndex() : 2;
        m_period.preset->clear();
        m_period.preset->addItem(tr("Yesterday"), int(PeriodPreset::Yesterday));
        m_period.preset->addItem(tr("Last 7 days"), int(PeriodPreset::Last7Days));
        m_period.preset->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
        m_period.preset->addItem(tr("Last month"), int(PeriodPreset::LastMonth));
        m_period.preset->addItem(tr("This quarter"), int(PeriodPreset::ThisQuarter));
        m_period.preset->addItem(tr("Custom"), int(PeriodPreset::Custom));
        m_period.preset->setCurrentIndex(current);
    }
    parts::enableCustomDates(m_period);
    m_detail->retranslate();
    m_targets->setText(tr("Targets and &weights…"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("The scorecards of this period and team as a PDF to print (a page per agent, with "
                            "the charts) or an XLSX workbook (a sheet per view). Ctrl+Shift+E"));
    // The colours' key, in the words of the cells' tooltips and the PDF's (scorecards::ratingKey).
    m_legend->setEntries({RatingLegend::rated(Rating::OnTarget, scorecards::ratingKey(Rating::OnTarget)),
                          RatingLegend::rated(Rating::Near, scorecards::ratingKey(Rating::Near)),
                          RatingLegend::rated(Rating::Off, scorecards::ratingKey(Rating::Off))});
    m_targets->setToolTip(m_session.can(Permission::EditTargets)
                              ? tr("Change the targets and weights of the scorecards; the table follows at once.")
                              : tr("See the targets and weights (only team leads and administrators change them)."));
    if (m_book)
        showBook();
    else
        measureValues();
}

bool ScorecardsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return Pane::eventFilter(watched, event);
}

void ScorecardsPane::measureValues()
{
    // Every value whole (a figure is never cut, nor written with fewer decimals): its column is at least
    // as wide as its widest text in the table and the pooled row. Measured when the figures or the
    // language change, not on every resize.
    const int columns = m_model->columnCount();
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 6;
    m_valueWidths.assign(std::size_t(columns),
                         QFontMetrics(m_table->font()).horizontalAdvance(format::empty()) + margin);
    const auto measure = [&](const QAbstractItemModel *model, const QFont &font) {
        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics plainMetrics(font);
        const QFontMetrics boldMetrics(bold);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int c = 0; c < columns; ++c) {
                const QModelIndex index = model->index(row, c);
                const QFontMetrics &metrics = index.data(EmphasisRole).toBool() ? boldMetrics : plainMetrics;
                const int width = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + margin;
                m_valueWidths[std::size_t(c)] = std::max(m_valueWidths[std::size_t(c)], width);
            }
        }
    };
    measure(m_model, m_table->font());
    measure(m_summaryModel, m_summary->font());
    fitColumns();
}

void ScorecardsPane::fitColumns()
{
    // The values keep their widths (measureValues); the headers get what room is left, whole as many as
    // fit; a wide window spreads the spare width over all columns. Only when the values alone are wider
    // than the table does it scroll.
    const int columns = m_model->columnCount();
    if (int(m_valueWidths.size()) != columns)
        return;
    QStyle *style = m_table->style();
    QHeaderView *header = m_table->horizontalHeader();
    const std::vector<int> &need = m_valueWidths;
    std::vector<int> want(std::size_t(columns), 0);
    int sumNeed = 0;
    int sumWant = 0;
    for (int c = 0; c < columns; ++c) {
        QStyleOptionHeader option;
        option.initFrom(header);
        option.section = c;
        option.text = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
            option.sortIndicator = QStyleOptionHeader::SortDown; // room for the arrow
        option.fontMetrics = header->fontMetrics();
        const int title = style->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
        want[std::size_t(c)] = std::max(need[std::size_t(c)], title);
        sumNeed += need[std::size_t(c)];
        sumWant += want[std::size_t(c)];
    }
    // The vertical scroll bar's room is kept whether it shows or not, so that the columns do not jump.
    const int available = m_table->contentsRect().width() -
                          style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table->verticalScrollBar());
    std::vector<int> widths = need;
    if (sumWant <= available) {
        const int spare = available - sumWant;
        for (int c = 0; c < columns; ++c)
            widths[std::size_t(c)] = want[std::size_t(c)] + spare / columns;
        widths[ScorecardModel::AgentColumn] += spare % columns;
    } else if (sumNeed < available) {
        // As many whole headers as the room allows: the ones lacking least first.
        std::vector<int> order(static_cast<std::size_t>(columns));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return want[std::size_t(a)] - need[std::size_t(a)] < want[std::size_t(b)] - need[std::size_t(b)];
        });
        int room = available - sumNeed;
        for (const int c : order) {
            const int give = std::min(room, want[std::size_t(c)] - need[std::size_t(c)]);
            widths[std::size_t(c)] += give;
            room -= give;
        }
    }
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, widths[std::size_t(c)]);
}

void ScorecardsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Pane::changeEvent(event);
}

void ScorecardsPane::presetChanged()
{
    parts::enableCustomDates(m_period);
    reload();
}

void ScorecardsPane::setPeriod(PeriodPreset preset, QDate first, QDate last)
{
    parts::choosePeriod(m_period, preset, first, last, [this] { reload(); });
}

void ScorecardsPane::setTeam(const QString &team)
{
    const int index = std::max(0, m_team->findData(team));
    if (index == m_team->currentIndex())
        reload();
    else
        m_team->setCurrentIndex(index);
}

void ScorecardsPane::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    Request request;
    request.preset = PeriodPreset(m_period.preset->currentData().toInt());
    request.from = m_period.from->date();
    request.to = m_period.to->date();
    request.team = m_team->currentData().toString();
    // Without "view all scorecards" an agent sees their own team's card only.
    if (!m_session.can(Permission::ViewAllScorecards))
        request.team = m_session.team();
    m_status->setText(tr("Reading the scorecards…"));
    const Store &store = m_store;
    const auto unopened = [](const QString &reason) {
        Loaded result;
        result.error = reason;
        return result;
    };
    m_watcher.setFuture(runOnWorker(store, [&store, request](QSqlDatabase &db) {
        Loaded result;
        const qint64 now = storeNow(db);
        const QTimeZone zone = store.timeZone(db);
        const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
        scorecards::BookOptions options;
        if (request.preset == PeriodPreset::Custom) {
            options.first = request.from;
            options.last = request.to;
        } else {
            std::tie(options.first, options.last) = scorecards::presetDates(request.preset, today);
        }
        options.team = request.team;
        options.now = now;
        result.teams = agents::teamNames(db);
        result.book = scorecards::buildBook(db, zone, options, &result.error);
        return result;
    }, unopened));
}

void ScorecardsPane::loaded()
{
    Loaded result = m_watcher.result();
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
        return;
    }
    if (!result.book) {
        m_status->setText(tr("The scorecards could not be read: %1").arg(result.error));
    } else {
        m_book = std::move(result.book);
        scorecards::restrictTo(*m_book, m_session);
        if (result.teams != m_teams) {
            m_teams = result.teams;
            const QString current = m_team->currentData().toString();
            const QSignalBlocker blocker(m_team);
            m_team->clear();
            m_team->addItem(tr("All teams"), QString());
            for (const QString &t : std::as_const(m_teams))
                m_team->addItem(t, t);
            m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
        }
        // Without "view all scorecards" the team is the person's own, shown and fixed.
        if (!m_session.can(Permission::ViewAllScorecards)) {
            const QSignalBlocker blocker(m_team);
            m_team->setCurrentIndex(std::max(0, m_team->findData(m_book->team)));
            m_team->setEnabled(false);
        }
        if (m_period.preset->currentData().toInt() != int(PeriodPreset::Custom)) {
            const QSignalBlocker a(m_period.from);
            const QSignalBlocker b(m_period.to);
            m_period.from->setDate(m_book->first);
            m_period.to->setDate(m_book->last);
        }
        showBook();
    }
    // Ready when the first agent's detail is there too (or there is none), so a screenshot shows it.
    if (!m_ready && (m_detail->agentId().isEmpty() || m_detail->isLoaded()))
        markReady();
}

void ScorecardsPane::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    emit ready();
}

void ScorecardsPane::showBook()
{
    const QString selected = m_pendingAgent.isEmpty() ? m_detail->agentId() : m_pendingAgent;
    m_pendingAgent.clear();
    m_model->setCards(m_book->cards, m_book->rules, m_book->occupancyMinPct, m_book->occupancyMaxPct);
    AgentScorecard team = m_book->summary;
    team.name = m_book->team.isEmpty() ? tr("All teams (pooled)") : tr("%1 (pooled)").arg(m_book->team);
    m_summaryModel->setCards({team}, m_book->rules, m_book->occupancyMinPct, m_book->occupancyMaxPct);
    measureValues();
    int ranked = 0;
    for (const AgentScorecard &c : std::as_const(m_book->cards))
        ranked += c.rank ? 1 : 0;
    m_status->setText(tr("%1 · %n agents, %2 with a composite · targets and weights from the store settings",
                         nullptr, int(m_book->cards.size()))
                          .arg(format::dateRange(m_book->first, m_book->last), format::count(ranked)));
    // selectRow() tells currentRowChanged(), which shows the detail (once).
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        const int viewRow = m_proxy->mapFromSource(m_model->index(row, 0)).row();
        if (m_table->currentIndex().row() == viewRow)
            currentRowChanged(); // the same row again: the model was reset under it
        else
            m_table->selectRow(viewRow);
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_detail->clear();
    }
}

void ScorecardsPane::currentRowChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const AgentScorecard *card = m_model->card(current.row());
    if (!card || !m_book) {
        m_detail->clear();
        return;
    }
    m_detail->showAgent(*card, *m_book);
}

void ScorecardsPane::selectAgent(const QString &agentId)
{
    const int row = m_model->rowOf(agentId);
    if (row < 0) {
        m_pendingAgent = agentId;
        return;
    }
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void ScorecardsPane::chooseExport()
{
    if (!m_book)
        return;
    const QString suggested = QStringLiteral("scorecards-%1-%2%3.pdf")
                                  .arg(m_book->first.toString(Qt::ISODate), m_book->last.toString(Qt::ISODate),
                                       m_book->team.isEmpty() ? QString() : QLatin1Char('-') + m_book->team);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export scorecards"), QDir::home().filePath(suggested),
        tr("PDF to print (*.pdf);;Excel workbook (*.xlsx)"), &selected);
    if (path.isEmpty())
        return;
    exportTo(path);
}

void ScorecardsPane::exportTo(const QString &path)
{
    if (!m_book || m_exportWatcher.isRunning())
        return;
    m_exportPath = path;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    scorecards::BookOptions options;
    options.first = m_book->first;
    options.last = m_book->last;
    options.team = m_book->team;
    options.trendWeeks = 12;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const Store &store = m_store;
    const Session session = m_session;
    const auto unopened = [](const QString &reason) { return reason; };
    m_exportWatcher.setFuture(runOnWorker(store, [&store, session, options, path, pdf](QSqlDatabase &db) -> QString {
        scorecards::BookOptions o = options;
        o.now = storeNow(db);
        QString error;
        std::optional<scorecards::ScorecardBook> book = scorecards::buildBook(db, store.timeZone(db), o, &error);
        if (!book)
            return error;
        scorecards::restrictTo(*book, session);
        // The file and its audit record both or neither (docs/decisions.md "Exports").
        const QVariantMap details{{QStringLiteral("from"), o.first.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), o.last.toString(Qt::ISODate)},
                                  {QStringLiteral("team"), o.team},
                                  {QStringLiteral("agents"), int(book->cards.size())}};
        const auto write = [&](const QString &staged, QString *writeError) {
            return pdf ? writeScorecardPdf(*book, staged, writeError)
                       : scorecards::writeScorecardXlsx(*book, staged, writeError);
        };
        if (!audit::exportFile(db, session, QStringLiteral("data.export"), QStringLiteral("scorecards"), details,
                               path, write, &error))
            return error;
        return QString();
    }, unopened));
}

} // namespace kefu::ui
