#pragma once

#include "store/Sql.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#include <unistd.h>
#endif

namespace kefu::test {

#ifdef Q_OS_UNIX
// The user the read-only tests become when they run as root (a container, a CI runner), where chmod
// stops nothing: nobody's id, with no file of its own.
inline constexpr uid_t OrdinaryUserId = 65534;

inline bool runningAsRoot()
{
    return geteuid() == 0;
}

// For the length of a scope the file permissions apply to this process as to an ordinary user: run as
// root, the real and effective user and group become OrdinaryUserId (access() asks for the real one)
// while the saved ones stay root, so the scope's end takes them back; run as anyone else, nothing
// changes. What the scope reads must be readable by others.
class AsOrdinaryUser final
{
public:
    AsOrdinaryUser()
    {
        if (!runningAsRoot())
            return;
#ifdef Q_OS_LINUX
        m_switched =
            setresgid(OrdinaryUserId, OrdinaryUserId, 0) == 0 && setresuid(OrdinaryUserId, OrdinaryUserId, 0) == 0;
#endif
        if (!m_switched)
            qWarning("AsOrdinaryUser: could not become user %d", int(OrdinaryUserId));
    }
    ~AsOrdinaryUser()
    {
#ifdef Q_OS_LINUX
        if (m_switched && (setresuid(0, 0, 0) != 0 || setresgid(0, 0, 0) != 0))
            qFatal("AsOrdinaryUser: could not become root again");
#endif
    }
    AsOrdinaryUser(const AsOrdinaryUser &) = delete;
    AsOrdinaryUser &operator=(const AsOrdinaryUser &) = delete;
    // False when root could not switch: the permissions would not bite, and the test must skip.
    bool ok() const
    {
        return m_switched || !runningAsRoot();
    }

private:
    bool m_switched = false;
};
#endif

// Opens (creating) a store at dir/name; fails the calling test when it cannot.
inline std::unique_ptr<Store> createStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("s.sqlite"),
                                          StoreOptions options = {})
{
    options.create = true;
    QString error;
    auto store = Store::open(dir.filePath(name), options, &error);
    if (!store)
        qWarning("createStore: %s", qPrintable(error));
    return store;
}

// Damages the store file at path as a failing disk or a stray write would: `pages` pages from the
// middle of the file on are overwritten with bytes no SQLite page holds. False when it cannot.
inline bool damageMiddlePages(const QString &path, int pages = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(18);
    if (header.size() < 18)
        return false;
    int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 count = file.size() / pageSize;
    if (count < 3)
        return false;
    const QByteArray garbage(qsizetype(pageSize) * pages, '\xA5');
    return file.seek((count / 2) * pageSize) && file.write(garbage) == garbage.size();
}

inline qint64 count(QSqlDatabase db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace kefu::test
