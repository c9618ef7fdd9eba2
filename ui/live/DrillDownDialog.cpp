#include "DrillDownDialog.h"

#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kefu::ui {

using live::DrillDownModel;
using live::OutcomeFilter;

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
    for (const Outcome o : {DrillDownModel::AnyOutcome, DrillDownModel::WithinThreshold, DrillDownModel::AnsweredLate,
                            DrillDownModel::Abandoned, DrillDownModel::ShortAbandon, DrillDownModel::Waiting,
                            DrillDownModel::InProgress})
        m_filter->addItem(DrillDownModel::outcomeName(o), int(o));
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
