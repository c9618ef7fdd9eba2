#include "Store.h"

#include "Schema.h"
#include "Sql.h"
#include "StoreSettings.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace kefu {

namespace {

QAtomicInt g_connectionSerial;

QString nextConnectionName(const QString &stem)
{
    return QStringLiteral("kefudesk:%1:%2").arg(stem).arg(g_connectionSerial.fetchAndAddRelaxed(1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::Store", text);
}

// Reads the 16-byte header: a store must start with "SQLite format 3\0" (or be empty).
enum class HeaderKind { Empty, Sqlite, Other, Unreadable };

HeaderKind readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return HeaderKind::Unreadable;
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return HeaderKind::Empty;
    static const QByteArray magic("SQLite format 3\0", 16);
    return header == magic ? HeaderKind::Sqlite : HeaderKind::Other;
}

} // namespace

Store::~Store()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Store::modeName(StoreMode mode)
{
    return mode == StoreMode::Shared ? QStringLiteral("shared") : QStringLiteral("local");
}

bool Store::isOnNetworkFileSystem(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = info.exists() ? info.absoluteFilePath() : info.absolutePath();
#ifdef Q_OS_WIN
    if (dir.startsWith(QStringLiteral("//")) || dir.startsWith(QStringLiteral("\\\\")))
        return true;
    const QString root = QDir::toNativeSeparators(QStorageInfo(dir).rootPath());
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE;
#else
    const QByteArray type = QStorageInfo(dir).fileSystemType().toLower();
    static const QList<QByteArray> networkTypes = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "9p",
                                                   "afs", "coda", "ncpfs", "fuse.sshfs", "davfs", "fuse.davfs2"};
    return networkTypes.contains(type);
#endif
}

namespace {

// The pragmas of every connection, reading or writing.
QStringList readingPragmas()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA temp_store = MEMORY"),
            QStringLiteral("PRAGMA cache_size = -32768")};
}

// *busy tells a failure because another connection holds the file (SQLITE_BUSY or SQLITE_LOCKED), which
// waiting may cure, from every other failure.
bool execPragmas(QSqlDatabase &db, const QStringList &pragmas, QString *error, bool *busy = nullptr)
{
    QSqlQuery query(db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            if (error)
                *error = sql::errorText(query);
            if (busy) {
                const int code = query.lastError().nativeErrorCode().toInt();
                *busy = (code & 0xff) == 5 || (code & 0xff) == 6;
            }
            return false;
        }
        query.finish();
    }
    return true;
}

} // namespace

bool Store::applyPragmas(QSqlDatabase &db, QString *error, bool *busy) const
{
    QStringList pragmas = readingPragmas();
    if (!m_options.readOnly) {
        if (m_mode == StoreMode::Shared) {
            // WAL needs shared memory, which a network share does not give: rollback journal, fully synced.
            pragmas << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = FULL")
                    << QStringLiteral("PRAGMA mmap_size = 0");
        } else {
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
        }
    }
    return execPragmas(db, pragmas, error, busy);
}

QSqlDatabase Store::openConnection(const QString &connectionName, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (m_options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    // Switching the journal mode needs the file to itself and SQLite answers "locked" at once instead
    // of waiting (several desktops starting in shared mode on a store still in WAL): close, wait a
    // little, try again, as long as any other write would wait.
    const QDeadlineTimer deadline(BusyTimeoutMs);
    for (int attempt = 0;; ++attempt) {
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return db;
        }
        bool busy = false;
        if (applyPragmas(db, error, &busy))
            return db;
        db.close();
        if (!busy || deadline.hasExpired())
            return db;
        QThread::msleep(std::min<qint64>(deadline.remainingTime(),
                                         20 + QRandomGenerator::global()->bounded(20 + 20 * std::min(attempt, 10))));
    }
}

std::unique_ptr<Store> Store::open(const QString &path, const StoreOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Store>();
    };
    if (path.trimmed().isEmpty())
        return fail(tr("No store file was given."));

    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    bool creating = false;
    if (!info.exists()) {
        if (!options.create || options.readOnly)
            return fail(tr("The store %1 does not exist.").arg(absolute));
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir())
            return fail(tr("Cannot create the store %1: the folder %2 does not exist.").arg(absolute, dir.filePath()));
        if (!dir.isWritable())
            return fail(tr("Cannot create the store %1: the folder %2 is not writable.").arg(absolute, dir.filePath()));
        creating = true;
    } else {
        if (info.isDir())
            return fail(tr("%1 is a folder, not a store file.").arg(absolute));
        switch (readHeader(absolute)) {
        case HeaderKind::Unreadable:
            return fail(tr("The store %1 cannot be read (permission denied or locked).").arg(absolute));
        case HeaderKind::Other:
            return fail(tr("%1 is not a KefuDesk store: it is not an SQLite database. The file was left unchanged.")
                            .arg(absolute));
        case HeaderKind::Empty:
            if (!options.create || options.readOnly)
                return fail(tr("The store %1 is an empty file.").arg(absolute));
            creating = true;
            break;
        case HeaderKind::Sqlite:
            break;
        }
        if (!options.readOnly && !info.isWritable())
            return fail(tr("The store %1 is read-only for you; it can be opened for reading only.").arg(absolute));
    }

    std::unique_ptr<Store> store(new Store);
    store->m_path = absolute;
    store->m_options = options;
    store->m_networkShare = isOnNetworkFileSystem(absolute);
    store->m_mode = (options.shared || store->m_networkShare) ? StoreMode::Shared : StoreMode::Local;
    store->m_created = creating;
    store->m_ownerThread = QThread::currentThread();

    // Inspect the file read-only first, so that nothing is written to a file we then refuse.
    if (!creating) {
        QStringList siblingsBefore;
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(absolute + suffix))
                siblingsBefore << suffix;
        }
        StoreOptions probeOptions = options;
        probeOptions.readOnly = true;
        Store probe;
        probe.m_path = absolute;
        probe.m_options = probeOptions;
        const QString probeName = nextConnectionName(QStringLiteral("probe"));
        QString probeError;
        QString refusal;
        {
            QSqlDatabase db = probe.openConnection(probeName, &probeError);
            if (!db.isOpen()) {
                // The header said SQLite, yet SQLite cannot read it: the file is damaged.
                refusal = tr("The store %1 is damaged and cannot be read (%2). The file was left unchanged; "
                             "restore it from a backup.")
                              .arg(absolute, probeError);
            } else {
                const QVariant tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), {},
                                                    &probeError);
                const int appId = sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
                const int version = schema::currentVersion(db);
                if (!tables.isValid()) {
                    refusal = tr("The store %1 is damaged and cannot be read (%2). The file was left unchanged; "
                                 "restore it from a backup.")
                                  .arg(absolute, probeError);
                } else if (tables.toInt() > 0 && appId != ApplicationId) {
                    refusal = tr("%1 is an SQLite database, but not a KefuDesk store. The file was left unchanged.")
                                  .arg(absolute);
                } else if (version > SchemaVersion) {
                    refusal = tr("The store %1 was written by a newer KefuDesk (schema version %2; this version "
                                 "knows up to %3). Update KefuDesk to open it; the file was left unchanged.")
                                  .arg(absolute)
                                  .arg(version)
                                  .arg(SchemaVersion);
                }
                store->m_versionAtOpen = version;
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!refusal.isEmpty()) {
            // A read-only look into a WAL file leaves its -wal and -shm behind: take away what the look
            // made (an empty -wal and its index), never a -wal that was there before (it is the recovery).
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                const QString sibling = absolute + suffix;
                if (!siblingsBefore.contains(suffix) && QFileInfo::exists(sibling)
                    && (suffix == QLatin1String("-shm") || QFileInfo(sibling).size() == 0))
                    QFile::remove(sibling);
            }
            return fail(refusal);
        }
    }

    store->m_connectionName = nextConnectionName(QStringLiteral("main"));
    QString openError;
    QSqlDatabase db = store->openConnection(store->m_connectionName, &openError);
    if (!db.isOpen()) {
        if (creating && !info.exists())
            QFile::remove(absolute); // only a file this call created; never one the user had
        return fail(tr("The store %1 cannot be opened: %2").arg(absolute, openError));
    }
    if (!options.readOnly) {
        QString migrateError;
        if (!schema::migrateTo(db, SchemaVersion, &migrateError)
            || !StoreSettings::seedDefaults(db, &migrateError)) {
            db.close();
            if (creating && !info.exists())
                QFile::remove(absolute);
            return fail(tr("The store %1 could not be brought to schema version %2: %3. It was left as it was.")
                            .arg(absolute)
                            .arg(SchemaVersion)
                            .arg(migrateError));
        }
    }
    return store;
}

QSqlDatabase Store::database() const
{
    Q_ASSERT_X(QThread::currentThread() == m_ownerThread, "Store::database",
               "each thread needs its own connection: use StoreConnection");
    return QSqlDatabase::database(m_connectionName, false);
}

QTimeZone Store::timeZone() const
{
    QSqlDatabase db = database();
    return timeZone(db);
}

QTimeZone Store::timeZone(QSqlDatabase &db) const
{
    QString id = m_options.timeZoneOverride;
    if (id.isEmpty())
        id = StoreSettings::value(db, StoreSettings::TimeZone).toString();
    QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

StoreConnection::StoreConnection(const Store &store)
    : m_name(nextConnectionName(QStringLiteral("worker")))
{
    m_db = store.openConnection(m_name, &m_error);
}

StoreConnection::Source StoreConnection::sourceOf(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (db.driverName() != QLatin1String("QSQLITE") || path.isEmpty() || path == QLatin1String(":memory:")
        || path.contains(QLatin1String("mode=memory")))
        return {};
    return {path, db.connectOptions()};
}

StoreConnection::StoreConnection(const Source &source)
    : m_name(nextConnectionName(QStringLiteral("reader")))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(source.path);
    m_db.setConnectOptions(source.connectOptions);
    if (!m_db.open())
        m_error = m_db.lastError().text();
    else if (!execPragmas(m_db, readingPragmas(), &m_error))
        m_db.close();
}

StoreConnection::~StoreConnection()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace kefu
