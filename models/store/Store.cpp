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
#include <QUrl>

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

// Reads the header: a store must start with "SQLite format 3\0" (or be empty).
enum class HeaderKind { Empty, Sqlite, Other, Unreadable };

struct Header
{
    HeaderKind kind = HeaderKind::Unreadable;
    bool wal = false; // the file format versions (bytes 18 and 19) say WAL
};

Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(20);
    static const QByteArray magic("SQLite format 3\0", 16);
    header.kind = bytes.isEmpty()           ? HeaderKind::Empty
                  : bytes.startsWith(magic) ? HeaderKind::Sqlite
                                            : HeaderKind::Other;
    header.wal = bytes.size() == 20 && bytes.at(18) == 2 && bytes.at(19) == 2;
    return header;
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
bool execPragmas(QSqlDatabase &db, const QStringList &pragmas, QString *error, bool *busy = nullptr,
                 int *errorCode = nullptr)
{
    QSqlQuery query(db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            if (error)
                *error = sql::errorText(query);
            const int code = query.lastError().nativeErrorCode().toInt();
            if (busy)
                *busy = (code & 0xff) == 5 || (code & 0xff) == 6;
            if (errorCode)
                *errorCode = code;
            return false;
        }
        query.finish();
    }
    return true;
}

} // namespace

bool Store::applyPragmas(QSqlDatabase &db, QString *error, bool *busy, int *errorCode) const
{
    QStringList pragmas = readingPragmas();
    if (isDamaged())
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    if (!m_options.readOnly) {
        if (m_mode == StoreMode::Shared) {
            // WAL needs shared memory, which a network share does not give: rollback journal, fully synced.
            pragmas << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = FULL")
                    << QStringLiteral("PRAGMA mmap_size = 0");
        } else {
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
        }
    }
    return execPragmas(db, pragmas, error, busy, errorCode);
}

QSqlDatabase Store::openConnection(const QString &connectionName, QString *error) const
{
    return openConnection(connectionName, error, nullptr);
}

QSqlDatabase Store::openConnection(const QString &connectionName, QString *error, int *errorCode) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (m_options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (m_immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(connectOptions);
    // Switching the journal mode needs the file to itself and SQLite answers "locked" at once instead
    // of waiting (several desktops starting in shared mode on a store still in WAL): close, wait a
    // little, try again, as long as any other write would wait.
    const QDeadlineTimer deadline(BusyTimeoutMs);
    for (int attempt = 0;; ++attempt) {
        if (!db.open()) {
            if (error)
                *error = sql::describeError(db.lastError());
            if (errorCode)
                *errorCode = db.lastError().nativeErrorCode().toInt();
            return db;
        }
        bool busy = false;
        if (applyPragmas(db, error, &busy, errorCode))
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
    StoreOptions effective = options;
    ReadOnlyReason readOnlyReason = options.readOnly ? ReadOnlyReason::Asked : ReadOnlyReason::None;
    bool immutable = false;
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
        const Header header = readHeader(absolute);
        switch (header.kind) {
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
        // A store that cannot be written is opened for reading only (reports and exports to standard
        // output work, every write is refused and says why), not called damaged or refused.
        const QFileInfo folder(info.absolutePath());
        const bool folderWritable = folder.isWritable();
        if (!creating && !effective.readOnly && (!info.isWritable() || !folderWritable)) {
            effective.readOnly = true;
            readOnlyReason = info.isWritable() ? ReadOnlyReason::FolderNotWritable : ReadOnlyReason::FileNotWritable;
        }
        if (creating && (!info.isWritable() || !folderWritable))
            return fail(tr("Cannot create the store %1: the file or its folder %2 is not writable.")
                            .arg(absolute, folder.filePath()));
        if (effective.readOnly && !folderWritable && header.wal) {
            // A WAL reader needs the -shm file beside the store. Without a -wal there is nothing but the
            // file to read, and SQLite can read it as an unchanging file; with a -wal (someone has it open,
            // or a crash left changes in it) only a folder that can be written lets SQLite read it.
            if (QFileInfo::exists(absolute + QStringLiteral("-wal")) &&
                !QFileInfo::exists(absolute + QStringLiteral("-shm")))
                return fail(
                    tr("The store %1 lies in a folder you cannot write (%2), and its file %3 holds changes "
                       "that SQLite can only read where it may write the folder. Open it from a folder you "
                       "can write (ask for write permission), or ask someone who can to make a copy with "
                       "`kefudesk backup`. The file was left unchanged.")
                        .arg(absolute, folder.filePath(), QFileInfo(absolute + QStringLiteral("-wal")).fileName()));
            immutable = !QFileInfo::exists(absolute + QStringLiteral("-wal"));
        }
    }

    std::unique_ptr<Store> store(new Store);
    store->m_path = absolute;
    store->m_options = effective;
    store->m_readOnlyReason = readOnlyReason;
    store->m_immutable = immutable;
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
        StoreOptions probeOptions = effective;
        probeOptions.readOnly = true;
        Store probe;
        probe.m_path = absolute;
        probe.m_options = probeOptions;
        probe.m_immutable = immutable;
        const QString probeName = nextConnectionName(QStringLiteral("probe"));
        QString probeError;
        QString refusal;
        // The header said SQLite, yet SQLite cannot read it: damaged when SQLite says so, else its reason
        // (a folder or file it may not use is no damage).
        auto unreadable = [&](int code) {
            if (sql::isDamage(code))
                return tr("The store %1 is damaged and cannot be read. The file was left unchanged; restore it from "
                          "a backup (`kefudesk check` lists what is damaged).")
                    .arg(absolute);
            if ((code & 0xff) == 8) // SQLITE_READONLY: a WAL reader could not make its files beside the store
                return tr("The store %1 cannot be read here: SQLite must write beside it, in %2, to read it, and may "
                          "not. Open it from a folder you can write. The file was left unchanged.")
                    .arg(absolute, QDir::toNativeSeparators(info.absolutePath()));
            return tr("The store %1 cannot be read: %2 The file was left unchanged.").arg(absolute, probeError);
        };
        {
            int probeCode = 0;
            QSqlDatabase db = probe.openConnection(probeName, &probeError, &probeCode);
            if (!db.isOpen()) {
                refusal = unreadable(probeCode);
            } else {
                QSqlQuery schemaQuery(db);
                const bool readable =
                    schemaQuery.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && schemaQuery.next();
                const int tables = readable ? schemaQuery.value(0).toInt() : 0;
                if (!readable)
                    probeError = sql::errorText(schemaQuery);
                const int tablesCode = schemaQuery.lastError().nativeErrorCode().toInt();
                schemaQuery.finish();
                const int appId = sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
                const int version = schema::currentVersion(db);
                if (!readable) {
                    refusal = unreadable(tablesCode);
                } else if (tables > 0 && appId != ApplicationId) {
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
                if (refusal.isEmpty() && effective.readOnly && readOnlyReason != ReadOnlyReason::Asked &&
                    version < SchemaVersion)
                    refusal = tr("The store %1 was written by an older KefuDesk (schema version %2) and must be "
                                 "brought to version %3 once, which needs write access; it is read-only for you "
                                 "(%4). The file was left unchanged.")
                                  .arg(absolute)
                                  .arg(version)
                                  .arg(SchemaVersion)
                                  .arg(readOnlyReason == ReadOnlyReason::FileNotWritable
                                           ? tr("you may not write the file")
                                           : tr("its folder cannot be written"));
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
    if (!effective.readOnly) {
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

void Store::refuseWritesAfterDamage()
{
    m_damaged.storeRelease(1);
    QSqlDatabase db = database();
    QString error;
    if (!sql::exec(db, QStringLiteral("PRAGMA query_only = ON"), {}, &error))
        qWarning("Store %s: writes could not be switched off: %s", qPrintable(m_path), qPrintable(error));
}

QString Store::writeRefusal() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (isDamaged())
        return tr("The store %1 is damaged, so KefuDesk changes nothing in it. Stop entering data and restore it "
                  "from your latest backup; `kefudesk check` lists what is damaged.")
            .arg(file);
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Asked:
        return tr("The store %1 is open for reading only, so nothing can be changed.").arg(file);
    case ReadOnlyReason::FileNotWritable:
        return tr("The store %1 is read-only: you may not write the file, so it is open for reading only and "
                  "nothing can be changed. Ask for write permission to change it.")
            .arg(file);
    case ReadOnlyReason::FolderNotWritable:
        return tr("The store %1 is read-only: its folder %2 cannot be written (SQLite keeps its journal beside the "
                  "store), so it is open for reading only and nothing can be changed. Copy it to a folder you can "
                  "write (`kefudesk backup`), or ask for write permission.")
            .arg(file, QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    }
    return {};
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
        m_error = sql::describeError(m_db.lastError());
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
