#include "UsersDialog.h"

#include "PermissionLabels.h"
#include "widgets/TableExport.h"
#include "agents/Teams.h"
#include "auth/UserChoices.h"
#include "auth/UserDirectory.h"
#include "core/Formats.h"
#include "core/Logging.h"
#include "store/Store.h"
#include "widgets/NewPasswordFields.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

QComboBox *roleCombo(QWidget *parent, Role current)
{
    auto *combo = new QComboBox(parent);
    for (const RoleInfo &info : permissions::roles())
        combo->addItem(permissions::roleTitle(info.role), QString::fromLatin1(info.id));
    combo->setCurrentIndex(combo->findData(permissions::roleId(current)));
    return combo;
}

Role roleOf(const QComboBox *combo)
{
    return permissions::roleFromId(combo->currentData().toString()).value_or(Role::Agent);
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &okName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setObjectName(okName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

// Adds a user: the directory checks the name, the password, the agent id and the permission.
class AddUserDialog final : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(const QSqlDatabase &db, const Session &session, QWidget *parent)
        : QDialog(parent)
        , m_users(db)
        , m_session(session)
    {
        setObjectName(QStringLiteral("addUserDialog"));
        setWindowTitle(tr("Add user"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("addUserName"));
        m_name->setPlaceholderText(tr("for signing in, without spaces"));
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("addUserDisplayName"));
        m_role = roleCombo(this, Role::Agent);
        m_role->setObjectName(QStringLiteral("addUserRole"));
        // The agent and the team are picked from the store's: the users table refers to both.
        m_agentId = new QComboBox(this);
        m_agentId->setObjectName(QStringLiteral("addUserAgentId"));
        m_agentId->setEditable(true);
        m_agentId->setInsertPolicy(QComboBox::NoInsert);
        m_agentId->addItem(QString(), QString());
        m_team = new QComboBox(this);
        m_team->setObjectName(QStringLiteral("addUserTeam"));
        m_team->addItem(tr("(no team)"), QString());
        for (const QString &team : agents::teamNames(db))
            m_team->addItem(team, team);
        for (const userchoices::AgentChoice &agent : userchoices::agents(db)) {
            m_agentId->addItem(tr("%1 · %2").arg(agent.id, agent.name), agent.id);
            m_agentId->setItemData(m_agentId->count() - 1, agent.team, Qt::UserRole + 1);
        }
        m_agentId->lineEdit()->setPlaceholderText(tr("the agent's id in the contact data, e.g. A0012"));
        m_agentId->setToolTip(tr("An agent sees their own scorecard only: the one of this agent id."));
        auto *completer = new QCompleter(m_agentId->model(), m_agentId);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        m_agentId->setCompleter(completer);
        connect(m_agentId, &QComboBox::currentIndexChanged, this, [this](int index) {
            // An agent's team comes with the agent, unless one was chosen already.
            const QString team = m_agentId->itemData(index, Qt::UserRole + 1).toString();
            if (m_team->currentIndex() <= 0 && !team.isEmpty())
                m_team->setCurrentIndex(qMax(0, m_team->findData(team)));
        });
        form->addRow(tr("&User name:"), m_name);
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("&Role:"), m_role);
        form->addRow(tr("A&gent id:"), m_agentId);
        form->addRow(tr("&Team:"), m_team);
        m_password = new NewPasswordFields(form, this);
        layout->addLayout(form);
        layout->addStretch(1);
        m_buttons = okCancel(this, tr("&Add user"), QStringLiteral("addUserOkButton"));
        layout->addWidget(m_buttons);

        connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
            m_password->setUserName(name);
            updateButtons();
        });
        connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateButtons);
        connect(m_password, &NewPasswordFields::changed, this, &AddUserDialog::updateButtons);
        updateButtons();
        setMinimumWidth(460);
    }

    QString userName() const { return m_name->text().trimmed(); }

    void accept() override
    {
        NewUser user;
        user.name = userName();
        user.displayName = m_displayName->text().trimmed();
        user.role = roleOf(m_role);
        user.password = m_password->password();
        user.agentId = user.role == Role::Agent ? agentId() : QString();
        user.team = m_team->currentData().toString();
        QString error;
        if (!m_users.add(m_session, user, &error)) {
            emit refused(error);
            return;
        }
        QDialog::accept();
    }

signals:
    void refused(const QString &message);

private:
    // The id of the picked agent, or what was typed.
    QString agentId() const
    {
        const QString text = m_agentId->currentText().trimmed();
        const int index = m_agentId->findText(text);
        return index >= 0 ? m_agentId->itemData(index).toString() : text;
    }

    void updateButtons()
    {
        const bool agent = roleOf(m_role) == Role::Agent;
        m_agentId->setEnabled(agent);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!userName().isEmpty() && m_password->isAcceptable());
    }

    UserDirectory m_users;
    Session m_session;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_agentId = nullptr;
    QComboBox *m_team = nullptr;
    NewPasswordFields *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Sets a new password for a user who forgot theirs.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(const QSqlDatabase &db, const Session &session, const QString &userName, QWidget *parent)
        : QDialog(parent)
        , m_users(db)
        , m_session(session)
        , m_userName(userName)
    {
        setObjectName(QStringLiteral("resetPasswordDialog"));
        setWindowTitle(tr("Reset password"));
        auto *layout = new QVBoxLayout(this);
        auto *text = new QLabel(tr("A new password for %1. Tell it to them in person; they can change it "
                                   "afterwards.")
                                    .arg(userName),
                                this);
        text->setWordWrap(true);
        layout->addWidget(text);
        auto *form = new QFormLayout;
        m_password = new NewPasswordFields(form, this);
        m_password->setUserName(userName);
        layout->addLayout(form);
        layout->addStretch(1);
        m_buttons = okCancel(this, tr("&Reset password"), QStringLiteral("resetPasswordOkButton"));
        layout->addWidget(m_buttons);
        connect(m_password, &NewPasswordFields::changed, this, &ResetPasswordDialog::updateButtons);
        updateButtons();
        setMinimumWidth(420);
    }

    void accept() override
    {
        QString error;
        if (!m_users.setPassword(m_session, m_userName, m_password->password(), &error)) {
            emit refused(error);
            return;
        }
        QDialog::accept();
    }

signals:
    void refused(const QString &message);

private:
    void updateButtons() { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_password->isAcceptable()); }

    UserDirectory m_users;
    Session m_session;
    QString m_userName;
    NewPasswordFields *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Gives a user another role.
class ChangeRoleDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeRoleDialog(const QSqlDatabase &db, const Session &session, const UserRecord &user, QWidget *parent)
        : QDialog(parent)
        , m_users(db)
        , m_session(session)
        , m_userName(user.name)
    {
        setObjectName(QStringLiteral("changeRoleDialog"));
        setWindowTitle(tr("Change role"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_role = roleCombo(this, user.role);
        m_role->setObjectName(QStringLiteral("changeRoleCombo"));
        form->addRow(tr("&Role of %1:").arg(user.displayName.isEmpty() ? user.name : user.displayName), m_role);
        layout->addLayout(form);
        auto *note = new QLabel(tr("The new role applies from the user's next sign-in."), this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
        layout->addStretch(1);
        layout->addWidget(okCancel(this, tr("&Change role"), QStringLiteral("changeRoleOkButton")));
        setMinimumWidth(360);
    }

    void accept() override
    {
        QString error;
        if (!m_users.setRole(m_session, m_userName, roleOf(m_role), &error)) {
            emit refused(error);
            return;
        }
        QDialog::accept();
    }

signals:
    void refused(const QString &message);

private:
    UserDirectory m_users;
    Session m_session;
    QString m_userName;
    QComboBox *m_role = nullptr;
};

UsersDialog::UsersDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("usersNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto *body = new QHBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Display name"), tr("Role"), tr("Agent id"), tr("Team"),
                                        tr("Active"), tr("Locked until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    body->addWidget(m_table, 1);

    auto *actions = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("usersAddButton"));
    m_toggleActive = new QPushButton(tr("&Disable"), this);
    m_toggleActive->setObjectName(QStringLiteral("usersToggleActiveButton"));
    m_password = new QPushButton(tr("Reset &password…"), this);
    m_password->setObjectName(QStringLiteral("usersPasswordButton"));
    m_role = new QPushButton(tr("Change &role…"), this);
    m_role->setObjectName(QStringLiteral("usersRoleButton"));
    for (QPushButton *button : {m_add, m_toggleActive, m_password, m_role}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("usersExportButton"));
    m_export->setAutoDefault(false);
    actions->addWidget(m_export);
    body->addLayout(actions);
    layout->addLayout(body, 1);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("usersExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->hide();
    layout->addWidget(m_exportStatus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_export, &QPushButton::clicked, this, &UsersDialog::exportUsers);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    const bool allowed = m_session.can(Permission::ManageUsers);
    m_notice->setText(allowed ? tr("Users are never deleted: disable those who leave, so that the audit log keeps "
                                   "their names.")
                              : PermissionLabels::onlyRolesMay(Permission::ManageUsers));
    reload();
    resize(860, 440);
}

void UsersDialog::reload()
{
    const QString selected = selectedUserName();
    const QList<UserRecord> users = UserDirectory(m_store.database()).list();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QTimeZone zone = m_store.timeZone();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const UserRecord &user = users.at(row);
        const QStringList cells = {user.name,
                                   user.displayName,
                                   permissions::roleTitle(user.role),
                                   user.agentId,
                                   user.team,
                                   user.active ? tr("Yes") : tr("No"),
                                   user.lockedUntil > now ? format::dateTimeSeconds(user.lockedUntil, zone)
                                                          : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!user.active)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            if (column == NameColumn && user.name == m_session.userName() && !m_session.isSingleUser())
                item->setToolTip(tr("You"));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    selectUser(selected);
    updateButtons();
}

QString UsersDialog::selectedUserName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *name = m_table->item(items.constFirst()->row(), NameColumn);
    return name ? name->text() : QString();
}

void UsersDialog::selectUser(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->selectRow(row);
            return;
        }
    }
    m_table->clearSelection();
}

void UsersDialog::updateButtons()
{
    const bool allowed = m_session.can(Permission::ManageUsers);
    const QString name = selectedUserName();
    const std::optional<UserRecord> user = name.isEmpty() ? std::nullopt : UserDirectory(m_store.database()).find(name);
    const bool writable = allowed && !m_store.isReadOnly();
    m_add->setEnabled(writable);
    m_toggleActive->setEnabled(writable && user.has_value());
    m_password->setEnabled(writable && user.has_value());
    m_role->setEnabled(writable && user.has_value());
    m_toggleActive->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
    const QString why = allowed ? QString() : PermissionLabels::onlyRolesMay(Permission::ManageUsers);
    for (QPushButton *button : {m_add, m_toggleActive, m_password, m_role})
        button->setToolTip(why);
    const bool mayExport = allowed && m_session.can(Permission::ExportData);
    m_export->setEnabled(mayExport);
    m_export->setToolTip(mayExport ? tr("Write the list of users to a CSV file or an Excel workbook.")
                         : allowed ? PermissionLabels::onlyRolesMay(Permission::ExportData)
                                   : why);
}

bool UsersDialog::exportTo(const QString &path, int *rows, QString *error)
{
    if (rows)
        *rows = 0;
    if (!m_session.require(Permission::ManageUsers, error) || !m_session.require(Permission::ExportData, error))
        return false;
    io::TableWriter::Format format = io::TableWriter::Format::Csv;
    const QString file = TableExport::resolvePath(path, format, &format);
    const io::ExportResult result =
        TableExport::run(this, tr("Export the users"), m_store.database(),
                         UserDirectory::exportSource(m_session, m_store.timeZone()), file, format);
    if (!result.ok) {
        if (error)
            *error = result.cancelled ? tr("The export was cancelled.") : result.error;
        return false;
    }
    if (rows)
        *rows = int(result.rows);
    showExported(result);
    return true;
}

void UsersDialog::exportUsers()
{
    if (!m_session.can(Permission::ManageUsers) || !m_session.can(Permission::ExportData))
        return;
    const io::ExportResult result =
        TableExport::exportTable(this, tr("Export the users"), QStringLiteral("users"), m_store.database(),
                                 UserDirectory::exportSource(m_session, m_store.timeZone()));
    if (result.ok)
        showExported(result);
}

void UsersDialog::showExported(const io::ExportResult &result)
{
    m_exportStatus->setText(TableExport::summary(result));
    m_exportStatus->show();
}

void UsersDialog::showRefusal(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Users"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("usersRefusalBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void UsersDialog::changed(const QString &selectName)
{
    reload();
    selectUser(selectName);
    emit usersChanged();
}

void UsersDialog::addUser()
{
    auto *dialog = new AddUserDialog(m_store.database(), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::refused, this,
            [this, dialog](const QString &message) { showRefusal(dialog, message); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->userName()); });
    dialog->open();
}

void UsersDialog::toggleActive()
{
    const QString name = selectedUserName();
    UserDirectory users(m_store.database());
    const std::optional<UserRecord> user = users.find(name);
    if (!user)
        return;
    QString error;
    if (!users.setActive(m_session, name, !user->active, &error)) {
        showRefusal(this, error);
        return;
    }
    changed(name);
}

void UsersDialog::resetPassword()
{
    const QString name = selectedUserName();
    if (name.isEmpty())
        return;
    auto *dialog = new ResetPasswordDialog(m_store.database(), m_session, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::refused, this,
            [this, dialog](const QString &message) { showRefusal(dialog, message); });
    connect(dialog, &QDialog::accepted, this, [this, name] { changed(name); });
    dialog->open();
}

void UsersDialog::changeRole()
{
    const QString name = selectedUserName();
    const std::optional<UserRecord> user = UserDirectory(m_store.database()).find(name);
    if (!user)
        return;
    auto *dialog = new ChangeRoleDialog(m_store.database(), m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeRoleDialog::refused, this,
            [this, dialog](const QString &message) { showRefusal(dialog, message); });
    connect(dialog, &QDialog::accepted, this, [this, name] { changed(name); });
    dialog->open();
}

} // namespace kefu::ui

#include "UsersDialog.moc"
