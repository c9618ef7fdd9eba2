#include "TestSupport.h"
#include "auth/AuditLog.h"
#include "auth/Session.h"

#include "shell/Gui.h"
#include "settings/StoreSettingsDialog.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryDefinition();
    void showsStoredValues();
    void refusesOutOfRangeValue_data();
    void refusesOutOfRangeValue();
    void writesValidChanges();
    void writesTimeZone();
    void cancelWritesNothing();
    void restoresDefaults();
    void readOnlyStoreShowsDisabledValues();
    void leadChangesTargetsButNotTheTimeZone();
    void agentSeesEverythingReadOnly();
    void changesAreAudited();

private:
    QVariant stored(const QString &key) const;
    QLineEdit *lineEdit(StoreSettingsDialog &dialog, const QString &key) const;
    QLabel *errorLabel(StoreSettingsDialog &dialog, const QString &key) const;
    static QPushButton *okButton(StoreSettingsDialog &dialog);
    static void type(QLineEdit *edit, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    applyLanguage(QStringLiteral("en"));
}

void TestSettingsDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
    m_store = test::createStore(m_dir);
    QVERIFY(m_store);
}

void TestSettingsDialog::cleanup()
{
    m_store.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite") + suffix));
}

QVariant TestSettingsDialog::stored(const QString &key) const
{
    QSqlDatabase db = m_store->database();
    return StoreSettings::value(db, key);
}

QLineEdit *TestSettingsDialog::lineEdit(StoreSettingsDialog &dialog, const QString &key) const
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("setting_") + key);
}

QLabel *TestSettingsDialog::errorLabel(StoreSettingsDialog &dialog, const QString &key) const
{
    return dialog.findChild<QLabel *>(QStringLiteral("settingError_") + key);
}

QPushButton *TestSettingsDialog::okButton(StoreSettingsDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

void TestSettingsDialog::type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::showsEveryDefinition()
{
    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    QSet<QString> groups;
    for (const StoreSettings::Definition &def : StoreSettings::definitions()) {
        const QString key = QString::fromLatin1(def.key);
        QWidget *editor = dialog.editor(key);
        QVERIFY2(editor, def.key);
        QCOMPARE(editor->objectName(), QStringLiteral("setting_") + key);
        QVERIFY2(editor->isEnabled(), def.key);
        QVERIFY2(errorLabel(dialog, key), def.key);
        if (def.type == StoreSettings::Type::TimeZone)
            QVERIFY(qobject_cast<QComboBox *>(editor));
        else
            QVERIFY(qobject_cast<QLineEdit *>(editor));
        groups.insert(QString::fromLatin1(def.group));
    }
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), groups.size());
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    for (const QString &group : std::as_const(groups))
        QVERIFY2(titles.contains(group), qPrintable(group));
}

void TestSettingsDialog::showsStoredValues()
{
    {
        QSqlDatabase db = m_store->database();
        QString error;
        QVERIFY2(settings::setValue(db, Session::singleUser(), QStringLiteral("alert.wait_s"), 200, &error),
                 qPrintable(error));
        QVERIFY2(settings::setValue(db, Session::singleUser(), QStringLiteral("timezone"),
                                         QStringLiteral("Asia/Shanghai"), &error),
                 qPrintable(error));
    }
    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    QCOMPARE(lineEdit(dialog, QStringLiteral("alert.wait_s"))->text(), QStringLiteral("200"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("sl_target_pct"))->text(), QStringLiteral("80"));
    auto *zone = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("timezone")));
    QVERIFY(zone);
    QCOMPARE(zone->currentText(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::refusesOutOfRangeValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("interval above the range") << QStringLiteral("interval_minutes") << QStringLiteral("90");
    QTest::newRow("interval not 15/30/60") << QStringLiteral("interval_minutes") << QStringLiteral("45");
    QTest::newRow("percentage above 100") << QStringLiteral("sl_target_pct") << QStringLiteral("150");
    QTest::newRow("negative seconds") << QStringLiteral("short_abandon_s") << QStringLiteral("-5");
    QTest::newRow("not a number") << QStringLiteral("alert.wait_s") << QStringLiteral("abc");
    QTest::newRow("fraction for a whole number") << QStringLiteral("alert.break_s") << QStringLiteral("90.5");
}

void TestSettingsDialog::refusesOutOfRangeValue()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QVariant before = stored(key);

    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    dialog.show();
    QLineEdit *edit = lineEdit(dialog, key);
    QVERIFY(edit);
    // A valid change beside the bad one must not be written either.
    QLineEdit *other = lineEdit(dialog, QStringLiteral("target.fcr_pct"));
    type(other, QStringLiteral("70"));
    type(edit, value);

    QLabel *error = errorLabel(dialog, key);
    QVERIFY(error);
    const QString reason = StoreSettings::validate(key, value);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(error->text(), reason);
    QVERIFY(!error->isHidden());
    QVERIFY(!okButton(dialog)->isEnabled());

    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(stored(key), before);
    QCOMPARE(stored(QStringLiteral("target.fcr_pct")).toDouble(), 75.0);

    // Corrected, the reason goes away and OK comes back.
    type(edit, StoreSettings::defaultValue(*StoreSettings::find(key)).toString());
    QVERIFY(error->isHidden());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::writesValidChanges()
{
    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    dialog.show();
    type(lineEdit(dialog, QStringLiteral("interval_minutes")), QStringLiteral("15"));
    type(lineEdit(dialog, QStringLiteral("sl_target_pct")), QStringLiteral("85.5"));
    QVERIFY(errorLabel(dialog, QStringLiteral("interval_minutes"))->isHidden());
    QPushButton *ok = okButton(dialog);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored(QStringLiteral("interval_minutes")).toLongLong(), 15);
    QCOMPARE(stored(QStringLiteral("sl_target_pct")).toDouble(), 85.5);
    QStringList changed = dialog.changedKeys();
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("interval_minutes"), QStringLiteral("sl_target_pct")}));
}

void TestSettingsDialog::writesTimeZone()
{
    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    dialog.show();
    auto *zone = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("timezone")));
    QVERIFY(zone);
    QVERIFY(zone->isEditable());
    QVERIFY(zone->findText(QStringLiteral("Asia/Tokyo")) >= 0);

    zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!errorLabel(dialog, QStringLiteral("timezone"))->isHidden());
    QVERIFY(!okButton(dialog)->isEnabled());

    zone->setEditText(QStringLiteral("Asia/Tokyo"));
    QVERIFY(errorLabel(dialog, QStringLiteral("timezone"))->isHidden());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(m_store->timeZone().id(), QByteArray("Asia/Tokyo"));
}

void TestSettingsDialog::cancelWritesNothing()
{
    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    dialog.show();
    type(lineEdit(dialog, QStringLiteral("alert.wait_s")), QStringLiteral("300"));
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(stored(QStringLiteral("alert.wait_s")).toLongLong(), 120);
}

void TestSettingsDialog::restoresDefaults()
{
    {
        QSqlDatabase db = m_store->database();
        QString error;
        QVERIFY(settings::setValue(db, Session::singleUser(), QStringLiteral("sl_target_pct"), 90, &error));
        QVERIFY(settings::setValue(db, Session::singleUser(), QStringLiteral("weight.quality"), 35, &error));
    }
    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    dialog.show();
    QCOMPARE(lineEdit(dialog, QStringLiteral("sl_target_pct"))->text(), QStringLiteral("90"));
    type(lineEdit(dialog, QStringLiteral("alert.wait_s")), QStringLiteral("999999999"));
    QVERIFY(!okButton(dialog)->isEnabled());

    auto *defaults = dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"));
    QVERIFY(defaults);
    QTest::mouseClick(defaults, Qt::LeftButton);
    QCOMPARE(lineEdit(dialog, QStringLiteral("sl_target_pct"))->text(), QStringLiteral("80"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("weight.quality"))->text(), QStringLiteral("20"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("alert.wait_s"))->text(), QStringLiteral("120"));
    QVERIFY(okButton(dialog)->isEnabled());
    // Nothing is written before OK.
    QCOMPARE(stored(QStringLiteral("sl_target_pct")).toDouble(), 90.0);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored(QStringLiteral("sl_target_pct")).toDouble(), 80.0);
    QCOMPARE(stored(QStringLiteral("weight.quality")).toDouble(), 20.0);
}

void TestSettingsDialog::readOnlyStoreShowsDisabledValues()
{
    {
        QSqlDatabase db = m_store->database();
        QString error;
        QVERIFY(settings::setValue(db, Session::singleUser(), QStringLiteral("alert.wait_s"), 240, &error));
    }
    const QString path = m_store->path();
    m_store.reset();
    StoreOptions options;
    options.readOnly = true;
    QString error;
    m_store = Store::open(path, options, &error);
    QVERIFY2(m_store, qPrintable(error));

    StoreSettingsDialog dialog(*m_store, Session::singleUser());
    for (const StoreSettings::Definition &def : StoreSettings::definitions()) {
        QWidget *editor = dialog.editor(QString::fromLatin1(def.key));
        QVERIFY2(editor && !editor->isEnabled(), def.key);
    }
    QCOMPARE(lineEdit(dialog, QStringLiteral("alert.wait_s"))->text(), QStringLiteral("240"));
    QVERIFY(!okButton(dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")));
}

void TestSettingsDialog::leadChangesTargetsButNotTheTimeZone()
{
    const Session lead = Session::signedIn(7, QStringLiteral("li"), Role::Lead);
    StoreSettingsDialog dialog(*m_store, lead);
    dialog.show();
    for (const StoreSettings::Definition &def : StoreSettings::definitions()) {
        const QString key = QString::fromLatin1(def.key);
        const bool mayChange = settings::permissionFor(key) == Permission::EditTargets;
        QWidget *editor = dialog.editor(key);
        QCOMPARE(dialog.isEditable(key), mayChange);
        QVERIFY2(editor->isEnabled() == mayChange, def.key);
        if (!mayChange)
            QCOMPARE(editor->toolTip(), QStringLiteral("Only Administrator may change the store settings."));
    }
    auto *zone = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("timezone")));
    QVERIFY(zone && !zone->isEnabled());
    QVERIFY(!dialog.isEditable(QStringLiteral("interval_minutes")));
    QVERIFY(dialog.isEditable(QStringLiteral("target.fcr_pct")));
    const QString intro = dialog.findChild<QLabel *>(QStringLiteral("settingsIntro"))->text();
    QVERIFY2(intro.contains(QStringLiteral("Team lead")), qPrintable(intro));

    // Even a value forced into a read-only field is not written, and Restore defaults leaves it alone.
    const QString zoneBefore = zone->currentText();
    zone->setEditText(QStringLiteral("Asia/Tokyo"));
    type(lineEdit(dialog, QStringLiteral("target.fcr_pct")), QStringLiteral("60"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")), Qt::LeftButton);
    QCOMPARE(lineEdit(dialog, QStringLiteral("target.fcr_pct"))->text(), QStringLiteral("75"));
    QCOMPARE(zone->currentText(), QStringLiteral("Asia/Tokyo"));
    type(lineEdit(dialog, QStringLiteral("target.fcr_pct")), QStringLiteral("70"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.changedKeys(), QStringList{QStringLiteral("target.fcr_pct")});
    QCOMPARE(stored(QStringLiteral("target.fcr_pct")).toDouble(), 70.0);
    QCOMPARE(stored(QStringLiteral("timezone")).toString(), zoneBefore);

    // The model refuses the time zone to a lead whatever a dialog does.
    QSqlDatabase db = m_store->database();
    QString error;
    QVERIFY(!settings::setValue(db, lead, QStringLiteral("timezone"), QStringLiteral("Asia/Tokyo"), &error));
    QVERIFY2(error.contains(QStringLiteral("change the store settings")), qPrintable(error));
}

void TestSettingsDialog::agentSeesEverythingReadOnly()
{
    {
        QSqlDatabase db = m_store->database();
        QString error;
        QVERIFY(settings::setValue(db, Session::singleUser(), QStringLiteral("alert.wait_s"), 240, &error));
    }
    const Session agent = Session::signedIn(9, QStringLiteral("zhao"), Role::Agent, QStringLiteral("A0001"));
    StoreSettingsDialog dialog(*m_store, agent);
    dialog.show();
    for (const StoreSettings::Definition &def : StoreSettings::definitions()) {
        const QString key = QString::fromLatin1(def.key);
        QWidget *editor = dialog.editor(key);
        QVERIFY2(editor && !editor->isEnabled(), def.key);
        QVERIFY2(editor->toolTip().startsWith(QStringLiteral("Only Administrator")), def.key);
    }
    QCOMPARE(lineEdit(dialog, QStringLiteral("alert.wait_s"))->text(), QStringLiteral("240"));
    QVERIFY(!okButton(dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")));
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box->button(QDialogButtonBox::Close));
    const QString intro = dialog.findChild<QLabel *>(QStringLiteral("settingsIntro"))->text();
    QVERIFY2(intro.contains(QStringLiteral("read them but not change them")), qPrintable(intro));
    dialog.accept();
    QVERIFY(dialog.changedKeys().isEmpty());
    QCOMPARE(stored(QStringLiteral("alert.wait_s")).toLongLong(), 240);
}

void TestSettingsDialog::changesAreAudited()
{
    const Session admin = Session::signedIn(1, QStringLiteral("wang"), Role::Admin);
    StoreSettingsDialog dialog(*m_store, admin);
    dialog.show();
    type(lineEdit(dialog, QStringLiteral("alert.wait_s")), QStringLiteral("300"));
    auto *zone = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("timezone")));
    const QString zoneBefore = zone->currentText();
    zone->setEditText(QStringLiteral("Asia/Tokyo"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QList<AuditEntry> entries;
    QString error;
    AuditFilter filter;
    filter.kind = QStringLiteral("settings.");
    QVERIFY2(audit::query(m_store->database(), admin, filter, 10, 0, &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    const AuditEntry &e = entries.constFirst();
    QCOMPARE(e.userName, QStringLiteral("wang"));
    QCOMPARE(e.kind, QStringLiteral("settings.change"));
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("alert.wait_s")).toString(), QStringLiteral("120"));
    QCOMPARE(after.value(QStringLiteral("alert.wait_s")).toString(), QStringLiteral("300"));
    QCOMPARE(before.value(QStringLiteral("timezone")).toString(), zoneBefore);
    QCOMPARE(after.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Tokyo"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
