#pragma once

#include "store/Sql.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kefu::test {

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

inline qint64 count(QSqlDatabase db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace kefu::test
