// The GUI's export (TableExport): a large source written on a worker thread behind a progress dialog
// that shows how far it is, Cancel that leaves no file, errors naming the file, and the store read on
// a connection of the worker's own.
#include "TestSupport.h"
#include "XlsxProbe.h"

#include "shell/Gui.h"
#include "widgets/TableExport.h"
#include "exporting/TableWriter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace kefu;
using namespace kefu::io;
using namespace kefu::ui;

namespace {

constexpr qint64 RowCount = 50000;

ExportSource columnsOnly()
{
    ExportSource source;
    source.sheetName = QStringLiteral("Fake");
    source.columns = {{QStringLiteral("id"), {}}, {QStringLiteral("客户"), {}}, {QStringLiteral("when"), {}}};
    return source;
}

QVariantList rowOf(qint64 i)
{
    return {i, QStringLiteral("客户 %1").arg(i), QDateTime(QDate(2026, 3, 1), QTime(0, 0)).addSecs(i)};
}

QProgressDialog *progressOf(QWidget *parent)
{
    return parent->findChild<QProgressDialog *>(QStringLiteral("tableExportProgress"));
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void resolvePath_data();
    void resolvePath();
    void summary();

    void writesEveryRowBehindTheProgressDialog_data();
    void writesEveryRowBehindTheProgressDialog();
    void cancelLeavesNoFile();
    void errorNamesTheFile();
    void readsTheStoreOnAWorkerConnection();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void TestTableExport::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tableexport"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestTableExport::resolvePath_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    const int csv = int(TableWriter::Format::Csv);
    const int xlsx = int(TableWriter::Format::Xlsx);
    QTest::newRow("csv by filter") << QStringLiteral("/t/users") << csv << QStringLiteral("/t/users.csv") << csv;
    QTest::newRow("xlsx by filter") << QStringLiteral("/t/users") << xlsx << QStringLiteral("/t/users.xlsx") << xlsx;
    QTest::newRow("extension wins") << QStringLiteral("/t/users.XLSX") << csv << QStringLiteral("/t/users.XLSX")
                                    << xlsx;
    QTest::newRow("other extension") << QStringLiteral("/t/users.txt") << csv << QStringLiteral("/t/users.txt.csv")
                                     << csv;
}

void TestTableExport::resolvePath()
{
    QFETCH(QString, chosen);
    QFETCH(int, filter);
    QFETCH(QString, path);
    QFETCH(int, format);
    TableWriter::Format resolved = TableWriter::Format::Csv;
    QCOMPARE(TableExport::resolvePath(chosen, TableWriter::Format(filter), &resolved), path);
    QCOMPARE(int(resolved), format);
}

void TestTableExport::summary()
{
    ExportResult result;
    result.ok = true;
    result.path = QStringLiteral("/t/a.csv");
    result.rows = RowCount;
    QCOMPARE(TableExport::summary(result),
             QStringLiteral("%1 rows written to %2.").arg(RowCount).arg(QDir::toNativeSeparators(result.path)));
}

void TestTableExport::writesEveryRowBehindTheProgressDialog_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(TableWriter::Format::Csv);
    QTest::newRow("xlsx") << int(TableWriter::Format::Xlsx);
}

void TestTableExport::writesEveryRowBehindTheProgressDialog()
{
    QFETCH(int, format);
    const auto f = TableWriter::Format(format);
    const QString path = m_dir.filePath(QStringLiteral("fifty-thousand.") + TableWriter::suffix(f));

    // Halfway the worker waits until the test has looked at the progress dialog.
    std::atomic_bool halfway = false;
    std::atomic<Qt::HANDLE> workerThread = nullptr;
    QSemaphore resume;
    ExportSource source = columnsOnly();
    source.count = [](const QSqlDatabase &) {
        return std::optional<qint64>(RowCount);
    };
    source.rows = [&](const QSqlDatabase &db, const RowSink &emitRow, QString *) {
        workerThread = QThread::currentThreadId();
        if (db.isValid())
            return false; // no store was given: none is opened
        for (qint64 i = 1; i <= RowCount; ++i) {
            if (i == RowCount / 2 + 1) {
                halfway = true;
                resume.tryAcquire(1, 60000);
            }
            if (!emitRow(rowOf(i)))
                break;
        }
        return true;
    };

    QWidget window;
    window.resize(400, 300);
    window.show();
    QString label;
    int maximum = -1;
    int value = -1;
    bool modal = false;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, &window, [&] {
        QProgressDialog *dialog = progressOf(&window);
        if (!halfway || !dialog || !dialog->isVisible())
            return;
        poll.stop();
        label = dialog->labelText();
        maximum = dialog->maximum();
        value = dialog->value();
        modal = dialog->windowModality() == Qt::WindowModal;
        resume.release();
    });
    poll.start();
    const ExportResult result = TableExport::run(&window, QStringLiteral("Export"), QSqlDatabase(), source, path, f);
    poll.stop();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, RowCount);
    QVERIFY(workerThread.load() != QThread::currentThreadId());

    // While it ran: a window-modal dialog with a bar in per mille of the known total.
    QVERIFY2(label.contains(QDir::toNativeSeparators(path)), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("of %1 rows").arg(RowCount)), qPrintable(label));
    QCOMPARE(maximum, 1000);
    QVERIFY(value >= 0 && value <= 500);
    QVERIFY(modal);
    QVERIFY(!progressOf(&window)); // gone afterwards

    QVERIFY(!QFile::exists(TableWriter::partialPathFor(path)));
    if (f == TableWriter::Format::Csv) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), RowCount + 1);
        QVERIFY(bytes.endsWith(QStringLiteral("50000,客户 50000,2026-03-01 13:53:20\r\n").toUtf8()));
    } else {
        const test::XlsxProbe xlsx(path);
        QVERIFY(xlsx.isValid());
        QCOMPARE(xlsx.sheetNames(), QStringList{QStringLiteral("Fake")});
        QVERIFY(xlsx.sheetXml(1).contains("<dimension ref=\"A1:C50001\"/>"));
    }
}

void TestTableExport::cancelLeavesNoFile()
{
    for (const TableWriter::Format f : {TableWriter::Format::Csv, TableWriter::Format::Xlsx}) {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.") + TableWriter::suffix(f));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("older export");
        }
        std::atomic_bool started = false;
        ExportSource source = columnsOnly();
        // Rows without end, as far as the test is concerned: only Cancel stops them.
        source.rows = [&](const QSqlDatabase &, const RowSink &emitRow, QString *) {
            for (qint64 i = 1; i <= 100 * 1000 * 1000; ++i) {
                if (i == 10000)
                    started = true;
                if (!emitRow(rowOf(i)))
                    return true;
            }
            return true;
        };
        QWidget window;
        window.show();
        QTimer poll;
        poll.setInterval(5);
        bool clicked = false;
        connect(&poll, &QTimer::timeout, &window, [&] {
            QProgressDialog *dialog = progressOf(&window);
            if (!started || !dialog || !dialog->isVisible())
                return;
            poll.stop();
            // The Cancel button for CSV; Escape, which only rejects the dialog, for XLSX.
            if (f == TableWriter::Format::Csv) {
                auto *cancel = dialog->findChild<QPushButton *>();
                QVERIFY(cancel);
                QTest::mouseClick(cancel, Qt::LeftButton);
            } else {
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
            clicked = true;
        });
        poll.start();
        const ExportResult result =
            TableExport::run(&window, QStringLiteral("Export"), QSqlDatabase(), source, path, f);
        QVERIFY(clicked);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(result.rows >= 10000);
        QVERIFY(!QFile::exists(TableWriter::partialPathFor(path)));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("older export"));
    }
}

void TestTableExport::errorNamesTheFile()
{
    QWidget window;
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.xlsx"));
    ExportSource source = columnsOnly();
    source.rows = [](const QSqlDatabase &, const RowSink &emitRow, QString *) {
        return emitRow(rowOf(1));
    };
    const ExportResult result =
        TableExport::run(&window, QStringLiteral("Export"), QSqlDatabase(), source, path, TableWriter::Format::Xlsx);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("tableExportErrorBox"))); // run() shows no box
}

void TestTableExport::readsTheStoreOnAWorkerConnection()
{
    auto store = test::createStore(m_dir, QStringLiteral("worker.sqlite"));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO audit_log(at, user_name, kind, entity) VALUES (1, 'wang', "
                                         "'test', 'x'), (2, 'li', 'test', 'y')")));
    QString connectionName;
    Qt::HANDLE thread = nullptr;
    ExportSource source;
    source.sheetName = QStringLiteral("Audit");
    source.columns = {{QStringLiteral("user"), {}}};
    source.rows = [&](const QSqlDatabase &worker, const RowSink &emitRow, QString *error) {
        connectionName = worker.connectionName();
        thread = QThread::currentThreadId();
        QSqlQuery q(worker);
        if (!q.exec(QStringLiteral("SELECT user_name FROM audit_log WHERE kind = 'test' ORDER BY at"))) {
            *error = sql::errorText(q);
            return false;
        }
        while (q.next()) {
            if (!emitRow({q.value(0)}))
                return true;
        }
        return true;
    };
    QWidget window;
    const QString path = m_dir.filePath(QStringLiteral("worker.csv"));
    const ExportResult result =
        TableExport::run(&window, QStringLiteral("Export"), db, source, path, TableWriter::Format::Csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 2);
    QVERIFY(thread != QThread::currentThreadId());
    QVERIFY(!connectionName.isEmpty());
    QVERIFY(connectionName != db.connectionName());
    QVERIFY(!QSqlDatabase::contains(connectionName)); // removed when the work ended
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFuser\r\nwang\r\nli\r\n"));
}

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
