#include "AuditLogModel.h"
#include "auth/AuditedExport.h"

#include "core/Formats.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace kefu {

namespace {

// Rows per query while exporting: large enough to be quick, small enough to hold no lock for long.
constexpr int ExportPageSize = 1000;

// A bound of an export's filter in its audit record's details: machine-read, so in one fixed form.
QString detailTime(qint64 at, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString cell(const AuditEntry &e, int column, const QTimeZone &zone)
{
    switch (column) {
    case AuditLogModel::TimeColumn:
        return format::dateTimeSeconds(e.at, zone);
    case AuditLogModel::UserColumn:
        return e.userName;
    case AuditLogModel::KindColumn:
        return e.kind;
    case AuditLogModel::EntityColumn:
        return e.entity;
    case AuditLogModel::EntityIdColumn:
        return e.entityId;
    case AuditLogModel::BeforeColumn:
        return e.before;
    case AuditLogModel::AfterColumn:
        return e.after;
    case AuditLogModel::NoteColumn:
        return e.note;
    default:
        return {};
    }
}

} // namespace

AuditLogModel::AuditLogModel(const QSqlDatabase &db, const Session &session, const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_session(session)
    , m_zone(zone)
{}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    // No fetch from the reset's own signals: the first page comes when the view asks after it.
    const QScopedValueRollback<bool> resetting(m_fetching, true);
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
}

void AuditLogModel::refresh()
{
    setFilter(m_filter);
}

void AuditLogModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = cell(e, index.column(), m_zone);
        // One line per row in the table; the tooltip has the whole text.
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    case Qt::ToolTipRole:
        if (index.column() == BeforeColumn || index.column() == AfterColumn || index.column() == NoteColumn)
            return cell(e, index.column(), m_zone);
        return {};
    case Qt::UserRole:
        return e.id;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("In the store's time zone, %1").arg(QString::fromUtf8(m_zone.id()));
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A view or a model tester may ask again from the signals of this very fetch.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const qint64 beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    QList<AuditEntry> page;
    QString error;
    if (!audit::query(m_db, m_session, m_filter, m_pageSize, beforeId, &page, &error)) {
        m_atEnd = true;
        m_error = error;
        emit fetchFailed(error);
        return;
    }
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

QString AuditLogModel::columnTitle(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case KindColumn:
        return tr("Kind");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity id");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void AuditLogModel::setPeriod(AuditFilter *filter, QDate first, QDate last, const QTimeZone &zone)
{
    filter->from = first.isValid() ? QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch() : 0;
    filter->to = last.isValid() ? QDateTime(last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch() : 0;
}

std::optional<QDate> AuditLogModel::firstDay(const QSqlDatabase &db, const Session &session, const QTimeZone &zone)
{
    if (!session.can(Permission::ViewAudit))
        return std::nullopt;
    const QVariant at = sql::scalar(db, QStringLiteral("SELECT min(at) FROM audit_log"));
    if (!at.isValid() || at.isNull())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(at.toLongLong(), zone).date();
}

io::ExportSource AuditLogModel::exportSource(const Session &session, const AuditFilter &filter, const QTimeZone &zone)
{
    io::ExportSource source;
    source.sheetName = tr("Audit log");
    for (int column = 0; column < ColumnCount; ++column)
        source.columns.append({columnTitle(column), {}});
    source.columns[TimeColumn].title = tr("Time (%1)").arg(QString::fromUtf8(zone.id()));
    source.count = [session, filter](const QSqlDatabase &db) {
        return audit::count(db, session, filter);
    };
    source.rows = [session, filter, zone](const QSqlDatabase &db, const io::RowSink &emitRow, QString *error) {
        qint64 beforeId = 0;
        for (;;) {
            QList<AuditEntry> page;
            if (!audit::query(db, session, filter, ExportPageSize, beforeId, &page, error))
                return false;
            for (const AuditEntry &e : std::as_const(page)) {
                QVariantList cells;
                cells.reserve(ColumnCount);
                for (int column = 0; column < ColumnCount; ++column)
                    cells.append(column == TimeColumn ? QVariant(QDateTime::fromSecsSinceEpoch(e.at, zone))
                                                      : QVariant(cell(e, column, zone)));
                if (!emitRow(cells))
                    return true;
            }
            if (page.size() < ExportPageSize)
                return true;
            beforeId = page.constLast().id;
        }
    };
    QVariantMap details;
    if (!filter.userName.isEmpty())
        details.insert(QStringLiteral("user"), filter.userName);
    if (!filter.kind.isEmpty())
        details.insert(QStringLiteral("kind"), filter.kind);
    if (filter.from > 0)
        details.insert(QStringLiteral("from"), detailTime(filter.from, zone));
    if (filter.to > 0)
        details.insert(QStringLiteral("to"), detailTime(filter.to, zone));
    source.record = audit::exportRecord(session, QStringLiteral("audit.export"), QStringLiteral("audit_log"), details);
    return source;
}

bool AuditLogModel::exportTo(const QSqlDatabase &db, const Session &session, const AuditFilter &filter,
                             const QTimeZone &zone, const QString &path, io::TableWriter::Format format,
                             int *rowsWritten, QString *error)
{
    if (rowsWritten)
        *rowsWritten = 0;
    // Refused before the file is touched.
    if (!session.require(Permission::ViewAudit, error))
        return false;
    const io::ExportResult result = io::exportTable(db, exportSource(session, filter, zone), path, format);
    if (!result.ok)
        return sql::fail(error, result.error);
    if (rowsWritten)
        *rowsWritten = int(result.rows);
    return true;
}

} // namespace kefu
