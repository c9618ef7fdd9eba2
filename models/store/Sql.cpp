#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kefu::sql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::sql", text);
}

// SQLite's primary result codes (sqlite3.h), the low byte of an extended one.
enum : int {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

} // namespace

bool isDamage(int code)
{
    return (code & 0xff) == SqliteCorrupt || (code & 0xff) == SqliteNotADb;
}

bool isDamage(const QSqlError &error)
{
    return isDamage(nativeCode(error));
}

QString describeError(int code, const QString &sqliteText)
{
    switch (code & 0xff) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return tr("The store file is damaged: part of it cannot be read. Stop entering data, keep the file as it "
                  "is, and restore the store from your latest backup; `kefudesk check` lists what is damaged.");
    case SqliteReadOnly:
        return tr("The store is open for reading only, so nothing was changed.");
    case SqliteBusy:
    case SqliteLocked:
        return tr("The store is busy: another desktop or program kept it locked for longer than 30 seconds. "
                  "Nothing was changed; try again in a moment.");
    case SqliteFull:
        return tr("The disk that holds the store is full, so nothing was saved. Free some space and try again.");
    case SqliteIoErr:
        return tr("The store file could not be read or written (a disk or network error). Check the disk or the "
                  "network share, then run `kefudesk check`.");
    case SqliteCantOpen:
        return tr("The store file cannot be opened: it is missing, you may not read it, or its folder cannot be "
                  "written.");
    case SqlitePerm:
    case SqliteAuth:
        return tr("The system refused access to the store file (permission denied).");
    case SqliteNoMem:
        return tr("There was not enough memory for this; close other programs and try again.");
    default:
        return sqliteText;
    }
}

QString describeError(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return describeError(nativeCode(error), text);
}

QString errorText(const QSqlQuery &query)
{
    return describeError(query.lastError());
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
