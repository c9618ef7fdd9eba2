// Signing in to the desktop: the sign-in dialog of a store with users, signing out and switching
// user, the single-user store, and the first administrator of a new store.
#include "TestSupport.h"

#include "users/FirstAdminDialog.h"
#include "shell/Gui.h"
#include "shell/MainWindow.h"
#include "users/SignInDialog.h"
#include "auth/AuditLog.h"
#include "auth/PasswordHash.h"
#include "auth/UserDirectory.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::ui;

namespace {

const QString adminPassword = QStringLiteral("Admin-pass-2026");
const QString leadPassword = QStringLiteral("Lead-pass-2026");
const QString agentPassword = QStringLiteral("Agent-pass-2026");

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void storeWithUsersAsksForSignIn();
    void wrongPasswordShowsGenericMessage();
    void rightPasswordSignsIn();
    void lastUserIsPrefilled();
    void disabledUserIsRefused();
    void fiveFailuresLockTheAccount();
    void cancellingKeepsDataHidden();
    void signOutAndSwitchUser();
    void cancellingAfterSignOutClosesTheStore();
    void openingAnotherStoreWithUsersAsksForSignIn();
    void singleUserStoreNeedsNoSignIn();
    void firstAdminRefusesWeakPassword();
    void firstAdminIsCreatedAndSignedIn();
    void firstAdminCancelKeepsSingleUser();
    void windowStartsWithTheFirstAdminsSession();
    void screenshotNeedsNoSignIn();

private:
    std::unique_ptr<Store> storeWithUsers(const QString &name = QStringLiteral("team.sqlite"));
    static SignInDialog *signInDialog(MainWindow &window);
    static void signIn(SignInDialog *dialog, const QString &user, const QString &password);
    static QString text(QWidget *root, const QString &labelName);
    static QLineEdit *edit(QWidget *root, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSignIn::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signin"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestSignIn::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<Store> TestSignIn::storeWithUsers(const QString &name)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    auto store = test::createStore(*m_dir, name);
    if (!store)
        return store;
    UserDirectory users(store->database());
    const Session setup = Session::singleUser();
    auto add = [&](const QString &user, const QString &display, Role role, const QString &password) {
        NewUser u;
        u.name = user;
        u.displayName = display;
        u.role = role;
        u.password = password;
        QString error;
        if (!users.add(setup, u, &error))
            qWarning("adding %s: %s", qPrintable(user), qPrintable(error));
    };
    add(QStringLiteral("wang"), QStringLiteral("Wang Fang"), Role::Admin, adminPassword);
    add(QStringLiteral("li"), QStringLiteral("Li Na"), Role::Lead, leadPassword);
    add(QStringLiteral("zhao"), QString(), Role::Agent, agentPassword);
    QString error;
    if (!users.setActive(setup, QStringLiteral("zhao"), false, &error))
        qWarning("disabling zhao: %s", qPrintable(error));
    return store;
}

SignInDialog *TestSignIn::signInDialog(MainWindow &window)
{
    const QList<SignInDialog *> dialogs = window.findChildren<SignInDialog *>(QStringLiteral("signInDialog"));
    for (SignInDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QLineEdit *TestSignIn::edit(QWidget *root, const QString &name)
{
    return root->findChild<QLineEdit *>(name);
}

QString TestSignIn::text(QWidget *root, const QString &labelName)
{
    auto *label = root->findChild<QLabel *>(labelName);
    return label ? label->text() : QStringLiteral("<no %1>").arg(labelName);
}

void TestSignIn::signIn(SignInDialog *dialog, const QString &user, const QString &password)
{
    QVERIFY(dialog);
    QLineEdit *name = edit(dialog, QStringLiteral("signInUserName"));
    QLineEdit *secret = edit(dialog, QStringLiteral("signInPassword"));
    QVERIFY(name && secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    name->clear();
    QTest::keyClicks(name, user);
    secret->clear();
    QTest::keyClicks(secret, password);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSignIn::storeWithUsersAsksForSignIn()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    // Nothing of the store before a sign-in, not even before the window shows.
    QVERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    QVERIFY(!window.showPane(QStringLiteral("overview")));
    window.show();
    SignInDialog *dialog = signInDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    QCOMPARE(window.currentPaneId(), QString());
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("paneStack"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("signedOutPage"));
    QCOMPARE(text(&window, QStringLiteral("statusUser")), QStringLiteral("Signed out"));
    for (const char *name : {"actionUsers", "actionAuditLog", "actionStoreSettings", "actionRefresh"}) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && !action->isEnabled(), name);
    }
}

void TestSignIn::wrongPasswordShowsGenericMessage()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    window.show();
    SignInDialog *dialog = signInDialog(window);
    QVERIFY(dialog);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("signInError"));
    QVERIFY(error);
    QVERIFY(error->text().isEmpty());

    const QString wrong = QStringLiteral("not-the-password");
    signIn(dialog, QStringLiteral("li"), wrong);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    const QString generic = QStringLiteral("Unknown user name or wrong password.");
    QCOMPARE(error->text(), generic);
    QVERIFY(!error->text().contains(wrong));
    // The password is cleared, never left behind or shown.
    QVERIFY(edit(dialog, QStringLiteral("signInPassword"))->text().isEmpty());

    // An unknown name gets the very same message: it does not tell which names exist.
    signIn(dialog, QStringLiteral("nobody"), wrong);
    QCOMPARE(error->text(), generic);

    QVERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    QCOMPARE(text(&window, QStringLiteral("statusUser")), QStringLiteral("Signed out"));
}

void TestSignIn::rightPasswordSignsIn()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    QSignalSpy changed(&window, &MainWindow::sessionChanged);
    window.show();
    SignInDialog *dialog = signInDialog(window);
    signIn(dialog, QStringLiteral("li"), leadPassword);
    QVERIFY(!dialog->isVisible());
    QVERIFY(window.isSignedIn());
    QCOMPARE(window.session().userName(), QStringLiteral("li"));
    QCOMPARE(window.session().role(), Role::Lead);
    QVERIFY(!window.session().isSingleUser());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(&window, QStringLiteral("statusUser")), QStringLiteral("Li Na (Team lead)"));
    QCOMPARE(window.currentPaneId(), QStringLiteral("overview"));
    QVERIFY(window.pane(QStringLiteral("overview")));

    // The sign-in is in the audit log.
    QList<AuditEntry> entries;
    QString error;
    AuditFilter filter;
    filter.kind = QStringLiteral("user.signin");
    QVERIFY(audit::query(window.store().database(), Session::singleUser(), filter, 10, 0, &entries, &error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().userName, QStringLiteral("li"));
}

void TestSignIn::lastUserIsPrefilled()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    const QString path = store->path();
    QCOMPARE(SignInDialog::lastUserName(path), QString());
    MainWindow window(std::move(store));
    window.show();
    signIn(signInDialog(window), QStringLiteral("li"), leadPassword);
    QVERIFY(window.isSignedIn());
    QCOMPARE(SignInDialog::lastUserName(path), QStringLiteral("li"));

    SignInDialog again(window.store());
    QCOMPARE(edit(&again, QStringLiteral("signInUserName"))->text(), QStringLiteral("li"));
    QVERIFY(edit(&again, QStringLiteral("signInPassword"))->text().isEmpty());
    // Another store remembers its own last user.
    QCOMPARE(SignInDialog::lastUserName(path + QStringLiteral(".other")), QString());
}

void TestSignIn::disabledUserIsRefused()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    window.show();
    SignInDialog *dialog = signInDialog(window);
    signIn(dialog, QStringLiteral("zhao"), agentPassword);
    QVERIFY(dialog->isVisible());
    QVERIFY(!window.isSignedIn());
    const QString error = text(dialog, QStringLiteral("signInError"));
    QVERIFY2(error.contains(QStringLiteral("disabled")), qPrintable(error));
    QVERIFY(!error.contains(agentPassword));
    QVERIFY(!window.pane(QStringLiteral("overview")));
}

void TestSignIn::fiveFailuresLockTheAccount()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    window.show();
    SignInDialog *dialog = signInDialog(window);
    for (int i = 0; i < UserDirectory::MaxFailedSignIns; ++i)
        signIn(dialog, QStringLiteral("li"), QStringLiteral("wrong-%1-password").arg(i));
    // Even the right password is refused now, with the reason.
    signIn(dialog, QStringLiteral("li"), leadPassword);
    QVERIFY(!window.isSignedIn());
    const QString error = text(dialog, QStringLiteral("signInError"));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
}

void TestSignIn::cancellingKeepsDataHidden()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    QSignalSpy cancelled(&window, &MainWindow::signInCancelled);
    window.show();
    SignInDialog *dialog = signInDialog(window);
    QVERIFY(dialog);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("signInCancelButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    // The store closes with the window; no pane was ever made.
    QVERIFY(!window.isVisible());
    QVERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    QCOMPARE(window.currentPaneId(), QString());
}

void TestSignIn::signOutAndSwitchUser()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    window.show();
    signIn(signInDialog(window), QStringLiteral("li"), leadPassword);
    QVERIFY(window.isSignedIn());

    auto *users = window.findChild<QAction *>(QStringLiteral("actionUsers"));
    auto *auditLog = window.findChild<QAction *>(QStringLiteral("actionAuditLog"));
    auto *settings = window.findChild<QAction *>(QStringLiteral("actionStoreSettings"));
    auto *signOut = window.findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(users && auditLog && settings && signOut);
    // A lead: disabled with the reason, not hidden.
    QVERIFY(!users->isEnabled());
    QVERIFY(users->isVisible());
    QCOMPARE(users->toolTip(), QStringLiteral("Only Administrator may manage users."));
    QVERIFY(!auditLog->isEnabled());
    QCOMPARE(auditLog->toolTip(), QStringLiteral("Only Administrator may read the audit log."));
    QVERIFY(settings->isEnabled());
    QVERIFY(signOut->isEnabled());
    QCOMPARE(signOut->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    signOut->trigger();
    QVERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    QCOMPARE(text(&window, QStringLiteral("statusUser")), QStringLiteral("Signed out"));
    QVERIFY(!users->isEnabled());
    QVERIFY(!settings->isEnabled());
    SignInDialog *dialog = signInDialog(window);
    QVERIFY(dialog);
    QCOMPARE(edit(dialog, QStringLiteral("signInUserName"))->text(), QStringLiteral("li"));

    signIn(dialog, QStringLiteral("wang"), adminPassword);
    QVERIFY(window.isSignedIn());
    QCOMPARE(window.session().userName(), QStringLiteral("wang"));
    QCOMPARE(text(&window, QStringLiteral("statusUser")), QStringLiteral("Wang Fang (Administrator)"));
    QVERIFY(users->isEnabled());
    QVERIFY(auditLog->isEnabled());
    QCOMPARE(window.currentPaneId(), QStringLiteral("overview"));
    QVERIFY(window.pane(QStringLiteral("overview")));
}

void TestSignIn::cancellingAfterSignOutClosesTheStore()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    MainWindow window(std::move(store));
    QSignalSpy cancelled(&window, &MainWindow::signInCancelled);
    window.show();
    signIn(signInDialog(window), QStringLiteral("wang"), adminPassword);
    QVERIFY(window.isSignedIn());
    window.signOut();
    SignInDialog *dialog = signInDialog(window);
    QVERIFY(dialog);
    dialog->reject();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!window.isVisible());
    QVERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
}

void TestSignIn::openingAnotherStoreWithUsersAsksForSignIn()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto empty = test::createStore(*m_dir, QStringLiteral("empty.sqlite"));
    QVERIFY(empty);
    MainWindow window(std::move(empty));
    window.show();
    QVERIFY(window.session().isSingleUser());
    QVERIFY(window.pane(QStringLiteral("overview")));

    auto team = storeWithUsers();
    QVERIFY(team);
    window.setStore(std::move(team));
    QVERIFY(!window.isSignedIn());
    QVERIFY(!window.pane(QStringLiteral("overview")));
    signIn(signInDialog(window), QStringLiteral("li"), leadPassword);
    QCOMPARE(window.session().userName(), QStringLiteral("li"));
    QVERIFY(window.pane(QStringLiteral("overview")));
}

void TestSignIn::singleUserStoreNeedsNoSignIn()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = test::createStore(*m_dir);
    QVERIFY(store);
    MainWindow window(std::move(store));
    window.show();
    QVERIFY(!signInDialog(window));
    QVERIFY(window.isSignedIn());
    QVERIFY(window.session().isSingleUser());
    QVERIFY(window.pane(QStringLiteral("overview")));
    auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    QVERIFY(user);
    QCOMPARE(user->text(), QStringLiteral("Single-user store"));
    QVERIFY2(user->toolTip().contains(QStringLiteral("anyone who opens the file may do everything")),
             qPrintable(user->toolTip()));
    QVERIFY2(user->toolTip().contains(QStringLiteral("Tools → Users")), qPrintable(user->toolTip()));
    auto *signOut = window.findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut);
    QVERIFY(!signOut->isEnabled());
    QVERIFY(signOut->toolTip().contains(QStringLiteral("no users")));
    // Whoever has the file may do everything, including adding the first administrator.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUsers"))->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAuditLog"))->isEnabled());
}

void TestSignIn::firstAdminRefusesWeakPassword()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = test::createStore(*m_dir);
    QVERIFY(store);
    FirstAdminDialog dialog(*store);
    dialog.show();
    QLineEdit *name = edit(&dialog, QStringLiteral("firstAdminName"));
    QLineEdit *password = edit(&dialog, QStringLiteral("newPassword"));
    QLineEdit *repeat = edit(&dialog, QStringLiteral("repeatPassword"));
    auto *reason = dialog.findChild<QLabel *>(QStringLiteral("passwordReason"));
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("firstAdminCreateButton"));
    QVERIFY(name && password && repeat && reason && create);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(repeat->echoMode(), QLineEdit::Password);

    QTest::keyClicks(name, QStringLiteral("wang"));
    for (const QString &weak :
         {QStringLiteral("short"), QStringLiteral("aaaaaaaaaa"), QStringLiteral("wang-2026-xyz")}) {
        password->clear();
        QTest::keyClicks(password, weak);
        repeat->clear();
        QTest::keyClicks(repeat, weak);
        const QString expected = password::weakness(weak, QStringLiteral("wang"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(reason->text(), expected);
        QVERIFY(!create->isEnabled());
    }
    password->clear();
    QTest::keyClicks(password, adminPassword);
    repeat->clear();
    QTest::keyClicks(repeat, adminPassword + QLatin1Char('x'));
    QCOMPARE(reason->text(), QStringLiteral("The two passwords differ."));
    QVERIFY(!create->isEnabled());
    dialog.accept(); // refused: nothing is written
    QVERIFY(!UserDirectory(store->database()).hasUsers());
}

void TestSignIn::firstAdminIsCreatedAndSignedIn()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = test::createStore(*m_dir);
    QVERIFY(store);
    FirstAdminDialog dialog(*store);
    dialog.show();
    QTest::keyClicks(edit(&dialog, QStringLiteral("firstAdminName")), QStringLiteral("wang"));
    // Chinese arrives through an input method, not as key clicks.
    edit(&dialog, QStringLiteral("firstAdminDisplayName"))->setText(QStringLiteral("王芳"));
    QTest::keyClicks(edit(&dialog, QStringLiteral("newPassword")), adminPassword);
    QTest::keyClicks(edit(&dialog, QStringLiteral("repeatPassword")), adminPassword);
    QCOMPARE(text(&dialog, QStringLiteral("passwordReason")), QStringLiteral("The password is acceptable."));
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("firstAdminCreateButton"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    UserDirectory users(store->database());
    const std::optional<UserRecord> admin = users.find(QStringLiteral("wang"));
    QVERIFY(admin);
    QCOMPARE(admin->role, Role::Admin);
    QCOMPARE(admin->displayName, QStringLiteral("王芳"));
    QVERIFY(dialog.session());
    QCOMPARE(dialog.session()->userName(), QStringLiteral("wang"));
    QCOMPARE(dialog.session()->role(), Role::Admin);
    QVERIFY(users.signIn(QStringLiteral("wang"), adminPassword, QDateTime::currentSecsSinceEpoch()).ok);
    QCOMPARE(SignInDialog::lastUserName(store->path()), QStringLiteral("wang"));
}

void TestSignIn::firstAdminCancelKeepsSingleUser()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = test::createStore(*m_dir);
    QVERIFY(store);
    FirstAdminDialog dialog(*store);
    dialog.show();
    QTest::keyClicks(edit(&dialog, QStringLiteral("firstAdminName")), QStringLiteral("wang"));
    auto *skip = dialog.findChild<QPushButton *>(QStringLiteral("firstAdminSkipButton"));
    QVERIFY(skip);
    QTest::mouseClick(skip, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.session());
    QVERIFY(!UserDirectory(store->database()).hasUsers());
}

void TestSignIn::windowStartsWithTheFirstAdminsSession()
{
    auto store = storeWithUsers();
    QVERIFY(store);
    const std::optional<UserRecord> wang = UserDirectory(store->database()).find(QStringLiteral("wang"));
    QVERIFY(wang);
    MainWindow::Options options;
    options.session = Session::signedIn(wang->id, wang->name, wang->role);
    MainWindow window(std::move(store), options);
    window.show();
    QVERIFY(!signInDialog(window));
    QVERIFY(window.isSignedIn());
    QCOMPARE(text(&window, QStringLiteral("statusUser")), QStringLiteral("Wang Fang (Administrator)"));
}

void TestSignIn::screenshotNeedsNoSignIn()
{
    QString path;
    {
        auto store = storeWithUsers();
        QVERIFY(store);
        path = store->path();
    }
    const QString out = m_dir->filePath(QStringLiteral("shot.png"));
    QString error;
    QVERIFY2(renderScreenshot(path, StoreOptions(), QStringLiteral("overview"), QSize(800, 600), out, &error),
             qPrintable(error));
    QVERIFY(QFile::exists(out));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
