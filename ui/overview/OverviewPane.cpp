#include "OverviewPane.h"

#include "core/Formats.h"
#include "widgets/StoreLabels.h"
#include "store/Schema.h"
#include "store/StoreWorker.h"
#include "widgets/ElidedLabel.h"
#include "widgets/PaneParts.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

// The tables of the summary, in the order the "Rows per table" card lists them.
const QStringList &summaryTables()
{
    static const QStringList tables = {QStringLiteral("conversations"), QStringLiteral("agents"),
                                       QStringLiteral("teams"),         QStringLiteral("agent_states"),
                                       QStringLiteral("shifts"),        QStringLiteral("qa_reviews"),
                                       QStringLiteral("complaints"),    QStringLiteral("complaint_events"),
                                       QStringLiteral("scripts"),       QStringLiteral("users")};
    return tables;
}

// A rounded card drawn from the palette, so that it follows Light and Dark appearance.
class Card final : public QFrame
{
public:
    explicit Card(const QColor &accent = QColor(), QWidget *parent = nullptr)
        : QFrame(parent)
        , m_accent(accent)
    {
        setAttribute(Qt::WA_StyledBackground, false);
    }

protected:
    void paintEvent(QPaintEvent *) override { parts::paintCard(this, m_accent); }

private:
    QColor m_accent;
};

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setPointSizeFactor(QWidget *widget, double factor, bool bold)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    widget->setFont(f);
}

// Secondary text: a palette role rather than a fixed colour, so that it follows the appearance.
void setMuted(QWidget *widget)
{
    widget->setForegroundRole(QPalette::PlaceholderText);
}

qint64 storeFileBytes(const QString &path)
{
    // The -wal file holds recent writes until a checkpoint: it is part of the store's size.
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

OverviewPane::OverviewPane(Store &store, QWidget *parent)
    : Pane(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("overviewPane"));
    buildUi();
    connect(&m_watcher, &QFutureWatcher<Data>::finished, this, &OverviewPane::loaded);
    retranslate();
    reload();
}

OverviewPane::~OverviewPane()
{
    // The worker reads through a connection of m_store: it must end before the store may go.
    m_watcher.waitForFinished();
}

void OverviewPane::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Window);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);

    // Header: title, store file, mode badge.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = makeLabel(QStringLiteral("overviewTitle"), content);
    setPointSizeFactor(m_title, 1.6, true);
    m_subtitle = makeLabel(QStringLiteral("overviewSubtitle"), content);
    setMuted(m_subtitle);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_modeBadge = makeLabel(QStringLiteral("overviewModeBadge"), content);
    m_modeBadge->setAlignment(Qt::AlignCenter);
    m_modeBadge->setMargin(6);
    const QColor badge = m_store.mode() == StoreMode::Shared ? QColor(0xd9, 0x77, 0x06) : QColor(0x1f, 0x6f, 0xeb);
    m_modeBadge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 10px;"
                                              " padding: 2px 12px; font-weight: 600; }")
                                   .arg(badge.name()));
    header->addWidget(m_modeBadge, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_status = makeLabel(QStringLiteral("overviewStatus"), content);
    m_status->setWordWrap(true);
    setMuted(m_status);
    layout->addWidget(m_status);

    // KPI tiles.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(14);
    auto makeTile = [&](Tile &tile, const QString &id, const QColor &accent) {
        auto *card = new Card(accent, content);
        card->setObjectName(QStringLiteral("overviewTile_") + id);
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(20, 14, 16, 14);
        v->setSpacing(4);
        tile.caption = makeLabel(QStringLiteral("overviewTileCaption_") + id, card);
        setMuted(tile.caption);
        tile.value = makeLabel(QStringLiteral("overviewTileValue_") + id, card);
        setPointSizeFactor(tile.value, 2.2, true);
        tile.note = makeLabel(QStringLiteral("overviewTileNote_") + id, card);
        setMuted(tile.note);
        v->addWidget(tile.caption);
        v->addWidget(tile.value);
        v->addWidget(tile.note);
        tiles->addWidget(card, 1);
    };
    makeTile(m_contactsTile, QStringLiteral("conversations"), QColor(0x1f, 0x6f, 0xeb));
    makeTile(m_agentsTile, QStringLiteral("agents"), QColor(0x1a, 0x7f, 0x37));
    makeTile(m_complaintsTile, QStringLiteral("complaints"), QColor(0xcf, 0x22, 0x2e));
    makeTile(m_scriptsTile, QStringLiteral("scripts"), QColor(0x82, 0x50, 0xdf));
    layout->addLayout(tiles);

    // Store and history cards side by side.
    auto makeFieldCard = [&](QLabel *&cardTitle, const QString &id, const QStringList &fields) {
        auto *card = new Card(QColor(), content);
        card->setObjectName(QStringLiteral("overviewCard_") + id);
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(20, 16, 20, 16);
        v->setSpacing(10);
        cardTitle = makeLabel(QStringLiteral("overviewCardTitle_") + id, card);
        setPointSizeFactor(cardTitle, 1.15, true);
        v->addWidget(cardTitle);
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(18);
        grid->setVerticalSpacing(8);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const QString &field : fields) {
            auto *caption = makeLabel(QStringLiteral("overviewCaption_") + field, card);
            setMuted(caption);
            grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
            m_fieldCaptions.insert(field, caption);
            if (field == QLatin1String("folder")) {
                // Folders do not word-wrap; the path is shortened in the middle instead.
                m_folder = new ElidedLabel(card);
                m_folder->setObjectName(QStringLiteral("overviewField_folder"));
                grid->addWidget(m_folder, row, 1);
            } else {
                QLabel *value = makeLabel(QStringLiteral("overviewField_") + field, card);
                value->setWordWrap(true);
                grid->addWidget(value, row, 1);
                m_fieldValues.insert(field, value);
            }
            ++row;
        }
        v->addLayout(grid);
        v->addStretch(1);
        return card;
    };
    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    cards->addWidget(makeFieldCard(m_storeCardTitle, QStringLiteral("store"),
                                   {QStringLiteral("file"), QStringLiteral("folder"), QStringLiteral("mode"),
                                    QStringLiteral("timezone"), QStringLiteral("schema"), QStringLiteral("size")}),
                     1);
    QWidget *history = makeFieldCard(m_historyCardTitle, QStringLiteral("history"),
                                     {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("span")});
    m_historyHint = makeLabel(QStringLiteral("overviewHistoryHint"), history);
    m_historyHint->setWordWrap(true);
    setMuted(m_historyHint);
    static_cast<QVBoxLayout *>(history->layout())->insertWidget(2, m_historyHint);
    cards->addWidget(history, 1);
    layout->addLayout(cards);

    // Rows per table.
    auto *tablesCard = new Card(QColor(), content);
    tablesCard->setObjectName(QStringLiteral("overviewCard_tables"));
    auto *tv = new QVBoxLayout(tablesCard);
    tv->setContentsMargins(20, 16, 20, 18);
    tv->setSpacing(12);
    m_tablesCardTitle = makeLabel(QStringLiteral("overviewCardTitle_tables"), tablesCard);
    setPointSizeFactor(m_tablesCardTitle, 1.15, true);
    tv->addWidget(m_tablesCardTitle);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(14);
    constexpr int columns = 5;
    int i = 0;
    for (const QString &table : summaryTables()) {
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        QLabel *caption = makeLabel(QStringLiteral("overviewTable_") + table, tablesCard);
        setMuted(caption);
        QLabel *value = makeLabel(QStringLiteral("overviewCount_") + table, tablesCard);
        setPointSizeFactor(value, 1.35, true);
        cell->addWidget(caption);
        cell->addWidget(value);
        grid->addLayout(cell, i / columns, i % columns);
        m_tableCaptions.insert(table, caption);
        m_tableValues.insert(table, value);
        ++i;
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    tv->addLayout(grid);
    layout->addWidget(tablesCard);
    layout->addStretch(1);
}

void OverviewPane::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    if (!m_loaded)
        m_status->setText(tr("Loading the store summary…"));
    m_status->setVisible(!m_loaded);
    const QString path = m_store.path();
    m_watcher.setFuture(runOnWorker(
        m_store,
        [path](QSqlDatabase &db) {
            Data overview;
            overview.fileBytes = storeFileBytes(path);
            overview.summary = StoreSummary::read(db);
            overview.schemaVersion = schema::currentVersion(db);
            return overview;
        },
        [path](const QString &reason) {
            Data overview;
            overview.fileBytes = storeFileBytes(path);
            overview.summary.error = reason;
            return overview;
        }));
}

void OverviewPane::loaded()
{
    m_data = m_watcher.result();
    m_loaded = true;
    if (m_reloadPending) {
        reload();
        return;
    }
    showData();
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

void OverviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Pane::changeEvent(event);
}

void OverviewPane::retranslate()
{
    m_title->setText(tr("Store overview"));
    m_contactsTile.caption->setText(tr("Contacts in history"));
    m_agentsTile.caption->setText(tr("Agents"));
    m_complaintsTile.caption->setText(tr("Open complaints"));
    m_scriptsTile.caption->setText(tr("Published scripts"));
    m_storeCardTitle->setText(tr("Store"));
    m_historyCardTitle->setText(tr("History"));
    m_tablesCardTitle->setText(tr("Rows per table"));

    m_fieldCaptions.value(QStringLiteral("file"))->setText(tr("File"));
    m_fieldCaptions.value(QStringLiteral("folder"))->setText(tr("Folder"));
    m_fieldCaptions.value(QStringLiteral("mode"))->setText(tr("Mode"));
    m_fieldCaptions.value(QStringLiteral("timezone"))->setText(tr("Time zone"));
    m_fieldCaptions.value(QStringLiteral("schema"))->setText(tr("Schema version"));
    m_fieldCaptions.value(QStringLiteral("size"))->setText(tr("Size on disk"));
    m_fieldCaptions.value(QStringLiteral("first"))->setText(tr("First contact"));
    m_fieldCaptions.value(QStringLiteral("last"))->setText(tr("Last contact"));
    m_fieldCaptions.value(QStringLiteral("span"))->setText(tr("Span"));

    const QHash<QString, QString> tableTitles = {
        {QStringLiteral("conversations"), tr("Conversations")},
        {QStringLiteral("agents"), tr("Agents")},
        {QStringLiteral("teams"), tr("Teams")},
        {QStringLiteral("agent_states"), tr("Agent state changes")},
        {QStringLiteral("shifts"), tr("Shifts")},
        {QStringLiteral("qa_reviews"), tr("QA reviews")},
        {QStringLiteral("complaints"), tr("Complaints")},
        {QStringLiteral("complaint_events"), tr("Complaint events")},
        {QStringLiteral("scripts"), tr("Reply scripts")},
        {QStringLiteral("users"), tr("Users")},
    };
    for (auto it = m_tableCaptions.cbegin(); it != m_tableCaptions.cend(); ++it)
        it.value()->setText(tableTitles.value(it.key()));
    if (!m_loaded)
        m_status->setText(tr("Loading the store summary…"));
    showData();
}

void OverviewPane::showData()
{
    const QFileInfo file(m_store.path());
    m_subtitle->setText(file.fileName());
    m_modeBadge->setText(StoreLabels::modeBadge(m_store));
    m_modeBadge->setToolTip(StoreLabels::modeExplanation(m_store));

    // What needs no query is shown at once; the rest waits for the worker.
    m_fieldValues.value(QStringLiteral("file"))->setText(file.fileName());
    m_folder->setText(QDir::toNativeSeparators(file.absolutePath()));
    QLabel *mode = m_fieldValues.value(QStringLiteral("mode"));
    mode->setText(StoreLabels::modeTitle(m_store));
    mode->setToolTip(StoreLabels::modeExplanation(m_store));
    const QTimeZone zone = m_store.timeZone();
    m_fieldValues.value(QStringLiteral("timezone"))->setText(StoreLabels::timeZoneTitle(zone));

    const QString pending = tr("…");
    auto number = [&](qint64 n) {
        return m_loaded ? format::count(n) : pending;
    };
    const StoreSummary &s = m_data.summary;
    const bool failed = m_loaded && !s.error.isEmpty();

    if (failed) {
        m_status->setText(tr("The summary could not be read: %1").arg(s.error));
        m_status->setVisible(true);
    } else if (m_loaded) {
        m_status->setVisible(false);
    }

    m_fieldValues.value(QStringLiteral("schema"))
        ->setText(!m_loaded ? pending
                  : m_data.schemaVersion < 0
                      ? tr("unknown")
                      : tr("%1 (this KefuDesk writes %2)").arg(m_data.schemaVersion).arg(Store::SchemaVersion));
    m_fieldValues.value(QStringLiteral("size"))->setText(m_loaded ? StoreLabels::fileSize(m_data.fileBytes) : pending);

    for (auto it = m_tableValues.cbegin(); it != m_tableValues.cend(); ++it)
        it.value()->setText(failed ? tr("—") : number(s.rows(it.key())));

    const qint64 conversations = s.rows(QStringLiteral("conversations"));
    m_contactsTile.value->setText(failed ? tr("—") : number(conversations));
    m_agentsTile.value->setText(failed ? tr("—") : number(s.rows(QStringLiteral("agents"))));
    m_complaintsTile.value->setText(failed ? tr("—") : number(s.openComplaints));
    m_scriptsTile.value->setText(failed ? tr("—") : number(s.publishedScripts));
    if (m_loaded && !failed) {
        m_contactsTile.note->setText(tr("conversations on all channels"));
        m_agentsTile.note->setText(tr("in %n team(s)", nullptr, int(s.rows(QStringLiteral("teams")))));
        m_complaintsTile.note->setText(
            tr("of %1 complaints in all").arg(format::count(s.rows(QStringLiteral("complaints")))));
        m_scriptsTile.note->setText(
            tr("of %1 scripts in the library").arg(format::count(s.rows(QStringLiteral("scripts")))));
    } else {
        m_contactsTile.note->setText(QString());
        m_agentsTile.note->setText(QString());
        m_complaintsTile.note->setText(QString());
        m_scriptsTile.note->setText(QString());
    }

    QLabel *first = m_fieldValues.value(QStringLiteral("first"));
    QLabel *last = m_fieldValues.value(QStringLiteral("last"));
    QLabel *span = m_fieldValues.value(QStringLiteral("span"));
    if (!m_loaded || failed) {
        first->setText(m_loaded ? tr("—") : pending);
        last->setText(m_loaded ? tr("—") : pending);
        span->setText(m_loaded ? tr("—") : pending);
        m_historyHint->hide();
    } else if (!s.firstArrival.isValid()) {
        first->setText(tr("none yet"));
        last->setText(tr("none yet"));
        span->setText(tr("—"));
        m_historyHint->setText(tr("This store holds no contacts yet. Import exports of your contact platform, or "
                                  "create a demo store (File ▸ Create demo store…) to see every pane at work."));
        m_historyHint->show();
    } else {
        const QDateTime from = s.firstArrival.toTimeZone(zone);
        const QDateTime to = s.lastArrival.toTimeZone(zone);
        first->setText(format::dateTime(from.toSecsSinceEpoch(), zone));
        last->setText(format::dateTime(to.toSecsSinceEpoch(), zone));
        const qint64 days = from.date().daysTo(to.date()) + 1;
        span->setText(tr("%n day(s)", nullptr, int(days)));
        m_historyHint->setText(tr("Times in the store's time zone, %1.").arg(QString::fromUtf8(zone.id())));
        m_historyHint->show();
    }
}

} // namespace kefu::ui
