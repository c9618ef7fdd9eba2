#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace kefu {

struct DemoOptions
{
    int days = 90;         // days of history, ending on asOf's local date (1..730)
    int agents = 40;       // 4..300; teams of about 10
    quint64 seed = 618;
    QDateTime asOf;        // "now" of the demo: nothing arrives after it; invalid = the current time
    QDate peakDay;         // a promotion day at peakMultiplier × normal volume; invalid = chosen (see .cpp)
    double peakMultiplier = 4.2;
};

struct DemoCounts
{
    qint64 teams = 0;
    qint64 agents = 0;
    qint64 conversations = 0;
    qint64 conversationScripts = 0;
    qint64 agentStates = 0;
    qint64 shifts = 0;
    qint64 qaReviews = 0;
    qint64 complaints = 0;
    qint64 complaintEvents = 0;
    qint64 scriptCategories = 0;
    qint64 scripts = 0;
    qint64 scriptVersions = 0;
};

// Fills an empty store with a deterministic, realistic e-commerce customer-service history:
// the same options (seed, days, agents, asOf, peakDay) give byte-identical table contents.
class DemoGenerator final
{
public:
    // progress(percent 0..100, stage) is called now and then; returning false cancels (nothing is written).
    using Progress = std::function<bool(int percent, const QString &stage)>;

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
