#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace kefu::sql {

// The text of the last error of a query, for messages and logs.
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
