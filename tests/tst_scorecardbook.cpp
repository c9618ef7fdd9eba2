// The scorecard book behind the scorecards pane and `report agents` (pdf, xlsx): period presets, the
// team pooled from its agents, the mean component scores, weekly trends — hand-computed.
#include "ExampleData.h"
#include "TestSupport.h"
#include "auth/Session.h"
#include "scorecards/ScorecardBook.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

using namespace kefu;
using namespace kefu::scorecards;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

qint64 at(const QString &local)
{
    return test::localToUtc(local, Shanghai);
}

// A store on Shanghai time with team T1 of agents A1 (Li) and A2 (Wang); empty when that fails.
std::unique_ptr<Store> teamStore(QTemporaryDir &dir)
{
    auto store = test::createStore(dir);
    if (!store)
        return store;
    QSqlDatabase db = store->database();
    if (!settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                            QStringLiteral("Asia/Shanghai"), nullptr) ||
        !sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('T1')")) ||
        !sql::exec(db,
                   QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A1', 'Li', 'T1'), ('A2', 'Wang', 'T1')")))
        store.reset();
    return store;
}

} // namespace

class TestScorecardBook : public QObject
{
    Q_OBJECT

private slots:
    void presets()
    {
        const QDate today(2026, 11, 23); // a Monday
        QCOMPARE(presetDates(PeriodPreset::Yesterday, today), std::make_pair(QDate(2026, 11, 22), QDate(2026, 11, 22)));
        QCOMPARE(presetDates(PeriodPreset::Last7Days, today), std::make_pair(QDate(2026, 11, 17), QDate(2026, 11, 23)));
        QCOMPARE(presetDates(PeriodPreset::Last30Days, today), std::make_pair(QDate(2026, 10, 25), QDate(2026, 11, 23)));
        QCOMPARE(presetDates(PeriodPreset::Last90Days, today), std::make_pair(QDate(2026, 8, 26), QDate(2026, 11, 23)));
        QCOMPARE(presetDates(PeriodPreset::ThisMonth, today), std::make_pair(QDate(2026, 11, 1), QDate(2026, 11, 23)));
        QCOMPARE(presetDates(PeriodPreset::LastMonth, today), std::make_pair(QDate(2026, 10, 1), QDate(2026, 10, 31)));
        QCOMPARE(presetDates(PeriodPreset::LastMonth, QDate(2026, 1, 5)),
                 std::make_pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
        QCOMPARE(presetDates(PeriodPreset::ThisQuarter, today), std::make_pair(QDate(2026, 10, 1), QDate(2026, 11, 23)));
        QCOMPARE(presetDates(PeriodPreset::ThisQuarter, QDate(2026, 3, 31)),
                 std::make_pair(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    }

    void ratings()
    {
        // Higher is better: on target from 80, near from 72 (90 %), off below.
        QCOMPARE(rate(ScoreComponent::Responsiveness, 80.0, 80), Rating::OnTarget);
        QCOMPARE(rate(ScoreComponent::Responsiveness, 72.0, 80), Rating::Near);
        QCOMPARE(rate(ScoreComponent::Responsiveness, 71.9, 80), Rating::Off);
        // Lower is better (AHT): on target up to 300 s, near up to 330 s.
        QCOMPARE(rate(ScoreComponent::Handling, 300.0, 300), Rating::OnTarget);
        QCOMPARE(rate(ScoreComponent::Handling, 330.0, 300), Rating::Near);
        QCOMPARE(rate(ScoreComponent::Handling, 331.0, 300), Rating::Off);
        QCOMPARE(rate(ScoreComponent::Quality, std::nullopt, 90), Rating::None);
        QCOMPARE(rateComposite(90.0), Rating::OnTarget);
        QCOMPARE(rateComposite(85.0), Rating::Near);
        QCOMPARE(rateComposite(79.9), Rating::Off);
        QCOMPARE(rateOccupancy(75.0, 70, 80), Rating::OnTarget);
        QCOMPARE(rateOccupancy(65.0, 70, 80), Rating::Near);
        QCOMPARE(rateOccupancy(85.0, 70, 80), Rating::Off);
    }

    // The team's waits: real-time and e-mail apart, pooled over the team's contacts; the team's p90s are
    // those of all its contacts (not pooled from the agents'), and one agent's own book keeps theirs.
    void teamWaitsKeepEmailApart()
    {
        QTemporaryDir dir;
        auto store = teamStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const qint64 day = at(QStringLiteral("2026-11-17 10:00:00"));
        int n = 0;
        const auto contact = [&](const char *channel, const char *agent, int wait) {
            const qint64 a = day + 600 * n++;
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at,"
                                             " ended_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              {QStringLiteral("c%1").arg(n), QString::fromLatin1(channel), QString::fromLatin1(agent),
                               a, a + wait, a + wait + 100}));
        };
        contact("chat", "A1", 10);
        contact("phone", "A1", 30);
        contact("chat", "A2", 20);
        contact("email", "A2", 7200);
        contact("email", "A2", 3600);
        QString error;
        BookOptions options;
        options.first = QDate(2026, 11, 16);
        options.last = QDate(2026, 11, 22);
        options.now = at(QStringLiteral("2026-11-23 09:00:00"));
        const std::optional<ScorecardBook> book = buildBook(db, Shanghai, options, &error);
        QVERIFY2(book, qPrintable(error));
        const ServiceFigures &team = book->summary.conversations;
        QCOMPARE(*team.asaRealtimeSeconds, 20.0);  // (10 + 30 + 20) / 3
        QCOMPARE(*team.p90RealtimeSeconds, 30.0);  // rank ⌈2.7⌉ = 3 of 10, 20, 30
        QCOMPARE(*team.emailReplySeconds, 5400.0); // (7200 + 3600) / 2
        QCOMPARE(*team.p90WaitSeconds, 7200.0);    // rank ⌈4.5⌉ = 5 of all five
        QCOMPARE(*team.asaSeconds, 10860.0 / 5);   // metrics.md's blend, kept for the CSV
        const AgentScorecard &a2 = book->cards.at(1);
        QCOMPARE(*a2.conversations.asaRealtimeSeconds, 20.0);
        QCOMPARE(*a2.conversations.emailReplySeconds, 5400.0);
        QVERIFY(!book->cards.at(0).conversations.emailReplySeconds); // A1 answered no e-mail: empty, not 0
        // An agent's own book: the pooled row is their card, percentiles included.
        ScorecardBook mine = *book;
        restrictTo(mine, Session::signedIn(3, QStringLiteral("wang"), Role::Agent, QStringLiteral("A2")));
        QCOMPARE(*mine.summary.conversations.p90RealtimeSeconds, 20.0);
        QCOMPARE(*mine.summary.conversations.p90WaitSeconds, 7200.0);
        QCOMPARE(*mine.summary.conversations.emailReplySeconds, 5400.0);
    }

    void teamPooledFromItsAgents()
    {
        QTemporaryDir dir;
        auto store = teamStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const auto contact = [&db](const char *id, const char *agent, const QString &arrived, int wait, int talk, int wrap,
                                   int resolved, const QVariant &csat) {
            const qint64 a = at(arrived);
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at,"
                                             " ended_at, wrap_seconds, resolved, csat) VALUES (?, 'chat', ?, ?, ?, ?, ?, ?, ?)"),
                              {QString::fromLatin1(id), QString::fromLatin1(agent), a, a + wait, a + wait + talk, wrap,
                               resolved, csat}));
        };
        contact("c1", "A1", QStringLiteral("2026-11-17 10:00:00"), 10, 290, 10, 1, 5);
        contact("c2", "A1", QStringLiteral("2026-11-18 10:00:00"), 20, 200, 0, 0, 4);
        contact("c3", "A2", QStringLiteral("2026-11-19 10:00:00"), 5, 500, 0, 1, QVariant());
        QString error;
        BookOptions options;
        options.first = QDate(2026, 11, 16);
        options.last = QDate(2026, 11, 22);
        options.now = at(QStringLiteral("2026-11-23 09:00:00"));
        options.trendWeeks = 2;
        const std::optional<ScorecardBook> book = buildBook(db, Shanghai, options, &error);
        QVERIFY2(book, qPrintable(error));
        QCOMPARE(book->cards.size(), 2);
        // A1: 1 of 2 within 15 s, AHT 250, FCR 50, CSAT 4.5; A2: 1 of 1, AHT 500, FCR 100, no CSAT.
        const AgentScorecard &team = book->summary;
        QCOMPARE(team.handled, 3);
        QCOMPARE(*team.responseWithinTargetPct, 100.0 * 2 / 3);
        QCOMPARE(*team.conversations.asaSeconds, 35.0 / 3);
        QCOMPARE(*team.conversations.ahtSeconds, 1000.0 / 3); // (300 + 200 + 500) / 3, not (250 + 500) / 2
        QCOMPARE(*team.conversations.fcrPct, 100.0 * 2 / 3);
        QCOMPARE(*team.conversations.csatMean, 4.5);
        QCOMPARE(*team.conversations.csatTop2Pct, 100.0);
        QVERIFY(!team.qaScore);
        QVERIFY(!team.adherencePct);
        QVERIFY(!team.rank);
        // 20 × 83.33 + 15 × 90 + 20 × 88.89 + 20 × 100 over 75 (quality and discipline drop out).
        const double expected = (20 * (100.0 * (200.0 / 3) / 80) + 15 * (100.0 * 300 / (1000.0 / 3))
                                 + 20 * (100.0 * (200.0 / 3) / 75) + 20 * 100.0)
                                / 75;
        QVERIFY(qAbs(*team.composite - expected) < 1e-9);
        QVERIFY(qAbs(*team.composite - 90.5926) < 1e-4);
        // Responsiveness scores: A1 62.5, A2 100 → 81.25; satisfaction only A1's 100.
        QCOMPARE(*book->averageScores[std::size_t(ScoreComponent::Responsiveness)], 81.25);
        QCOMPARE(*book->averageScores[std::size_t(ScoreComponent::Satisfaction)], 100.0);
        QVERIFY(!book->averageScores[std::size_t(ScoreComponent::Quality)]);
        // Two weeks of trends up to the week of the 22nd: nothing in the first.
        QCOMPARE(book->weekStarts, (QList<QDate>{QDate(2026, 11, 9), QDate(2026, 11, 16)}));
        const QList<std::optional<AgentScorecard>> &a1 = book->weekly.value(QStringLiteral("A1"));
        QCOMPARE(a1.size(), 2);
        QVERIFY(!a1.at(0));
        QCOMPARE(a1.at(1)->handled, 2);
        QCOMPARE(*a1.at(1)->conversations.ahtSeconds, 250.0);
        // An agent without "view all scorecards" and without a team keeps only their own card and
        // trends; the pooled row and the means become theirs; the rank still counts everybody.
        ScorecardBook mine = *book;
        restrictTo(mine, Session::signedIn(3, QStringLiteral("li"), Role::Agent, QStringLiteral("A1")));
        QCOMPARE(mine.cards.size(), 1);
        QCOMPARE(mine.weekly.keys(), QStringList{QStringLiteral("A1")});
        QCOMPARE(mine.summary.handled, 2);
        QCOMPARE(*mine.averageScores[std::size_t(ScoreComponent::Responsiveness)], 62.5);
        QCOMPARE(mine.rankedAgents, 2);
        // With their team: the team's pooled row stays.
        ScorecardBook team1 = *book;
        team1.team = QStringLiteral("T1");
        restrictTo(team1, Session::signedIn(3, QStringLiteral("li"), Role::Agent, QStringLiteral("A1"), QStringLiteral("T1")));
        QCOMPARE(team1.cards.size(), 1);
        QCOMPARE(team1.summary.handled, 3);
        // A lead sees everything.
        ScorecardBook all = *book;
        restrictTo(all, Session::signedIn(4, QStringLiteral("lead"), Role::Lead));
        QCOMPARE(all.cards.size(), 2);
        // One agent's trends only.
        options.trendAgent = QStringLiteral("A2");
        const std::optional<ScorecardBook> one = buildBook(db, Shanghai, options, &error);
        QCOMPARE(one->weekly.keys(), QStringList{QStringLiteral("A2")});
    }
};

QTEST_GUILESS_MAIN(TestScorecardBook)
#include "tst_scorecardbook.moc"
