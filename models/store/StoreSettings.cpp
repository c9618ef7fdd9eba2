#include "StoreSettings.h"

#include "Sql.h"

#include <QJsonObject>

#include <QCoreApplication>
#include <QTimeZone>

namespace kefu {

const QList<StoreSettings::Definition> &StoreSettings::definitions()
{
    using T = Type;
    static const QList<Definition> list = {
        {TimeZone.data(), T::TimeZone, QVariant(), 0, 0, QT_TRANSLATE_NOOP("kefu::StoreSettings", "General"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Time zone"), ""},
        {IntervalMinutes.data(), T::Integer, 30, 15, 60, QT_TRANSLATE_NOOP("kefu::StoreSettings", "General"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Interval length"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "min")},
        {ShortAbandonSeconds.data(), T::Integer, 5, 0, 600, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Short abandon under"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {ServiceLevelTargetPct.data(), T::Real, 80.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level target"), "%"},
        {"sl_threshold_s.chat", T::Integer, 15, 1, 604800, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Answer within (chat)"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"sl_threshold_s.phone", T::Integer, 20, 1, 604800, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Answer within (phone)"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"sl_threshold_s.social", T::Integer, 60, 1, 604800, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Answer within (social)"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"sl_threshold_s.email", T::Integer, 86400, 1, 604800, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Service level"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Answer within (email)"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"target.response_within_target_pct", T::Real, 80.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Responsiveness: answered within threshold"), "%"},
        {"target.aht_s", T::Real, 300.0, 1, 86400, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Handling: average handle time"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"target.fcr_pct", T::Real, 75.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Resolution: first-contact resolution"), "%"},
        {"target.csat_mean", T::Real, 4.5, 1, 5, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Satisfaction: mean CSAT"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "/ 5")},
        {"target.qa_score", T::Real, 90.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Quality: QA score"), ""},
        {"target.adherence_pct", T::Real, 95.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Discipline: schedule adherence"), "%"},
        {"target.occupancy_min_pct", T::Real, 70.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Occupancy, lower bound"), "%"},
        {"target.occupancy_max_pct", T::Real, 80.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Targets"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Occupancy, upper bound"), "%"},
        {"weight.responsiveness", T::Real, 20.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Weights"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Responsiveness"), ""},
        {"weight.handling", T::Real, 15.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Weights"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Handling"), ""},
        {"weight.resolution", T::Real, 20.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Weights"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Resolution"), ""},
        {"weight.satisfaction", T::Real, 20.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Weights"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Satisfaction"), ""},
        {"weight.quality", T::Real, 20.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Weights"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Quality"), ""},
        {"weight.discipline", T::Real, 5.0, 0, 100, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Weights"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Discipline"), ""},
        {"staffing.online_concurrency", T::Real, 1.0, 1, 5, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Staffing"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Chats an agent holds at once (chat, social)"), ""},
        {"alert.wait_s", T::Integer, 120, 1, 86400, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Alerts"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Wait longer than"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"alert.break_s", T::Integer, 900, 60, 86400, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Alerts"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Break longer than"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"alert.feed_stale_s", T::Integer, 60, 5, 3600, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Alerts"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "Data feed stale after"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "s")},
        {"complaint.ack_hours.P1", T::Real, 1.0, 0.1, 720, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Complaints"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "P1: acknowledge within"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "h")},
        {"complaint.ack_hours.P2", T::Real, 4.0, 0.1, 720, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Complaints"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "P2: acknowledge within"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "h")},
        {"complaint.ack_hours.P3", T::Real, 24.0, 0.1, 720, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Complaints"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "P3: acknowledge within"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "h")},
        {"complaint.resolve_hours.P1", T::Real, 24.0, 0.1, 2160, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Complaints"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "P1: resolve within"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "h")},
        {"complaint.resolve_hours.P2", T::Real, 48.0, 0.1, 2160, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Complaints"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "P2: resolve within"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "h")},
        {"complaint.resolve_hours.P3", T::Real, 72.0, 0.1, 2160, QT_TRANSLATE_NOOP("kefu::StoreSettings", "Complaints"),
         QT_TRANSLATE_NOOP("kefu::StoreSettings", "P3: resolve within"), QT_TRANSLATE_NOOP("kefu::StoreSettings", "h")},
    };
    return list;
}

const StoreSettings::Definition *StoreSettings::find(const QString &key)
{
    for (const Definition &d : definitions()) {
        if (key == QLatin1String(d.key))
            return &d;
    }
    return nullptr;
}

QVariant StoreSettings::defaultValue(const Definition &definition)
{
    if (definition.type == Type::TimeZone)
        return QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return definition.defaultValue;
}

QString StoreSettings::thresholdKey(const QString &channel)
{
    return QStringLiteral("sl_threshold_s.") + channel;
}

QVariant StoreSettings::value(QSqlDatabase &db, const QString &key)
{
    const Definition *def = find(key);
    if (!def)
        return {};
    const QVariant stored = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored.isValid() || stored.isNull())
        return defaultValue(*def);
    switch (def->type) {
    case Type::Integer:
        return stored.toLongLong();
    case Type::Real:
        return stored.toDouble();
    case Type::TimeZone:
        return stored.toString();
    }
    return stored;
}

QString StoreSettings::validate(const QString &key, const QVariant &value)
{
    const Definition *def = find(key);
    if (!def)
        return QCoreApplication::translate("kefu::StoreSettings", "unknown setting %1").arg(key);
    if (def->type == Type::TimeZone) {
        // isValid, not isTimeZoneIdAvailable: Qt 6.4 does not list Etc/* ids such as Etc/UTC.
        const QByteArray id = value.toString().toUtf8();
        if (id.isEmpty() || !QTimeZone(id).isValid())
            return QCoreApplication::translate("kefu::StoreSettings", "%1 is not a known IANA time zone")
                .arg(value.toString());
        return {};
    }
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    if (!ok)
        return QCoreApplication::translate("kefu::StoreSettings", "%1 is not a number").arg(value.toString());
    if (def->type == Type::Integer && number != static_cast<double>(static_cast<qint64>(number)))
        return QCoreApplication::translate("kefu::StoreSettings", "%1 is not a whole number").arg(value.toString());
    if (number < def->minimum || number > def->maximum)
        return QCoreApplication::translate("kefu::StoreSettings", "%1 is outside %2 to %3")
            .arg(value.toString())
            .arg(def->minimum)
            .arg(def->maximum);
    if (key == IntervalMinutes && number != 15 && number != 30 && number != 60)
        return QCoreApplication::translate("kefu::StoreSettings", "the interval must be 15, 30 or 60 minutes");
    return {};
}

bool StoreSettings::seedDefaults(QSqlDatabase &db, QString *error)
{
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    for (const Definition &def : definitions()) {
        if (!sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)"),
                       {QString::fromLatin1(def.key), defaultValue(def).toString()}, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace kefu
