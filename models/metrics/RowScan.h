#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kefu {

// A forward-only read of one SELECT through the connection's own sqlite3 handle, for the reports'
// scans of a million rows and more: Qt's SQLite driver turns every value into a QVariant, which costs
// more than SQLite's own work. Same connection, same thread, same pragmas; the statement is read to
// the end and released at once (finish() or the destructor), so no read lock outlives the scan.
class RowScan final
{
public:
    RowScan(QSqlDatabase &db, const QString &statement);
    ~RowScan();
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

    // Positional parameters, 1-based as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);

    // The next row; false at the end or on an error (see hasError()).
    bool next();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Releases the statement; the scan cannot go on after it.
    void finish();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // The UTF-8 bytes of a text value, valid until the next call of next().
    QByteArrayView text(int column) const;

private:
    void fail(const QString &where);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace kefu
