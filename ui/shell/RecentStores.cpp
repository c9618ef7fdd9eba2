#include "RecentStores.h"

#include <QFileInfo>
#include <QSettings>

namespace kefu::ui {

namespace {

const QString SettingsKey = QStringLiteral("recent/stores");

void write(const QStringList &paths)
{
    QSettings().setValue(SettingsKey, paths);
}

QString canonical(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentStores::paths()
{
    QStringList list = QSettings().value(SettingsKey).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > Maximum)
        list.removeLast();
    return list;
}

void RecentStores::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = canonical(path);
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > Maximum)
        list.removeLast();
    write(list);
}

void RecentStores::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(canonical(path));
    write(list);
}

void RecentStores::clear()
{
    write({});
}

QString RecentStores::mostRecentExisting()
{
    for (const QString &path : paths()) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace kefu::ui
