// Agent scorecards (metrics.md "Per agent" and "Composite score"): the worked example of
// shared/spec/examples reproduced exactly, and hand-computed states, shifts, QA and ranks.
#include "ExampleData.h"
#include "TestSupport.h"
#include "metrics/AgentMetrics.h"
#include "metrics/ReportTable.h"

using namespace kefu;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

qint64 at(const QString &local)
{
    return test::localToUtc(local, Shanghai);
}

bool exec(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QString error;
    if (!sql::exec(db, statement, values, &error)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(error));
        return false;
    }
    return true;
}

bool addAgent(QSqlDatabase &db, const QString &id, const QString &team = {}, bool active = true)
{
    if (!team.isEmpty() && !exec(db, QStringLiteral("INSERT OR IGNORE INTO teams(name) VALUES (?)"), {team}))
        return false;
    return exec(
        db, QStringLiteral("INSERT INTO agents(id, name, team, active) VALUES (?, ?, ?, ?)"),
        {id, QString(QStringLiteral("name of ") + id), team.isEmpty() ? QVariant() : QVariant(team), active ? 1 : 0});
}

bool addState(QSqlDatabase &db, const QString &agent, const QString &state, const QString &from, const QString &to = {})
{
    return exec(db,
                QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at, ended_at) VALUES (?, ?, ?, ?)"),
                {agent, state, at(from), to.isEmpty() ? QVariant() : QVariant(at(to))});
}

bool addShift(QSqlDatabase &db, const QString &agent, const QString &from, const QString &to)
{
    return exec(db, QStringLiteral("INSERT INTO shifts(agent_id, start_at, end_at) VALUES (?, ?, ?)"),
                {agent, at(from), at(to)});
}

bool addReview(QSqlDatabase &db, const QString &id, const QString &agent, const QString &when, double score,
               bool autoFail = false)
{
    return exec(
        db,
        QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail) VALUES (?, ?, ?, ?, ?)"),
        {id, agent, at(when), score, autoFail ? 1 : 0});
}

const AgentScorecard *find(const QList<AgentScorecard> &cards, const QString &id)
{
    for (const AgentScorecard &c : cards) {
        if (c.agentId == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestAgentMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Store> newStore() { return test::createStore(m_dir, QStringLiteral("s%1.sqlite").arg(++m_stores)); }

    static QList<AgentScorecard> report(QSqlDatabase &db, QDate first, QDate last, qint64 now, const QString &team = {})
    {
        const auto period = ReportPeriod::fromDates(first, last, Shanghai);
        AgentReportOptions options;
        options.now = now;
        options.team = team;
        QString error;
        const auto cards = AgentMetrics::report(db, *period, options, &error);
        if (!cards)
            qWarning("report: %s", qPrintable(error));
        return cards.value_or(QList<AgentScorecard>());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The worked example, written as `report agents` writes it, byte for byte.
    void workedExample()
    {
        auto store = newStore();
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY2(test::loadExampleData(db, test::examplesDir(), Shanghai, &error), qPrintable(error));
        const QList<AgentScorecard> cards =
            report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), at(QStringLiteral("2025-07-10 00:00:00")));
        QCOMPARE(cards.size(), 2);
        const QByteArray spec = test::fileContent(test::examplesDir() + QStringLiteral("/expected_report_agents.csv"));
        QVERIFY(!spec.isEmpty());
        // The spec's columns as its example has them, then KefuDesk's wait columns, by hand:
        const QByteArray expected = test::withAppendedFields(
            spec, {QStringLiteral("asa_realtime_s,p90_realtime_s,email_reply_s"),
                   // A1 answered c1 10, c2 15, p2 60, x1 5 s, all real-time: 90 / 4; p90 at rank ⌈3.6⌉ = 4: 60
                   QStringLiteral("22.5,60.0,"),
                   // A2 answered c3 16 and p1 20 s (18, p90 at rank ⌈1.8⌉ = 2: 20) and e-mail e1 after 28,801 s:
                   // the blended ASA of 9,612.3 s says nothing of either
                   QStringLiteral("18.0,20.0,28801.0")});
        QCOMPARE(QString::fromUtf8(ReportTable::agents(cards).toCsv()), QString::fromUtf8(expected));

        // The parts behind the figures (README): A1 works 415 min, 150 of them busy or in wrap; its
        // 540 scheduled minutes hold 475 adhering ones; A2's night shift and busy state are cut at 00:00.
        const AgentScorecard &a1 = cards.at(0);
        QCOMPARE(a1.availableSeconds + a1.busySeconds + a1.wrapSeconds, qint64(415 * 60));
        QCOMPARE(a1.scheduledSeconds, qint64(540 * 60));
        QCOMPARE(a1.adheringSeconds, qint64(475 * 60));
        QCOMPARE(a1.qaReviews, 2);
        QCOMPARE(a1.components.size(), 6);
        QVERIFY(std::abs(*a1.composite - (20 * 93.75 + 15 * 100 + 20 * 100 + 20 * (100 * 13.0 / 3 / 4.5) + 20 * 50 +
                                          5 * (100 * 475.0 / 540 / 0.95)) /
                                             100) < 1e-9);
        const AgentScorecard &a2 = cards.at(1);
        // Responsiveness judges each contact against its own channel's threshold: c3 (chat, 16 s > 15) is
        // late, p1 (phone, 20 s ≤ 20) and e1 (e-mail, 8 h ≤ 24 h) are in time: 2 of 3.
        QCOMPARE(a2.conversations.answeredWithinThreshold, qint64(2));
        QCOMPARE(a2.conversations.answeredRealtime, qint64(2));
        QCOMPARE(a2.conversations.answeredEmail, qint64(1));
        QCOMPARE(a2.busySeconds, qint64(130 * 60));
        QCOMPARE(a2.scheduledSeconds, qint64(480 * 60));
        QCOMPARE(a2.adheringSeconds, qint64(371 * 60));
        QCOMPARE(a2.qaReviews, 1); // q4 lies before the period

        const QByteArray json = ReportTable::agents(cards).toJson();
        QVERIFY(json.contains("{\"agent_id\": \"A1\", \"name\": \"张伟\", \"team\": \"一组\", \"handled\": 4,"));
        QVERIFY(json.contains("\"composite\": 87.6, \"rank\": 1, \"asa_realtime_s\": 22.5, \"p90_realtime_s\": 60.0, "
                              "\"email_reply_s\": null}"));
    }

    void componentScore_data()
    {
        QTest::addColumn<int>("component");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("score");
        QTest::newRow("higher, below target") << int(ScoreComponent::Responsiveness) << 75.0 << 80.0 << 93.75;
        QTest::newRow("higher, above target: capped") << int(ScoreComponent::Resolution) << 100.0 << 75.0 << 100.0;
        QTest::newRow("higher, zero") << int(ScoreComponent::Quality) << 0.0 << 90.0 << 0.0;
        QTest::newRow("higher, target 0") << int(ScoreComponent::Quality) << 0.0 << 0.0 << 100.0;
        QTest::newRow("lower, better than target") << int(ScoreComponent::Handling) << 185.0 << 300.0 << 100.0;
        QTest::newRow("lower, worse than target") << int(ScoreComponent::Handling) << 600.0 << 300.0 << 50.0;
        QTest::newRow("lower, zero scores 100") << int(ScoreComponent::Handling) << 0.0 << 300.0 << 100.0;
    }

    void componentScore()
    {
        QFETCH(int, component);
        QFETCH(double, value);
        QFETCH(double, target);
        QFETCH(double, score);
        QCOMPARE(ScorecardRules::score(static_cast<ScoreComponent>(component), value, target), score);
    }

    // States and shifts that cross the period's edges count only inside it.
    void statesAndShiftsAcrossTheEdges()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QVERIFY(addAgent(db, QStringLiteral("B1")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("offline"), QStringLiteral("2025-06-30 08:00:00"),
                         QStringLiteral("2025-06-30 20:00:00")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("available"), QStringLiteral("2025-06-30 20:00:00"),
                         QStringLiteral("2025-07-01 01:00:00")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("busy"), QStringLiteral("2025-07-01 01:00:00"),
                         QStringLiteral("2025-07-01 02:00:00")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("break"), QStringLiteral("2025-07-01 02:00:00"),
                         QStringLiteral("2025-07-01 03:00:00")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("wrap"), QStringLiteral("2025-07-01 03:00:00"),
                         QStringLiteral("2025-07-01 03:30:00")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("offline"), QStringLiteral("2025-07-01 03:30:00"),
                         QStringLiteral("2025-07-01 22:00:00")));
        QVERIFY(addState(db, QStringLiteral("B1"), QStringLiteral("available"), QStringLiteral("2025-07-01 22:00:00"),
                         QStringLiteral("2025-07-02 02:00:00")));
        QVERIFY(addShift(db, QStringLiteral("B1"), QStringLiteral("2025-06-29 23:00:00"),
                         QStringLiteral("2025-06-30 03:00:00")));
        QVERIFY(addShift(db, QStringLiteral("B1"), QStringLiteral("2025-06-30 23:00:00"),
                         QStringLiteral("2025-07-01 03:00:00")));
        QVERIFY(addShift(db, QStringLiteral("B1"), QStringLiteral("2025-07-01 21:00:00"),
                         QStringLiteral("2025-07-02 01:00:00")));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), at(QStringLiteral("2025-07-09 00:00:00")));
        QCOMPARE(cards.size(), 1);
        const AgentScorecard &b = cards.constFirst();
        // available 00:00–01:00 and 22:00–24:00, busy 01:00–02:00, wrap 03:00–03:30
        QCOMPARE(b.availableSeconds, qint64(3 * 3600));
        QCOMPARE(b.busySeconds, qint64(3600));
        QCOMPARE(b.wrapSeconds, qint64(1800));
        QCOMPARE(ReportTable::percent(b.occupancyPct).text, QStringLiteral("33.3")); // 1.5 h / 4.5 h
        // scheduled 00:00–03:00 and 21:00–24:00; adhering 00:00–02:00 and 22:00–24:00
        QCOMPARE(b.scheduledSeconds, qint64(6 * 3600));
        QCOMPARE(b.adheringSeconds, qint64(4 * 3600));
        QCOMPARE(ReportTable::percent(b.adherencePct).text, QStringLiteral("66.7"));
        QVERIFY(!b.conversations.asaSeconds && !b.conversations.ahtSeconds); // no conversations: empty, not 0
        QCOMPARE(b.handled, 0);
        QVERIFY(!b.responseWithinTargetPct);
        // Only discipline is left for the composite: 66.67 / 95.
        QCOMPARE(b.components.size(), 1);
        QCOMPARE(b.components.constFirst().component, ScoreComponent::Discipline);
        QVERIFY(std::abs(*b.composite - 100 * (4.0 / 6.0) / 0.95) < 1e-9);
        QCOMPARE(b.rank, std::optional<int>(1));
    }

    // An open state (no ended_at) and the shift in progress count up to now, or to the period's end.
    void openStateUntilNow_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<qint64>("scheduled");
        QTest::addColumn<qint64>("adhering");
        QTest::addColumn<QString>("adherence");
        // scheduled 09:00–12:00, adhering 09:00–11:00 (busy, then available; on break since 11:00)
        QTest::newRow("during the day") << QStringLiteral("2025-07-01 12:00:00") << qint64(3 * 3600) << qint64(2 * 3600)
                                        << QStringLiteral("66.7");
        QTest::newRow("after the period")
            << QStringLiteral("2025-07-05 00:00:00") << qint64(8 * 3600) << qint64(2 * 3600) << QStringLiteral("25.0");
        QTest::newRow("before the shift")
            << QStringLiteral("2025-07-01 08:30:00") << qint64(0) << qint64(0) << QString();
    }

    void openStateUntilNow()
    {
        QFETCH(QString, now);
        QFETCH(qint64, scheduled);
        QFETCH(qint64, adhering);
        QFETCH(QString, adherence);
        auto store = newStore();
        QSqlDatabase db = store->database();
        QVERIFY(addAgent(db, QStringLiteral("B2")));
        QVERIFY(addState(db, QStringLiteral("B2"), QStringLiteral("busy"), QStringLiteral("2025-07-01 08:00:00"),
                         QStringLiteral("2025-07-01 10:00:00")));
        QVERIFY(addState(db, QStringLiteral("B2"), QStringLiteral("available"), QStringLiteral("2025-07-01 10:00:00"),
                         QStringLiteral("2025-07-01 11:00:00")));
        QVERIFY(addState(db, QStringLiteral("B2"), QStringLiteral("break"), QStringLiteral("2025-07-01 11:00:00")));
        QVERIFY(addShift(db, QStringLiteral("B2"), QStringLiteral("2025-07-01 09:00:00"),
                         QStringLiteral("2025-07-01 17:00:00")));
        // An agent whose open state began before the period.
        QVERIFY(addAgent(db, QStringLiteral("B3")));
        QVERIFY(addState(db, QStringLiteral("B3"), QStringLiteral("available"), QStringLiteral("2025-06-30 20:00:00")));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), at(now));
        QCOMPARE(cards.size(), 2);
        const AgentScorecard &b2 = cards.at(0);
        QCOMPARE(b2.scheduledSeconds, scheduled);
        QCOMPARE(b2.adheringSeconds, adhering);
        QCOMPARE(ReportTable::percent(b2.adherencePct).text, adherence);
        const AgentScorecard &b3 = cards.at(1);
        const qint64 until =
            std::clamp(at(now), at(QStringLiteral("2025-07-01 00:00:00")), at(QStringLiteral("2025-07-02 00:00:00")));
        QCOMPARE(b3.availableSeconds, until - at(QStringLiteral("2025-07-01 00:00:00")));
        QCOMPARE(b3.occupancyPct, std::optional<double>(0.0));
    }

    // QA: reviews of the period only; a failed critical item counts 0.
    void qaScores()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QVERIFY(addAgent(db, QStringLiteral("Q1")));
        QVERIFY(addAgent(db, QStringLiteral("Q2")));
        QVERIFY(addReview(db, QStringLiteral("r1"), QStringLiteral("Q1"), QStringLiteral("2025-07-01 00:00:00"), 90));
        QVERIFY(addReview(db, QStringLiteral("r2"), QStringLiteral("Q1"), QStringLiteral("2025-07-01 12:00:00"), 70));
        QVERIFY(
            addReview(db, QStringLiteral("r3"), QStringLiteral("Q1"), QStringLiteral("2025-07-01 23:59:59"), 95, true));
        QVERIFY(addReview(db, QStringLiteral("r4"), QStringLiteral("Q1"), QStringLiteral("2025-06-30 23:59:59"), 10));
        QVERIFY(addReview(db, QStringLiteral("r5"), QStringLiteral("Q1"), QStringLiteral("2025-07-02 00:00:00"), 10));
        QVERIFY(addReview(db, QStringLiteral("r6"), QStringLiteral("Q2"), QStringLiteral("2025-07-01 08:00:00"), 100,
                          true));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), at(QStringLiteral("2025-07-09 00:00:00")));
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).qaReviews, 3);
        QCOMPARE(cards.at(0).qaScore, std::optional<double>((90.0 + 70.0 + 0.0) / 3));
        QCOMPARE(cards.at(1).qaScore, std::optional<double>(0.0));
        // Quality is each one's only component: 53.33 / 90 and 0.
        QCOMPARE(ReportTable::score(cards.at(0).composite).text, QStringLiteral("59.3"));
        QCOMPARE(cards.at(1).composite, std::optional<double>(0.0));
        QCOMPARE(cards.at(0).rank, std::optional<int>(1));
        QCOMPARE(cards.at(1).rank, std::optional<int>(2));
    }

    // Equal composites rank by agent id; a card without any metric has no composite and no rank;
    // an inactive agent without anything in the period is left out.
    void ranksAndTies()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        for (const char *id : {"T0", "T2", "T1", "T3"})
            QVERIFY(addAgent(db, QString::fromLatin1(id)));
        QVERIFY(addAgent(db, QStringLiteral("T9"), {}, false));
        QVERIFY(addAgent(db, QStringLiteral("T8"), {}, false));
        QVERIFY(addReview(db, QStringLiteral("r1"), QStringLiteral("T2"), QStringLiteral("2025-07-01 10:00:00"), 90));
        QVERIFY(addReview(db, QStringLiteral("r2"), QStringLiteral("T1"), QStringLiteral("2025-07-01 10:00:00"), 95));
        QVERIFY(addReview(db, QStringLiteral("r3"), QStringLiteral("T3"), QStringLiteral("2025-07-01 10:00:00"), 45));
        QVERIFY(addReview(db, QStringLiteral("r4"), QStringLiteral("T8"), QStringLiteral("2025-07-01 10:00:00"), 99));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), at(QStringLiteral("2025-07-09 00:00:00")));
        QStringList got;
        for (const AgentScorecard &c : cards)
            got << QStringLiteral("%1:%2").arg(c.agentId, c.rank ? QString::number(*c.rank) : QStringLiteral("-"));
        // T1 (95 → 100) and T2 (90 → 100) tie: T1 first; T8 is inactive but was reviewed, so it counts.
        QCOMPARE(got, (QStringList{QStringLiteral("T0:-"), QStringLiteral("T1:1"), QStringLiteral("T2:2"),
                                   QStringLiteral("T3:4"), QStringLiteral("T8:3")}));
        QVERIFY(!find(cards, QStringLiteral("T0"))->composite);
        QVERIFY(find(cards, QStringLiteral("T0"))->components.isEmpty());
        const QStringList lines = QString::fromUtf8(ReportTable::agents(cards).toCsv()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(1), QStringLiteral("T0,name of T0,,0,,,,,,,,0,,,,,,,,,"));
    }

    // Components with empty metrics drop out; the others keep their weights.
    void componentsDropOut()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QVERIFY(addAgent(db, QStringLiteral("D1")));
        const qint64 t = at(QStringLiteral("2025-07-01 10:00:00"));
        // Answered at 30 s on chat (late), in progress: no handle time, no resolved, no csat.
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at)"
                                    " VALUES ('d1', 'chat', 'D1', ?, ?), ('d2', 'chat', 'D1', ?, ?)"),
                     {t, t + 30, t + 60, t + 65}));
        QVERIFY(addReview(db, QStringLiteral("r1"), QStringLiteral("D1"), QStringLiteral("2025-07-01 11:00:00"), 72));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), at(QStringLiteral("2025-07-09 00:00:00")));
        QCOMPARE(cards.size(), 1);
        const AgentScorecard &d = cards.constFirst();
        QCOMPARE(d.handled, 2);
        QCOMPARE(d.responseWithinTargetPct, std::optional<double>(50.0));
        QVERIFY(!d.conversations.ahtSeconds && !d.conversations.fcrPct && !d.conversations.csatMean);
        QVERIFY(!d.adherencePct && !d.occupancyPct);
        QCOMPARE(d.components.size(), 2);
        // responsiveness 50 / 80 → 62.5 (weight 20), quality 72 / 90 → 80 (weight 20)
        QCOMPARE(*d.composite, (20 * 62.5 + 20 * 80.0) / 40);
    }

    // Targets and weights come from the store's settings.
    void weightsAndTargetsFromSettings()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY2(test::loadExampleData(db, test::examplesDir(), Shanghai, &error), qPrintable(error));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('weight.quality', '0'),"
                                    " ('target.csat_mean', '5'), ('sl_threshold_s.phone', '60')"),
                     {}));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), at(QStringLiteral("2025-07-10 00:00:00")));
        const AgentScorecard &a1 = cards.at(0);
        // p2 (60 s on phone) is now within: 4 of 4.
        QCOMPARE(a1.responseWithinTargetPct, std::optional<double>(100.0));
        const double expected =
            (20 * 100.0 + 15 * 100 + 20 * 100 + 20 * (100 * 13.0 / 3 / 5) + 0 * 50 + 5 * (100 * 475.0 / 540 / 0.95)) /
            80;
        QVERIFY(std::abs(*a1.composite - expected) < 1e-9);
    }

    // A long period is read in slices on several connections at once; the cards are the same as read
    // in one piece.
    void slicedReadMatchesOnePiece()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        for (int a = 1; a <= 5; ++a)
            QVERIFY(
                addAgent(db, QStringLiteral("S%1").arg(a), a % 2 ? QStringLiteral("一组") : QStringLiteral("二组")));
        const qint64 base = at(QStringLiteral("2025-06-01 00:00:00"));
        sql::WriteTransaction tx(db);
        for (int i = 0; i < 2000; ++i) {
            const qint64 t = base + qint64(i) * 1300;
            QVERIFY(
                exec(db,
                     QStringLiteral(
                         "INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at,"
                         " ended_at, wrap_seconds, transfers, resolved, csat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {QStringLiteral("k%1").arg(i), channelId(static_cast<Channel>(i % ChannelCount)),
                      QStringLiteral("S%1").arg(1 + i % 5), t, t + (i * 17) % 70,
                      i % 6 ? QVariant(t + 300 + i % 200) : QVariant(), i % 2 ? QVariant(i % 30) : QVariant(), i % 3,
                      i % 4 ? QVariant(i % 2) : QVariant(), i % 5 ? QVariant(1 + i % 5) : QVariant()}));
        }
        QVERIFY(tx.commit());
        const auto period = ReportPeriod::fromDates(QDate(2025, 6, 1), QDate(2025, 6, 30), Shanghai);
        QString error;
        for (const QString &team : {QString(), QStringLiteral("一组")}) {
            AgentReportOptions o;
            o.now = base + 40 * 86400;
            o.team = team;
            o.maxThreads = 1;
            const auto one = AgentMetrics::report(db, *period, o, &error);
            o.maxThreads = 4;
            const auto sliced = AgentMetrics::report(db, *period, o, &error);
            QVERIFY2(one && sliced, qPrintable(error));
            QCOMPARE(one->size(), team.isEmpty() ? 5 : 3);
            QCOMPARE(ReportTable::agents(*sliced).toCsv(), ReportTable::agents(*one).toCsv());
        }
    }

    void teamFilter()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY2(test::loadExampleData(db, test::examplesDir(), Shanghai, &error), qPrintable(error));
        const auto cards = report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), at(QStringLiteral("2025-07-10 00:00:00")),
                                  QStringLiteral("二组"));
        QCOMPARE(cards.size(), 1);
        const QStringList lines = QString::fromUtf8(ReportTable::agents(cards).toCsv()).split(QStringLiteral("\r\n"));
        // The same figures as in the whole report, ranked within the team.
        QCOMPARE(lines.at(1), QStringLiteral("A2,王芳,二组,3,66.7,9612.3,28801.0,620.0,100.0,3.00,50.0,2,0.0,35.3,77.3,"
                                             "100.0,81.3,1,18.0,20.0,28801.0"));
        QVERIFY(report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), 0, QStringLiteral("no such team")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgentMetrics)
#include "tst_agentmetrics.moc"
