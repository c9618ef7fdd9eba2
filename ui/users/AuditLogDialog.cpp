#include "AuditLogDialog.h"

#include "PermissionLabels.h"
#include "widgets/TableExport.h"
#include "auth/AuditLog.h"
#include "auth/AuditLogModel.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kefu::ui {

AuditLogDialog::AuditLogDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    const QTimeZone zone = store.timeZone();
    const bool allowed = session.can(Permission::ViewAudit);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    auto *userLabel = new QLabel(tr("&User:"), this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setMinimumContentsLength(12);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    userLabel->setBuddy(m_user);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_kind->setMinimumContentsLength(18);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kindLabel->setBuddy(m_kind);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    toLabel->setBuddy(m_to);
    const QString periodTip =
        tr("Both days included, counted in the store's time zone (%1).").arg(QString::fromUtf8(zone.id()));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setToolTip(periodTip);
    }
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(8);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new AuditLogModel(store.database(), session, zone, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(AuditLogModel::TimeColumn, digit * 21);
    header->resizeSection(AuditLogModel::UserColumn, digit * 11);
    header->resizeSection(AuditLogModel::KindColumn, digit * 17);
    header->resizeSection(AuditLogModel::EntityColumn, digit * 10);
    header->resizeSection(AuditLogModel::EntityIdColumn, digit * 13);
    header->resizeSection(AuditLogModel::BeforeColumn, digit * 22);
    header->resizeSection(AuditLogModel::AfterColumn, digit * 22);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(allowed ? tr("Write every entry that matches the filters to a CSV file or an Excel "
                                      "workbook; the export is recorded in the log.")
                                 : PermissionLabels::onlyRolesMay(Permission::ViewAudit));
    bottom->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    for (QWidget *w : std::initializer_list<QWidget *>{m_user, m_kind, m_from, m_to, m_table, m_export})
        w->setEnabled(allowed);

    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_from->setDate(AuditLogModel::firstDay(store.database(), session, zone).value_or(today));
    m_to->setDate(today);
    fillPickers();

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        applyFilter();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_from->date() > date)
            m_from->setDate(date);
        applyFilter();
    });
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportEntries);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::updateStatus);
    connect(m_model, &AuditLogModel::fetchFailed, this, &AuditLogDialog::updateStatus);

    applyFilter();
    resize(1100, 620);
}

void AuditLogDialog::fillPickers()
{
    const QSignalBlocker userBlocker(m_user);
    const QSignalBlocker kindBlocker(m_kind);
    const QString user = m_user->currentData().toString();
    const QString kind = m_kind->currentData().toString();
    m_user->clear();
    m_kind->clear();
    m_user->addItem(tr("Everyone"), QString());
    m_kind->addItem(tr("All kinds"), QString());
    if (!m_session.can(Permission::ViewAudit))
        return;
    QSqlDatabase db = m_store.database();
    for (const QString &name : audit::userNames(db))
        m_user->addItem(name, name);

    const QStringList kinds = audit::kinds(db);
    QStringList prefixes = {QStringLiteral("settings."), QStringLiteral("user.")};
    for (const QString &k : kinds) {
        const qsizetype dot = k.indexOf(QLatin1Char('.'));
        if (dot > 0 && !prefixes.contains(k.left(dot + 1)))
            prefixes << k.left(dot + 1);
    }
    prefixes.sort();
    for (const QString &prefix : std::as_const(prefixes))
        m_kind->addItem(tr("%1* (all of them)").arg(prefix), prefix);
    m_kind->insertSeparator(m_kind->count());
    for (const QString &k : kinds)
        m_kind->addItem(k, k);

    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

void AuditLogDialog::applyFilter()
{
    AuditFilter filter;
    filter.userName = m_user->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    AuditLogModel::setPeriod(&filter, m_from->date(), m_to->date(), m_store.timeZone());
    m_model->setFilter(filter);
    // The view fetches as it needs rows; the first page is wanted at once for the count below.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void AuditLogDialog::updateStatus()
{
    if (!m_model->errorString().isEmpty()) {
        m_status->setText(m_model->errorString());
        return;
    }
    const int rows = m_model->rowCount();
    QString text = !m_model->isComplete()
                       ? tr("The newest %n entries are shown; more load as you scroll.", nullptr, rows)
                       : tr("%n entries match the filters.", nullptr, rows);
    if (!m_lastExport.isEmpty())
        text += QLatin1Char('\n') + m_lastExport;
    m_status->setText(text);
}

bool AuditLogDialog::exportTo(const QString &path, int *rows, QString *error)
{
    if (rows)
        *rows = 0;
    if (!m_session.require(Permission::ViewAudit, error))
        return false;
    io::TableWriter::Format format = io::TableWriter::Format::Csv;
    const QString file = TableExport::resolvePath(path, format, &format);
    const io::ExportResult result =
        TableExport::run(this, tr("Export the audit log"), m_store.database(),
                         AuditLogModel::exportSource(m_session, m_model->filter(), m_store.timeZone()), file, format);
    if (!result.ok) {
        if (error)
            *error = result.cancelled ? tr("The export was cancelled.") : result.error;
        return false;
    }
    if (rows)
        *rows = int(result.rows);
    exported(result);
    return true;
}

void AuditLogDialog::exported(const io::ExportResult &result)
{
    m_lastExport =
        tr("%n entries written to %1.", nullptr, int(result.rows)).arg(QDir::toNativeSeparators(result.path));
    // The export is an entry of its own: show it.
    fillPickers();
    m_model->refresh();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateStatus();
}

void AuditLogDialog::exportEntries()
{
    if (!m_session.can(Permission::ViewAudit))
        return;
    const QString suggestion =
        QStringLiteral("audit-log-%1")
            .arg(QDateTime::currentDateTimeUtc().toTimeZone(m_store.timeZone()).toString(QStringLiteral("yyyyMMdd")));
    const io::ExportResult result =
        TableExport::exportTable(this, tr("Export the audit log"), suggestion, m_store.database(),
                                 AuditLogModel::exportSource(m_session, m_model->filter(), m_store.timeZone()));
    if (result.ok)
        exported(result);
}

} // namespace kefu::ui
