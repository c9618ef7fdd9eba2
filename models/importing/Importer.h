#pragma once

#include "auth/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace kefu::importing {

// The kinds of file data-formats.md describes, in the order a team usually imports them.
// A new kind: a value here, its writer and accessor in its slice, one line in KindRegistry.
enum class Kind { Agents, Conversations, AgentStates, Shifts, QaReviews, Complaints, ComplaintEvents, Scripts };

struct KindInfo
{
    Kind kind;
    const char *id; // the command line's KIND: "conversations", "agent_states", …
};

const QList<KindInfo> &kinds();
QString kindId(Kind kind);
std::optional<Kind> kindFromId(const QString &id);
// The kind's name in the current language ("Conversations" / "会话").
QString kindTitle(Kind kind);

enum class OnError {
    Abort, // write nothing when any row is bad (the default)
    Skip,  // import the good rows, write the bad ones with their reasons to FILE.rejects.csv
};

struct ImportOptions
{
    Kind kind = Kind::Conversations;
    QString path;
    QString encoding; // empty = detect; see io::ReaderOptions
    OnError onError = OnError::Abort;
    // Where --on-error skip writes the rejected rows; empty = path + ".rejects.csv".
    QString rejectsPath;
};

// One problem with one row: `FILE:LINE: column: reason` (LINE is the file's physical line).
struct ImportProblem
{
    QString file; // the file's name as the user gave it
    qint64 line = 0;
    QString column; // the header as written in the file, or the field's name; empty for the row
    QString reason; // translated
    QString text() const;
};

struct ImportSummary
{
    bool ok = false;        // true when the import ran to its end and was committed (or had nothing to do)
    bool cancelled = false; // the caller cancelled: nothing was written
    QString fatalError;     // why nothing was written (a file that cannot be read, permission, abort on bad rows, …)

    QString format;   // "CSV" / "XLSX"
    QString encoding; // as detected or given, e.g. "GB18030"
    qint64 rows = 0;  // data rows read (blank ones not counted)
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 agentsCreated = 0;       // agents created because another file named them
    QStringList unknownColumns;     // headers that match no column of the kind (ignored)
    QList<ImportProblem> problems;  // the first MaxListedProblems problems
    qint64 problemCount = 0;        // all of them
    QString rejectsPath;            // written when rows were rejected with OnError::Skip

    // The summary as the command line prints it, translated; several lines.
    QString text() const;
};

inline constexpr int MaxListedProblems = 1000;

// What preview() shows before anything is written: format, encoding, how the file's headers map
// to the kind's columns, and the first rows as text.
struct ColumnMatch
{
    QString header;  // as written in the file
    QString column;  // the kind's column it fills; empty = unknown, ignored
};

struct ImportPreview
{
    QString error; // the file cannot be read as a table (then nothing else is set)
    QString format;
    QString encoding;
    char separator = 0;
    QList<ColumnMatch> columns;
    QStringList missingRequired; // required columns the header lacks: the import would fail
    QList<qint64> lines;         // the physical line of each preview row
    QList<QStringList> rows;     // the first rows, one string per header column
};

// The columns of a kind: English names with their Chinese aliases, and which are required.
struct ColumnInfo
{
    const char *name;
    const char *alias; // UTF-8
    bool required;
};
const QList<ColumnInfo> &columnsOf(Kind kind);

ImportPreview preview(Kind kind, const QString &path, const QString &encoding = {}, int rowCount = 20);

// Reads one file and writes its rows into the store in one transaction (BEGIN IMMEDIATE … COMMIT):
// a crash, a kill or a cancel at any moment leaves the store as it was. Rows whose id exists
// update that row; identical rows count as unchanged. Needs Permission::ImportData. Records one
// audit entry ("data.import") with the counts. Runs on the thread that owns db: the window
// runs it on a worker thread with that thread's own StoreConnection.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::importing::Importer)

public:
    Importer(const QSqlDatabase &db, const Session &session, const QTimeZone &zone);

    // Called now and then with the fraction read (0..1); return false to cancel (rolls back).
    using Progress = std::function<bool(double fraction)>;

    ImportSummary run(const ImportOptions &options, const Progress &progress = {});

private:
    QSqlDatabase m_db;
    Session m_session;
    QTimeZone m_zone;
};

} // namespace kefu::importing
