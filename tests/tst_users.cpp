// Users, sign-in and the audit trail of their changes, called as each role.
#include "TestSupport.h"
#include "auth/AuditLog.h"
#include "auth/PasswordHash.h"
#include "auth/UserDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace kefu;

namespace {

const QString goodPassword = QStringLiteral("Kefu-2026-strong");

NewUser newUser(const QString &name, Role role, const QString &password = goodPassword)
{
    NewUser u;
    u.name = name;
    u.role = role;
    u.password = password;
    return u;
}

Session sessionOf(UserDirectory &users, const QString &name)
{
    const auto r = users.find(name);
    return Session::signedIn(r->id, r->name, r->role, r->agentId, r->team);
}

QList<AuditEntry> auditEntries(QSqlDatabase db, const AuditFilter &filter = {})
{
    QList<AuditEntry> entries;
    QString error;
    const Session admin = Session::signedIn(1, QStringLiteral("auditor"), Role::Admin);
    if (!audit::query(db, admin, filter, 1000, 0, &entries, &error))
        qWarning("%s", qPrintable(error));
    return entries;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<UserDirectory> m_users;

private slots:
    void init()
    {
        static int serial = 0;
        m_store = test::createStore(m_dir, QStringLiteral("users-%1.sqlite").arg(++serial));
        QVERIFY(m_store);
        m_users = std::make_unique<UserDirectory>(m_store->database());
    }

    void cleanup()
    {
        m_users.reset();
        m_store.reset();
    }

    void passwordsAreHashedWithArgon2id()
    {
        const QString h = password::hash(goodPassword);
        QVERIFY(h.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!h.contains(goodPassword));
        QVERIFY(password::verify(h, goodPassword));
        QVERIFY(!password::verify(h, goodPassword + QLatin1Char('x')));
        QVERIFY(password::hash(goodPassword) != h); // salted
    }

    void weakPasswordsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("7 characters") << QStringLiteral("abc1234") << QStringLiteral("at least 8");
        QTest::newRow("one character repeated") << QStringLiteral("aaaaaaaaaa") << QStringLiteral("different characters");
        QTest::newRow("contains the name") << QStringLiteral("zhangwei2026") << QStringLiteral("user name");
    }

    void weakPasswordsAreRefusedWithAReason()
    {
        QFETCH(QString, password);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!m_users->add(Session::singleUser(), newUser(QStringLiteral("zhangwei"), Role::Admin, password), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!m_users->hasUsers());
    }

    void firstUserMustBeAnAdmin()
    {
        QString error;
        QVERIFY(!m_users->add(Session::singleUser(), newUser(QStringLiteral("qa1"), Role::Qa), &error));
        QVERIFY2(error.contains(QStringLiteral("administrator")), qPrintable(error));
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        QVERIFY(m_users->hasUsers());
        const auto stored = sql::scalar(m_store->database(), QStringLiteral("SELECT password_hash FROM users"));
        QVERIFY(!stored.toString().contains(goodPassword));
    }

    void onlyAdminsManageUsers_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << int(Role::Admin) << true;
        QTest::newRow("lead") << int(Role::Lead) << false;
        QTest::newRow("qa") << int(Role::Qa) << false;
        QTest::newRow("trainer") << int(Role::Trainer) << false;
        QTest::newRow("agent") << int(Role::Agent) << false;
    }

    void onlyAdminsManageUsers()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const Session boss = sessionOf(*m_users, QStringLiteral("boss"));
        QVERIFY(m_users->add(boss, newUser(QStringLiteral("actor"), static_cast<Role>(role)), &error));
        QVERIFY(m_users->add(boss, newUser(QStringLiteral("target"), Role::Agent), &error));
        const Session actor = sessionOf(*m_users, QStringLiteral("actor"));
        const qint64 auditBefore = test::count(m_store->database(), QStringLiteral("audit_log"));

        error.clear();
        QCOMPARE(m_users->add(actor, newUser(QStringLiteral("new"), Role::Agent), &error), allowed);
        QCOMPARE(error.contains(QStringLiteral("Permission denied")), !allowed);
        QCOMPARE(m_users->setRole(actor, QStringLiteral("target"), Role::Qa, &error), allowed);
        QCOMPARE(m_users->setActive(actor, QStringLiteral("target"), false, &error), allowed);
        QCOMPARE(m_users->setPassword(actor, QStringLiteral("target"), QStringLiteral("Another-pass-9"), &error), allowed);
        // Everybody may change their own password.
        QVERIFY2(m_users->setPassword(actor, QStringLiteral("actor"), QStringLiteral("Own-new-pass-7"), &error),
                 qPrintable(error));

        const qint64 written = test::count(m_store->database(), QStringLiteral("audit_log")) - auditBefore;
        QCOMPARE(written, allowed ? 5 : 1); // each allowed change is audited; refusals change nothing
        QCOMPARE(m_users->find(QStringLiteral("target"))->role, allowed ? Role::Qa : Role::Agent);
    }

    void lastActiveAdminStays()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const Session boss = sessionOf(*m_users, QStringLiteral("boss"));
        QVERIFY(!m_users->setActive(boss, QStringLiteral("boss"), false, &error));
        QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
        QVERIFY(!m_users->setRole(boss, QStringLiteral("boss"), Role::Lead, &error));
        QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
        // With a second admin, the first may step down.
        QVERIFY(m_users->add(boss, newUser(QStringLiteral("boss2"), Role::Admin), &error));
        QVERIFY2(m_users->setRole(boss, QStringLiteral("boss"), Role::Lead, &error), qPrintable(error));
        QCOMPARE(m_users->activeAdminCount(), 1);
    }

    void signInGivesOneMessageForUnknownUserAndWrongPassword()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const qint64 now = 1'780'000'000;
        const SignInResult unknown = m_users->signIn(QStringLiteral("nobody"), goodPassword, now);
        const SignInResult wrong = m_users->signIn(QStringLiteral("boss"), QStringLiteral("not-the-password"), now);
        QVERIFY(!unknown.ok && !wrong.ok);
        QCOMPARE(unknown.error, wrong.error);
        const SignInResult right = m_users->signIn(QStringLiteral("boss"), goodPassword, now);
        QVERIFY(right.ok);
        QCOMPARE(right.session->userName(), QStringLiteral("boss"));
        QCOMPARE(right.session->role(), Role::Admin);
        QCOMPARE(m_users->find(QStringLiteral("boss"))->failedLogins, 0);
    }

    void fiveWrongPasswordsLockForFiveMinutes()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const qint64 now = 1'780'000'000;
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_users->signIn(QStringLiteral("boss"), QStringLiteral("wrong-password"), now + i).ok);
        const SignInResult locked = m_users->signIn(QStringLiteral("boss"), goodPassword, now + 10);
        QVERIFY(!locked.ok);
        QVERIFY2(locked.error.contains(QStringLiteral("locked")), qPrintable(locked.error));
        QVERIFY(!m_users->signIn(QStringLiteral("boss"), goodPassword, now + 4 + 299).ok);
        QVERIFY(m_users->signIn(QStringLiteral("boss"), goodPassword, now + 4 + 300).ok);
        QCOMPARE(auditEntries(m_store->database(), {{}, QStringLiteral("user.locked"), 0, 0}).size(), 1);
    }

    void fourWrongPasswordsDoNotLock()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!m_users->signIn(QStringLiteral("boss"), QStringLiteral("wrong-password"), 100 + i).ok);
        QVERIFY(m_users->signIn(QStringLiteral("boss"), goodPassword, 110).ok);
    }

    void disabledUserCannotSignIn()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const Session boss = sessionOf(*m_users, QStringLiteral("boss"));
        QVERIFY(m_users->add(boss, newUser(QStringLiteral("leaver"), Role::Qa), &error));
        QVERIFY(m_users->setActive(boss, QStringLiteral("leaver"), false, &error));
        const SignInResult r = m_users->signIn(QStringLiteral("leaver"), goodPassword, 100);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("disabled")), qPrintable(r.error));
        // Disabled, never deleted: the name stays for the trail.
        QVERIFY(m_users->find(QStringLiteral("leaver")));
    }

    void changesAreAuditedWithBeforeAndAfter()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const Session boss = sessionOf(*m_users, QStringLiteral("boss"));
        QVERIFY(m_users->add(boss, newUser(QStringLiteral("wang"), Role::Agent), &error));
        QVERIFY(m_users->setRole(boss, QStringLiteral("wang"), Role::Qa, &error));
        const QList<AuditEntry> roleChanges = auditEntries(m_store->database(), {{}, QStringLiteral("user.role"), 0, 0});
        QCOMPARE(roleChanges.size(), 1);
        const AuditEntry &e = roleChanges.constFirst();
        QCOMPARE(e.userName, QStringLiteral("boss"));
        QCOMPARE(e.entityId, QStringLiteral("wang"));
        QCOMPARE(QJsonDocument::fromJson(e.before.toUtf8()).object().value(QStringLiteral("role")).toString(),
                 QStringLiteral("agent"));
        QCOMPARE(QJsonDocument::fromJson(e.after.toUtf8()).object().value(QStringLiteral("role")).toString(),
                 QStringLiteral("qa"));
        QVERIFY(qAbs(e.at - QDateTime::currentSecsSinceEpoch()) < 120);

        // Filters: by user, by kind prefix, by period.
        QCOMPARE(auditEntries(m_store->database(), {QStringLiteral("boss"), {}, 0, 0}).size(), 3);
        QCOMPARE(auditEntries(m_store->database(), {{}, QStringLiteral("user."), 0, 0}).size(), 3);
        QCOMPARE(auditEntries(m_store->database(), {{}, {}, 1, 2}).size(), 0);
        // No password or hash ever lands in the trail.
        for (const AuditEntry &entry : auditEntries(m_store->database())) {
            QVERIFY(!entry.after.contains(goodPassword) && !entry.after.contains(QStringLiteral("argon2")));
            QVERIFY(!entry.note.contains(goodPassword));
        }
    }

    void unknownTeamOrAgentIsRefusedByName()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        const Session boss = sessionOf(*m_users, QStringLiteral("boss"));
        NewUser u = newUser(QStringLiteral("wang"), Role::Agent);
        u.team = QStringLiteral("九组");
        QVERIFY(!m_users->add(boss, u, &error));
        QVERIFY2(error.contains(QStringLiteral("九组")), qPrintable(error));
        u.team.clear();
        u.agentId = QStringLiteral("A999");
        QVERIFY(!m_users->add(boss, u, &error));
        QVERIFY2(error.contains(QStringLiteral("A999")), qPrintable(error));
    }

    void signOutIsAudited()
    {
        QString error;
        QVERIFY(m_users->add(Session::singleUser(), newUser(QStringLiteral("boss"), Role::Admin), &error));
        m_users->recordSignOut(sessionOf(*m_users, QStringLiteral("boss")));
        QCOMPARE(auditEntries(m_store->database(), {QStringLiteral("boss"), QStringLiteral("user.signout"), 0, 0}).size(), 1);
        m_users->recordSignOut(Session::singleUser()); // nobody signed in: nothing to record
        QCOMPARE(auditEntries(m_store->database(), {{}, QStringLiteral("user.signout"), 0, 0}).size(), 1);
    }

    void onlyAdminsReadTheAuditLog()
    {
        for (const RoleInfo &role : permissions::roles()) {
            QList<AuditEntry> entries;
            QString error;
            const bool ok = audit::query(m_store->database(), Session::signedIn(1, QStringLiteral("x"), role.role), {},
                                         10, 0, &entries, &error);
            QCOMPARE(ok, role.role == Role::Admin);
        }
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
