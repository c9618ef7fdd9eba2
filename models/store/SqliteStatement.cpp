#include "SqliteStatement.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kefu::sql {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &statement)
    : m_db(db)
{
    if (!db) {
        m_error =
            QCoreApplication::translate("kefu::sql::SqliteStatement", "the connection is not a SQLite connection");
        m_errorCode = SQLITE_MISUSE;
        return;
    }
    if (sqlite3_prepare_v2(db, statement.constData(), int(statement.size()), &m_statement, nullptr) != SQLITE_OK) {
        fail();
        m_statement = nullptr;
    }
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QByteArray &statement)
    : SqliteStatement(sqliteHandle(db), statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail()
{
    m_errorCode = sqlite3_extended_errcode(m_db);
    m_error = describeError(m_errorCode, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteStatement::bindText(int index, std::string_view value)
{
    sqlite3_bind_text(m_statement, index, value.data() ? value.data() : "", int(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStaticText(int index, std::string_view value)
{
    sqlite3_bind_text(m_statement, index, value.data() ? value.data() : "", int(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindStaticText(int index, const QByteArray &value)
{
    sqlite3_bind_text(m_statement, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindIntegerOrNull(int index, qint64 value, bool present)
{
    if (present)
        sqlite3_bind_int64(m_statement, index, value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindValues(int first, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString)
            bindText(first + i, values.at(i).toString());
        else
            bindInteger(first + i, values.at(i).toLongLong());
    }
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false; // errorString() says why it was not prepared
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fail();
        sqlite3_reset(m_statement);
        return false;
    }
    m_errorCode = 0;
    m_error.clear();
    sqlite3_reset(m_statement);
    return true;
}

bool SqliteStatement::nextRow()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        fail();
    } else {
        m_errorCode = 0;
        m_error.clear();
    }
    sqlite3_reset(m_statement);
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInteger(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

double SqliteStatement::columnDouble(int index) const
{
    return sqlite3_column_double(m_statement, index);
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index)) : QString();
}

std::string_view SqliteStatement::columnBytes(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_statement, index))) : std::string_view();
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace kefu::sql
