#include "ScorecardBook.h"

#include "auth/Session.h"
#include "metrics/ReportPeriod.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace kefu::scorecards {

std::optional<double> componentValue(const AgentScorecard &card, ScoreComponent component)
{
    switch (component) {
    case ScoreComponent::Responsiveness: return card.responseWithinTargetPct;
    case ScoreComponent::Handling: return card.conversations.ahtSeconds;
    case ScoreComponent::Resolution: return card.conversations.fcrPct;
    case ScoreComponent::Satisfaction: return card.conversations.csatMean;
    case ScoreComponent::Quality: return card.qaScore;
    case ScoreComponent::Discipline: return card.adherencePct;
    }
    return std::nullopt;
}

std::optional<double> componentScore(const AgentScorecard &card, ScoreComponent component)
{
    for (const ComponentScore &s : card.components)
        if (s.component == component)
            return s.score;
    return std::nullopt;
}

Rating rate(ScoreComponent component, std::optional<double> value, double target)
{
    if (ScorecardRules::lowerIsBetter(component))
        return rating::atMost(value, target, target * 1.1);
    return rating::atLeast(value, target, target * 0.9);
}

Rating rateComposite(std::optional<double> composite)
{
    return rating::atLeast(composite, 90, 80);
}

Rating rateOccupancy(std::optional<double> value, double minimum, double maximum)
{
    return rating::within(value, minimum, maximum);
}

QString ratingMeaning(Rating rating, RatedFigure figure)
{
    switch (figure) {
    case RatedFigure::Kpi:
        return rating::pick(
            rating, QCoreApplication::translate("kefu::scorecards::ScorecardBook", "at or better than the target"),
            QCoreApplication::translate("kefu::scorecards::ScorecardBook", "within 10 % of the target"),
            QCoreApplication::translate("kefu::scorecards::ScorecardBook", "more than 10 % off the target"));
    case RatedFigure::Composite:
        return rating::pick(
            rating, QCoreApplication::translate("kefu::scorecards::ScorecardBook", "composite from 90"),
            QCoreApplication::translate("kefu::scorecards::ScorecardBook", "composite from 80, under 90"),
            QCoreApplication::translate("kefu::scorecards::ScorecardBook", "composite under 80"));
    case RatedFigure::Occupancy:
        return rating::pick(
            rating, QCoreApplication::translate("kefu::scorecards::ScorecardBook", "occupancy within its range"),
            QCoreApplication::translate("kefu::scorecards::ScorecardBook", "occupancy under its range"),
            QCoreApplication::translate("kefu::scorecards::ScorecardBook", "occupancy over its range"));
    }
    return {};
}

QString ratingKey(Rating rating)
{
    if (rating == Rating::None)
        return {};
    return QCoreApplication::translate("kefu::scorecards::ScorecardBook", "%1 (%2; %3)")
        .arg(ratingMeaning(rating, RatedFigure::Kpi), ratingMeaning(rating, RatedFigure::Composite),
             ratingMeaning(rating, RatedFigure::Occupancy));
}

void restrictTo(ScorecardBook &book, const Session &session)
{
    if (session.can(Permission::ViewAllScorecards))
        return;
    QList<AgentScorecard> own;
    for (const AgentScorecard &c : std::as_const(book.cards))
        if (session.canSeeAgent(c.agentId))
            own.append(c);
    book.cards = own;
    for (auto it = book.weekly.begin(); it != book.weekly.end();) {
        if (session.canSeeAgent(it.key()))
            ++it;
        else
            it = book.weekly.erase(it);
    }
    if (session.team().isEmpty() || book.team != session.team()) {
        const QString team = book.team;
        book.summary = pool(book.cards, book.rules);
        book.summary.team = team;
        for (int i = 0; i < ScoreComponentCount; ++i)
            book.averageScores[std::size_t(i)] =
                book.cards.isEmpty() ? std::nullopt : componentScore(book.cards.first(), static_cast<ScoreComponent>(i));
    }
}

AgentScorecard pool(const QList<AgentScorecard> &cards, const ScorecardRules &rules)
{
    AgentScorecard team;
    ServiceFigures &f = team.conversations;
    double waitSum = 0, realtimeWaitSum = 0, emailWaitSum = 0, handleSum = 0, resolvedSum = 0, csatSum = 0, top2Sum = 0,
           transfersSum = 0, qaSum = 0;
    qint64 within = 0;
    for (const AgentScorecard &c : cards) {
        const ServiceFigures &g = c.conversations;
        team.handled += c.handled;
        f.offered += g.offered;
        f.answered += g.answered;
        within += g.answeredWithinThreshold;
        waitSum += g.asaSeconds.value_or(0) * double(g.answered);
        f.answeredRealtime += g.answeredRealtime;
        realtimeWaitSum += g.asaRealtimeSeconds.value_or(0) * double(g.answeredRealtime);
        f.answeredEmail += g.answeredEmail;
        emailWaitSum += g.emailReplySeconds.value_or(0) * double(g.answeredEmail);
        f.handleTimes += g.handleTimes;
        handleSum += g.ahtSeconds.value_or(0) * double(g.handleTimes);
        f.resolvedKnown += g.resolvedKnown;
        resolvedSum += g.fcrPct.value_or(0) / 100.0 * double(g.resolvedKnown);
        f.csatResponses += g.csatResponses;
        csatSum += g.csatMean.value_or(0) * double(g.csatResponses);
        top2Sum += g.csatTop2Pct.value_or(0) / 100.0 * double(g.csatResponses);
        transfersSum += g.transfersAvg.value_or(0) * double(g.answered);
        team.availableSeconds += c.availableSeconds;
        team.busySeconds += c.busySeconds;
        team.wrapSeconds += c.wrapSeconds;
        team.scheduledSeconds += c.scheduledSeconds;
        team.adheringSeconds += c.adheringSeconds;
        team.qaReviews += c.qaReviews;
        qaSum += c.qaScore.value_or(0) * double(c.qaReviews);
    }
    const auto ratio = [](double part, qint64 whole, double scale = 1.0) {
        return whole > 0 ? std::optional<double>(scale * part / double(whole)) : std::nullopt;
    };
    f.answeredWithinThreshold = within;
    team.responseWithinTargetPct = ratio(double(within), team.handled, 100.0);
    f.asaSeconds = ratio(waitSum, f.answered);
    f.asaRealtimeSeconds = ratio(realtimeWaitSum, f.answeredRealtime);
    f.emailReplySeconds = ratio(emailWaitSum, f.answeredEmail);
    if (cards.size() == 1) {
        // One card pooled is that card: its percentiles hold.
        f.p90WaitSeconds = cards.constFirst().conversations.p90WaitSeconds;
        f.p90RealtimeSeconds = cards.constFirst().conversations.p90RealtimeSeconds;
    }
    f.ahtSeconds = ratio(handleSum, f.handleTimes);
    f.fcrPct = ratio(resolvedSum, f.resolvedKnown, 100.0);
    f.csatMean = ratio(csatSum, f.csatResponses);
    f.csatTop2Pct = ratio(top2Sum, f.csatResponses, 100.0);
    f.transfersAvg = ratio(transfersSum, f.answered);
    team.occupancyPct = ratio(double(team.busySeconds + team.wrapSeconds),
                              team.availableSeconds + team.busySeconds + team.wrapSeconds, 100.0);
    team.adherencePct = ratio(double(team.adheringSeconds), team.scheduledSeconds, 100.0);
    team.qaScore = ratio(qaSum, team.qaReviews);
    AgentMetrics::score(team, rules);
    return team;
}

std::optional<ScorecardBook> buildBook(QSqlDatabase &db, const QTimeZone &zone, const BookOptions &options,
                                       QString *error)
{
    const std::optional<ReportPeriod> period = ReportPeriod::fromDates(options.first, options.last, zone);
    if (!period) {
        if (error)
            *error = QCoreApplication::translate("kefu::scorecards::ScorecardBook", "no period from %1 to %2")
                         .arg(options.first.toString(Qt::ISODate), options.last.toString(Qt::ISODate));
        return std::nullopt;
    }
    ScorecardBook book;
    book.first = options.first;
    book.last = options.last;
    book.team = options.team;
    book.zone = zone;
    book.rules = ScorecardRules::fromStore(db);
    book.service = ServiceRules::fromStore(db);
    const ServiceRules &service = book.service;
    AgentReportOptions report;
    report.team = options.team;
    report.now = options.now;
    ServiceFigures pooled;
    std::optional<QList<AgentScorecard>> cards =
        AgentMetrics::report(db, *period, report, service, book.rules, error, &pooled);
    if (!cards)
        return std::nullopt;
    book.cards = std::move(*cards);
    book.now = options.now;
    book.rankedAgents = int(std::count_if(book.cards.cbegin(), book.cards.cend(),
                                          [](const AgentScorecard &c) { return c.rank.has_value(); }));
    book.occupancyMinPct = StoreSettings::value(db, QStringLiteral("target.occupancy_min_pct")).toDouble();
    book.occupancyMaxPct = StoreSettings::value(db, QStringLiteral("target.occupancy_max_pct")).toDouble();
    book.summary = pool(book.cards, book.rules);
    book.summary.team = options.team;
    // The percentiles cannot be pooled from the agents' own: they come from all the agents' contacts.
    book.summary.conversations.p90WaitSeconds = pooled.p90WaitSeconds;
    book.summary.conversations.p90RealtimeSeconds = pooled.p90RealtimeSeconds;
    for (int i = 0; i < ScoreComponentCount; ++i) {
        double sum = 0;
        int n = 0;
        for (const AgentScorecard &c : book.cards) {
            if (const std::optional<double> s = componentScore(c, static_cast<ScoreComponent>(i))) {
                sum += *s;
                ++n;
            }
        }
        if (n > 0)
            book.averageScores[std::size_t(i)] = sum / n;
    }
    if (options.trendWeeks > 0 && !addTrends(db, zone, options, book, error))
        return std::nullopt;
    return book;
}

bool addTrends(QSqlDatabase &db, const QTimeZone &zone, const BookOptions &options, ScorecardBook &book,
               QString *error)
{
    const ServiceRules service = ServiceRules::fromStore(db);
    const ScorecardRules rules = ScorecardRules::fromStore(db);
    AgentReportOptions report;
    report.team = options.team;
    report.now = options.now;
    book.weekStarts.clear();
    book.weekly.clear();
    const QDate lastMonday = options.last.addDays(1 - options.last.dayOfWeek());
    for (int w = options.trendWeeks - 1; w >= 0; --w)
        book.weekStarts.append(lastMonday.addDays(-7 * w));
    for (int w = 0; w < book.weekStarts.size(); ++w) {
        const QDate start = book.weekStarts.at(w);
        const std::optional<ReportPeriod> week = ReportPeriod::fromDates(start, start.addDays(6), zone);
        std::optional<QList<AgentScorecard>> weekCards = AgentMetrics::report(db, *week, report, service, rules, error);
        if (!weekCards)
            return false;
        for (const AgentScorecard &c : *weekCards) {
            if (!options.trendAgent.isEmpty() && c.agentId != options.trendAgent)
                continue;
            QList<std::optional<AgentScorecard>> &series = book.weekly[c.agentId];
            series.resize(book.weekStarts.size());
            if (c.handled > 0 || c.composite)
                series[w] = c;
        }
    }
    return true;
}

} // namespace kefu::scorecards
