#pragma once

#include "demoworld/DemoOptions.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace kefu {

// Fills an empty store with a deterministic, realistic e-commerce customer-service history:
// the same options (seed, days, agents, asOf, peakDay) give byte-identical table contents.
class DemoGenerator final
{
public:
    using Progress = DemoProgress;

    DemoGenerator(QSqlDatabase db, QTimeZone timeZone, DemoOptions options);

    // Checks the options; an empty string when they are acceptable, else a user-facing reason.
    static QString validate(const DemoOptions &options);
    // True when the store holds no agents, conversations, complaints or scripts yet.
    static bool storeIsEmpty(QSqlDatabase &db, QString *error);

    // Writes everything in one transaction: on failure or cancel the store is as it was.
    bool run(const Progress &progress, QString *error);
    const DemoCounts &counts() const { return m_counts; }
    QDate peakDay() const { return m_peakDay; }

private:
    QSqlDatabase m_db;
    QTimeZone m_timeZone;
    DemoOptions m_options;
    DemoCounts m_counts;
    QDate m_peakDay;
};

} // namespace kefu
