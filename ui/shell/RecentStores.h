#pragma once

#include <QString>
#include <QStringList>

namespace kefu::ui {

// The stores opened lately, newest first, kept in QSettings ("recent/stores").
class RecentStores final
{
public:
    static constexpr int Maximum = 8;

    static QStringList paths();
    // Moves path to the front; the list keeps Maximum entries.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    // The newest entry whose file still exists, or an empty string.
    static QString mostRecentExisting();
};

} // namespace kefu::ui
