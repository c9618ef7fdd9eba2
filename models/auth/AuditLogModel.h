#pragma once

#include "AuditLog.h"
#include "Session.h"
#include "exporting/ExportSource.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace kefu {

// The audit log for a table view: rows matching a filter, newest first, paged in by keyset
// (audit::query with beforeId) as the view scrolls, so that a long log never loads at once and
// no query is left half-read. Reading it needs Permission::ViewAudit; without it the model stays
// empty and errorString() says why.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        KindColumn,
        EntityColumn,
        EntityIdColumn,
        BeforeColumn,
        AfterColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int DefaultPageSize = 200;

    // Times are shown in zone, the store's time zone.
    AuditLogModel(const QSqlDatabase &db, const Session &session, const QTimeZone &zone, QObject *parent = nullptr);

    AuditFilter filter() const { return m_filter; }
    // Replaces the filter and resets the model; the rows come back as the view fetches them.
    void setFilter(const AuditFilter &filter);
    // Resets the model with the same filter (after new entries were written).
    void refresh();
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // The entry shown in row.
    AuditEntry entry(int row) const { return m_rows.value(row); }
    // True when every matching entry has been fetched (or the fetch failed).
    bool isComplete() const { return m_atEnd; }
    // Why the last fetch failed (for example a refused permission); empty when it did not.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The title of column in the current language.
    static QString columnTitle(int column);
    // Sets filter's from/to to the days first..last, both included, counted in zone.
    static void setPeriod(AuditFilter *filter, QDate first, QDate last, const QTimeZone &zone);
    // The day of the oldest entry in zone; nullopt when the log is empty or session may not read it.
    static std::optional<QDate> firstDay(const QSqlDatabase &db, const Session &session, const QTimeZone &zone);

    // Every entry matching filter (not only the fetched ones), newest first, as an export: the columns
    // of the view (the time as a date-time in zone, its title naming the zone), read page by page, and
    // the export recorded in the audit log as "audit.export" with the filter. Its rows need
    // Permission::ViewAudit.
    static io::ExportSource exportSource(const Session &session, const AuditFilter &filter, const QTimeZone &zone);
    // Writes exportSource() to path (CSV for Excel or XLSX) on the calling thread with db. The file is
    // replaced only when all of it was written and the export was recorded. Needs Permission::ViewAudit.
    static bool exportTo(const QSqlDatabase &db, const Session &session, const AuditFilter &filter,
                         const QTimeZone &zone, const QString &path, io::TableWriter::Format format, int *rowsWritten,
                         QString *error);
    // The same to CSV.
    static bool exportCsv(const QSqlDatabase &db, const Session &session, const AuditFilter &filter,
                          const QTimeZone &zone, const QString &path, int *rowsWritten, QString *error)
    {
        return exportTo(db, session, filter, zone, path, io::TableWriter::Format::Csv, rowsWritten, error);
    }

signals:
    // A fetch failed; message says why.
    void fetchFailed(const QString &message);

private:
    QSqlDatabase m_db;
    Session m_session;
    QTimeZone m_zone;
    AuditFilter m_filter;
    int m_pageSize = DefaultPageSize;
    QList<AuditEntry> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace kefu
