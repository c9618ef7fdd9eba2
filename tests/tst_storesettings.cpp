// Store-wide settings: the defaults of metrics.md and complaints.md, validation, persistence.
#include "TestSupport.h"
#include "auth/Session.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"
#include "auth/AuditLog.h"

using namespace kefu;

class TestStoreSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowTheSpec_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        // metrics.md: thresholds, short abandon, interval, targets and weights; complaints.md: SLA hours.
        const QList<QPair<const char *, double>> rows = {
            {"sl_threshold_s.chat", 15},         {"sl_threshold_s.phone", 20},
            {"sl_threshold_s.social", 60},       {"sl_threshold_s.email", 86400},
            {"short_abandon_s", 5},              {"interval_minutes", 30},
            {"target.response_within_target_pct", 80}, {"target.aht_s", 300},
            {"target.fcr_pct", 75},              {"target.csat_mean", 4.5},
            {"target.qa_score", 90},             {"target.adherence_pct", 95},
            {"weight.responsiveness", 20},       {"weight.handling", 15},
            {"weight.resolution", 20},           {"weight.satisfaction", 20},
            {"weight.quality", 20},              {"weight.discipline", 5},
            {"complaint.ack_hours.P1", 1},       {"complaint.resolve_hours.P1", 24},
            {"complaint.ack_hours.P2", 4},       {"complaint.resolve_hours.P2", 48},
            {"complaint.ack_hours.P3", 24},      {"complaint.resolve_hours.P3", 72},
        };
        for (const auto &[key, value] : rows)
            QTest::newRow(key) << QString::fromLatin1(key) << value;
    }

    void defaultsFollowTheSpec()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QCOMPARE(StoreSettings::value(db, key).toDouble(), value);
        // Stored in the file, not only known to the code: users' own tools read them.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}).toDouble(), value);
    }

    void timeZoneDefaultsToTheSystems()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QCOMPARE(StoreSettings::value(db, QStringLiteral("timezone")).toString(),
                 QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("interval 20") << "interval_minutes" << "20" << "15, 30 or 60";
        QTest::newRow("not a number") << "target.aht_s" << "fast" << "not a number";
        QTest::newRow("fraction for integer") << "short_abandon_s" << "2.5" << "whole number";
        QTest::newRow("over 100 %") << "target.fcr_pct" << "120" << "outside";
        QTest::newRow("negative weight") << "weight.quality" << "-1" << "outside";
        QTest::newRow("unknown zone") << "timezone" << "Mars/Olympus" << "IANA";
        QTest::newRow("unknown key") << "no.such.key" << "1" << "unknown setting";
    }

    void refusesBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        const QVariant before = StoreSettings::value(db, key);
        QString error;
        QVERIFY(!settings::setValue(db, Session::singleUser(), key, value, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(StoreSettings::value(db, key), before);
    }

    void storesAcceptedValues()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY2(settings::setValue(db, Session::singleUser(), QStringLiteral("interval_minutes"), 15, &error), qPrintable(error));
        QVERIFY2(settings::setValue(db, Session::singleUser(), QStringLiteral("target.csat_mean"), 4.2, &error), qPrintable(error));
        QCOMPARE(StoreSettings::value(db, QStringLiteral("interval_minutes")).toInt(), 15);
        QCOMPARE(StoreSettings::value(db, QStringLiteral("target.csat_mean")).toDouble(), 4.2);
    }

    void changesAreCheckedPerRoleAndAudited_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("mayChangeTargets");
        QTest::addColumn<bool>("mayChangeGeneral");
        QTest::newRow("admin") << int(Role::Admin) << true << true;
        QTest::newRow("lead") << int(Role::Lead) << true << false;
        QTest::newRow("qa") << int(Role::Qa) << false << false;
        QTest::newRow("trainer") << int(Role::Trainer) << false << false;
        QTest::newRow("agent") << int(Role::Agent) << false << false;
    }

    void changesAreCheckedPerRoleAndAudited()
    {
        QFETCH(int, role);
        QFETCH(bool, mayChangeTargets);
        QFETCH(bool, mayChangeGeneral);
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        const Session who = Session::signedIn(7, QStringLiteral("who"), static_cast<Role>(role));
        QString error;
        QCOMPARE(settings::setValue(db, who, QStringLiteral("target.aht_s"), 240, &error), mayChangeTargets);
        QCOMPARE(error.contains(QStringLiteral("Permission denied")), !mayChangeTargets);
        QCOMPARE(StoreSettings::value(db, QStringLiteral("target.aht_s")).toDouble(), mayChangeTargets ? 240.0 : 300.0);
        error.clear();
        QCOMPARE(settings::setValue(db, who, QStringLiteral("interval_minutes"), 15, &error), mayChangeGeneral);
        QCOMPARE(StoreSettings::value(db, QStringLiteral("interval_minutes")).toInt(), mayChangeGeneral ? 15 : 30);
        // A batch with one refused key writes none of its keys.
        QVERIFY(!settings::setValues(db, who, {{QStringLiteral("target.fcr_pct"), 70},
                                                   {QStringLiteral("timezone"), QStringLiteral("Mars/Base")}},
                                          &error));
        QCOMPARE(StoreSettings::value(db, QStringLiteral("target.fcr_pct")).toDouble(), 75.0);

        QList<AuditEntry> entries;
        QVERIFY(audit::query(db, Session::singleUser(), {{}, QStringLiteral("settings.change"), 0, 0}, 10, 0, &entries,
                             &error));
        QCOMPARE(entries.size(), int(mayChangeTargets) + int(mayChangeGeneral));
        if (mayChangeTargets) {
            const AuditEntry &e = entries.constLast();
            QCOMPARE(e.userName, QStringLiteral("who"));
            QVERIFY2(e.before.contains(QStringLiteral("\"target.aht_s\":\"300\"")), qPrintable(e.before));
            QVERIFY2(e.after.contains(QStringLiteral("\"target.aht_s\":\"240\"")), qPrintable(e.after));
        }
    }

    void seedingKeepsUserValues()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QVERIFY(settings::setValue(db, Session::singleUser(), QStringLiteral("target.aht_s"), 240, nullptr));
        QVERIFY(StoreSettings::seedDefaults(db, nullptr));
        QCOMPARE(StoreSettings::value(db, QStringLiteral("target.aht_s")).toDouble(), 240.0);
    }
};

QTEST_GUILESS_MAIN(TestStoreSettings)
#include "tst_storesettings.moc"
