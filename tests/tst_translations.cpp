// Messages made in the models layer reach the user in Chinese: the translation context lupdate
// records must be the one the code asks for at run time (a mismatch silently shows English).
#include "TestSupport.h"
#include "shell/Gui.h"
#include "auth/PasswordHash.h"
#include "auth/Session.h"
#include "auth/UserDirectory.h"
#include "demo/DemoGenerator.h"
#include "store/StoreMaintenance.h"
#include "store/StoreSettings.h"

#include <QApplication>
#include <QRegularExpression>

using namespace kefu;

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        m_store = test::createStore(m_dir);
        QVERIFY(m_store);
        QString error;
        NewUser boss;
        boss.name = QStringLiteral("boss");
        boss.role = Role::Admin;
        boss.password = QStringLiteral("Kefu-admin-2026");
        QVERIFY(UserDirectory(m_store->database()).add(Session::singleUser(), boss, &error));
        QCOMPARE(ui::applyLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    }

    void modelMessagesAreTranslated_data()
    {
        QTest::addColumn<QString>("message");
        QString error;
        Store::open(m_dir.filePath(QStringLiteral("missing.sqlite")), {}, &error);
        QTest::newRow("Store::open") << error;
        QTest::newRow("UserDirectory::signIn")
            << UserDirectory(m_store->database()).signIn(QStringLiteral("nobody"), QStringLiteral("x"), 0).error;
        NewUser weak;
        weak.name = QStringLiteral("wang");
        weak.password = QStringLiteral("short");
        UserDirectory(m_store->database()).add(Session::singleUser(), weak, &error);
        QTest::newRow("UserDirectory::add") << error;
        QTest::newRow("password::weakness") << password::weakness(QString(), QStringLiteral("x"));
        Session::signedIn(2, QStringLiteral("liu"), Role::Trainer).require(Permission::ManageUsers, &error);
        QTest::newRow("Session::require") << error;
        QTest::newRow("StoreSettings::validate")
            << StoreSettings::validate(QStringLiteral("target.fcr_pct"), QStringLiteral("fast"));
        QSqlDatabase db = m_store->database();
        maintenance::backup(db, m_store->path(), &error);
        QTest::newRow("maintenance::backup") << error;
        DemoOptions demo;
        demo.days = 0;
        QTest::newRow("DemoGenerator::validate") << DemoGenerator::validate(demo);
        const auto report = maintenance::check(*m_store, db, true);
        QTest::newRow("maintenance::check") << report.findings.join(QLatin1Char('\n'));
    }

    void modelMessagesAreTranslated()
    {
        QFETCH(QString, message);
        QVERIFY(!message.isEmpty());
        QVERIFY2(hasChinese(message), qPrintable(message));
    }

    void cleanupTestCase() { ui::applyLanguage(QStringLiteral("en")); }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
