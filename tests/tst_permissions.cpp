// The permission matrix, cell by cell, against the roles of issue 3 written out here independently.
#include "auth/Permissions.h"
#include "auth/Session.h"

#include <QTest>

using namespace kefu;

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("permission");
        QTest::addColumn<QString>("allowedRoles");
        auto row = [](Permission p, const char *roles) {
            QTest::newRow(qPrintable(permissions::permissionId(p))) << static_cast<int>(p) << QString::fromLatin1(roles);
        };
        row(Permission::ManageUsers, "admin");                      // only admin manages users …
        row(Permission::EditStoreSettings, "admin");                // … and store settings
        row(Permission::EditTargets, "admin lead");                 // lead and admin edit shifts and targets
        row(Permission::EditShifts, "admin lead");
        row(Permission::EditScripts, "trainer");                    // trainers create and edit scripts
        row(Permission::ReviewScripts, "lead qa");                  // qa and lead review and publish them
        row(Permission::RecordComplaints, "admin lead qa agent");
        row(Permission::MoveComplaints, "admin lead qa");           // qa, lead and admin move complaints
        row(Permission::EditQaForms, "lead qa");
        row(Permission::EnterQaReviews, "lead qa");
        row(Permission::ViewAllScorecards, "admin lead qa trainer"); // an agent sees only their own
        row(Permission::ImportData, "admin lead");
        row(Permission::ExportData, "admin lead qa trainer agent");
        row(Permission::ViewAudit, "admin");
    }

    void matrix()
    {
        QFETCH(int, permission);
        QFETCH(QString, allowedRoles);
        const QStringList allowed = allowedRoles.split(QLatin1Char(' '));
        for (const RoleInfo &role : permissions::roles()) {
            const bool expected = allowed.contains(QLatin1String(role.id));
            const Session session = Session::signedIn(1, QStringLiteral("u"), role.role);
            QCOMPARE(permissions::allows(role.role, static_cast<Permission>(permission)), expected);
            QCOMPARE(session.can(static_cast<Permission>(permission)), expected);
            QString error;
            QCOMPARE(session.require(static_cast<Permission>(permission), &error), expected);
            QCOMPARE(error.isEmpty(), expected);
        }
    }

    void everyPermissionIsInTheMatrixTest()
    {
        QCOMPARE(permissions::all().size(), 14);
    }

    void refusalNamesUserRoleAndAction()
    {
        const Session trainer = Session::signedIn(3, QStringLiteral("liu"), Role::Trainer);
        QString error;
        QVERIFY(!trainer.require(Permission::ManageUsers, &error));
        QVERIFY2(error.contains(QStringLiteral("liu")) && error.contains(QStringLiteral("Trainer")) &&
                     error.contains(QStringLiteral("manage users")),
                 qPrintable(error));
    }

    void singleUserStoreMayDoEverything()
    {
        const Session s = Session::singleUser();
        for (Permission p : permissions::all())
            QVERIFY(s.can(p));
        QVERIFY(!s.userName().isEmpty());
    }

    void agentSeesOnlyTheirOwnScorecard()
    {
        const Session agent = Session::signedIn(5, QStringLiteral("a1"), Role::Agent, QStringLiteral("A001"));
        QVERIFY(agent.canSeeAgent(QStringLiteral("A001")));
        QVERIFY(!agent.canSeeAgent(QStringLiteral("A002")));
        const Session unlinked = Session::signedIn(6, QStringLiteral("a2"), Role::Agent);
        QVERIFY(!unlinked.canSeeAgent(QString()));
        const Session lead = Session::signedIn(7, QStringLiteral("lead"), Role::Lead);
        QVERIFY(lead.canSeeAgent(QStringLiteral("A002")));
    }

    void roleIdsRoundTrip()
    {
        for (const RoleInfo &role : permissions::roles())
            QCOMPARE(permissions::roleFromId(QString::fromLatin1(role.id)), std::optional<Role>(role.role));
        QCOMPARE(permissions::roleFromId(QStringLiteral("ADMIN")), std::optional<Role>(Role::Admin));
        QVERIFY(!permissions::roleFromId(QStringLiteral("boss")));
        // What the window shows, in either language, as the command line accepts it.
        QCOMPARE(permissions::roleFromText(QStringLiteral("班组长")), std::optional<Role>(Role::Lead));
        QCOMPARE(permissions::roleFromText(QStringLiteral("Team lead")), std::optional<Role>(Role::Lead));
        QCOMPARE(permissions::roleFromText(QStringLiteral(" qa ")), std::optional<Role>(Role::Qa));
        QCOMPARE(permissions::roleFromText(QStringLiteral("坐席")), std::optional<Role>(Role::Agent));
        QVERIFY(!permissions::roleFromText(QStringLiteral("老板")));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
