// audit::exportFile: a file of store data and its audit record, both or neither, whichever side fails.
#include "TestSupport.h"
#include "agents/Teams.h"
#include "auth/AuditedExport.h"
#include "auth/Session.h"
#include "exporting/TableWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;

namespace {

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

audit::FileContent content(const QByteArray &text)
{
    return [text](const QString &path, QString *error) {
        return writeText(path, text, error);
    };
}

} // namespace

class TestAuditedExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const Session m_admin = Session::signedIn(1, QStringLiteral("wang"), Role::Admin);

    qint64 recorded() const
    {
        return test::count(m_store->database(), QStringLiteral("audit_log WHERE kind = 'test.export'"));
    }
    bool exportTo(const QString &path, const audit::FileContent &write, QString *error) const
    {
        return audit::exportFile(m_store->database(), m_admin, QStringLiteral("test.export"), QStringLiteral("numbers"),
                                 {{QStringLiteral("filter"), QStringLiteral("all")}}, path, write, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::createStore(m_dir);
        QVERIFY(m_store);
    }

    void writesTheFileAndItsRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("book.pdf"));
        QString error;
        QVERIFY2(exportTo(path, content("first"), &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("first"));
        QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(path)));
        QCOMPARE(recorded(), 1);
        const QJsonObject after =
            QJsonDocument::fromJson(
                sql::scalar(m_store->database(), QStringLiteral("SELECT after_value FROM audit_log WHERE kind = "
                                                                "'test.export' ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(after.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(path));
        QCOMPARE(after.value(QStringLiteral("filter")).toString(), QStringLiteral("all"));
        QCOMPARE(sql::scalar(m_store->database(),
                             QStringLiteral("SELECT user_name FROM audit_log WHERE kind = 'test.export'"))
                     .toString(),
                 QStringLiteral("wang"));

        // Replacing an older file is one more export, recorded once more.
        QVERIFY2(exportTo(path, content("second"), &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(recorded(), 2);
        QVERIFY(!QFile::exists(path + QStringLiteral(".previous")));
    }

    // The file side fails: nothing is recorded.
    void unwritableDestinationRecordsNothing()
    {
        const qint64 before = recorded();
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/book.pdf"));
        QString error;
        QVERIFY(!exportTo(path, content("text"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(recorded(), before);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("missing-folder"))).exists());
    }

    void failedContentRecordsNothing()
    {
        const qint64 before = recorded();
        const QString path = m_dir.filePath(QStringLiteral("half.xlsx"));
        QString error;
        const audit::FileContent half = [](const QString &staged, QString *e) {
            writeText(staged, "half a file", e);
            *e = QStringLiteral("the disk is full");
            return false;
        };
        QVERIFY(!exportTo(path, half, &error));
        QCOMPARE(error, QStringLiteral("the disk is full"));
        QCOMPARE(recorded(), before);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(path)));
    }

    // The file cannot take its name (a folder is in the way): the record is rolled back.
    void fileThatCannotBePlacedIsNotRecorded()
    {
        const qint64 before = recorded();
        const QString blocked = m_dir.filePath(QStringLiteral("blocked.pdf"));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/inside")));
        QString error;
        QVERIFY(!exportTo(blocked, content("text"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(blocked)), qPrintable(error));
        QCOMPARE(recorded(), before);
        QVERIFY(QFileInfo(blocked).isDir());
        QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(blocked)));
    }

    // The audit side fails: no file, and an older file of the same name is left as it was.
    void failedRecordLeavesNoFile()
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("CREATE TRIGGER refuse_test_exports BEFORE INSERT ON audit_log"
                                             " WHEN NEW.kind = 'test.export'"
                                             " BEGIN SELECT RAISE(ABORT, 'exports refused'); END")));
        const qint64 before = recorded();
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        QString error;
        QVERIFY(!exportTo(path, content("text"), &error));
        QVERIFY2(error.contains(QStringLiteral("exports refused")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(path)));

        const QString older = m_dir.filePath(QStringLiteral("older.pdf"));
        QVERIFY(writeText(older, "older", &error));
        QVERIFY(!exportTo(older, content("newer"), &error));
        QCOMPARE(readAll(older), QByteArray("older"));
        QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(older)));
        QCOMPARE(recorded(), before);
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER refuse_test_exports")));
    }

    // A store opened read-only cannot record, so it cannot export (docs/decisions.md "Exports").
    void readOnlyStoreWritesNoFile()
    {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        QString error;
        const std::unique_ptr<Store> store = Store::open(m_store->path(), readOnly, &error);
        QVERIFY2(store, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("read-only.pdf"));
        QVERIFY(!audit::exportFile(store->database(), m_admin, QStringLiteral("test.export"), QStringLiteral("numbers"),
                                   {}, path, content("text"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(path)));
    }

    void teamNamesInOrder()
    {
        QSqlDatabase db = m_store->database();
        QCOMPARE(agents::teamNames(db), QStringList());
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('售后组'), ('Billing'), ('Alpha')")));
        QCOMPARE(agents::teamNames(db),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("Billing"), QStringLiteral("售后组")}));
    }
};

QTEST_GUILESS_MAIN(TestAuditedExport)
#include "tst_auditedexport.moc"
