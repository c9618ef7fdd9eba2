// File ▸ Import…, driven as a user drives it: choose the kind and the file, check the preview
// (encoding, mapping, ignored and missing columns), import on the worker thread, read the summary;
// bad rows, cancelling and closing during an import, and who may open it.
#include "TestSupport.h"

#include "shell/Gui.h"
#include "importing/ImportWizard.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "importing/Importer.h"
#include "widgets/ElidedLabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace kefu;
using namespace kefu::ui;
using kefu::importing::Kind;

namespace {

constexpr int LargeRows = 300000;
constexpr int LongWaitMs = 180000; // an upper bound for a worker on a loaded machine, not a timing

// Five conversations: headers in Chinese and English, one column no kind knows, two agents named
// that the store does not have yet.
const char *const SmallCsv = "会话ID,channel,队列,工号,进线时间,接起时间,结束时间,csat,内部备注\n"
                             "C001,chat,售前,A001,2026-03-02 09:00:00,2026-03-02 09:00:10,2026-03-02 09:05:00,5,x\n"
                             "C002,电话,售后,A002,2026-03-02 09:01:00,2026-03-02 09:01:30,2026-03-02 09:06:00,4,\n"
                             "C003,chat,售后,,2026-03-02 09:02:00,,,,\n"
                             "C004,email,VIP,A001,2026-03-02 09:03:00,2026-03-02 09:04:00,2026-03-02 09:10:00,,\n"
                             "C005,social,售前,,2026-03-02 09:04:00,,,,y\n";

// The same with a satisfaction of 9 on line 3.
const char *const BadRowCsv = "会话ID,channel,队列,工号,进线时间,接起时间,结束时间,csat\n"
                              "B001,chat,售前,A001,2026-03-02 09:00:00,2026-03-02 09:00:10,2026-03-02 09:05:00,5\n"
                              "B002,chat,售后,A002,2026-03-02 09:01:00,2026-03-02 09:01:30,2026-03-02 09:06:00,9\n"
                              "B003,chat,售后,,2026-03-02 09:02:00,,,\n";

// GB18030 as Excel writes it on Chinese Windows, for the characters these tests use.
QByteArray gb18030(const QString &text)
{
    static const QHash<QChar, QByteArray> table = {
        {QChar(u'会'), "\xbb\xe1"}, {QChar(u'话'), "\xbb\xb0"}, {QChar(u'渠'), "\xc7\xfe"}, {QChar(u'道'), "\xb5\xc0"},
        {QChar(u'进'), "\xbd\xf8"}, {QChar(u'线'), "\xcf\xdf"}, {QChar(u'时'), "\xca\xb1"}, {QChar(u'间'), "\xbc\xe4"},
        {QChar(u'工'), "\xb9\xa4"}, {QChar(u'号'), "\xba\xc5"}, {QChar(u'队'), "\xb6\xd3"}, {QChar(u'列'), "\xc1\xd0"},
        {QChar(u'售'), "\xca\xdb"}, {QChar(u'后'), "\xba\xf3"}, {QChar(u'电'), "\xb5\xe7"}, {QChar(u'接'), "\xbd\xd3"},
        {QChar(u'起'), "\xc6\xf0"}, {QChar(u'前'), "\xc7\xb0"},
    };
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            bytes += char(c.unicode());
        else if (const auto it = table.constFind(c); it != table.cend())
            bytes += *it;
        else
            qFatal("gb18030: no bytes for U+%04X", unsigned(c.unicode()));
    }
    return bytes;
}

QLabel *label(const QWidget &parent, const char *name)
{
    return parent.findChild<QLabel *>(QString::fromLatin1(name));
}

// Blocks the import's worker at its first progress report past 1 %, until the test lets it go on.
struct WorkerGate
{
    std::atomic_bool reached = false;
    QSemaphore go;

    void install(ImportWizard &wizard)
    {
        wizard.setWorkerProgressHook([this](double fraction) {
            // Bounded, so that a failed test cannot hang the worker and the wizard's destructor.
            if (fraction >= 0.01 && !reached.exchange(true))
                go.tryAcquire(1, LongWaitMs);
        });
    }
    void open() { go.release(); }
};

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previewShowsEncodingAndMappingThenImports();
    void detectsGb18030();
    void missingRequiredColumnDisablesImport();
    void unreadableFileShowsTheReason();
    void badRowWithAbortWritesNothing();
    void badRowWithSkipWritesRejects();
    void cancelDuringImportLeavesTheStore();
    void closingDuringImportAsksAndCancels();
    void agentCannotImport();
    void readOnlyStoreCannotImport();
    void windowRefreshesAfterImport();
    void grabPages_data();
    void grabPages();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    // Fills the first page and goes to the preview, waiting until it is read.
    void choose(ImportWizard &wizard, Kind kind, const QString &path, bool skipBadRows = false);
    void importAndWait(ImportWizard &wizard);
    qint64 conversations() const { return test::count(m_store->database(), QStringLiteral("conversations")); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_largePath;
    std::unique_ptr<Store> m_store;
    const Session m_admin = Session::signedIn(1, QStringLiteral("wang"), Role::Admin);
    const Session m_agent = Session::signedIn(3, QStringLiteral("zhang"), Role::Agent, QStringLiteral("A001"));
};

void TestImportWizard::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));

    // Large enough that an import is still running when the test cancels it.
    QByteArray large;
    large.reserve(LargeRows * 40);
    large += "id,channel,arrived_at\n";
    const QDateTime start(QDate(2026, 3, 1), QTime(0, 0));
    for (int i = 0; i < LargeRows; ++i) {
        large += "L";
        large += QByteArray::number(i);
        large += ",chat,";
        large += start.addSecs(i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
        large += '\n';
    }
    m_largePath = writeFile(QStringLiteral("large.csv"), large);
}

void TestImportWizard::init()
{
    static int serial = 0;
    StoreOptions options;
    options.timeZoneOverride = QStringLiteral("Asia/Shanghai");
    m_store = test::createStore(m_dir, QStringLiteral("import-%1.sqlite").arg(++serial), options);
    QVERIFY(m_store);
}

void TestImportWizard::cleanup()
{
    applyLanguage(QStringLiteral("en"));
    m_store.reset();
    QSettings().clear();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestImportWizard::choose(ImportWizard &wizard, Kind kind, const QString &path, bool skipBadRows)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePageId));
    auto *kindCombo = wizard.findChild<QComboBox *>(QStringLiteral("importKind"));
    auto *file = wizard.findChild<QLineEdit *>(QStringLiteral("importFile"));
    auto *skip = wizard.findChild<QRadioButton *>(QStringLiteral("importSkipBadRows"));
    auto *abort = wizard.findChild<QRadioButton *>(QStringLiteral("importAbortOnError"));
    QVERIFY(kindCombo && file && skip && abort);
    QVERIFY(abort->isChecked()); // aborting is the default
    kindCombo->setCurrentIndex(kindCombo->findData(int(kind)));
    QCOMPARE(kindCombo->currentData().toInt(), int(kind));
    file->clear();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // QTest types Latin-1 only; a Chinese file name is pasted.
    const QString native = QDir::toNativeSeparators(path);
    if (std::all_of(native.cbegin(), native.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        QTest::keyClicks(file, native);
    else
        file->insert(native);
    if (skipBadRows) {
        QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(4, skip->height() / 2));
        QVERIFY(skip->isChecked());
        QVERIFY2(skip->text().contains(QFileInfo(path).fileName() + QStringLiteral(".rejects.csv")),
                 qPrintable(skip->text()));
    }
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    // Read on a worker: done when it may be imported, or says why not.
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QLabel *missing = label(wizard, "importMissingColumns");
    QLabel *error = label(wizard, "importPreviewError");
    QVERIFY(commit && missing && error);
    QTRY_VERIFY_WITH_TIMEOUT(commit->isEnabled() || missing->isVisible() || error->isVisible(), LongWaitMs);
}

void TestImportWizard::importAndWait(ImportWizard &wizard)
{
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible());
    QVERIFY(commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), LongWaitMs);
    QVERIFY(!wizard.isImporting());
}

void TestImportWizard::previewShowsEncodingAndMappingThenImports()
{
    const QString path = writeFile(QStringLiteral("conversations.csv"), QByteArray(SmallCsv));
    ImportWizard wizard(*m_store, m_admin);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();

    // The first page says what a conversations file must hold, with the Chinese names.
    const QString required = label(wizard, "importRequiredColumns")->text();
    QVERIFY2(required.contains(QStringLiteral("id (会话ID)")) &&
                 required.contains(QStringLiteral("arrived_at (进线时间)")),
             qPrintable(required));

    choose(wizard, Kind::Conversations, path);
    if (QTest::currentTestFailed())
        return;
    const QString detected = label(wizard, "importDetected")->text();
    QVERIFY2(detected.contains(QStringLiteral("CSV")) && detected.contains(QStringLiteral("UTF-8")) &&
                 detected.contains(QStringLiteral("(detected)")) && detected.contains(QStringLiteral("comma")),
             qPrintable(detected));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->columnCount(), 9);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("会话ID → id"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("channel"));
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("进线时间 → arrived_at"));
    QCOMPARE(table->horizontalHeaderItem(8)->text(), QStringLiteral("内部备注 (ignored)"));
    // The ignored column is greyed, the mapped ones are not.
    QCOMPARE(table->horizontalHeaderItem(8)->foreground().color(), table->palette().color(QPalette::PlaceholderText));
    QCOMPARE(table->horizontalHeaderItem(0)->foreground().style(), Qt::NoBrush);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("C002"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("售后"));
    // Rows are numbered by their line in the file: the header is line 1.
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    QCOMPARE(table->verticalHeaderItem(4)->text(), QStringLiteral("6"));
    QLabel *ignored = label(wizard, "importIgnoredColumns");
    QVERIFY(ignored->isVisible());
    QVERIFY2(ignored->text().contains(QStringLiteral("内部备注")), qPrintable(ignored->text()));
    QVERIFY(!label(wizard, "importMissingColumns")->isVisible());
    QVERIFY(!label(wizard, "importPreviewError")->isVisible());

    QCOMPARE(conversations(), 0); // the preview writes nothing
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));
    importAndWait(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(wizard.summary().ok);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(conversations(), 5);
    QCOMPARE(test::count(m_store->database(), QStringLiteral("agents")), 2);
    QCOMPARE(label(wizard, "importRowsRead")->text(), QStringLiteral("5"));
    QCOMPARE(label(wizard, "importInserted")->text(), QStringLiteral("5"));
    QCOMPARE(label(wizard, "importUpdated")->text(), QStringLiteral("0"));
    QCOMPARE(label(wizard, "importUnchanged")->text(), QStringLiteral("0"));
    QCOMPARE(label(wizard, "importRejected")->text(), QStringLiteral("0"));
    QCOMPARE(label(wizard, "importAgentsCreated")->text(), QStringLiteral("2"));
    QVERIFY(label(wizard, "importUnknownColumns")->text().contains(QStringLiteral("内部备注")));
    QVERIFY(!wizard.findChild<QWidget *>(QStringLiteral("importProblems"))->isVisible());
    QVERIFY(!wizard.findChild<QWidget *>(QStringLiteral("importOpenFolder"))->isVisible());
    QCOMPARE(label(wizard, "importSummaryHeadline")->text(), QStringLiteral("conversations.csv was imported."));
    // The summary page offers no way back into an import that is done, only another one.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    QAbstractButton *another = wizard.button(QWizard::CustomButton1);
    QVERIFY(another->isVisible());

    // The same file again: every row is unchanged, and the wizard starts over with its choices kept.
    QTest::mouseClick(another, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePageId));
    QVERIFY(!another->isVisible());
    QCOMPARE(wizard.options().path, path);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), LongWaitMs);
    importAndWait(wizard);
    QCOMPARE(label(wizard, "importInserted")->text(), QStringLiteral("0"));
    QCOMPARE(label(wizard, "importUnchanged")->text(), QStringLiteral("5"));
    QCOMPARE(conversations(), 5);
    QCOMPARE(imported.count(), 2);
}

void TestImportWizard::detectsGb18030()
{
    const QString text = QStringLiteral("会话ID,渠道,队列,工号,进线时间,接起时间\n"
                                        "G001,电话,售后,A009,2026-03-03 10:00:00,2026-03-03 10:00:20\n"
                                        "G002,chat,售前,,2026-03-03 10:01:00,\n");
    const QString path = writeFile(QStringLiteral("excel-gbk.csv"), gb18030(text));
    ImportWizard wizard(*m_store, m_admin);
    wizard.show();
    choose(wizard, Kind::Conversations, path);
    if (QTest::currentTestFailed())
        return;
    const QString detected = label(wizard, "importDetected")->text();
    QVERIFY2(detected.contains(QStringLiteral("GB18030")) && detected.contains(QStringLiteral("(detected)")),
             qPrintable(detected));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("渠道 → channel"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("售后"));
    QVERIFY(!label(wizard, "importIgnoredColumns")->isVisible());
    importAndWait(wizard);
    QVERIFY(wizard.summary().ok);
    QCOMPARE(conversations(), 2);
    QCOMPARE(sql::scalar(m_store->database(), QStringLiteral("SELECT queue FROM conversations WHERE id = 'G001'"))
                 .toString(),
             QStringLiteral("售后"));
}

void TestImportWizard::missingRequiredColumnDisablesImport()
{
    // No arrival time: no conversation can be imported from it.
    const QString path = writeFile(QStringLiteral("no-arrival.csv"), QByteArray("id,channel,队列\nM001,chat,售前\n"));
    ImportWizard wizard(*m_store, m_admin);
    wizard.show();
    choose(wizard, Kind::Conversations, path);
    if (QTest::currentTestFailed())
        return;
    QLabel *missing = label(wizard, "importMissingColumns");
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(QStringLiteral("arrived_at")), qPrintable(missing->text()));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!wizard.currentPage()->isComplete());

    // Back to choose another file; nothing was written.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePageId));
    QCOMPARE(conversations(), 0);
}

void TestImportWizard::unreadableFileShowsTheReason()
{
    const QString path = writeFile(QStringLiteral("broken.xlsx"), QByteArray("PK\x03\x04 this is no workbook"));
    ImportWizard wizard(*m_store, m_admin);
    wizard.show();
    choose(wizard, Kind::Conversations, path);
    if (QTest::currentTestFailed())
        return;
    QLabel *error = label(wizard, "importPreviewError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
}

void TestImportWizard::badRowWithAbortWritesNothing()
{
    const QString path = writeFile(QStringLiteral("bad-row.csv"), QByteArray(BadRowCsv));
    ImportWizard wizard(*m_store, m_admin);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    choose(wizard, Kind::Conversations, path);
    if (QTest::currentTestFailed())
        return;
    importAndWait(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!wizard.summary().ok);
    QVERIFY(!wizard.summary().cancelled);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(conversations(), 0);
    QCOMPARE(test::count(m_store->database(), QStringLiteral("agents")), 0);
    const QString headline = label(wizard, "importSummaryHeadline")->text();
    QVERIFY2(headline.contains(QStringLiteral("Nothing was written")), qPrintable(headline));
    QLabel *fatal = label(wizard, "importFatalError");
    QVERIFY(fatal->isVisible());
    // In the window's words: no command-line option, but the choice of the first page.
    QVERIFY2(fatal->text().contains(QStringLiteral("bad-row.csv.rejects.csv")) &&
                 !fatal->text().contains(QStringLiteral("--on-error")),
             qPrintable(fatal->text()));
    QVERIFY(!wizard.findChild<QWidget *>(QStringLiteral("importRowsRead"))->isVisible());

    // Why: the line and the column of the bad value.
    auto *problems = wizard.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    QVERIFY(problems && problems->isVisible());
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("csat"));
    QVERIFY(!problems->item(0, 2)->text().isEmpty());
    QVERIFY(!label(wizard, "importProblemsMore")->isVisible());

    QApplication::clipboard()->clear();
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("importCopyProblems")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("bad-row.csv:3: csat:")), qPrintable(copied));
}

void TestImportWizard::badRowWithSkipWritesRejects()
{
    const QString path = writeFile(QStringLiteral("skip.csv"), QByteArray(BadRowCsv));
    ImportWizard wizard(*m_store, m_admin);
    wizard.show();
    choose(wizard, Kind::Conversations, path, true);
    if (QTest::currentTestFailed())
        return;
    importAndWait(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(wizard.summary().ok);
    QCOMPARE(conversations(), 2);
    QCOMPARE(label(wizard, "importInserted")->text(), QStringLiteral("2"));
    QCOMPARE(label(wizard, "importRejected")->text(), QStringLiteral("1"));
    QVERIFY(label(wizard, "importSummaryHeadline")->text().contains(QStringLiteral("except 1 bad row")));
    const QString rejects = path + QStringLiteral(".rejects.csv");
    QCOMPARE(QDir::fromNativeSeparators(wizard.findChild<ElidedLabel *>(QStringLiteral("importRejectsPath"))->text()),
             rejects);
    QVERIFY(QFile::exists(rejects));
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("importOpenFolder"))->isVisible());
    auto *problems = wizard.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
}

void TestImportWizard::cancelDuringImportLeavesTheStore()
{
    {
        ImportWizard first(*m_store, m_admin);
        first.show();
        choose(first, Kind::Conversations, writeFile(QStringLiteral("first.csv"), QByteArray(SmallCsv)));
        importAndWait(first);
    }
    if (QTest::currentTestFailed())
        return;
    const qint64 before = conversations();
    QCOMPARE(before, 5);

    ImportWizard wizard(*m_store, m_admin);
    WorkerGate gate;
    gate.install(wizard);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    choose(wizard, Kind::Conversations, m_largePath);
    if (QTest::currentTestFailed()) {
        gate.open();
        return;
    }
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QVERIFY(wizard.isImporting());
    // The worker stands in the middle of the file; the window goes on: its bar follows the worker.
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached.load(), LongWaitMs);
    auto *bar = wizard.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    QTRY_VERIFY(bar->value() >= bar->maximum() / 100);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() || !wizard.button(QWizard::BackButton)->isVisible());

    auto *cancel = wizard.findChild<QPushButton *>(QStringLiteral("importCancel"));
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    gate.open();

    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), LongWaitMs);
    QVERIFY(wizard.summary().cancelled);
    QVERIFY(!wizard.summary().ok);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(conversations(), before);
    const QString headline = label(wizard, "importSummaryHeadline")->text();
    QVERIFY2(headline.contains(QStringLiteral("stopped")) && headline.contains(QStringLiteral("Nothing was written")),
             qPrintable(headline));
}

void TestImportWizard::closingDuringImportAsksAndCancels()
{
    auto wizard = std::make_unique<ImportWizard>(*m_store, m_admin);
    WorkerGate gate;
    gate.install(*wizard);
    QSignalSpy rejected(wizard.get(), &QDialog::rejected);
    wizard->show();
    choose(*wizard, Kind::Conversations, m_largePath);
    if (QTest::currentTestFailed()) {
        gate.open();
        return;
    }
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached.load(), LongWaitMs);

    // Escape asks first; continuing leaves the import running.
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = wizard->findChild<QMessageBox *>(QStringLiteral("importStopBox"))) != nullptr);
    QVERIFY(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("importContinue")), Qt::LeftButton);
    QTRY_VERIFY(!wizard->findChild<QMessageBox *>(QStringLiteral("importStopBox")));
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->isImporting());
    QCOMPARE(rejected.count(), 0);

    // Closing the window asks again; stopping cancels, and the wizard closes once the worker is done.
    QVERIFY(!wizard->close());
    QTRY_VERIFY((box = wizard->findChild<QMessageBox *>(QStringLiteral("importStopBox"))) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("importStopAndClose")), Qt::LeftButton);
    QVERIFY(wizard->isVisible()); // not before the worker has rolled back
    gate.open();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), LongWaitMs);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(wizard->summary().cancelled);
    QCOMPARE(conversations(), 0);

    // Deleting a wizard in the middle of an import cancels it and waits for the worker.
    auto another = std::make_unique<ImportWizard>(*m_store, m_admin);
    WorkerGate secondGate;
    secondGate.install(*another);
    another->show();
    choose(*another, Kind::Conversations, m_largePath);
    QTest::mouseClick(another->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(secondGate.reached.load(), LongWaitMs);
    secondGate.open();
    another.reset();
    QCOMPARE(conversations(), 0);
}

void TestImportWizard::agentCannotImport()
{
    // The wizard itself refuses an agent, whatever file is given.
    {
        ImportWizard wizard(*m_store, m_agent);
        wizard.show();
        QLabel *refusal = label(wizard, "importRefusal");
        QVERIFY(refusal->isVisible());
        QCOMPARE(refusal->text(), QStringLiteral("Only Administrator or Team lead may import data."));
        wizard.setSource(Kind::Conversations, writeFile(QStringLiteral("agent.csv"), QByteArray(SmallCsv)));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.findChild<QLineEdit *>(QStringLiteral("importFile"))->isEnabled());
    }

    // The window does not even offer it.
    MainWindow::Options options;
    options.session = m_agent;
    MainWindow window(std::move(m_store), options);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("Only Administrator or Team lead may import data."));
    action->trigger();
    QVERIFY(!window.findChild<ImportWizard *>());

    auto other = test::createStore(m_dir, QStringLiteral("lead-%1.sqlite").arg(QCoreApplication::applicationPid()));
    QVERIFY(other);
    window.setStore(std::move(other), Session::signedIn(2, QStringLiteral("li"), Role::Lead));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(!label(*wizard, "importRefusal")->isVisible());
}

void TestImportWizard::readOnlyStoreCannotImport()
{
    const QString path = m_store->path();
    m_store.reset();
    StoreOptions readOnly;
    readOnly.readOnly = true;
    QString error;
    std::unique_ptr<Store> store = Store::open(path, readOnly, &error);
    QVERIFY2(store, qPrintable(error));
    MainWindow::Options options;
    options.session = m_admin;
    MainWindow window(std::move(store), options);
    auto *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("reading only")), qPrintable(action->toolTip()));
}

void TestImportWizard::windowRefreshesAfterImport()
{
    const QString path = writeFile(QStringLiteral("window.csv"), QByteArray(SmallCsv));
    MainWindow::Options options;
    options.session = m_admin;
    MainWindow window(std::move(m_store), options);
    window.show();
    QTRY_VERIFY(window.pane(QStringLiteral("overview")));
    QLabel *count = label(window, "overviewCount_conversations");
    QVERIFY(count);
    QTRY_COMPARE(count->text(), QStringLiteral("0"));

    QAction *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    choose(*wizard, Kind::Conversations, path);
    importAndWait(*wizard);
    if (QTest::currentTestFailed())
        return;
    // The overview shows the new rows while the summary is still open.
    QTRY_COMPARE(count->text(), QStringLiteral("5"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestImportWizard::grabPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// Renders every page, to look at: set KEFUDESK_WIZARD_SHOTS to a folder to keep the PNGs.
void TestImportWizard::grabPages()
{
    QFETCH(QString, language);
    QCOMPARE(applyLanguage(language), language);
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariableIsSet("KEFUDESK_WIZARD_SHOTS")
                               ? qEnvironmentVariable("KEFUDESK_WIZARD_SHOTS")
                               : scratch.path();
    QVERIFY(QDir().mkpath(folder));
    const QSize size(900, 640);
    auto grab = [&](ImportWizard &wizard, const QString &page) {
        QApplication::processEvents();
        const QImage image = wizard.grab().toImage();
        QCOMPARE(image.size(), size * wizard.devicePixelRatio());
        const QString file = QDir(folder).filePath(QStringLiteral("wizard-page-%1-%2.png").arg(page, language));
        QVERIFY2(image.save(file), qPrintable(file));
    };

    const QString small = writeFile(QStringLiteral("会话-march.csv"), QByteArray(SmallCsv));
    const QString bad = writeFile(QStringLiteral("bad-rows.csv"), QByteArray(BadRowCsv));
    const QString missing =
        writeFile(QStringLiteral("missing.csv"), QByteArray("id,channel,队列\nM001,chat,售前\nM002,phone,售后\n"));
    {
        ImportWizard wizard(*m_store, m_admin);
        wizard.resize(size);
        wizard.show();
        wizard.setSource(Kind::Conversations, small);
        grab(wizard, QStringLiteral("1"));
        choose(wizard, Kind::Conversations, small);
        grab(wizard, QStringLiteral("2"));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        choose(wizard, Kind::Conversations, missing);
        grab(wizard, QStringLiteral("2-missing"));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        choose(wizard, Kind::Conversations, bad);
        importAndWait(wizard);
        grab(wizard, QStringLiteral("4-abort"));
        QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
        choose(wizard, Kind::Conversations, bad, true);
        importAndWait(wizard);
        grab(wizard, QStringLiteral("4"));
    }
    {
        ImportWizard wizard(*m_store, m_admin);
        WorkerGate gate;
        gate.install(wizard);
        wizard.resize(size);
        wizard.show();
        choose(wizard, Kind::Conversations, m_largePath);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(gate.reached.load(), LongWaitMs);
        auto *bar = wizard.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        QTRY_VERIFY(bar->value() > 0);
        grab(wizard, QStringLiteral("3"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("importCancel")), Qt::LeftButton);
        gate.open();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), LongWaitMs);
        grab(wizard, QStringLiteral("4-cancelled"));
    }
    {
        ImportWizard wizard(*m_store, m_agent);
        wizard.resize(size);
        wizard.show();
        grab(wizard, QStringLiteral("1-refused"));
    }
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
