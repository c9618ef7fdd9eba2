#pragma once

#include "ComplaintClock.h"
#include "metrics/ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace kefu::complaints {

// How `report complaints --by` groups the cohort. Team is the team of the agent the complaint is
// about (complaints.agent_id); the others are the case's current values (complaints.md "Metrics").
enum class ComplaintGrouping { None, Category, RootCause, Owner, Team };

std::optional<ComplaintGrouping> complaintGroupingFromText(const QString &text);

// One case as the report reads it: the current values the store keeps in step with its events.
struct CaseFacts
{
    ClockFacts clock;
    QString feedback;
    int reopenCount = 0;
    int transfers = 0;
};

// One case of a period's cohort with what it is grouped by.
struct CohortCase
{
    QString id;
    QString category;
    QString rootCause;
    QString owner;
    QString team;
    CaseFacts facts;
};

// One row of `report complaints` (cli.md's columns; complaints.md's definitions). Empty when the
// denominator is zero.
struct ComplaintRow
{
    QString key;
    int opened = 0;
    int closed = 0;
    int rejected = 0;
    int openNow = 0;
    std::optional<double> ackSlaMetPct;
    std::optional<double> resolveSlaMetPct;
    std::optional<double> medianHoursToClose;
    std::optional<double> reopenPct;
    std::optional<double> satisfiedPct;
    std::optional<double> transfersAvg;
};

class ComplaintReport final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::complaints::ComplaintReport)

public:
    // The key of the row without --by.
    static QString allKey() { return QStringLiteral("all"); }

    // The cohort created in [fromUtc, toUtc), grouped; rows ordered by key. On a database error
    // returns nothing and says why in *error.
    static QList<ComplaintRow> read(QSqlDatabase &db, qint64 fromUtc, qint64 toUtc, ComplaintGrouping grouping,
                                    QString *error);
    // The cases created in [fromUtc, toUtc), oldest first. On a database error
    // returns nothing and says why in *error.
    // With only, just the key of that grouping is read of the texts (the others stay empty).
    static std::optional<std::vector<CohortCase>> cohort(QSqlDatabase &db, qint64 fromUtc, qint64 toUtc,
                                                         QString *error,
                                                         std::optional<ComplaintGrouping> only = std::nullopt);
    // The cohort grouped as `--by` groups it; rows ordered by key.
    static QList<ComplaintRow> group(const std::vector<CohortCase> &cases, ComplaintGrouping grouping,
                                     const SlaHours &hours);
    // The figures of one group of cases (pure; the tests hand-compute it).
    static ComplaintRow summarise(const QString &key, const std::vector<CaseFacts> &cases, const SlaHours &hours);
    // The table of `report complaints`: cli.md's columns; percentages, hours and transfers with one decimal.
    static ReportTable table(const QList<ComplaintRow> &rows);
    // The median of values (sorted or not); for an even count the mean of the two middle ones.
    static std::optional<double> median(std::vector<double> values);
};

} // namespace kefu::complaints
