#include "ServiceMetrics.h"

#include "PeriodScan.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace kefu {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 JulianDayOf1970 = 2440588;

std::optional<qint64> optionalInteger(const sql::SqliteStatement &scan, int column)
{
    if (scan.columnIsNull(column))
        return std::nullopt;
    return scan.columnInteger(column);
}

std::optional<double> ratio(double numerator, qint64 denominator, double scale = 1.0)
{
    if (denominator <= 0)
        return std::nullopt;
    return scale * numerator / static_cast<double>(denominator);
}

} // namespace

ServiceRules ServiceRules::fromStore(QSqlDatabase &db)
{
    ServiceRules rules;
    for (int c = 0; c < ChannelCount; ++c)
        rules.thresholdSeconds[c] =
            StoreSettings::value(db, StoreSettings::thresholdKey(channelId(static_cast<Channel>(c)))).toLongLong();
    rules.shortAbandonSeconds = StoreSettings::value(db, StoreSettings::ShortAbandonSeconds).toLongLong();
    return rules;
}

ConversationOutcome evaluateConversation(const Conversation &c, const ServiceRules &rules, qint64 now)
{
    ConversationOutcome o;
    o.answered = c.answeredAt.has_value();
    if (o.answered)
        o.waitSeconds = *c.answeredAt - c.arrivedAt;
    else if (c.abandonedAt)
        o.waitSeconds = *c.abandonedAt - c.arrivedAt;
    else if (c.endedAt)
        o.waitSeconds = *c.endedAt - c.arrivedAt;
    else {
        o.waiting = true;
        o.waitSeconds = std::max<qint64>(0, now - c.arrivedAt);
    }
    o.shortAbandon = !o.answered && !o.waiting && o.waitSeconds < rules.shortAbandonSeconds;
    o.withinThreshold = o.answered && o.waitSeconds <= rules.threshold(c.channel);
    o.undecided = o.waiting && o.waitSeconds <= rules.threshold(c.channel);
    if (o.answered && c.endedAt)
        o.handleSeconds = (*c.endedAt - *c.answeredAt) + c.wrapSeconds.value_or(0);
    return o;
}

void ServiceGroup::add(const Conversation &c, const ConversationOutcome &o)
{
    ++m_offered;
    if (o.answered) {
        ++m_answered;
        m_waitSum += o.waitSeconds;
        if (isRealTime(c.channel)) {
            m_realtimeWaitSum += o.waitSeconds;
            m_realtimeWaits.push_back(o.waitSeconds);
        } else {
            m_emailWaitSum += o.waitSeconds;
            m_emailWaits.push_back(o.waitSeconds);
        }
        if (o.withinThreshold)
            ++m_within;
        m_transfersSum += c.transfers.value_or(0);
        if (c.resolved) {
            ++m_resolvedKnown;
            if (*c.resolved == 1)
                ++m_resolved;
        }
    } else if (o.waiting) {
        ++m_waiting;
        if (o.undecided)
            ++m_undecided;
    } else {
        ++m_abandoned;
        if (o.shortAbandon)
            ++m_shortAbandoned;
    }
    if (o.handleSeconds) {
        ++m_handled;
        m_handleSum += *o.handleSeconds;
    }
    if (c.csat) {
        ++m_csatResponses;
        m_csatSum += *c.csat;
        if (*c.csat >= 4)
            ++m_csatTop2;
    }
}

void ServiceGroup::merge(const ServiceGroup &o)
{
    m_offered += o.m_offered;
    m_answered += o.m_answered;
    m_abandoned += o.m_abandoned;
    m_shortAbandoned += o.m_shortAbandoned;
    m_waiting += o.m_waiting;
    m_undecided += o.m_undecided;
    m_within += o.m_within;
    m_waitSum += o.m_waitSum;
    m_realtimeWaitSum += o.m_realtimeWaitSum;
    m_emailWaitSum += o.m_emailWaitSum;
    m_handled += o.m_handled;
    m_handleSum += o.m_handleSum;
    m_resolvedKnown += o.m_resolvedKnown;
    m_resolved += o.m_resolved;
    m_csatResponses += o.m_csatResponses;
    m_csatSum += o.m_csatSum;
    m_csatTop2 += o.m_csatTop2;
    m_transfersSum += o.m_transfersSum;
    m_realtimeWaits.insert(m_realtimeWaits.end(), o.m_realtimeWaits.begin(), o.m_realtimeWaits.end());
    m_emailWaits.insert(m_emailWaits.end(), o.m_emailWaits.begin(), o.m_emailWaits.end());
}

std::optional<qint64> ServiceGroup::percentile90(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t n = values.size();
    const std::size_t rank = (9 * n + 9) / 10; // ⌈0.9·n⌉ in integers
    const auto nth = values.begin() + static_cast<std::ptrdiff_t>(rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

ServiceFigures ServiceGroup::figures() const
{
    ServiceFigures f;
    f.offered = m_offered;
    f.answered = m_answered;
    f.abandoned = m_abandoned;
    f.shortAbandoned = m_shortAbandoned;
    f.waiting = m_waiting;
    f.answeredWithinThreshold = m_within;
    f.undecided = m_undecided;
    const qint64 counted = m_offered - m_shortAbandoned;
    // metrics.md exactly: a contact still waiting is offered and counts in the denominator, even while
    // it may still be answered in time (`undecided` says how many; the queue's SL alert uses it).
    f.slPct = ratio(static_cast<double>(m_within), counted, 100.0);
    f.asaSeconds = ratio(static_cast<double>(m_waitSum), m_answered);
    std::vector<qint64> answeredWaits;
    answeredWaits.reserve(m_realtimeWaits.size() + m_emailWaits.size());
    answeredWaits.insert(answeredWaits.end(), m_realtimeWaits.begin(), m_realtimeWaits.end());
    answeredWaits.insert(answeredWaits.end(), m_emailWaits.begin(), m_emailWaits.end());
    if (const std::optional<qint64> p90 = percentile90(std::move(answeredWaits)))
        f.p90WaitSeconds = static_cast<double>(*p90);
    f.answeredRealtime = static_cast<qint64>(m_realtimeWaits.size());
    f.answeredEmail = static_cast<qint64>(m_emailWaits.size());
    f.asaRealtimeSeconds = ratio(static_cast<double>(m_realtimeWaitSum), f.answeredRealtime);
    if (const std::optional<qint64> p90 = percentile90(m_realtimeWaits))
        f.p90RealtimeSeconds = static_cast<double>(*p90);
    f.emailReplySeconds = ratio(static_cast<double>(m_emailWaitSum), f.answeredEmail);
    f.abandonPct = ratio(static_cast<double>(m_abandoned - m_shortAbandoned), counted, 100.0);
    f.ahtSeconds = ratio(static_cast<double>(m_handleSum), m_handled);
    f.fcrPct = ratio(static_cast<double>(m_resolved), m_resolvedKnown, 100.0);
    f.csatMean = ratio(static_cast<double>(m_csatSum), m_csatResponses);
    f.csatTop2Pct = ratio(static_cast<double>(m_csatTop2), m_csatResponses, 100.0);
    f.csatResponses = m_csatResponses;
    f.handleTimes = m_handled;
    f.resolvedKnown = m_resolvedKnown;
    f.transfersAvg = ratio(static_cast<double>(m_transfersSum), m_answered);
    return f;
}

std::optional<QList<ServiceReportRow>> ServiceMetrics::report(QSqlDatabase &db, const ReportPeriod &period,
                                                              const ServiceReportOptions &options, QString *error)
{
    ServiceReportOptions withInterval = options;
    if (withInterval.intervalMinutes == 0)
        withInterval.intervalMinutes =
            static_cast<int>(StoreSettings::value(db, StoreSettings::IntervalMinutes).toLongLong());
    return report(db, period, withInterval, ServiceRules::fromStore(db), error);
}

std::optional<QList<ServiceReportRow>> ServiceMetrics::report(QSqlDatabase &db, const ReportPeriod &period,
                                                              const ServiceReportOptions &options,
                                                              const ServiceRules &rules, QString *error)
{
    const qint64 days = period.last().toJulianDay() - period.first().toJulianDay() + 1;
    const qint64 localBase = (period.first().toJulianDay() - JulianDayOf1970) * SecondsPerDay;
    qint64 length = SecondsPerDay;
    switch (options.by) {
    case ServiceBucket::Day:
        break;
    case ServiceBucket::Hour:
        length = 3600;
        break;
    case ServiceBucket::Interval:
        if (options.intervalMinutes != 15 && options.intervalMinutes != 30 && options.intervalMinutes != 60) {
            if (error)
                *error = QCoreApplication::translate("kefu::ServiceMetrics",
                                                     "the interval must be 15, 30 or 60 minutes, not %1")
                             .arg(options.intervalMinutes);
            return std::nullopt;
        }
        length = options.intervalMinutes * 60;
        break;
    case ServiceBucket::Period:
        length = days * SecondsPerDay;
        break;
    }
    const qint64 buckets = days * SecondsPerDay / length;
    const int lanes = options.perChannel ? ChannelCount : 1;

    // Slots of (bucket, channel) point into the groups that have contacts: a long period by
    // 15 minutes has many empty slots, and an index costs less than a group.
    struct Part
    {
        std::vector<qint32> slotGroup;
        std::vector<ServiceGroup> groups;
    };
    const std::size_t slotCount = static_cast<std::size_t>(buckets * lanes);
    QString statement = QStringLiteral("SELECT channel, arrived_at, answered_at, ended_at, abandoned_at, wrap_seconds,"
                                       " transfers, resolved, csat FROM conversations"
                                       " WHERE arrived_at >= ? AND arrived_at < ?");
    QVariantList extra;
    if (options.channel) {
        statement += QStringLiteral(" AND channel = ?");
        extra.append(channelId(*options.channel));
    }
    std::vector<Part> parts;
    const bool read = scanInSlices(
        db, statement, period.startUtc(), period.endUtc(), extra, sliceCountFor(days, options.maxThreads), parts,
        [&](const sql::SqliteStatement &scan, Part &part) {
            const std::optional<Channel> channel = channelFromUtf8(scan.columnBytes(0));
            if (!channel)
                return; // the schema admits no other channel
            Conversation c;
            c.channel = *channel;
            c.arrivedAt = scan.columnInteger(1);
            c.answeredAt = optionalInteger(scan, 2);
            c.endedAt = optionalInteger(scan, 3);
            c.abandonedAt = optionalInteger(scan, 4);
            c.wrapSeconds = optionalInteger(scan, 5);
            c.transfers = optionalInteger(scan, 6);
            c.resolved = optionalInteger(scan, 7);
            c.csat = optionalInteger(scan, 8);
            const qint64 bucket =
                std::clamp<qint64>((period.localSeconds(c.arrivedAt) - localBase) / length, 0, buckets - 1);
            const std::size_t slot =
                static_cast<std::size_t>(bucket * lanes + (options.perChannel ? static_cast<int>(c.channel) : 0));
            if (part.slotGroup.empty())
                part.slotGroup.assign(slotCount, -1);
            if (part.slotGroup[slot] < 0) {
                part.slotGroup[slot] = static_cast<qint32>(part.groups.size());
                part.groups.emplace_back();
            }
            part.groups[static_cast<std::size_t>(part.slotGroup[slot])].add(
                c, evaluateConversation(c, rules, options.now));
        },
        error);
    if (!read)
        return std::nullopt;
    // The slices in order: a bucket cut by a slice's edge gets its contacts from both.
    std::vector<qint32> slotGroup(slotCount, -1);
    std::vector<ServiceGroup> groups;
    for (Part &part : parts) {
        for (std::size_t slot = 0; slot < part.slotGroup.size(); ++slot) {
            if (part.slotGroup[slot] < 0)
                continue;
            ServiceGroup &from = part.groups[static_cast<std::size_t>(part.slotGroup[slot])];
            if (slotGroup[slot] < 0) {
                slotGroup[slot] = static_cast<qint32>(groups.size());
                groups.push_back(std::move(from));
            } else {
                groups[static_cast<std::size_t>(slotGroup[slot])].merge(from);
            }
        }
    }

    QList<ServiceReportRow> rows;
    rows.reserve(static_cast<qsizetype>(groups.size()));
    for (std::size_t slot = 0; slot < slotGroup.size(); ++slot) {
        if (slotGroup[slot] < 0)
            continue;
        const qint64 bucket = static_cast<qint64>(slot) / lanes;
        ServiceReportRow row;
        row.localStart = localBase + bucket * length;
        row.periodStart = (options.by == ServiceBucket::Day || options.by == ServiceBucket::Period)
                              ? ReportPeriod::localDateText(row.localStart)
                              : ReportPeriod::localDateTimeText(row.localStart);
        if (options.perChannel)
            row.channel = static_cast<Channel>(static_cast<qint64>(slot) % lanes);
        else
            row.channel = options.channel;
        row.figures = groups[static_cast<std::size_t>(slotGroup[slot])].figures();
        rows.append(row);
    }
    return rows;
}

} // namespace kefu
