#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kefu::sql {

// The sqlite3 handle under a Qt SQLite connection, or nullptr when db is not one. For bulk work
// (demo data, imports, metric scans) where QSqlQuery's per-value QVariant costs too much.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// One prepared statement on the raw handle: prepared once, bound and stepped per row. Text binds
// are copied (SQLITE_TRANSIENT) unless said otherwise. The hot paths' one way past QSqlQuery: bulk
// writes, and the reports' scans of a million rows, where Qt's per-value QVariant costs more than
// SQLite's own work. Read a SELECT to its end (nextRow() resets it there): in shared mode a statement
// left half-read holds a read lock.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &statement);
    // On db's own handle: same connection, same thread, same pragmas.
    SqliteStatement(const QSqlDatabase &db, const QByteArray &statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // True after a failed prepare or step (the end of the rows is no error).
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    void bindText(int index, std::string_view value);
    void bindText(int index, const QString &value);
    // value must stay alive (and unchanged) until exec() returned: no copy, for bulk writes.
    void bindStaticText(int index, std::string_view value);
    void bindStaticText(int index, const QByteArray &value);
    void bindInteger(int index, qint64 value);
    // NULL unless present.
    void bindIntegerOrNull(int index, qint64 value, bool present);
    void bindDouble(int index, double value);
    void bindNull(int index);
    // values from index first on: strings as text, everything else as integers.
    void bindValues(int first, const QVariantList &values);

    // Runs a statement that returns no rows; false with errorString() on failure. Resets the
    // statement either way (bindings stay).
    bool exec();
    // Steps once: true when a row is there (read it with the column functions, then reset()).
    // False at the end (lastErrorCode() 0) or on an error (lastErrorCode() and errorString()).
    bool nextRow();
    void reset();
    qint64 columnInteger(int index) const;
    double columnDouble(int index) const;
    bool columnIsNull(int index) const;
    QString columnText(int index) const;
    // The UTF-8 bytes of a text value, valid until the next step.
    std::string_view columnBytes(int index) const;
    // Rows the last exec() inserted, updated or deleted.
    int changes() const;
    sqlite3 *database() const { return m_db; }
    // The extended result code of the last failure (e.g. SQLITE_CONSTRAINT_CHECK), 0 when none.
    int lastErrorCode() const { return m_errorCode; }

private:
    void fail();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace kefu::sql
