// The audit log view: its paging model, its filters, the CSV export (which is itself audited), and
// the dialog, which only those with ViewAudit may use.
#include "TestSupport.h"

#include "users/AuditLogDialog.h"
#include "shell/Gui.h"
#include "shell/MainWindow.h"
#include "XlsxProbe.h"
#include "auth/AuditLog.h"
#include "auth/AuditLogModel.h"
#include "core/Formats.h"
#include "exporting/CsvWriter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::ui;

namespace {

constexpr int EntryCount = 450; // more than two pages of AuditLogModel::DefaultPageSize
constexpr int Spacing = 600;    // seconds between two entries
const QStringList userNames = {QStringLiteral("wang"), QStringLiteral("li"), QStringLiteral("chen")};
const QStringList kindNames = {QStringLiteral("user.add"), QStringLiteral("user.role"),
                               QStringLiteral("settings.change"), QStringLiteral("complaint.move"),
                               QStringLiteral("script.publish")};
const QString trickyNote = QStringLiteral("客户说 \"太慢了\", 然后\n挂断");
// A note Excel would run as a formula if it were written as it is.
const QString formulaNote = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"点我\")");

struct Generated
{
    qint64 at;
    QString user;
    QString kind;
};

// Parses RFC 4180 CSV, independently of CsvWriter.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPagesInByKeyset();
    void modelPassesTheTester();
    void showsTimesInTheStoreZone();
    void filters_data();
    void filters();
    void periodIncludesBothDays();
    void setFilterResets();
    void modelRefusesWithoutViewAudit();

    void csvQuoting_data();
    void csvQuoting();
    void csvWritesBomOnceAndCrlf();

    void exportWritesEveryMatchingRow();
    void exportHonoursTheFilter();
    void exportRefusedWithoutViewAudit();
    void exportToXlsx();

    void dialogFiltersAndExports();
    void dialogExportsXlsx();
    void dialogDisabledWithoutViewAudit();
    void menuFollowsThePermission();

private:
    int expectedCount(const AuditFilter &filter) const;
    QList<AuditEntry> exports() const;
    static void fetchAll(AuditLogModel &model);
    static QDate day(int d) { return QDate(2026, 3, d); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QTimeZone m_zone;
    QList<Generated> m_generated;
    const Session m_admin = Session::signedIn(1, QStringLiteral("wang"), Role::Admin);
    const Session m_lead = Session::signedIn(2, QStringLiteral("li"), Role::Lead);
};

void TestAuditLog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditlog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestAuditLog::init()
{
    static int serial = 0;
    StoreOptions options;
    options.timeZoneOverride = QStringLiteral("Asia/Shanghai");
    m_store = test::createStore(m_dir, QStringLiteral("audit-%1.sqlite").arg(++serial), options);
    QVERIFY(m_store);
    m_zone = m_store->timeZone();
    QCOMPARE(m_zone.id(), QByteArray("Asia/Shanghai"));

    // 2026-03-01 00:00 in Shanghai, then one entry every ten minutes for a little over three days.
    const qint64 base = QDateTime(day(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
    m_generated.clear();
    QSqlDatabase db = m_store->database();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_log(at, user_name, kind, entity, entity_id, before_value, "
                                     "after_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    for (int i = 0; i < EntryCount; ++i) {
        const Generated g{base + qint64(i) * Spacing, userNames.at(i % userNames.size()),
                          kindNames.at(i % kindNames.size())};
        m_generated << g;
        q.addBindValue(g.at);
        q.addBindValue(g.user);
        q.addBindValue(g.kind);
        q.addBindValue(QStringLiteral("thing"));
        q.addBindValue(QString::number(i));
        q.addBindValue(QStringLiteral("{\"value\":%1}").arg(i));
        q.addBindValue(QStringLiteral("{\"value\":%1}").arg(i + 1));
        q.addBindValue(i == 7   ? QVariant(trickyNote)
                       : i == 8 ? QVariant(formulaNote)
                                : QVariant(QMetaType::fromType<QString>()));
        QVERIFY2(q.exec(), qPrintable(sql::errorText(q)));
    }
    QVERIFY(db.commit());
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    QSettings().clear();
}

int TestAuditLog::expectedCount(const AuditFilter &filter) const
{
    return int(std::count_if(m_generated.cbegin(), m_generated.cend(), [&filter](const Generated &g) {
        if (!filter.userName.isEmpty() && g.user != filter.userName)
            return false;
        if (!filter.kind.isEmpty() &&
            (filter.kind.endsWith(QLatin1Char('.')) ? !g.kind.startsWith(filter.kind) : g.kind != filter.kind))
            return false;
        if (filter.from > 0 && g.at < filter.from)
            return false;
        if (filter.to > 0 && g.at >= filter.to)
            return false;
        return true;
    }));
}

QList<AuditEntry> TestAuditLog::exports() const
{
    AuditFilter filter;
    filter.kind = QStringLiteral("audit.export");
    QList<AuditEntry> entries;
    QString error;
    if (!audit::query(m_store->database(), m_admin, filter, 100, 0, &entries, &error))
        qWarning("%s", qPrintable(error));
    return entries;
}

void TestAuditLog::fetchAll(AuditLogModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void TestAuditLog::modelPagesInByKeyset()
{
    AuditLogModel model(m_store->database(), m_admin, m_zone);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.pageSize(), int(AuditLogModel::DefaultPageSize));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), AuditLogModel::DefaultPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * AuditLogModel::DefaultPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), EntryCount);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), AuditLogModel::DefaultPageSize);

    // Newest first, every entry once.
    QSet<qint64> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry e = model.entry(row);
        QVERIFY(e.id < previous);
        previous = e.id;
        ids.insert(e.id);
        QCOMPARE(model.index(row, 0).data(Qt::UserRole).toLongLong(), e.id);
    }
    QCOMPARE(ids.size(), EntryCount);
    QCOMPARE(model.entry(0).entityId, QString::number(EntryCount - 1));
}

void TestAuditLog::modelPassesTheTester()
{
    AuditLogModel model(m_store->database(), m_admin, m_zone);
    model.setPageSize(64);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), EntryCount);
    AuditFilter filter;
    filter.userName = QStringLiteral("chen");
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), EntryCount / 3);
}

void TestAuditLog::showsTimesInTheStoreZone()
{
    AuditLogModel model(m_store->database(), m_admin, m_zone);
    model.fetchMore({});
    // Entry 449: 449 × 10 minutes after 2026-03-01 00:00 in Shanghai.
    QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data().toString(), QStringLiteral("2026-03-04 02:50:00"));
    QCOMPARE(model.index(0, AuditLogModel::UserColumn).data().toString(), userNames.at(449 % 3));
    QCOMPARE(model.index(0, AuditLogModel::KindColumn).data().toString(), kindNames.at(449 % 5));
    QCOMPARE(model.index(0, AuditLogModel::EntityColumn).data().toString(), QStringLiteral("thing"));
    QCOMPARE(model.index(0, AuditLogModel::EntityIdColumn).data().toString(), QStringLiteral("449"));
    QCOMPARE(model.index(0, AuditLogModel::BeforeColumn).data().toString(), QStringLiteral("{\"value\":449}"));
    QCOMPARE(model.index(0, AuditLogModel::AfterColumn).data().toString(), QStringLiteral("{\"value\":450}"));
    QCOMPARE(format::dateTimeSeconds(QDateTime(day(1), QTime(0, 0), m_zone).toSecsSinceEpoch(), m_zone),
             QStringLiteral("2026-03-01 00:00:00"));
    // The same instant in UTC is the day before: the zone matters.
    QCOMPARE(format::dateTimeSeconds(QDateTime(day(1), QTime(0, 0), m_zone).toSecsSinceEpoch(), QTimeZone::utc()),
             QStringLiteral("2026-02-28 16:00:00"));
    QStringList titles;
    for (int c = 0; c < model.columnCount(); ++c)
        titles << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("Time"), QStringLiteral("User"), QStringLiteral("Kind"),
                                  QStringLiteral("Entity"), QStringLiteral("Entity id"), QStringLiteral("Before"),
                                  QStringLiteral("After"), QStringLiteral("Note")}));
}

void TestAuditLog::filters_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("everything") << QString() << QString() << QDate() << QDate();
    QTest::newRow("one user") << QStringLiteral("li") << QString() << QDate() << QDate();
    QTest::newRow("user, any case") << QStringLiteral("LI") << QString() << QDate() << QDate();
    QTest::newRow("one kind") << QString() << QStringLiteral("user.role") << QDate() << QDate();
    QTest::newRow("kind prefix") << QString() << QStringLiteral("user.") << QDate() << QDate();
    QTest::newRow("settings prefix") << QString() << QStringLiteral("settings.") << QDate() << QDate();
    QTest::newRow("one day") << QString() << QString() << day(2) << day(2);
    QTest::newRow("two days") << QString() << QString() << day(1) << day(2);
    QTest::newRow("all three") << QStringLiteral("chen") << QStringLiteral("user.") << day(2) << day(3);
    QTest::newRow("nothing") << QStringLiteral("nobody") << QString() << QDate() << QDate();
}

void TestAuditLog::filters()
{
    QFETCH(QString, user);
    QFETCH(QString, kind);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    AuditFilter filter;
    filter.userName = user;
    filter.kind = kind;
    AuditLogModel::setPeriod(&filter, first, last, m_zone);

    AuditLogModel model(m_store->database(), m_admin, m_zone);
    model.setFilter(filter);
    fetchAll(model);
    AuditFilter reference = filter;
    reference.userName = user.toLower();
    const int expected = expectedCount(reference);
    QCOMPARE(model.rowCount(), expected);
    if (QByteArray(QTest::currentDataTag()) != "nothing")
        QVERIFY(expected > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry e = model.entry(row);
        if (!user.isEmpty())
            QCOMPARE(e.userName, user.toLower());
        if (!kind.isEmpty())
            QVERIFY(kind.endsWith(QLatin1Char('.')) ? e.kind.startsWith(kind) : e.kind == kind);
        if (first.isValid())
            QVERIFY(QDateTime::fromSecsSinceEpoch(e.at, m_zone).date() >= first);
        if (last.isValid())
            QVERIFY(QDateTime::fromSecsSinceEpoch(e.at, m_zone).date() <= last);
    }
}

void TestAuditLog::periodIncludesBothDays()
{
    AuditFilter filter;
    AuditLogModel::setPeriod(&filter, day(2), day(2), m_zone);
    QCOMPARE(filter.from, QDateTime(day(2), QTime(0, 0), m_zone).toSecsSinceEpoch());
    QCOMPARE(filter.to, QDateTime(day(3), QTime(0, 0), m_zone).toSecsSinceEpoch());
    AuditLogModel model(m_store->database(), m_admin, m_zone);
    model.setFilter(filter);
    fetchAll(model);
    // Entries 144 (00:00 of 2 March) to 287 (23:50 of 2 March), both included.
    QCOMPARE(model.rowCount(), 144);
    QCOMPARE(model.entry(0).entityId, QStringLiteral("287"));
    QCOMPARE(model.entry(model.rowCount() - 1).entityId, QStringLiteral("144"));
}

void TestAuditLog::setFilterResets()
{
    AuditLogModel model(m_store->database(), m_admin, m_zone);
    fetchAll(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AuditFilter filter;
    filter.kind = QStringLiteral("complaint.move");
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.filter().kind, QStringLiteral("complaint.move"));
    fetchAll(model);
    QCOMPARE(model.rowCount(), EntryCount / 5);
    model.refresh();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditLog::modelRefusesWithoutViewAudit()
{
    for (Role role : {Role::Lead, Role::Qa, Role::Trainer, Role::Agent}) {
        AuditLogModel model(m_store->database(), Session::signedIn(3, QStringLiteral("someone"), role), m_zone);
        QSignalSpy failed(&model, &AuditLogModel::fetchFailed);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(model.errorString().contains(QStringLiteral("read the audit log")), qPrintable(model.errorString()));
        QVERIFY(!AuditLogModel::firstDay(m_store->database(), Session::signedIn(3, QStringLiteral("x"), role), m_zone));
    }
    QCOMPARE(AuditLogModel::firstDay(m_store->database(), m_admin, m_zone), std::optional<QDate>(day(1)));
}

void TestAuditLog::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("chinese") << QStringLiteral("退款") << QStringLiteral("退款");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("json") << QStringLiteral("{\"a\":1,\"b\":2}") << QStringLiteral("\"{\"\"a\"\":1,\"\"b\"\":2}\"");
}

void TestAuditLog::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoted(field), written);
    const QString row = CsvWriter::formatRow({field, QStringLiteral("x")});
    QCOMPARE(row, written + QStringLiteral(",x\r\n"));
    QCOMPARE(parseCsv(row), (QList<QStringList>{{field, QStringLiteral("x")}}));
}

void TestAuditLog::csvWritesBomOnceAndCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(&buffer);
    QVERIFY(csv.writeRow({QStringLiteral("名字"), QStringLiteral("a,b")}));
    QVERIFY(csv.writeRow({QStringLiteral("1"), QString()}));
    QCOMPARE(csv.rowsWritten(), 2);
    const QByteArray bytes = buffer.data();
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + QStringLiteral("名字,\"a,b\"\r\n1,\r\n").toUtf8());

    QBuffer plain;
    QVERIFY(plain.open(QIODevice::WriteOnly));
    CsvWriter noBom(&plain, false);
    QVERIFY(noBom.writeRow({QStringLiteral("a")}));
    QCOMPARE(plain.data(), QByteArray("a\r\n"));

    QBuffer closed;
    CsvWriter refused(&closed);
    QVERIFY(!refused.writeRow({QStringLiteral("a")}));
    QVERIFY(!refused.errorString().isEmpty());
}

void TestAuditLog::exportWritesEveryMatchingRow()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    int rows = -1;
    QString error;
    // Nothing was fetched into any model: the export reads everything itself.
    QVERIFY2(AuditLogModel::exportCsv(m_store->database(), m_admin, {}, m_zone, path, &rows, &error),
             qPrintable(error));
    QCOMPARE(rows, EntryCount);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.mid(3).contains("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    // The note with a quote, a comma and a line break stays one field.
    QVERIFY(text.contains(QStringLiteral("\"客户说 \"\"太慢了\"\", 然后\n挂断\"")));
    const QList<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), EntryCount + 1);
    QCOMPARE(records.constFirst(),
             (QStringList{QStringLiteral("Time (Asia/Shanghai)"), QStringLiteral("User"), QStringLiteral("Kind"),
                          QStringLiteral("Entity"), QStringLiteral("Entity id"), QStringLiteral("Before"),
                          QStringLiteral("After"), QStringLiteral("Note")}));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), int(AuditLogModel::ColumnCount));
    QCOMPARE(records.at(1).at(0), QStringLiteral("2026-03-04 02:50:00"));
    QCOMPARE(records.at(1).at(4), QStringLiteral("449"));
    QCOMPARE(records.at(1).at(5), QStringLiteral("{\"value\":449}"));
    QCOMPARE(records.constLast().at(0), QStringLiteral("2026-03-01 00:00:00"));
    const auto tricky = std::find_if(records.cbegin(), records.cend(),
                                     [](const QStringList &r) { return r.at(4) == QLatin1String("7"); });
    QVERIFY(tricky != records.cend());
    QCOMPARE(tricky->at(7), trickyNote);
    // A text Excel would run as a formula gets an apostrophe in front (docs/decisions.md).
    const auto formula = std::find_if(records.cbegin(), records.cend(),
                                      [](const QStringList &r) { return r.at(4) == QLatin1String("8"); });
    QVERIFY(formula != records.cend());
    QCOMPARE(formula->at(7), QLatin1Char('\'') + formulaNote);

    // The export is recorded, by whom and how much.
    const QList<AuditEntry> recorded = exports();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.constFirst().userName, QStringLiteral("wang"));
    QCOMPARE(recorded.constFirst().entity, QStringLiteral("audit_log"));
    const QJsonObject after = QJsonDocument::fromJson(recorded.constFirst().after.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rows")).toInt(), EntryCount);
    QCOMPARE(after.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(path));
}

void TestAuditLog::exportHonoursTheFilter()
{
    AuditFilter filter;
    filter.userName = QStringLiteral("li");
    filter.kind = QStringLiteral("user.");
    AuditLogModel::setPeriod(&filter, day(2), day(3), m_zone);
    const QString path = m_dir.filePath(QStringLiteral("li.csv"));
    int rows = -1;
    QString error;
    QVERIFY2(AuditLogModel::exportCsv(m_store->database(), m_admin, filter, m_zone, path, &rows, &error),
             qPrintable(error));
    QCOMPARE(rows, expectedCount(filter));
    QVERIFY(rows > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    QCOMPARE(records.size(), rows + 1);
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(1), QStringLiteral("li"));
        QVERIFY(records.at(i).at(2).startsWith(QStringLiteral("user.")));
    }
    const QJsonObject after = QJsonDocument::fromJson(exports().constFirst().after.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("user")).toString(), QStringLiteral("li"));
    QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("user."));
    QCOMPARE(after.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02 00:00:00"));
}

void TestAuditLog::exportRefusedWithoutViewAudit()
{
    const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
    int rows = -1;
    QString error;
    QVERIFY(!AuditLogModel::exportCsv(m_store->database(), m_lead, {}, m_zone, path, &rows, &error));
    QVERIFY2(error.contains(QStringLiteral("read the audit log")), qPrintable(error));
    QCOMPARE(rows, 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(exports().isEmpty());

    // An unwritable place is reported, and nothing is recorded as exported.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/audit.csv"));
    QVERIFY(!AuditLogModel::exportCsv(m_store->database(), m_admin, {}, m_zone, nowhere, &rows, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
    QVERIFY(exports().isEmpty());
}

void TestAuditLog::exportToXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.xlsx"));
    int rows = -1;
    QString error;
    QVERIFY2(AuditLogModel::exportTo(m_store->database(), m_admin, {}, m_zone, path, io::TableWriter::Format::Xlsx,
                                     &rows, &error),
             qPrintable(error));
    QCOMPARE(rows, EntryCount);
    QVERIFY(!QFile::exists(io::TableWriter::partialPathFor(path)));

    const test::XlsxProbe xlsx(path);
    QVERIFY(xlsx.isValid());
    QCOMPARE(xlsx.sheetNames(), QStringList{QStringLiteral("Audit log")});
    QVERIFY(xlsx.sheetXml(1).contains(
        QByteArrayLiteral("<dimension ref=\"A1:H%1\"/>").replace("%1", QByteArray::number(EntryCount + 1))));
    const auto cells = xlsx.cells(1);
    QStringList header;
    for (const char column : {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'})
        header << cells.value(QLatin1Char(column) + QStringLiteral("1")).value;
    QCOMPARE(header, (QStringList{QStringLiteral("Time (Asia/Shanghai)"), QStringLiteral("User"),
                                  QStringLiteral("Kind"), QStringLiteral("Entity"), QStringLiteral("Entity id"),
                                  QStringLiteral("Before"), QStringLiteral("After"), QStringLiteral("Note")}));
    QVERIFY(xlsx.isBold(cells.value(QStringLiteral("A1")).style));

    // The newest entry first; its time a real date in the store's zone: 2026-03-04 02:50:00.
    const test::XlsxCell time = cells.value(QStringLiteral("A2"));
    QCOMPARE(time.type, QString());
    const double serial =
        QDate(2026, 3, 4).toJulianDay() - QDate(1899, 12, 30).toJulianDay() + (2 * 3600 + 50 * 60) / 86400.0;
    QVERIFY2(qAbs(time.value.toDouble() - serial) < 1e-6, qPrintable(time.value));
    QCOMPARE(xlsx.numberFormat(time.style), QStringLiteral("yyyy-mm-dd hh:mm:ss"));
    QCOMPARE(cells.value(QStringLiteral("E2")).type, QStringLiteral("inlineStr"));
    QCOMPARE(cells.value(QStringLiteral("E2")).value, QStringLiteral("449"));
    QCOMPARE(cells.value(QStringLiteral("F2")).value, QStringLiteral("{\"value\":449}"));

    // Entry i is on row EntryCount - i + 1: the notes as strings, the formula one not run.
    const QString trickyRow = QString::number(EntryCount - 7 + 1);
    QCOMPARE(cells.value(QStringLiteral("H") + trickyRow).value, trickyNote);
    const test::XlsxCell formula = cells.value(QStringLiteral("H") + QString::number(EntryCount - 8 + 1));
    QCOMPARE(formula.type, QStringLiteral("inlineStr"));
    QCOMPARE(formula.value, formulaNote);
    QVERIFY(!formula.formula);
    QVERIFY(!cells.contains(QStringLiteral("H2"))); // no note: an empty cell

    const QList<AuditEntry> recorded = exports();
    QCOMPARE(recorded.size(), 1);
    const QJsonObject after = QJsonDocument::fromJson(recorded.constFirst().after.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rows")).toInt(), EntryCount);
    QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(after.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(path));
}

void TestAuditLog::dialogFiltersAndExports()
{
    AuditLogDialog dialog(*m_store, m_admin);
    dialog.show();
    auto *user = dialog.findChild<QComboBox *>(QStringLiteral("auditUserFilter"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("auditKindFilter"));
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("auditFrom"));
    auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("auditTo"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("auditTable"));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("auditExportButton"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("auditStatus"));
    QVERIFY(user && kind && from && to && table && exportButton && status);
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(table->model(), dialog.model());

    QCOMPARE(user->itemText(0), QStringLiteral("Everyone"));
    QCOMPARE(user->count(), 1 + userNames.size());
    QVERIFY(user->findData(QStringLiteral("chen")) > 0);
    QCOMPARE(kind->itemText(0), QStringLiteral("All kinds"));
    for (const QString &prefix : {QStringLiteral("user."), QStringLiteral("settings."), QStringLiteral("complaint.")})
        QVERIFY2(kind->findData(prefix) > 0, qPrintable(prefix));
    for (const QString &k : kindNames)
        QVERIFY2(kind->findData(k) > 0, qPrintable(k));
    // The period starts at the oldest entry and ends today, in the store's zone.
    QCOMPARE(from->date(), day(1));
    QCOMPARE(to->date(), QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date());
    QCOMPARE(dialog.model()->rowCount(), AuditLogModel::DefaultPageSize);
    QVERIFY2(status->text().contains(QStringLiteral("more load as you scroll")), qPrintable(status->text()));

    user->setCurrentIndex(user->findData(QStringLiteral("li")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("user.")));
    from->setDate(day(2));
    to->setDate(day(3));
    const AuditFilter filter = dialog.model()->filter();
    QCOMPARE(filter.userName, QStringLiteral("li"));
    QCOMPARE(filter.kind, QStringLiteral("user."));
    QCOMPARE(filter.from, QDateTime(day(2), QTime(0, 0), m_zone).toSecsSinceEpoch());
    QCOMPARE(filter.to, QDateTime(day(4), QTime(0, 0), m_zone).toSecsSinceEpoch());
    fetchAll(*dialog.model());
    const int matching = expectedCount(filter);
    QCOMPARE(dialog.model()->rowCount(), matching);
    QCOMPARE(status->text(), QStringLiteral("%1 entries match the filters.").arg(matching));

    // A start after the end moves the end along: the period is never empty by mistake.
    from->setDate(day(10));
    QCOMPARE(to->date(), day(10));
    from->setDate(day(2));
    to->setDate(day(3));

    const QString path = m_dir.filePath(QStringLiteral("dialog.csv"));
    int rows = 0;
    QString error;
    QVERIFY2(dialog.exportTo(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, matching);
    QCOMPARE(exports().size(), 1);
    // The export shows up at once: a new kind to pick, and the newest row with every kind.
    QVERIFY(kind->findData(QStringLiteral("audit.export")) > 0);
    QVERIFY(kind->findData(QStringLiteral("audit.")) > 0);
    QCOMPARE(user->currentData().toString(), QStringLiteral("li"));
    user->setCurrentIndex(0);
    kind->setCurrentIndex(0);
    to->setDate(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date());
    QCOMPARE(dialog.model()->entry(0).kind, QStringLiteral("audit.export"));
}

void TestAuditLog::dialogExportsXlsx()
{
    AuditLogDialog dialog(*m_store, m_admin);
    dialog.show();
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("auditKindFilter"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("auditStatus"));
    QVERIFY(kind && status);
    kind->setCurrentIndex(kind->findData(QStringLiteral("script.publish")));
    // Without an extension the file is CSV; with .xlsx a workbook, through the same progress dialog.
    const QString path = m_dir.filePath(QStringLiteral("published.xlsx"));
    int rows = 0;
    QString error;
    QVERIFY2(dialog.exportTo(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, EntryCount / 5);
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("tableExportProgress")));
    const test::XlsxProbe xlsx(path);
    QVERIFY(xlsx.isValid());
    const auto cells = xlsx.cells(1);
    for (int row = 2; row <= rows + 1; ++row)
        QCOMPARE(cells.value(QStringLiteral("C%1").arg(row)).value, QStringLiteral("script.publish"));
    QVERIFY(!cells.contains(QStringLiteral("C%1").arg(rows + 2)));
    QVERIFY2(status->text().contains(QStringLiteral("written to %1").arg(QDir::toNativeSeparators(path))),
             qPrintable(status->text()));
    QCOMPARE(exports().size(), 1);

    const QString plain = m_dir.filePath(QStringLiteral("published"));
    QVERIFY2(dialog.exportTo(plain, &rows, &error), qPrintable(error));
    QVERIFY(QFile::exists(plain + QStringLiteral(".csv")));
    QCOMPARE(exports().size(), 2);
}

void TestAuditLog::dialogDisabledWithoutViewAudit()
{
    AuditLogDialog dialog(*m_store, m_lead);
    dialog.show();
    for (const char *name :
         {"auditUserFilter", "auditKindFilter", "auditFrom", "auditTo", "auditTable", "auditExportButton"}) {
        auto *w = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w && !w->isEnabled(), name);
    }
    QCOMPARE(dialog.model()->rowCount(), 0);
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("auditStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("read the audit log")), qPrintable(status));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("auditUserFilter"))->count(), 1);
    int rows = 0;
    QString error;
    QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("x.csv")), &rows, &error));
    QVERIFY(exports().isEmpty());
}

void TestAuditLog::menuFollowsThePermission()
{
    MainWindow::Options options;
    options.session = m_lead;
    MainWindow window(std::move(m_store), options);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionAuditLog"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("Only Administrator may read the audit log."));
    action->trigger();
    QVERIFY(!window.findChild<AuditLogDialog *>());

    auto single = test::createStore(m_dir, QStringLiteral("single-%1.sqlite").arg(QCoreApplication::applicationPid()));
    QVERIFY(single);
    window.setStore(std::move(single), m_admin);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<AuditLogDialog *>(QStringLiteral("auditLogDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
