#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

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

// progress(percent 0..100, stage) is called now and then; returning false cancels (nothing is written).
using DemoProgress = std::function<bool(int percent, const QString &stage)>;

} // namespace kefu
