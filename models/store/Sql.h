#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace kefu::sql {

// What SQLite said, in words a user understands: the one place a raw SQLite error becomes a message.
// code is SQLite's result code (primary or extended). A damaged file, a read-only store, a store kept
// busy by others, a full disk, a disk or network error and a file that cannot be opened each get a
// translated sentence that says what happened and what to do; any other error (a constraint, a
// trigger's refusal) keeps SQLite's own text, which names what was refused.
QString describeError(int code, const QString &sqliteText);
QString describeError(const QSqlError &error);
// True for SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is damaged.
bool isDamage(int code);
bool isDamage(const QSqlError &error);

// The text of the last error of a query, for messages and logs (through describeError).
QString errorText(const QSqlQuery &query);

// Puts message in *error (when asked for) and returns false: `return sql::fail(error, ...)`.
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Prepares and runs a statement with positional bound values. On failure puts the reason in *error.
bool exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
          QString *error = nullptr);

// The first column of the first row, or an invalid QVariant when there is no row or on error.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
                QString *error = nullptr);

// A write transaction opened with BEGIN IMMEDIATE (no lock upgrade deadlock in shared mode).
// Rolls back on destruction unless commit() succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace kefu::sql
