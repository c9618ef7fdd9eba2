#include "Importer.h"

#include "KindRegistry.h"
#include "auth/AuditLog.h"
#include "core/Logging.h"
#include "exporting/CsvWriter.h"
#include "io/TableReader.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <vector>

#include <sqlite3.h>

namespace kefu::importing {

namespace {

// A count for %n (lupdate cannot parse a template argument list inside translate()).
int cappedCount(qint64 n)
{
    return n > INT_MAX ? INT_MAX : int(n);
}

// The page cache of an import (PRAGMA cache_size in KiB): well inside the 300 MB the import may use.
constexpr int ImportCacheKiB = 128 * 1024;

// "Customer ID", "customer-id" and "customer_id" name the same column.
QString normalisedHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_'));
    h.replace(QLatin1Char('-'), QLatin1Char('_'));
    return h;
}

struct HeaderMap
{
    QStringList headers;             // as written in the file
    std::vector<int> fieldOfColumn;  // kind's column → field index, -1 = absent
    std::vector<int> columnOfField;  // field index → kind's column, -1 = unknown
    QStringList unknown;
    QStringList missing;             // required columns missing, "name (alias)"
    QStringList duplicates;          // columns named twice
};

HeaderMap mapHeader(Kind kind, const io::Record &header)
{
    const QList<ColumnInfo> &columns = columnsOf(kind);
    HeaderMap map;
    map.fieldOfColumn.assign(size_t(columns.size()), -1);
    for (size_t f = 0; f < header.fields.size(); ++f) {
        const std::string_view raw = header.fields[f];
        const QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed();
        map.headers.append(text);
        const QString key = normalisedHeader(text);
        int found = -1;
        for (int c = 0; c < columns.size() && found < 0; ++c) {
            if (key == QLatin1String(columns.at(c).name) || text == QString::fromUtf8(columns.at(c).alias)
                || (columns.at(c).otherName && key == QLatin1String(columns.at(c).otherName)))
                found = c;
        }
        map.columnOfField.push_back(found);
        if (found < 0) {
            if (!text.isEmpty())
                map.unknown.append(text);
            continue;
        }
        if (map.fieldOfColumn[size_t(found)] >= 0) {
            map.duplicates.append(text);
            map.columnOfField.back() = -1;
            continue;
        }
        map.fieldOfColumn[size_t(found)] = int(f);
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).required && map.fieldOfColumn[size_t(c)] < 0)
            map.missing.append(QStringLiteral("%1 (%2)").arg(QLatin1String(columns.at(c).name),
                                                              QString::fromUtf8(columns.at(c).alias)));
    }
    return map;
}

// Opens the table at path and reads its header row into header; nullptr with *error naming the
// file when it cannot be read or has no header.
std::unique_ptr<io::TableReader> openWithHeader(const QString &path, const QString &encoding, io::Record &header,
                                                QString *error)
{
    std::unique_ptr<io::TableReader> reader = io::TableReader::open(path, {encoding, 0}, error);
    if (reader && !reader->next(header)) {
        *error = reader->error().isEmpty()
                     ? QCoreApplication::translate("kefu::importing::Importer",
                                                   "%1: the file is empty; the first row must name the columns.")
                           .arg(path)
                     : QStringLiteral("%1: %2").arg(path, reader->error());
        reader.reset();
    }
    return reader;
}

// Rows rejected with --on-error skip: the row as it was, its line and its reasons.
class RejectsFile final
{
public:
    RejectsFile(const QString &path, const QStringList &header)
        : m_file(path)
        , m_header(header)
    {}

    bool add(qint64 line, const QStringList &fields, const QString &reasons)
    {
        if (!m_open) {
            if (!m_file.open(QIODevice::WriteOnly)) {
                m_error = m_file.errorString();
                return false;
            }
            m_writer = std::make_unique<CsvWriter>(&m_file, true);
            m_open = true;
            // The line and the reasons come first: a row with more values than the header has
            // columns would otherwise push them out from under their names.
            if (!m_writer->writeRow(QStringList{QStringLiteral("rejected_line"), QStringLiteral("rejected_reason")}
                                    + m_header))
                return false;
        }
        return m_writer->writeRow(QStringList{QString::number(line), reasons} + fields);
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return true;
        if (!m_file.commit()) {
            m_error = m_file.errorString();
            return false;
        }
        return true;
    }
    QString errorString() const { return m_error; }

private:
    QSaveFile m_file;
    QStringList m_header;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_open = false;
    QString m_error;
};

QStringList fieldsOf(const io::Record &record)
{
    QStringList out;
    out.reserve(qsizetype(record.fields.size()));
    for (const std::string_view f : record.fields)
        out.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
    return out;
}

// The ids a file has named so far and the line of each first row, so that a second row with the same
// id is reported instead of silently replacing the first. Not the text but two independent hashes of it
// (64 and 32 bits) with the line, 16 bytes in an open table at most half full: a million ids take 32 MB,
// and two different ids share both hashes with a probability far below one in 10^20.
class SeenIds final
{
public:
    // The line of the first row with id; 0 when id is new (then it is remembered with line).
    qint64 firstLine(std::string_view id, qint64 line)
    {
        const QByteArrayView bytes(id.data(), qsizetype(id.size()));
        const quint64 a = quint64(qHash(bytes, size_t(0x9E3779B97F4A7C15ull))) | 1; // 0 marks a free slot
        const quint32 b = quint32(qHash(bytes, size_t(0xC2B2AE3D27D4EB4Full)));
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        Slot &slot = find(m_slots, a, b);
        if (slot.a != 0)
            return slot.line;
        slot = {a, b, quint32(std::min<qint64>(line, UINT32_MAX))};
        ++m_used;
        return 0;
    }

private:
    struct Slot
    {
        quint64 a = 0;
        quint32 b = 0;
        quint32 line = 0;
    };

    static Slot &find(std::vector<Slot> &table, quint64 a, quint32 b)
    {
        const size_t mask = table.size() - 1;
        for (size_t i = size_t(a) & mask;; i = (i + 1) & mask) {
            if (table[i].a == 0 || (table[i].a == a && table[i].b == b))
                return table[i];
        }
    }

    void grow()
    {
        std::vector<Slot> bigger(std::max<size_t>(1024, 2 * m_slots.size()));
        for (const Slot &slot : m_slots) {
            if (slot.a != 0)
                find(bigger, slot.a, slot.b) = slot;
        }
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace

const QList<KindInfo> &kinds()
{
    static const QList<KindInfo> list = [] {
        QList<KindInfo> out;
        for (const ImportKind &k : registeredKinds())
            out.append({k.kind, k.id});
        return out;
    }();
    return list;
}

QString kindId(Kind kind)
{
    for (const KindInfo &info : kinds()) {
        if (info.kind == kind)
            return QString::fromLatin1(info.id);
    }
    return {};
}

std::optional<Kind> kindFromId(const QString &id)
{
    for (const KindInfo &info : kinds()) {
        if (id.trimmed().compare(QLatin1String(info.id), Qt::CaseInsensitive) == 0)
            return info.kind;
    }
    return std::nullopt;
}

QString kindTitle(Kind kind)
{
    for (const ImportKind &k : registeredKinds()) {
        if (k.kind == kind)
            return QCoreApplication::translate("kefu::importing::Importer", k.title);
    }
    return {};
}

const QList<ColumnInfo> &columnsOf(Kind kind)
{
    for (const ImportKind &k : registeredKinds()) {
        if (k.kind == kind)
            return k.columns;
    }
    return importKind(Kind::Conversations).columns;
}

QString ImportProblem::text() const
{
    if (column.isEmpty())
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(column, reason);
}

QString ImportSummary::text() const
{
    QStringList lines;
    if (!format.isEmpty())
        lines << QCoreApplication::translate("kefu::importing::Importer", "Read %n rows (%1, %2).", nullptr, cappedCount(rows)).arg(format, encoding);
    if (cancelled)
        lines << QCoreApplication::translate("kefu::importing::Importer", "Cancelled: nothing was imported.");
    else if (!fatalError.isEmpty())
        lines << fatalError;
    else
        lines << QCoreApplication::translate("kefu::importing::Importer", "Inserted %1, updated %2, unchanged %3, rejected %4.")
                     .arg(inserted)
                     .arg(updated)
                     .arg(unchanged)
                     .arg(rejected);
    if (agentsCreated > 0 && ok)
        lines << QCoreApplication::translate("kefu::importing::Importer", "Created %n agents that the file named but the store did not have (their id is their name).",
                    nullptr, int(agentsCreated));
    if (!unknownColumns.isEmpty())
        lines << QCoreApplication::translate("kefu::importing::Importer", "Ignored columns: %1").arg(unknownColumns.join(QStringLiteral(", ")));
    if (!rejectsPath.isEmpty())
        lines << QCoreApplication::translate("kefu::importing::Importer", "Rejected rows and their reasons: %1").arg(rejectsPath);
    return lines.join(QLatin1Char('\n'));
}

ImportPreview preview(Kind kind, const QString &path, const QString &encoding, int rowCount)
{
    ImportPreview out;
    QString error;
    io::Record record;
    const std::unique_ptr<io::TableReader> reader = openWithHeader(path, encoding, record, &error);
    if (!reader) {
        out.error = error;
        return out;
    }
    out.format = reader->formatName();
    out.encoding = reader->encodingName();
    out.separator = reader->separator();
    const HeaderMap map = mapHeader(kind, record);
    for (qsizetype f = 0; f < map.headers.size(); ++f) {
        const int column = map.columnOfField[size_t(f)];
        out.columns.append({map.headers.at(f), column >= 0 ? QString::fromLatin1(columnsOf(kind).at(column).name)
                                                           : QString()});
    }
    out.missingRequired = map.missing;
    while (out.rows.size() < rowCount && reader->next(record)) {
        QStringList row = fieldsOf(record);
        while (row.size() < map.headers.size())
            row.append(QString());
        out.rows.append(row);
        out.lines.append(record.line);
    }
    if (!reader->error().isEmpty())
        out.error = QStringLiteral("%1: %2").arg(path, reader->error());
    return out;
}

Importer::Importer(const QSqlDatabase &db, const Session &session, const QTimeZone &zone)
    : m_db(db)
    , m_session(session)
    , m_zone(zone)
{}

ImportSummary Importer::run(const ImportOptions &options, const Progress &progress)
{
    ImportSummary summary;
    QElapsedTimer clock;
    clock.start();
    const QString &file = options.path; // problems name the file as the user gave it
    QString error;
    if (!m_session.require(Permission::ImportData, &error)) {
        summary.fatalError = error;
        return summary;
    }
    io::Record record;
    const std::unique_ptr<io::TableReader> reader = openWithHeader(options.path, options.encoding, record, &error);
    if (!reader) {
        summary.fatalError = error;
        return summary;
    }
    summary.format = reader->formatName();
    summary.encoding = reader->encodingName();
    const qint64 headerLine = record.line;
    const HeaderMap map = mapHeader(options.kind, record);
    summary.unknownColumns = map.unknown;
    auto addProblem = [&](qint64 line, const QString &column, const QString &reason) {
        ++summary.problemCount;
        if (summary.problems.size() < MaxListedProblems)
            summary.problems.append({file, line, column, reason});
    };
    if (!map.missing.isEmpty() || !map.duplicates.isEmpty()) {
        for (const QString &missing : map.missing)
            addProblem(headerLine, missing, QCoreApplication::translate("kefu::importing::Importer", "required column is missing"));
        for (const QString &duplicate : map.duplicates)
            addProblem(headerLine, duplicate, QCoreApplication::translate("kefu::importing::Importer", "this column appears twice"));
        summary.fatalError = !map.missing.isEmpty()
                                 ? QCoreApplication::translate("kefu::importing::Importer", "%1:%2: the header lacks required columns: %3. Nothing was imported.")
                                       .arg(file)
                                       .arg(headerLine)
                                       .arg(map.missing.join(QStringLiteral(", ")))
                                 : QCoreApplication::translate("kefu::importing::Importer", "%1:%2: a column is named twice: %3. Nothing was imported.")
                                       .arg(file)
                                       .arg(headerLine)
                                       .arg(map.duplicates.join(QStringLiteral(", ")));
        return summary;
    }

    sqlite3 *handle = sql::sqliteHandle(m_db);
    if (!handle) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "Importing needs a SQLite store.");
        return summary;
    }
    // A bigger page cache for the length of the import: the indexes of a growing table are
    // written all over, and the default 2 MB cache would read the same pages again and again.
    // Restored when the import ends, whatever the outcome.
    const QVariant cacheBefore = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(ImportCacheKiB));
    // Rebuilding indexes after a big load sorts with helper threads.
    const QVariant threadsBefore = sql::scalar(m_db, QStringLiteral("PRAGMA threads"));
    sql::exec(m_db, QStringLiteral("PRAGMA threads = %1").arg(std::max(1, QThread::idealThreadCount())));
    const auto restoreCache = qScopeGuard([&] {
        if (cacheBefore.isValid())
            sql::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore.toLongLong()));
        if (threadsBefore.isValid())
            sql::exec(m_db, QStringLiteral("PRAGMA threads = %1").arg(threadsBefore.toLongLong()));
    });
    // The importer keeps the references itself (agents and teams it names are created first,
    // events need their complaint, versions their script), so SQLite's own foreign-key checks,
    // which need a statement journal for every row, are off for the length of the import. They
    // can only be switched outside a transaction; tests check foreign_key_check after imports.
    // The same holds for the tables' CHECK constraints: every writer validates each value
    // against them (and says which line and column is wrong), and SQLite would otherwise rebuild
    // a little lookup table for each `x IN (…)` check on every row.
    sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    sql::exec(m_db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    const auto restoreChecks = qScopeGuard([&] {
        sql::exec(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    sql::WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "The store cannot be written now: %1").arg(transaction.errorString());
        return summary;
    }
    ImportContext context(m_db, handle, m_session, QFileInfo(options.path).fileName());
    context.now = QDateTime::currentSecsSinceEpoch();
    context.fileBytes = QFileInfo(options.path).size();
    ValueParser values(m_zone);
    const std::unique_ptr<KindWriter> writer = importKind(options.kind).makeWriter(m_zone);
    {
        const Row shape(record, map.fieldOfColumn, values);
        if (!writer->prepare(context, shape, &error)) {
            summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "The store refused the import: %1").arg(error);
            return summary;
        }
    }
    const QString rejectsPath =
        options.rejectsPath.isEmpty() ? options.path + QStringLiteral(".rejects.csv") : options.rejectsPath;
    RejectsFile rejects(rejectsPath, map.headers);
    const QList<ColumnInfo> &columns = columnsOf(options.kind);

    auto columnName = [&](int column) {
        if (column < 0)
            return QString();
        const int field = map.fieldOfColumn[size_t(column)];
        return field >= 0 ? map.headers.at(field) : QString::fromLatin1(columns.at(column).name);
    };
    auto rejectRow = [&](qint64 line, const QStringList &fields, const std::vector<RowProblem> &problems) {
        ++summary.rejected;
        QStringList reasons;
        for (const RowProblem &p : problems) {
            addProblem(line, columnName(p.column), p.reason);
            reasons << (p.column >= 0 ? QStringLiteral("%1: %2").arg(columnName(p.column), p.reason) : p.reason);
        }
        if (options.onError == OnError::Skip && !rejects.add(line, fields, reasons.join(QStringLiteral("; ")))) {
            error = QCoreApplication::translate("kefu::importing::Importer", "%1: the rejected rows cannot be written: %2").arg(rejectsPath, rejects.errorString());
            return false;
        }
        return true;
    };

    // A second row with the same id would silently replace the first (the last would win): it is a bad row.
    int idColumn = -1;
    for (int c = 0; c < columns.size() && idColumn < 0; ++c) {
        if (qstrcmp(columns.at(c).name, "id") == 0)
            idColumn = c;
    }
    SeenIds seenIds;

    bool stopped = false;
    while (!stopped && reader->next(record)) {
        ++summary.rows;
        if ((summary.rows & 1023) == 0 && progress && !progress(reader->progress())) {
            summary.cancelled = true;
            return summary; // the transaction rolls back
        }
        Row row(record, map.fieldOfColumn, values);
        if (!record.problem.isEmpty()) {
            // Named by the header, as every other problem is: "会话ID: invalid GB18030 byte sequence".
            const int field = record.problemField;
            const int column =
                field >= 0 && size_t(field) < map.columnOfField.size() ? map.columnOfField[size_t(field)] : -1;
            if (column >= 0)
                row.problem(column, record.problem);
            else if (field >= 0 && field < map.headers.size() && !map.headers.at(field).isEmpty())
                row.problem(-1, QStringLiteral("%1: %2").arg(map.headers.at(field), record.problem));
            else if (field >= 0)
                row.problem(-1, QCoreApplication::translate("kefu::importing::Importer", "column %1: %2")
                                    .arg(field + 1)
                                    .arg(record.problem));
            else
                row.problem(-1, record.problem);
        }
        for (size_t f = map.headers.size(); f < record.fields.size(); ++f) {
            if (!trimmed(record.fields[f]).empty()) {
                row.problem(-1, QCoreApplication::translate("kefu::importing::Importer", "has %1 fields but the header names %2; the extra values would be lost")
                                    .arg(record.fields.size())
                                    .arg(map.headers.size()));
                break;
            }
        }
        if (idColumn >= 0 && !row.isEmpty(idColumn)) {
            if (const qint64 first = seenIds.firstLine(row.text(idColumn), record.line))
                row.problem(idColumn, QCoreApplication::translate("kefu::importing::Importer",
                                                                  "the id %1 appears again: its first row is line %2; "
                                                                  "each id may appear once in a file")
                                          .arg(row.string(idColumn))
                                          .arg(first));
        }
        const Outcome outcome = row.ok() ? writer->write(context, row) : Outcome::Rejected;
        if (!writer->fatal.isEmpty()) {
            summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "%1:%2: the store refused the import: %3. Nothing was imported.")
                                     .arg(file)
                                     .arg(record.line)
                                     .arg(writer->fatal);
            return summary;
        }
        switch (outcome) {
        case Outcome::Inserted: ++summary.inserted; break;
        case Outcome::Updated: ++summary.updated; break;
        case Outcome::Unchanged: ++summary.unchanged; break;
        case Outcome::Rejected:
            if (!rejectRow(record.line, fieldsOf(record), row.problems())) {
                summary.fatalError = error;
                return summary;
            }
            break;
        }
    }
    if (!reader->error().isEmpty()) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "%1: %2. Nothing was imported.").arg(file, reader->error());
        return summary;
    }
    const qint64 rowsDoneMs = clock.elapsed();
    // The end of a big import (rebuilding indexes, replaying events) can take seconds: a cancel
    // reaches it through SQLite's progress handler, which interrupts the running statement.
    struct Interrupt
    {
        const Progress *progress;
        double fraction;
        bool cancelled = false;
    } interrupt{&progress, reader->progress()};
    if (progress) {
        sqlite3_progress_handler(
            handle, 100000,
            [](void *data) {
                auto *state = static_cast<Interrupt *>(data);
                if (!state->cancelled && !(*state->progress)(state->fraction))
                    state->cancelled = true;
                return state->cancelled ? 1 : 0;
            },
            &interrupt);
    }
    const bool finished = writer->finish(context, summary, &error);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (interrupt.cancelled) {
        summary.cancelled = true;
        return summary;
    }
    if (!finished) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "The store refused the import: %1. Nothing was imported.").arg(error);
        return summary;
    }
    for (const ImportContext::LateRejection &late : context.lateRejections) {
        if (!rejectRow(late.line, late.fields, late.problems)) {
            summary.fatalError = error;
            return summary;
        }
    }
    summary.agentsCreated = context.agentsCreated;
    if (progress && !progress(1.0)) {
        summary.cancelled = true;
        return summary;
    }
    if (summary.rejected > 0 && options.onError == OnError::Abort) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "%n rows are bad, so nothing was imported. Correct them, or import again "
                                "choosing to import the good rows (--on-error skip) and write the bad ones to %1.",
                                nullptr, cappedCount(summary.rejected))
                                 .arg(rejectsPath);
        summary.inserted = summary.updated = summary.unchanged = 0;
        return summary;
    }

    const QJsonObject after = {{QStringLiteral("kind"), kindId(options.kind)},
                               {QStringLiteral("file"), options.path},
                               {QStringLiteral("format"), summary.format},
                               {QStringLiteral("encoding"), summary.encoding},
                               {QStringLiteral("inserted"), summary.inserted},
                               {QStringLiteral("updated"), summary.updated},
                               {QStringLiteral("unchanged"), summary.unchanged},
                               {QStringLiteral("rejected"), summary.rejected},
                               {QStringLiteral("agents_created"), summary.agentsCreated}};
    if (!audit::record(m_db, m_session, QStringLiteral("data.import"), kindId(options.kind), options.path, {}, after,
                       {}, &error)) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "The store refused the import: %1. Nothing was imported.").arg(error);
        return summary;
    }
    const qint64 finishedMs = clock.elapsed();
    if (!transaction.commit()) {
        summary.fatalError = QCoreApplication::translate("kefu::importing::Importer", "The import could not be saved: %1. Nothing was imported.").arg(transaction.errorString());
        return summary;
    }
    if (!rejects.isOpen() && options.onError == OnError::Skip && QFile::exists(rejectsPath)) {
        // A rejects file of an earlier run of this file would read as this run's.
        QFile::remove(rejectsPath);
    }
    if (rejects.isOpen()) {
        if (!rejects.commit())
            logging::warn(QStringLiteral("Import: the rejects file %1 could not be written: %2")
                              .arg(rejectsPath, rejects.errorString()));
        else
            summary.rejectsPath = rejectsPath;
    }
    summary.ok = true;
    logging::info(QStringLiteral("Imported %1 from %2: %3 inserted, %4 updated, %5 unchanged, %6 rejected; rows %7 ms, "
                                 "finishing %8 ms, commit %9 ms")
                      .arg(kindId(options.kind), options.path)
                      .arg(summary.inserted)
                      .arg(summary.updated)
                      .arg(summary.unchanged)
                      .arg(summary.rejected)
                      .arg(rowsDoneMs)
                      .arg(finishedMs - rowsDoneMs)
                      .arg(clock.elapsed() - finishedMs));
    return summary;
}

} // namespace kefu::importing
