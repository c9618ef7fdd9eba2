#include "RowScan.h"

#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kefu {

RowScan::RowScan(QSqlDatabase &db, const QString &statement)
{
    m_handle = sql::sqliteHandle(db);
    if (!m_handle) {
        m_error = QCoreApplication::translate("kefu::RowScan", "the connection is not a SQLite connection");
        return;
    }
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v2(m_handle, sql.constData(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        fail(QStringLiteral("prepare"));
}

RowScan::~RowScan()
{
    finish();
}

void RowScan::fail(const QString &where)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(where, QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

void RowScan::bind(int index, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail(QStringLiteral("bind"));
}

void RowScan::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_statement && sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                                         SQLITE_TRANSIENT) != SQLITE_OK)
        fail(QStringLiteral("bind"));
}

bool RowScan::next()
{
    if (!m_statement || hasError())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QStringLiteral("step"));
    finish();
    return false;
}

void RowScan::finish()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

bool RowScan::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowScan::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double RowScan::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView RowScan::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

} // namespace kefu
