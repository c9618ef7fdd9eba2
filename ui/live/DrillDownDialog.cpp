#include "DrillDownDialog.h"

#include "complaints/CaseDialogParts.h"
#include "complaints/NewCaseDialog.h"
#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kefu::ui {

using live::DrillDownModel;
using live::OutcomeFilter;

DrillDownDialog::DrillDownDialog(const Store &store, const Session &session, const live::DrillDownQuery &query,
                                 const ServiceRules &rules, const QTimeZone &zone, const QString &title,
                                 QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
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

    m_mayNotRecord = caseparts::whyNot(store, session, Permission::RecordComplaints);
    m_openComplaint = new QAction(tr("Open a &complaint…"), this);
    m_openComplaint->setObjectName(QStringLiteral("drillDownOpenComplaintAction"));
    m_openComplaint->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openComplaint->setShortcutContext(Qt::WindowShortcut);
    connect(m_openComplaint, &QAction::triggered, this, [this] { openComplaint(); });
    addAction(m_openComplaint);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_openComplaint);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drillDownStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openComplaintButton = buttons->addButton(m_openComplaint->text(), QDialogButtonBox::ActionRole);
    m_openComplaintButton->setObjectName(QStringLiteral("drillDownOpenComplaint"));
    m_openComplaintButton->setAutoDefault(false);
    connect(m_openComplaintButton, &QPushButton::clicked, m_openComplaint, &QAction::trigger);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DrillDownDialog::updateComplaintAction);
    // A reset or a new filter may drop the selected contact without a selection signal.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DrillDownDialog::updateComplaintAction);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DrillDownDialog::updateComplaintAction);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DrillDownDialog::updateComplaintAction);
    updateComplaintAction();
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

std::optional<live::DrillDownRow> DrillDownDialog::selectedContact() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->rowAt(source.row());
}

void DrillDownDialog::updateComplaintAction()
{
    const bool selected = selectedContact().has_value();
    const bool enabled = m_mayNotRecord.isEmpty() && selected;
    m_openComplaint->setEnabled(enabled);
    m_openComplaintButton->setEnabled(enabled);
    QString why = m_mayNotRecord;
    if (why.isEmpty())
        why = selected ? tr("Open a complaint case from the selected contact (%1).")
                             .arg(m_openComplaint->shortcut().toString(QKeySequence::NativeText))
                       : tr("Select one contact to open a complaint from it.");
    m_openComplaintButton->setToolTip(why);
    m_openComplaint->setToolTip(why);
}

NewCaseDialog *DrillDownDialog::openComplaint()
{
    const std::optional<live::DrillDownRow> contact = selectedContact();
    if (!contact || !m_mayNotRecord.isEmpty())
        return nullptr;
    complaints::NewCase prefill;
    prefill.channel = channelId(contact->channel);
    prefill.customerId = contact->customerId;
    prefill.orderId = contact->orderId;
    prefill.category = contact->category;
    prefill.agentId = contact->agentId;
    prefill.conversationId = contact->id;
    // Short reads of the UI thread's connection: the case's owners, categories and SLA hours.
    QSqlDatabase db = m_store.database();
    auto *dialog = new NewCaseDialog(complaints::CaseChoices::read(db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSlaHours(complaints::SlaHours::read(db));
    dialog->prefill(prefill);
    dialog->createOnAccept(m_store, m_session);
    connect(dialog, &NewCaseDialog::caseCreated, this, [this, conversation = contact->id](const QString &caseId) {
        m_status->setText(tr("Complaint %1 opened from contact %2.").arg(caseId, conversation));
        emit complaintOpened(caseId);
    });
    dialog->open();
    return dialog;
}

void DrillDownDialog::setOutcomeFilter(Outcome outcome)
{
    m_proxy->setOutcome(int(outcome));
    const int index = m_filter->findData(int(outcome));
    if (index >= 0 && index != m_filter->currentIndex())
        m_filter->setCurrentIndex(index);
}

} // namespace kefu::ui
