#pragma once

#include "store/Store.h"

#include <QCoreApplication>
#include <QString>

namespace kefu::ui {

// Texts about a store that the status bar, the overview and dialogs share.
class StoreLabels final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::StoreLabels)

public:
    // "local" / "shared", translated; "read-only" is added for a read-only store.
    static QString modeTitle(const Store &store);
    // "Local mode" / "Shared mode", translated, for a badge.
    static QString modeBadge(const Store &store);
    // What the mode means, for a tooltip.
    static QString modeExplanation(const Store &store);
    // The time zone id with its current UTC offset, e.g. "Asia/Shanghai (UTC+08:00)".
    static QString timeZoneTitle(const QTimeZone &zone);
    // A file size in B / KB / MB / GB.
    static QString fileSize(qint64 bytes);
};

} // namespace kefu::ui
