#include "StoreLabels.h"

#include <QDateTime>
#include <QLocale>

namespace kefu::ui {

QString StoreLabels::modeTitle(const Store &store)
{
    const QString mode = store.mode() == StoreMode::Shared ? tr("shared") : tr("local");
    return store.isReadOnly() ? tr("%1, read-only").arg(mode) : mode;
}

QString StoreLabels::modeBadge(const Store &store)
{
    const QString mode = store.mode() == StoreMode::Shared ? tr("Shared mode") : tr("Local mode");
    return store.isReadOnly() ? tr("%1 · read-only").arg(mode) : mode;
}

QString StoreLabels::modeExplanation(const Store &store)
{
    QString text;
    if (store.mode() == StoreMode::Shared) {
        text = store.networkShareDetected()
                   ? tr("Shared mode: the file lies on a network share, so several desktops may use it at once. "
                        "KefuDesk keeps transactions short and waits for the others' writes; saving can take a "
                        "moment when a colleague is writing.")
                   : tr("Shared mode: several desktops may use this file at once (for example over a network "
                        "share). KefuDesk keeps transactions short and waits for the others' writes; saving can "
                        "take a moment when a colleague is writing.");
    } else {
        text = tr("Local mode: this desktop is the only user of the file. It is fastest, but the file must not "
                  "be opened from another computer at the same time; use shared mode for that.");
    }
    if (store.isReadOnly())
        text += QLatin1Char('\n') + tr("The store is open for reading only: nothing can be changed.");
    return text;
}

QString StoreLabels::timeZoneTitle(const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(sign)
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 (%2)").arg(QString::fromUtf8(zone.id()), utc);
}

QString StoreLabels::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace kefu::ui
