#include "ComplaintReport.h"

#include "store/SqliteStatement.h"

#include <algorithm>
#include <map>

namespace kefu::complaints {

std::optional<ComplaintGrouping> complaintGroupingFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("all"))
        return ComplaintGrouping::None;
    if (t == QLatin1String("category"))
        return ComplaintGrouping::Category;
    if (t == QLatin1String("root_cause") || t == QLatin1String("root-cause"))
        return ComplaintGrouping::RootCause;
    if (t == QLatin1String("owner"))
        return ComplaintGrouping::Owner;
    if (t == QLatin1String("team"))
        return ComplaintGrouping::Team;
    return std::nullopt;
}

std::optional<double> ComplaintReport::median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

ComplaintRow ComplaintReport::summarise(const QString &key, const std::vector<CaseFacts> &cases, const SlaHours &hours)
{
    ComplaintRow row;
    row.key = key;
    row.opened = int(cases.size());
    int acknowledged = 0, acknowledgedOnTime = 0, closedOnTime = 0, reopened = 0, satisfied = 0;
    qint64 transfers = 0;
    std::vector<double> hoursToClose;
    for (const CaseFacts &c : cases) {
        const QString &state = c.clock.state;
        // The clock's verdicts are taken at the instant they were met or missed, so `now` plays no part.
        const CaseClock clock = CaseClock::of(c.clock, hours, c.clock.createdAt);
        transfers += c.transfers;
        if (c.reopenCount >= 1)
            ++reopened;
        if (clock.acknowledgeMet) {
            ++acknowledged;
            acknowledgedOnTime += *clock.acknowledgeMet ? 1 : 0;
        }
        if (state == QLatin1String("closed")) {
            ++row.closed;
            closedOnTime += clock.resolveMet.value_or(false) ? 1 : 0;
            if (c.clock.closedAt)
                hoursToClose.push_back(double(*c.clock.closedAt - c.clock.createdAt) / 3600.0);
            if (c.feedback == QLatin1String("satisfied"))
                ++satisfied;
        } else if (state == QLatin1String("rejected")) {
            ++row.rejected;
        } else {
            ++row.openNow;
        }
    }
    auto pct = [](int part, int whole) -> std::optional<double> {
        return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
    };
    row.ackSlaMetPct = pct(acknowledgedOnTime, acknowledged);
    row.resolveSlaMetPct = pct(closedOnTime, row.closed);
    row.medianHoursToClose = median(std::move(hoursToClose));
    row.reopenPct = pct(reopened, row.closed);
    row.satisfiedPct = pct(satisfied, row.closed);
    if (row.opened > 0)
        row.transfersAvg = double(transfers) / row.opened;
    return row;
}

ReportTable ComplaintReport::table(const QList<ComplaintRow> &rows)
{
    using T = ReportTable;
    T t(QStringList{QStringLiteral("key"), QStringLiteral("opened"), QStringLiteral("closed"),
                    QStringLiteral("rejected"), QStringLiteral("open_now"), QStringLiteral("ack_sla_met_pct"),
                    QStringLiteral("resolve_sla_met_pct"), QStringLiteral("median_hours_to_close"),
                    QStringLiteral("reopen_pct"), QStringLiteral("satisfied_pct"), QStringLiteral("transfers_avg")});
    for (const ComplaintRow &r : rows) {
        t.addRow({T::text(r.key), T::integer(qint64(r.opened)), T::integer(qint64(r.closed)),
                  T::integer(qint64(r.rejected)), T::integer(qint64(r.openNow)), T::percent(r.ackSlaMetPct),
                  T::percent(r.resolveSlaMetPct), T::decimal(r.medianHoursToClose, 1), T::percent(r.reopenPct),
                  T::percent(r.satisfiedPct), T::transfers(r.transfersAvg)});
    }
    return t;
}

std::optional<std::vector<CohortCase>> ComplaintReport::cohort(QSqlDatabase &db, qint64 fromUtc, qint64 toUtc,
                                                               QString *error, std::optional<ComplaintGrouping> only)
{
    // With `only`, the texts other than its key are not read (a report of 100,000 cases reads one text
    // per case, not five).
    auto text = [&only](ComplaintGrouping g, const char *column) -> QByteArray {
        return !only || *only == g ? QByteArray(column) : QByteArray("NULL");
    };
    const bool team = !only || *only == ComplaintGrouping::Team;
    sql::SqliteStatement q(db, "SELECT " + (only ? QByteArray("NULL") : QByteArray("c.id")) + ", " +
                                   text(ComplaintGrouping::Category, "c.category") + ", " +
                                   text(ComplaintGrouping::RootCause, "c.root_cause") + ", " +
                                   text(ComplaintGrouping::Owner, "c.owner") + ", " +
                                   (team ? QByteArray("a.team") : QByteArray("NULL")) +
                                   ", c.created_at, c.priority, c.state, c.acknowledged_at, c.closed_at,"
                                   " c.awaiting_feedback_s, c.customer_feedback, c.reopen_count, c.transfers"
                                   " FROM complaints c" +
                                   (team ? QByteArray(" LEFT JOIN agents a ON a.id = c.agent_id") : QByteArray()) +
                                   " WHERE c.created_at >= ? AND c.created_at < ? ORDER BY c.created_at, c.id");
    q.bindInteger(1, fromUtc);
    q.bindInteger(2, toUtc);
    std::vector<CohortCase> cases;
    while (q.nextRow()) {
        CohortCase c;
        c.id = q.columnText(0);
        c.category = q.columnText(1);
        c.rootCause = q.columnText(2);
        c.owner = q.columnText(3);
        c.team = q.columnText(4);
        CaseFacts &f = c.facts;
        f.clock.createdAt = q.columnInteger(5);
        f.clock.priority = q.columnText(6);
        f.clock.state = q.columnText(7);
        if (!q.columnIsNull(8))
            f.clock.acknowledgedAt = q.columnInteger(8);
        if (!q.columnIsNull(9))
            f.clock.closedAt = q.columnInteger(9);
        f.clock.awaitingSeconds = q.columnInteger(10);
        f.feedback = q.columnText(11);
        f.reopenCount = int(q.columnInteger(12));
        f.transfers = int(q.columnInteger(13));
        cases.push_back(std::move(c));
    }
    if (q.hasError()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    return cases;
}

QList<ComplaintRow> ComplaintReport::group(const std::vector<CohortCase> &cases, ComplaintGrouping grouping,
                                           const SlaHours &hours)
{
    std::map<QString, std::vector<CaseFacts>> groups;
    for (const CohortCase &c : cases) {
        QString key;
        switch (grouping) {
        case ComplaintGrouping::None:
            key = allKey();
            break;
        case ComplaintGrouping::Category:
            key = c.category;
            break;
        case ComplaintGrouping::RootCause:
            key = c.rootCause;
            break;
        case ComplaintGrouping::Owner:
            key = c.owner;
            break;
        case ComplaintGrouping::Team:
            key = c.team;
            break;
        }
        groups[key].push_back(c.facts);
    }
    QList<ComplaintRow> rows;
    if (grouping == ComplaintGrouping::None && groups.empty())
        groups[allKey()];
    for (const auto &[k, group] : groups)
        rows.append(summarise(k, group, hours));
    return rows;
}

QList<ComplaintRow> ComplaintReport::read(QSqlDatabase &db, qint64 fromUtc, qint64 toUtc, ComplaintGrouping grouping,
                                          QString *error)
{
    const auto cases = cohort(db, fromUtc, toUtc, error, grouping);
    if (!cases)
        return {};
    return group(*cases, grouping, SlaHours::read(db));
}

} // namespace kefu::complaints
