#pragma once

#include <QLatin1String>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>


namespace kefu {

// The store-wide settings (targets, thresholds, weights, interval, time zone): one registry of
// keys with their defaults, values kept in the store's settings table.
class StoreSettings final
{
public:
    enum class Type { Integer, Real, TimeZone };

    struct Definition
    {
        const char *key;
        Type type;
        QVariant defaultValue; // invalid for the time zone: the system's at creation
        double minimum;
        double maximum;
        const char *group;  // untranslated; shown through QCoreApplication::translate("kefu::StoreSettings", …)
        const char *label;  // likewise
        const char *unit;   // likewise; may be empty
    };

    // Keys used by code; every key is also listed in definitions().
    static constexpr QLatin1String TimeZone{"timezone"};
    static constexpr QLatin1String IntervalMinutes{"interval_minutes"};
    static constexpr QLatin1String ShortAbandonSeconds{"short_abandon_s"};
    static constexpr QLatin1String ServiceLevelTargetPct{"sl_target_pct"};

    static const QList<Definition> &definitions();
    static const Definition *find(const QString &key);
    static QVariant defaultValue(const Definition &definition);
    // The key of a channel's service-level threshold, e.g. "sl_threshold_s.chat".
    static QString thresholdKey(const QString &channel);

    // The stored value, else the default; an invalid QVariant for an unknown key.
    static QVariant value(QSqlDatabase &db, const QString &key);
    // Returns a reason when value is not acceptable for key, else an empty string.
    static QString validate(const QString &key, const QVariant &value);
    // Writes the default of every key not yet stored (a new store, or keys added by a newer version).
    static bool seedDefaults(QSqlDatabase &db, QString *error);
};

} // namespace kefu
