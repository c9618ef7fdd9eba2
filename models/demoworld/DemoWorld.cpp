#include "DemoWorld.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace kefu::demo {

namespace {

// Monday (1) … Sunday (7): volume of a weekday relative to an average weekday.
constexpr double weekdayFactor[8] = {0, 1.06, 1.02, 1.00, 0.98, 0.94, 0.88, 0.92};
constexpr double contactsPerAgentDay = 60.0;

CategoryKind categoryKind(const QString &name)
{
    if (name.contains(QStringLiteral("咨询")))
        return CategoryKind::Presale;
    if (name.contains(QStringLiteral("物流")) || name.contains(QStringLiteral("快递")))
        return CategoryKind::Logistics;
    if (name.contains(QStringLiteral("质量")) || name.contains(QStringLiteral("描述")))
        return CategoryKind::Quality;
    if (name.contains(QStringLiteral("支付")) || name.contains(QStringLiteral("优惠")))
        return CategoryKind::Payment;
    if (name.contains(QStringLiteral("售后")) || name.contains(QStringLiteral("退")))
        return CategoryKind::AfterSales;
    return CategoryKind::Other;
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::DemoGenerator", text);
}

std::vector<double> cumulate(const std::vector<double> &weights)
{
    std::vector<double> out(weights.size());
    double sum = 0.0;
    for (size_t i = 0; i < weights.size(); ++i) {
        sum += std::max(0.0, weights[i]);
        out[i] = sum;
    }
    if (out.empty() || sum <= 0.0)
        out.assign(std::max<size_t>(1, weights.size()), 1.0);
    return out;
}

DemoWorld::DemoWorld(QSqlDatabase &database, const QTimeZone &timeZone, const DemoOptions &demoOptions, QDate peak,
                     const DemoProgress &progressReport, DemoCounts &demoCounts)
    : db(database)
    , zone(timeZone)
    , options(demoOptions)
    , peakDay(peak)
    , progress(progressReport)
    , counts(demoCounts)
    , rngPeople(seeded::streamSeed(demoOptions.seed, 1))
    , rngRoster(seeded::streamSeed(demoOptions.seed, 2))
    , rngTraffic(seeded::streamSeed(demoOptions.seed, 3))
    , rngService(seeded::streamSeed(demoOptions.seed, 4))
    , rngUsage(seeded::streamSeed(demoOptions.seed, 5))
    , rngScripts(seeded::streamSeed(demoOptions.seed, 6))
    , rngCases(seeded::streamSeed(demoOptions.seed, 7))
    , rngQa(seeded::streamSeed(demoOptions.seed, 8))
{}

bool DemoWorld::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    return false;
}

bool DemoWorld::report(int percent, const QString &stage)
{
    if (progress && !progress(std::clamp(percent, 0, 100), stage))
        return fail(QStringLiteral("cancelled"));
    return true;
}

void DemoWorld::loadContent()
{
    families = demo::familyNames();
    givens = demo::givenNames();
    if (families.isEmpty())
        families = {QStringLiteral("王")};
    if (givens.isEmpty())
        givens = {QStringLiteral("伟")};
    for (const QString &given : std::as_const(givens)) {
        if (given.size() == 1)
            singleGivens.append(given);
    }
    if (singleGivens.isEmpty())
        singleGivens = {QStringLiteral("伟")};
    teamNames = demo::teamNames();
    QStringList queues = demo::queues();
    if (queues.isEmpty())
        queues = {QStringLiteral("售前"), QStringLiteral("售后"), QStringLiteral("VIP")};
    for (const QString &q : std::as_const(queues))
        queueUtf8.append(q.toUtf8());
    auto queueIndex = [&queues](std::initializer_list<const char16_t *> names, int fallback) {
        for (const char16_t *name : names) {
            const qsizetype i = queues.indexOf(QString::fromUtf16(name));
            if (i >= 0)
                return int(i);
        }
        for (const char16_t *name : names) {
            for (qsizetype i = 0; i < queues.size(); ++i) {
                if (queues.at(i).contains(QString::fromUtf16(name), Qt::CaseInsensitive))
                    return int(i);
            }
        }
        return fallback;
    };
    const int presale = queueIndex({u"售前", u"咨询"}, 0);
    const int aftersale = queueIndex({u"售后"}, std::min<int>(1, int(queues.size()) - 1));
    vipQueue = queueIndex({u"VIP", u"会员"}, aftersale);

    QList<QPair<QString, int>> shares = demo::conversationCategories();
    if (shares.isEmpty())
        shares = {{QStringLiteral("商品咨询"), 40}, {QStringLiteral("售后"), 30}, {QStringLiteral("物流"), 30}};
    for (const auto &entry : std::as_const(shares)) {
        CategoryInfo info;
        info.name = entry.first;
        info.utf8 = entry.first.toUtf8();
        info.share = std::max(0, entry.second);
        info.kind = categoryKind(entry.first);
        const int own = int(queues.indexOf(entry.first));
        switch (info.kind) {
        case CategoryKind::Presale:
            info.handleFactor = 0.85;
            info.fcrFactor = 1.08;
            info.queue = presale;
            info.orderProbability = 0.25;
            break;
        case CategoryKind::Payment:
            info.handleFactor = 0.95;
            info.fcrFactor = 1.0;
            info.queue = presale;
            info.orderProbability = 0.8;
            break;
        case CategoryKind::Logistics:
            info.handleFactor = 0.9;
            info.fcrFactor = 0.95;
            info.queue = aftersale;
            info.orderProbability = 0.97;
            break;
        case CategoryKind::AfterSales:
            info.handleFactor = 1.15;
            info.fcrFactor = 0.92;
            info.queue = aftersale;
            info.orderProbability = 0.95;
            break;
        case CategoryKind::Quality:
            info.handleFactor = 1.2;
            info.fcrFactor = 0.88;
            info.queue = aftersale;
            info.orderProbability = 0.95;
            break;
        case CategoryKind::Other:
            info.handleFactor = 1.0;
            info.fcrFactor = 0.97;
            info.queue = presale;
            info.orderProbability = 0.5;
            break;
        }
        if (own >= 0)
            info.queue = own;
        categories.push_back(info);
    }
    scriptTemplates = demo::scripts();
    complaintTemplates = demo::complaintTemplates();
    if (complaintTemplates.isEmpty()) {
        complaintTemplates.append(
            {categories.front().name, QStringLiteral("other"), QStringLiteral("投诉"), QStringLiteral("客户投诉")});
    }
    qaNotes = demo::qaNotes();
    caseNotes = demo::complaintNotes();
    if (caseNotes.isEmpty())
        caseNotes = {QStringLiteral("已跟进")};
}

void DemoWorld::buildCalendar()
{
    const QDate last = QDateTime::fromSecsSinceEpoch(asOf, zone).date();
    const QDate first = last.addDays(1 - options.days);
    dayCount = options.days;
    days.resize(size_t(dayCount + 2));
    for (int i = 0; i < dayCount + 2; ++i) {
        DayInfo &d = days[size_t(i)];
        d.date = first.addDays(i);
        d.start = QDateTime(d.date, QTime(0, 0), zone).toSecsSinceEpoch();
    }
    for (int i = 0; i + 1 < int(days.size()); ++i)
        days[size_t(i)].end = days[size_t(i) + 1].start;
    days.back().end = days.back().start + Day;

    peakIndex = peakDay.isValid() ? int(first.daysTo(peakDay)) : -1;
    if (peakIndex < 0 || peakIndex >= dayCount)
        peakIndex = -1;
    for (int i = 0; i < dayCount + 2; ++i) {
        DayInfo &d = days[size_t(i)];
        d.weekday = d.date.dayOfWeek();
        d.weekend = d.weekday >= 6;
        d.offsetFromPeak = peakIndex >= 0 ? i - peakIndex : 1000;
        const double trend = 1.0 + 0.08 * (double(i) - dayCount / 2.0) / 365.0;
        const double normal = options.agents * contactsPerAgentDay * weekdayFactor[d.weekday] * trend;
        double bump = 1.0;
        switch (d.offsetFromPeak) {
        case -2:
            bump = 1.15;
            break;
        case -1:
            bump = 1.3;
            break;
        case 1:
            bump = 1.5;
            break;
        case 2:
            bump = 1.3;
            break;
        case 3:
            bump = 1.15;
            break;
        default:
            break;
        }
        d.peak = d.offsetFromPeak == 0;
        d.volume =
            d.peak ? normal * options.peakMultiplier : normal * bump * std::max(0.8, 1.0 + 0.04 * rngTraffic.normal());
    }
}

qint64 DemoWorld::localTime(int dayIndex, qint64 secondsFromMidnight) const
{
    while (secondsFromMidnight >= Day && dayIndex + 1 < int(days.size())) {
        secondsFromMidnight -= Day;
        ++dayIndex;
    }
    const DayInfo &d = days[size_t(dayIndex)];
    return std::min(d.start + secondsFromMidnight, std::max(d.start, d.end - 1));
}

int DemoWorld::dayIndexOf(qint64 t) const
{
    auto it =
        std::upper_bound(days.begin(), days.end(), t, [](qint64 value, const DayInfo &d) { return value < d.start; });
    if (it == days.begin())
        return 0;
    return int(it - days.begin()) - 1;
}

qint64 DemoWorld::secondsIntoDay(qint64 t) const
{
    return t - days[size_t(dayIndexOf(t))].start;
}

// Moves a staff action into office hours (fromHour–toHour local) of the same or the next day.
qint64 DemoWorld::toWorkingHours(qint64 t, Random &rng, int fromHour, int toHour) const
{
    const qint64 s = secondsIntoDay(t);
    const int day = dayIndexOf(t);
    if (s < fromHour * Hour)
        return localTime(day, fromHour * Hour + rng.between(0, 50) * Minute);
    if (s >= toHour * Hour)
        return localTime(day + 1 < int(days.size()) ? day + 1 : day, fromHour * Hour + rng.between(0, 50) * Minute);
    return t;
}

QString DemoWorld::customerId(quint32 customer)
{
    return QStringLiteral("U%1").arg((quint64(customer) * 2654435761ULL + 19860618ULL) % 100000000ULL, 8, 10,
                                     QLatin1Char('0'));
}

QString DemoWorld::conversationId(qint64 seq)
{
    return QStringLiteral("C%1").arg(seq, 8, 10, QLatin1Char('0'));
}

} // namespace kefu::demo
