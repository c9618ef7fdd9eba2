#pragma once

// Internal to the importer: one writer per kind of file, fed one row at a time inside the
// import's transaction.

#include "ImportValues.h"
#include "Importer.h"
#include "io/TableReader.h"
#include "store/SqliteStatement.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace kefu::importing {

// The problems of one row: the kind's column index (-1 = the row) and the reason.
struct RowProblem
{
    int column = -1;
    QString reason;
};

// One data row as the writers see it: fields looked up by the kind's column index.
class Row final
{
public:
    Row(const io::Record &record, const std::vector<int> &fieldOfColumn, ValueParser &values)
        : m_record(record)
        , m_fieldOfColumn(fieldOfColumn)
        , m_values(values)
    {}

    qint64 line() const { return m_record.line; }
    const io::Record &record() const { return m_record; }
    ValueParser &values() { return m_values; }

    bool has(int column) const { return m_fieldOfColumn[size_t(column)] >= 0; }
    // The field, trimmed, with an export's formula apostrophe taken off; empty when absent.
    std::string_view text(int column) const
    {
        const int field = m_fieldOfColumn[size_t(column)];
        if (field < 0 || size_t(field) >= m_record.fields.size())
            return {};
        return storedText(trimmed(m_record.fields[size_t(field)]));
    }
    QString string(int column) const
    {
        const std::string_view t = text(column);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    bool isEmpty(int column) const { return text(column).empty(); }

    void problem(int column, const QString &reason) { m_problems.push_back({column, reason}); }
    // Reports "required" when the field is empty; true when it holds something.
    bool require(int column);
    const std::vector<RowProblem> &problems() const { return m_problems; }
    bool ok() const { return m_problems.empty(); }

    // Typed reads: nullopt when empty (no problem) or bad (problem recorded; check ok()).
    std::optional<qint64> timestamp(int column);
    std::optional<qint64> integer(int column, qint64 minimum, qint64 maximum);
    std::optional<double> number(int column, double minimum, double maximum);
    std::optional<bool> flag(int column);
    std::optional<QDate> date(int column);
    const char *choice(int column, std::initializer_list<Choice> choices);

private:
    const io::Record &m_record;
    const std::vector<int> &m_fieldOfColumn;
    ValueParser &m_values;
    std::vector<RowProblem> m_problems;
};

enum class Outcome { Inserted, Updated, Unchanged, Rejected };

// What the writers share: the connection, who imports, and the agents that exist.
class ImportContext final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::importing::Importer)

public:
    ImportContext(const QSqlDatabase &qtConnection, sqlite3 *handle, const Session &who, const QString &name)
        : connection(qtConnection)
        , db(handle)
        , session(who)
        , fileName(name)
    {}

    QSqlDatabase connection; // the Qt connection over db (the audit log is written through it)
    sqlite3 *db;
    Session session;
    QString fileName;
    qint64 now = 0;
    qint64 fileBytes = 0;
    qint64 agentsCreated = 0;

    // Creates the agent (named by its id) when no agent has that id; false on a store error.
    bool ensureAgent(std::string_view id, QString *error);
    bool ensureTeam(std::string_view name, QString *error);

    // A rejected row found after reading (complaint events replay at the end).
    struct LateRejection
    {
        qint64 line = 0;
        QStringList fields;
        std::vector<RowProblem> problems;
    };
    std::vector<LateRejection> lateRejections;

private:
    QSet<QByteArray> m_knownAgents;
    QSet<QByteArray> m_knownTeams;
    bool m_agentsLoaded = false;
    std::unique_ptr<sql::SqliteStatement> m_insertAgent;
    std::unique_ptr<sql::SqliteStatement> m_insertTeam;
};

class KindWriter
{
public:
    virtual ~KindWriter() = default;
    // Prepares the statements for the columns the file has.
    virtual bool prepare(ImportContext &context, const Row &headerShape, QString *error) = 0;
    virtual Outcome write(ImportContext &context, Row &row) = 0;
    // Work left for the end of the file (complaint events are replayed per case in time order).
    virtual bool finish(ImportContext &, ImportSummary &, QString *) { return true; }
    // A store error that stops the import (as opposed to a bad row).
    QString fatal;
};

std::unique_ptr<KindWriter> writerFor(Kind kind, const QTimeZone &zone);

} // namespace kefu::importing
