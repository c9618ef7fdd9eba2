#include "Sql.h"

#include <QSqlError>

namespace kefu::sql {

QString errorText(const QSqlQuery &query)
{
    const QSqlError err = query.lastError();
    QString text = err.databaseText();
    if (text.isEmpty())
        text = err.driverText();
    return text;
}

static bool prepareAndRun(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values,
                          QString *error)
{
    if (!query.prepare(statement)) {
        if (error)
            *error = errorText(query);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = errorText(query);
        return false;
    }
    return true;
}

bool exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery query(db);
    return prepareAndRun(query, statement, values, error);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndRun(query, statement, values, error))
        return {};
    QVariant value;
    if (query.next())
        value = query.value(0);
    query.finish(); // never leave a result half-read: it holds a read lock in shared mode
    return value;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = errorText(query);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = errorText(query);
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace kefu::sql
