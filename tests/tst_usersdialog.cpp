// The users dialog, driven as an administrator drives it; refusals show the directory's own message.
#include "TestSupport.h"

#include "shell/Gui.h"
#include "shell/MainWindow.h"
#include "users/UsersDialog.h"
#include "auth/AuditLog.h"
#include "auth/UserDirectory.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::ui;

namespace {

const QString adminPassword = QStringLiteral("Admin-pass-2026");
const QString leadPassword = QStringLiteral("Lead-pass-2026");
const QString newPassword = QStringLiteral("Fresh-pass-2026");

} // namespace

class TestUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheUsers();
    void addsAUser();
    void addRefusalShowsTheDirectorysMessage();
    void agentIdOnlyForAgents();
    void disablesAndEnables();
    void changesRole();
    void resetsPassword();
    void lastAdminCannotBeDisabledOrDemoted();
    void leadSessionHasTheActionDisabled();
    void adminOpensTheDialogFromTheMenu();
    void ownRoleChangeAppliesToTheWindow();
    void disablingOneselfSignsOut();
    void leadSessionCannotChangeAnything();
    void exportsTheUsers();

private:
    Session sessionOf(const QString &name) const;
    static QPushButton *button(QWidget *root, const QString &name);
    static QDialog *openDialog(QWidget *root, const QString &name);
    // The text of the open refusal box, which is then closed; empty when there is none.
    static QString takeRefusal(QWidget *root);
    static int rowOf(QTableWidget *table, const QString &name);
    static void fill(QWidget *root, const QString &name, const QString &text);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestUsersDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_usersdialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestUsersDialog::init()
{
    static int serial = 0;
    m_store = test::createStore(m_dir, QStringLiteral("users-%1.sqlite").arg(++serial));
    QVERIFY(m_store);
    QVERIFY(sql::exec(m_store->database(), QStringLiteral("INSERT INTO teams(name) VALUES ('一组'), ('质检组')")));
    QVERIFY(sql::exec(m_store->database(),
                      QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A0012', '张三', '一组')")));
    UserDirectory users(m_store->database());
    QString error;
    NewUser admin;
    admin.name = QStringLiteral("wang");
    admin.displayName = QStringLiteral("Wang Fang");
    admin.role = Role::Admin;
    admin.password = adminPassword;
    QVERIFY2(users.add(Session::singleUser(), admin, &error), qPrintable(error));
    NewUser lead;
    lead.name = QStringLiteral("li");
    lead.displayName = QStringLiteral("Li Na");
    lead.role = Role::Lead;
    lead.team = QStringLiteral("一组");
    lead.password = leadPassword;
    QVERIFY2(users.add(sessionOf(QStringLiteral("wang")), lead, &error), qPrintable(error));
}

void TestUsersDialog::cleanup()
{
    m_store.reset();
    QSettings().clear();
}

Session TestUsersDialog::sessionOf(const QString &name) const
{
    const std::optional<UserRecord> r = UserDirectory(m_store->database()).find(name);
    return r ? Session::signedIn(r->id, r->name, r->role, r->agentId, r->team)
             : Session::signedIn(0, name, Role::Agent);
}

QPushButton *TestUsersDialog::button(QWidget *root, const QString &name)
{
    return root->findChild<QPushButton *>(name);
}

QDialog *TestUsersDialog::openDialog(QWidget *root, const QString &name)
{
    for (QDialog *dialog : root->findChildren<QDialog *>(name)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QString TestUsersDialog::takeRefusal(QWidget *root)
{
    QString text;
    for (QMessageBox *box : root->findChildren<QMessageBox *>(QStringLiteral("usersRefusalBox"))) {
        if (box->isVisible())
            text = box->text();
        delete box;
    }
    return text;
}

int TestUsersDialog::rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, UsersDialog::NameColumn)->text() == name)
            return row;
    }
    return -1;
}

void TestUsersDialog::fill(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->clear();
    // Chinese arrives through an input method, not as key clicks.
    const bool latin = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (latin)
        QTest::keyClicks(edit, text);
    else
        edit->setText(text);
}

void TestUsersDialog::listsTheUsers()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->columnCount(), int(UsersDialog::ColumnCount));
    const int li = rowOf(table, QStringLiteral("li"));
    QVERIFY(li >= 0);
    QCOMPARE(table->item(li, UsersDialog::DisplayNameColumn)->text(), QStringLiteral("Li Na"));
    QCOMPARE(table->item(li, UsersDialog::RoleColumn)->text(), QStringLiteral("Team lead"));
    QCOMPARE(table->item(li, UsersDialog::TeamColumn)->text(), QStringLiteral("一组"));
    QCOMPARE(table->item(li, UsersDialog::ActiveColumn)->text(), QStringLiteral("Yes"));
    QCOMPARE(table->item(li, UsersDialog::LockedColumn)->text(), QString());
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    QCOMPARE(headers, (QStringList{QStringLiteral("User name"), QStringLiteral("Display name"), QStringLiteral("Role"),
                                   QStringLiteral("Agent id"), QStringLiteral("Team"), QStringLiteral("Active"),
                                   QStringLiteral("Locked until")}));
    // Nothing is selected yet: only Add is possible.
    QVERIFY(button(&dialog, QStringLiteral("usersAddButton"))->isEnabled());
    QVERIFY(!button(&dialog, QStringLiteral("usersToggleActiveButton"))->isEnabled());
}

void TestUsersDialog::addsAUser()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    QTest::mouseClick(button(&dialog, QStringLiteral("usersAddButton")), Qt::LeftButton);
    QDialog *add = openDialog(&dialog, QStringLiteral("addUserDialog"));
    QVERIFY(add);
    QVERIFY(add->isModal());
    fill(add, QStringLiteral("addUserName"), QStringLiteral("chen"));
    fill(add, QStringLiteral("addUserDisplayName"), QStringLiteral("陈杰"));
    auto *role = add->findChild<QComboBox *>(QStringLiteral("addUserRole"));
    QVERIFY(role);
    role->setCurrentIndex(role->findData(QStringLiteral("qa")));
    auto *team = add->findChild<QComboBox *>(QStringLiteral("addUserTeam"));
    QVERIFY(team);
    QCOMPARE(team->count(), 3); // no team, and the store's two
    team->setCurrentIndex(team->findText(QStringLiteral("质检组")));
    auto *ok = button(add, QStringLiteral("addUserOkButton"));
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled()); // no password yet
    fill(add, QStringLiteral("newPassword"), QStringLiteral("chen1234"));
    QVERIFY(add->findChild<QLabel *>(QStringLiteral("passwordReason"))->text().contains(QStringLiteral("user name")));
    fill(add, QStringLiteral("newPassword"), newPassword);
    fill(add, QStringLiteral("repeatPassword"), newPassword);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!add->isVisible());
    QVERIFY(takeRefusal(&dialog).isEmpty());

    const std::optional<UserRecord> chen = UserDirectory(m_store->database()).find(QStringLiteral("chen"));
    QVERIFY(chen);
    QCOMPARE(chen->role, Role::Qa);
    QCOMPARE(chen->displayName, QStringLiteral("陈杰"));
    QCOMPARE(chen->team, QStringLiteral("质检组"));
    QVERIFY(chen->active);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(dialog.selectedUserName(), QStringLiteral("chen"));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("chen")), UsersDialog::RoleColumn)->text(), QStringLiteral("QA"));

    // Added by the administrator, in the audit log.
    QList<AuditEntry> entries;
    QString error;
    AuditFilter filter;
    filter.kind = QStringLiteral("user.add");
    QVERIFY(audit::query(m_store->database(), sessionOf(QStringLiteral("wang")), filter, 10, 0, &entries, &error));
    QCOMPARE(entries.constFirst().entityId, QStringLiteral("chen"));
    QCOMPARE(entries.constFirst().userName, QStringLiteral("wang"));
}

void TestUsersDialog::addRefusalShowsTheDirectorysMessage()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    QTest::mouseClick(button(&dialog, QStringLiteral("usersAddButton")), Qt::LeftButton);
    QDialog *add = openDialog(&dialog, QStringLiteral("addUserDialog"));
    QVERIFY(add);
    fill(add, QStringLiteral("addUserName"), QStringLiteral("li"));
    fill(add, QStringLiteral("newPassword"), newPassword);
    fill(add, QStringLiteral("repeatPassword"), newPassword);
    QTest::mouseClick(button(add, QStringLiteral("addUserOkButton")), Qt::LeftButton);
    QCOMPARE(takeRefusal(&dialog), QStringLiteral("A user named li already exists."));
    // The dialog stays open to correct the name.
    QVERIFY(add->isVisible());
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount(), 2);
    add->reject();
}

void TestUsersDialog::agentIdOnlyForAgents()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    QTest::mouseClick(button(&dialog, QStringLiteral("usersAddButton")), Qt::LeftButton);
    QDialog *add = openDialog(&dialog, QStringLiteral("addUserDialog"));
    QVERIFY(add);
    auto *role = add->findChild<QComboBox *>(QStringLiteral("addUserRole"));
    auto *agentId = add->findChild<QComboBox *>(QStringLiteral("addUserAgentId"));
    auto *team = add->findChild<QComboBox *>(QStringLiteral("addUserTeam"));
    QVERIFY(role && agentId && team);
    role->setCurrentIndex(role->findData(QStringLiteral("agent")));
    QVERIFY(agentId->isEnabled());
    role->setCurrentIndex(role->findData(QStringLiteral("trainer")));
    QVERIFY(!agentId->isEnabled());

    // An agent id the store does not know is refused by the directory, with its message.
    role->setCurrentIndex(role->findData(QStringLiteral("agent")));
    fill(add, QStringLiteral("addUserName"), QStringLiteral("zhou"));
    agentId->setEditText(QStringLiteral("A9999"));
    fill(add, QStringLiteral("newPassword"), newPassword);
    fill(add, QStringLiteral("repeatPassword"), newPassword);
    QTest::mouseClick(button(add, QStringLiteral("addUserOkButton")), Qt::LeftButton);
    QCOMPARE(takeRefusal(&dialog), QStringLiteral("There is no agent with the id A9999."));
    QVERIFY(!UserDirectory(m_store->database()).find(QStringLiteral("zhou")));

    // Picking one of the store's agents brings the agent's team along.
    const int a0012 = agentId->findData(QStringLiteral("A0012"));
    QVERIFY(a0012 > 0);
    QCOMPARE(agentId->itemText(a0012), QStringLiteral("A0012 · 张三"));
    agentId->setCurrentIndex(a0012);
    QCOMPARE(team->currentText(), QStringLiteral("一组"));
    QTest::mouseClick(button(add, QStringLiteral("addUserOkButton")), Qt::LeftButton);
    QVERIFY(takeRefusal(&dialog).isEmpty());
    QVERIFY(!add->isVisible());
    const std::optional<UserRecord> zhou = UserDirectory(m_store->database()).find(QStringLiteral("zhou"));
    QVERIFY(zhou);
    QCOMPARE(zhou->role, Role::Agent);
    QCOMPARE(zhou->agentId, QStringLiteral("A0012"));
    QCOMPARE(zhou->team, QStringLiteral("一组"));
    QVERIFY(Session::signedIn(zhou->id, zhou->name, zhou->role, zhou->agentId).canSeeAgent(QStringLiteral("A0012")));
}

void TestUsersDialog::disablesAndEnables()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    dialog.selectUser(QStringLiteral("li"));
    QCOMPARE(dialog.selectedUserName(), QStringLiteral("li"));
    QPushButton *toggle = button(&dialog, QStringLiteral("usersToggleActiveButton"));
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(takeRefusal(&dialog).isEmpty());
    QVERIFY(!UserDirectory(m_store->database()).find(QStringLiteral("li"))->active);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("li")), UsersDialog::ActiveColumn)->text(), QStringLiteral("No"));
    QCOMPARE(dialog.selectedUserName(), QStringLiteral("li"));
    QCOMPARE(toggle->text(), QStringLiteral("&Enable"));
    // Disabled: the sign-in is refused.
    QVERIFY(!UserDirectory(m_store->database())
                 .signIn(QStringLiteral("li"), leadPassword, QDateTime::currentSecsSinceEpoch())
                 .ok);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(UserDirectory(m_store->database()).find(QStringLiteral("li"))->active);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("li")), UsersDialog::ActiveColumn)->text(), QStringLiteral("Yes"));
}

void TestUsersDialog::changesRole()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    dialog.selectUser(QStringLiteral("li"));
    QTest::mouseClick(button(&dialog, QStringLiteral("usersRoleButton")), Qt::LeftButton);
    QDialog *roleDialog = openDialog(&dialog, QStringLiteral("changeRoleDialog"));
    QVERIFY(roleDialog);
    auto *combo = roleDialog->findChild<QComboBox *>(QStringLiteral("changeRoleCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("lead"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("trainer")));
    QTest::mouseClick(button(roleDialog, QStringLiteral("changeRoleOkButton")), Qt::LeftButton);
    QVERIFY(!roleDialog->isVisible());
    QCOMPARE(UserDirectory(m_store->database()).find(QStringLiteral("li"))->role, Role::Trainer);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("li")), UsersDialog::RoleColumn)->text(),
             QStringLiteral("Trainer"));
}

void TestUsersDialog::resetsPassword()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    dialog.selectUser(QStringLiteral("li"));
    QTest::mouseClick(button(&dialog, QStringLiteral("usersPasswordButton")), Qt::LeftButton);
    QDialog *reset = openDialog(&dialog, QStringLiteral("resetPasswordDialog"));
    QVERIFY(reset);
    QPushButton *ok = button(reset, QStringLiteral("resetPasswordOkButton"));
    fill(reset, QStringLiteral("newPassword"), QStringLiteral("short"));
    QVERIFY(!ok->isEnabled());
    fill(reset, QStringLiteral("newPassword"), newPassword);
    fill(reset, QStringLiteral("repeatPassword"), newPassword);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!reset->isVisible());
    UserDirectory users(m_store->database());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(!users.signIn(QStringLiteral("li"), leadPassword, now).ok);
    QVERIFY(users.signIn(QStringLiteral("li"), newPassword, now).ok);
}

void TestUsersDialog::lastAdminCannotBeDisabledOrDemoted()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    dialog.selectUser(QStringLiteral("wang"));
    QTest::mouseClick(button(&dialog, QStringLiteral("usersToggleActiveButton")), Qt::LeftButton);
    QString error;
    UserDirectory users(m_store->database());
    QVERIFY(!users.setActive(sessionOf(QStringLiteral("wang")), QStringLiteral("wang"), false, &error));
    QCOMPARE(takeRefusal(&dialog), error);
    QCOMPARE(error, QStringLiteral("wang is the last active administrator and cannot be disabled."));
    QVERIFY(users.find(QStringLiteral("wang"))->active);

    QTest::mouseClick(button(&dialog, QStringLiteral("usersRoleButton")), Qt::LeftButton);
    QDialog *roleDialog = openDialog(&dialog, QStringLiteral("changeRoleDialog"));
    QVERIFY(roleDialog);
    auto *combo = roleDialog->findChild<QComboBox *>(QStringLiteral("changeRoleCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("lead")));
    QTest::mouseClick(button(roleDialog, QStringLiteral("changeRoleOkButton")), Qt::LeftButton);
    QCOMPARE(takeRefusal(&dialog),
             QStringLiteral("wang is the last active administrator and cannot be given another role."));
    QVERIFY(roleDialog->isVisible());
    QCOMPARE(users.find(QStringLiteral("wang"))->role, Role::Admin);
    roleDialog->reject();
}

void TestUsersDialog::leadSessionHasTheActionDisabled()
{
    MainWindow::Options options;
    options.session = sessionOf(QStringLiteral("li"));
    Store *store = m_store.get();
    MainWindow window(std::move(m_store), options);
    window.show();
    QCOMPARE(window.session().role(), Role::Lead);
    auto *users = window.findChild<QAction *>(QStringLiteral("actionUsers"));
    QVERIFY(users);
    QVERIFY(!users->isEnabled());
    QCOMPARE(users->toolTip(), QStringLiteral("Only Administrator may manage users."));
    // Triggered anyway (a shortcut, a script), nothing opens.
    users->trigger();
    QVERIFY(!window.findChild<UsersDialog *>());
    // The model refuses too, whatever the UI shows.
    QString error;
    NewUser user;
    user.name = QStringLiteral("sneaky");
    user.role = Role::Admin;
    user.password = newPassword;
    QVERIFY(!UserDirectory(store->database()).add(window.session(), user, &error));
    QVERIFY2(error.contains(QStringLiteral("manage users")), qPrintable(error));

    // The actions follow the session: a single-user store may do everything.
    window.setStore(test::createStore(m_dir, QStringLiteral("single.sqlite")));
    QVERIFY(window.session().isSingleUser());
    QVERIFY(users->isEnabled());
}

void TestUsersDialog::adminOpensTheDialogFromTheMenu()
{
    MainWindow::Options options;
    options.session = sessionOf(QStringLiteral("wang"));
    MainWindow window(std::move(m_store), options);
    window.show();
    auto *users = window.findChild<QAction *>(QStringLiteral("actionUsers"));
    QVERIFY(users && users->isEnabled());
    users->trigger();
    auto *dialog = window.findChild<UsersDialog *>(QStringLiteral("usersDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount(), 2);
}

void TestUsersDialog::leadSessionCannotChangeAnything()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("li")));
    dialog.show();
    dialog.selectUser(QStringLiteral("wang"));
    for (const char *name : {"usersAddButton", "usersToggleActiveButton", "usersPasswordButton", "usersRoleButton"}) {
        QPushButton *b = button(&dialog, QString::fromLatin1(name));
        QVERIFY2(b && !b->isEnabled(), name);
        QCOMPARE(b->toolTip(), QStringLiteral("Only Administrator may manage users."));
    }
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("usersNotice"))->text(),
             QStringLiteral("Only Administrator may manage users."));
}

void TestUsersDialog::exportsTheUsers()
{
    UsersDialog dialog(*m_store, sessionOf(QStringLiteral("wang")));
    dialog.show();
    QPushButton *exportButton = button(&dialog, QStringLiteral("usersExportButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("users-%1.csv").arg(QCoreApplication::applicationPid()));
    int rows = 0;
    QString error;
    QVERIFY2(dialog.exportTo(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // for Excel
    QCOMPARE(QString::fromUtf8(bytes.mid(3)),
             QStringLiteral("User name,Display name,Role,Agent id,Team,Active,Locked until\r\n"
                            "li,Li Na,Team lead,,一组,Yes,\r\n"
                            "wang,Wang Fang,Administrator,,,Yes,\r\n"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("usersExportStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(path)), qPrintable(status->text()));
    // Every export is recorded.
    QCOMPARE(
        sql::scalar(m_store->database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'user.export' AND user_name = 'wang'"))
            .toInt(),
        1);

    // A team lead sees the list but may not export it.
    UsersDialog leads(*m_store, sessionOf(QStringLiteral("li")));
    leads.show();
    QVERIFY(!button(&leads, QStringLiteral("usersExportButton"))->isEnabled());
    const QString refused = m_dir.filePath(QStringLiteral("refused-users.csv"));
    QVERIFY(!leads.exportTo(refused, &rows, &error));
    QVERIFY2(error.contains(QStringLiteral("manage users")), qPrintable(error));
    QVERIFY(!QFile::exists(refused));
}

void TestUsersDialog::ownRoleChangeAppliesToTheWindow()
{
    NewUser second;
    second.name = QStringLiteral("zhang");
    second.role = Role::Admin;
    second.password = newPassword;
    QString error;
    QVERIFY2(UserDirectory(m_store->database()).add(sessionOf(QStringLiteral("wang")), second, &error),
             qPrintable(error));
    MainWindow::Options options;
    options.session = sessionOf(QStringLiteral("wang"));
    MainWindow window(std::move(m_store), options);
    window.show();
    const QPointer<QWidget> paneBefore = window.pane(QStringLiteral("overview"));
    QVERIFY(paneBefore);
    auto *users = window.findChild<QAction *>(QStringLiteral("actionUsers"));
    users->trigger();
    auto *dialog = window.findChild<UsersDialog *>(QStringLiteral("usersDialog"));
    QVERIFY(dialog);
    dialog->selectUser(QStringLiteral("wang"));
    QTest::mouseClick(button(dialog, QStringLiteral("usersRoleButton")), Qt::LeftButton);
    QDialog *roleDialog = openDialog(dialog, QStringLiteral("changeRoleDialog"));
    QVERIFY(roleDialog);
    auto *combo = roleDialog->findChild<QComboBox *>(QStringLiteral("changeRoleCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("lead")));
    QTest::mouseClick(button(roleDialog, QStringLiteral("changeRoleOkButton")), Qt::LeftButton);
    QVERIFY(takeRefusal(dialog).isEmpty());
    dialog->reject();
    // The window takes the new role at once: no more user management.
    QTRY_COMPARE(window.session().role(), Role::Lead);
    QVERIFY(window.isSignedIn());
    QVERIFY(!users->isEnabled());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusUser"))->text(), QStringLiteral("Wang Fang (Team lead)"));
    // The panes are made again for the new role.
    QVERIFY(!paneBefore);
    QVERIFY(window.pane(QStringLiteral("overview")));
    QCOMPARE(window.currentPaneId(), QStringLiteral("overview"));
}

void TestUsersDialog::disablingOneselfSignsOut()
{
    NewUser second;
    second.name = QStringLiteral("zhang");
    second.role = Role::Admin;
    second.password = newPassword;
    QString error;
    QVERIFY2(UserDirectory(m_store->database()).add(sessionOf(QStringLiteral("wang")), second, &error),
             qPrintable(error));
    MainWindow::Options options;
    options.session = sessionOf(QStringLiteral("wang"));
    MainWindow window(std::move(m_store), options);
    window.show();
    window.findChild<QAction *>(QStringLiteral("actionUsers"))->trigger();
    QPointer<UsersDialog> dialog = window.findChild<UsersDialog *>(QStringLiteral("usersDialog"));
    QVERIFY(dialog);
    dialog->selectUser(QStringLiteral("wang"));
    QTest::mouseClick(button(dialog, QStringLiteral("usersToggleActiveButton")), Qt::LeftButton);
    QVERIFY(takeRefusal(dialog).isEmpty());
    dialog->reject();
    QTRY_VERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
