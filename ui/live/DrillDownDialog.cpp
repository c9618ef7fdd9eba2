#include "DrillDownDialog.h"

#include "QueueTables.h"
#include "store/StoreWorker.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kefu::ui {

class DrillDownModel final : public QAbstractTableModel
{
public:
    enum Column { IdColumn, ChannelColumn, QueueColumn, TierColumn, AgentColumn, ArrivedColumn, WaitColumn,
                  OutcomeColumn, HandleColumn, ColumnCount };
    static constexpr int OutcomeRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    DrillDownModel(QTimeZone zone, QObject *parent)
        : QAbstractTableModel(parent)
        , m_zone(std::move(zone))
    {}

    void setRows(QList<live::DrillDownRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const live::DrillDownRow &r = m_rows.at(index.row());
        if (role == OutcomeRole)
            return int(DrillDownDialog::outcomeOf(r));
        if (role == SortRole) {
            switch (index.column()) {
            case ArrivedColumn: return r.conversation.arrivedAt;
            case WaitColumn: return r.outcome.waitSeconds;
            case HandleColumn: return r.outcome.handleSeconds.value_or(-1);
            default: break;
            }
            return data(index, Qt::DisplayRole);
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case IdColumn: return r.id;
        case ChannelColumn: return channelName(r.channel);
        case QueueColumn: return r.queue;
        case TierColumn: return r.vip ? DrillDownDialog::tr("VIP") : DrillDownDialog::tr("Standard");
        case AgentColumn: return r.agentId;
        case ArrivedColumn: return queuetext::clock(r.conversation.arrivedAt, m_zone);
        case WaitColumn: return queuetext::duration(r.outcome.waitSeconds);
        case OutcomeColumn: return DrillDownDialog::outcomeName(DrillDownDialog::outcomeOf(r));
        case HandleColumn: return queuetext::duration(r.outcome.handleSeconds);
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case IdColumn: return DrillDownDialog::tr("Contact");
        case ChannelColumn: return DrillDownDialog::tr("Channel");
        case QueueColumn: return DrillDownDialog::tr("Queue");
        case TierColumn: return DrillDownDialog::tr("Customer");
        case AgentColumn: return DrillDownDialog::tr("Agent");
        case ArrivedColumn: return DrillDownDialog::tr("Arrived");
        case WaitColumn: return DrillDownDialog::tr("Wait");
        case OutcomeColumn: return DrillDownDialog::tr("Outcome");
        case HandleColumn: return DrillDownDialog::tr("Handle time");
        }
        return {};
    }

private:
    QList<live::DrillDownRow> m_rows;
    QTimeZone m_zone;
};

class OutcomeFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOutcome(int outcome)
    {
        m_outcome = outcome;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return m_outcome == DrillDownDialog::AnyOutcome
               || sourceModel()->index(row, 0, parent).data(DrillDownModel::OutcomeRole).toInt() == m_outcome;
    }

private:
    int m_outcome = DrillDownDialog::AnyOutcome;
};

DrillDownDialog::Outcome DrillDownDialog::outcomeOf(const live::DrillDownRow &row)
{
    const ConversationOutcome &o = row.outcome;
    if (o.waiting)
        return Waiting;
    if (o.answered) {
        if (!row.conversation.endedAt)
            return InProgress;
        return o.withinThreshold ? WithinThreshold : AnsweredLate;
    }
    return o.shortAbandon ? ShortAbandon : Abandoned;
}

QString DrillDownDialog::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case AnyOutcome: return tr("All contacts");
    case WithinThreshold: return tr("Answered in time");
    case AnsweredLate: return tr("Answered late");
    case Abandoned: return tr("Abandoned");
    case ShortAbandon: return tr("Short abandon");
    case Waiting: return tr("Waiting");
    case InProgress: return tr("In progress");
    }
    return {};
}

DrillDownDialog::DrillDownDialog(const Store &store, const live::DrillDownQuery &query, const ServiceRules &rules,
                                 const QTimeZone &zone, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(tr("Reading the contacts…"), this);
    m_summary->setObjectName(QStringLiteral("drillDownSummary"));
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("drillDownFilter"));
    for (const Outcome o : {AnyOutcome, WithinThreshold, AnsweredLate, Abandoned, ShortAbandon, Waiting, InProgress})
        m_filter->addItem(outcomeName(o), int(o));
    top->addWidget(m_filter);
    layout->addLayout(top);
    m_model = new DrillDownModel(zone, this);
    m_proxy = new OutcomeFilter(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DrillDownModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DrillDownModel::ArrivedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setOutcomeFilter(Outcome(m_filter->currentData().toInt())); });

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DrillDownDialog::showResult);
    using Read = std::pair<std::optional<live::DrillDownResult>, QString>;
    m_watcher.setFuture(runOnWorker(
        store,
        [query, rules](QSqlDatabase &db) {
            QString error;
            std::optional<live::DrillDownResult> result = live::drillDown(db, query, rules, &error);
            return Read{std::move(result), error};
        },
        [](const QString &reason) { return Read{std::nullopt, reason}; }));
}

DrillDownDialog::~DrillDownDialog()
{
    m_watcher.waitForFinished();
}

void DrillDownDialog::showResult()
{
    auto [result, error] = m_watcher.result();
    m_loaded = true;
    if (!result) {
        m_summary->setText(tr("The contacts could not be read: %1").arg(error));
        emit loaded();
        return;
    }
    const qsizetype n = result->rows.size();
    m_model->setRows(std::move(result->rows));
    m_summary->setText(result->truncated ? tr("The first %n contacts (there are more).", nullptr, int(n))
                                         : tr("%n contacts.", nullptr, int(n)));
    emit loaded();
}

int DrillDownDialog::rowCount() const
{
    return m_proxy->rowCount();
}

void DrillDownDialog::setOutcomeFilter(Outcome outcome)
{
    m_proxy->setOutcome(int(outcome));
    const int index = m_filter->findData(int(outcome));
    if (index >= 0 && index != m_filter->currentIndex())
        m_filter->setCurrentIndex(index);
}

} // namespace kefu::ui
