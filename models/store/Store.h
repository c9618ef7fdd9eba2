#pragma once

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace kefu {

// How a store file is opened. A file on a network share is always opened shared.
struct StoreOptions
{
    bool create = false;   // create the file when it does not exist yet
    bool shared = false;   // rollback journal + busy timeout, for several desktops on one file
    bool readOnly = false; // never write: no migration, no journal-mode change
    QString timeZoneOverride; // an IANA id that replaces the store's own for this session
};

enum class StoreMode { Local, Shared };

// Why a store is open for reading only.
enum class ReadOnlyReason {
    None,              // it can be written
    Asked,             // opened for reading only on purpose (check, a report to standard output)
    FileNotWritable,   // this user may not write the file
    FolderNotWritable, // its folder cannot be written, and SQLite keeps its journal beside the store
};

// An open KefuDesk store: a SQLite file with the current schema. Owns the connection of the
// thread that opened it; a worker thread takes its own StoreConnection.
class Store final
{
public:
    // Schema version this build writes; PRAGMA user_version of an up-to-date store.
    static constexpr int SchemaVersion = 7;
    // PRAGMA application_id of every KefuDesk store ("KFDS").
    static constexpr int ApplicationId = 0x4B464453;
    static constexpr int BusyTimeoutMs = 30000;

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (and, when asked, creates) the store at path and migrates it to SchemaVersion.
    // On failure returns nullptr, leaves the file as it was and puts a user-facing reason in *error.
    static std::unique_ptr<Store> open(const QString &path, const StoreOptions &options, QString *error);

    QString path() const { return m_path; }
    StoreMode mode() const { return m_mode; }
    // A store that cannot be written (a read-only file or folder) opens for reading only instead of
    // being refused; readOnlyReason() says why.
    bool isReadOnly() const { return m_options.readOnly; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // The damage found after opening (the health check): from then on no connection of this store
    // writes (PRAGMA query_only), so that nothing is built on a damaged file. Call on the owner thread.
    void refuseWritesAfterDamage();
    bool isDamaged() const { return m_damaged.loadAcquire() != 0; }
    bool isWritable() const { return !isReadOnly() && !isDamaged(); }
    // Why nothing can be written, in a sentence for the user; empty when the store is writable.
    QString writeRefusal() const;
    bool wasCreated() const { return m_created; }
    // True when the mode was chosen because the file lies on a network file system.
    bool networkShareDetected() const { return m_networkShare; }
    int schemaVersionAtOpen() const { return m_versionAtOpen; }
    // A read-only store of an older schema is readable by `check` but must be opened for writing once.
    bool needsUpgrade() const { return m_options.readOnly && m_versionAtOpen < SchemaVersion; }

    // The connection of the thread that opened the store.
    QSqlDatabase database() const;
    // The time zone that buckets days and intervals: the override, else the store's setting.
    QTimeZone timeZone() const;
    // The same read through db, a connection of the calling thread (a worker's StoreConnection):
    // timeZone() itself uses the connection of the thread that opened the store.
    QTimeZone timeZone(QSqlDatabase &db) const;
    QString timeZoneOverride() const { return m_options.timeZoneOverride; }

    // Opens another connection to the same file with the same pragmas, for another thread.
    QSqlDatabase openConnection(const QString &connectionName, QString *error) const;

    static QString modeName(StoreMode mode);
    // True when path lies on a network file system (NFS, SMB/CIFS, ...): WAL cannot work there.
    static bool isOnNetworkFileSystem(const QString &path);

private:
    Store() = default;
    bool applyPragmas(QSqlDatabase &db, QString *error, bool *busy = nullptr, int *errorCode = nullptr) const;
    QSqlDatabase openConnection(const QString &connectionName, QString *error, int *errorCode) const;

    QString m_path;
    StoreOptions m_options;
    StoreMode m_mode = StoreMode::Local;
    bool m_created = false;
    bool m_networkShare = false;
    int m_versionAtOpen = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    // A store in WAL mode in a folder that cannot be written, with no -wal beside it: SQLite cannot make
    // the shared-memory file a WAL reader needs, so it is read as an unchanging file (immutable=1).
    bool m_immutable = false;
    QAtomicInt m_damaged;
    QString m_connectionName;
    QThread *m_ownerThread = nullptr;
};

// A connection for the lifetime of one piece of work on a worker thread; removed on destruction.
class StoreConnection final
{
public:
    // Where a connection's file is, taken on the connection's own thread, so that another thread
    // can open a reading connection beside it.
    struct Source
    {
        QString path;           // empty when the database cannot be opened twice (in memory, not SQLite)
        QString connectOptions;
    };
    static Source sourceOf(const QSqlDatabase &db);

    explicit StoreConnection(const Store &store);
    // A reading connection to source's file with the store's reading pragmas.
    explicit StoreConnection(const Source &source);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    QSqlDatabase &database() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace kefu
