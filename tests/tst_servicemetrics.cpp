// Conversation and group metrics (metrics.md), the service-level report and its buckets: the worked
// example of shared/spec/examples reproduced exactly, and hand-computed cases.
#include "ExampleData.h"
#include "TestSupport.h"
#include "metrics/ReportTable.h"
#include "metrics/ServiceMetrics.h"

#include <QSqlQuery>

using namespace kefu;

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
const QTimeZone Berlin("Europe/Berlin");

qint64 at(const QString &local, const QTimeZone &zone = Shanghai)
{
    return test::localToUtc(local, zone);
}

// One conversation row; answered ones are answered by agent A1.
struct Row
{
    Row(const QString &id_, const QString &channel_, qint64 arrived_, std::optional<qint64> answered_ = {},
        std::optional<qint64> ended_ = {}, std::optional<qint64> abandoned_ = {})
        : id(id_)
        , channel(channel_)
        , arrived(arrived_)
        , answered(answered_)
        , ended(ended_)
        , abandoned(abandoned_)
    {}

    QString id;
    QString channel = QStringLiteral("chat");
    qint64 arrived = 0;
    std::optional<qint64> answered;
    std::optional<qint64> ended;
    std::optional<qint64> abandoned;
    std::optional<qint64> wrap;
    std::optional<qint64> transfers;
    std::optional<qint64> resolved;
    std::optional<qint64> csat;
};

QVariant v(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

bool insert(QSqlDatabase &db, const QList<Row> &rows)
{
    QString error;
    sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO agents(id, name) VALUES ('A1', 'A1')"));
    for (const Row &r : rows) {
        if (!sql::exec(db,
                       QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at, "
                                      "ended_at, abandoned_at, wrap_seconds, transfers, resolved, csat) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {r.id, r.channel, r.answered ? QVariant(QStringLiteral("A1")) : QVariant(), r.arrived,
                        v(r.answered), v(r.ended), v(r.abandoned), v(r.wrap), v(r.transfers), v(r.resolved), v(r.csat)},
                       &error)) {
            qWarning("insert %s: %s", qPrintable(r.id), qPrintable(error));
            return false;
        }
    }
    return true;
}

QStringList csvLines(const QList<ServiceReportRow> &rows)
{
    QStringList lines = QString::fromUtf8(ReportTable::service(rows).toCsv()).split(QStringLiteral("\r\n"));
    lines.removeFirst(); // header
    lines.removeAll(QString());
    return lines;
}

ServiceReportOptions options(ServiceBucket by, qint64 now, int intervalMinutes = 30)
{
    ServiceReportOptions o;
    o.by = by;
    o.now = now;
    o.intervalMinutes = intervalMinutes;
    return o;
}

} // namespace

class TestServiceMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Store> newStore() { return test::createStore(m_dir, QStringLiteral("s%1.sqlite").arg(++m_stores)); }

    QList<ServiceReportRow> report(QSqlDatabase &db, QDate first, QDate last, const QTimeZone &zone,
                                   const ServiceReportOptions &o)
    {
        const auto period = ReportPeriod::fromDates(first, last, zone);
        if (!period) {
            qWarning("no period");
            return {};
        }
        QString error;
        const auto rows = ServiceMetrics::report(db, *period, o, &error);
        if (!rows)
            qWarning("report: %s", qPrintable(error));
        return rows.value_or(QList<ServiceReportRow>());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The worked example, written as `report service --by day` writes it, byte for byte.
    void workedExampleByDay()
    {
        auto store = newStore();
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY2(test::loadExampleData(db, test::examplesDir(), Shanghai, &error), qPrintable(error));
        const auto period = ReportPeriod::fromDates(QDate(2025, 7, 1), QDate(2025, 7, 2), Shanghai);
        QVERIFY(period);
        const auto rows = ServiceMetrics::report(
            db, *period, options(ServiceBucket::Day, at(QStringLiteral("2025-07-10 00:00:00"))), &error);
        QVERIFY2(rows, qPrintable(error));
        const QByteArray csv = ReportTable::service(*rows).toCsv();
        const QByteArray spec =
            test::fileContent(test::examplesDir() + QStringLiteral("/expected_report_service_by_day.csv"));
        QVERIFY(!spec.isEmpty());
        // The spec's columns as its example has them, then KefuDesk's wait columns, by hand:
        const QByteArray expected = test::withAppendedFields(
            spec, {QStringLiteral("asa_realtime_s,p90_realtime_s,email_reply_s"),
                   // 07-01 chat: c1 10, c2 15, c3 16 s → 41 / 3; p90 at rank ⌈0.9·3⌉ = 3: 16; no e-mail
                   QStringLiteral("13.7,16.0,"),
                   // 07-01 e-mail: e1 answered at 08:00:00 the next day, 28,801 s after it came
                   QStringLiteral(",,28801.0"),
                   // 07-01 phone: p1 20, p2 60 s → 40; p90 at rank ⌈1.8⌉ = 2: 60
                   QStringLiteral("40.0,60.0,"),
                   // 07-02 chat: x1 5 s
                   QStringLiteral("5.0,5.0,")});
        QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(expected));

        // The same rows as JSON: numbers as in the CSV, keys in column order.
        const QByteArray json = ReportTable::service(*rows).toJson();
        QVERIFY(json.startsWith("[\n  {\"period_start\": \"2025-07-01\", \"channel\": \"chat\", \"offered\": 6,"));
        QVERIFY(json.contains("\"sl_pct\": 40.0, \"asa_s\": 13.7, \"p90_wait_s\": 16.0"));
        QVERIFY(json.contains("\"csat_mean\": 4.00, \"asa_realtime_s\": 13.7, \"p90_realtime_s\": 16.0, "
                              "\"email_reply_s\": null}"));
        QVERIFY(json.contains("\"asa_realtime_s\": null, \"p90_realtime_s\": null, \"email_reply_s\": 28801.0}"));

        // The channels together (the queue's all-channel tile, a team): e-mail stays out of the real-time
        // figures, which are those of chat and phone alone, and the blended ASA is metrics.md's.
        ServiceReportOptions together = options(ServiceBucket::Period, at(QStringLiteral("2025-07-10 00:00:00")));
        together.perChannel = false;
        const auto all = ServiceMetrics::report(db, *period, together, &error);
        QVERIFY2(all && all->size() == 1, qPrintable(error));
        const ServiceFigures &f = all->constFirst().figures;
        QCOMPARE(f.answered, qint64(7));
        QCOMPARE(f.answeredRealtime, qint64(6));
        QCOMPARE(f.answeredEmail, qint64(1));
        QCOMPARE(*f.asaSeconds, (10 + 15 + 16 + 20 + 60 + 5 + 28801) / 7.0);
        QCOMPARE(*f.asaRealtimeSeconds, (10 + 15 + 16 + 20 + 60 + 5) / 6.0); // 21 s, not 1:08:52
        QCOMPARE(*f.p90RealtimeSeconds, 60.0);                               // rank ⌈5.4⌉ = 6 of 5,10,15,16,20,60
        QCOMPARE(*f.p90WaitSeconds, 28801.0);                                // rank ⌈6.3⌉ = 7
        QCOMPARE(*f.emailReplySeconds, 28801.0);
    }

    void perConversation_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("arrived");
        QTest::addColumn<std::optional<qint64>>("answered");
        QTest::addColumn<std::optional<qint64>>("ended");
        QTest::addColumn<std::optional<qint64>>("abandoned");
        QTest::addColumn<std::optional<qint64>>("wrap");
        QTest::addColumn<bool>("isAnswered");
        QTest::addColumn<bool>("waiting");
        QTest::addColumn<qint64>("wait");
        QTest::addColumn<bool>("shortAbandon");
        QTest::addColumn<bool>("within");
        QTest::addColumn<std::optional<qint64>>("handle");
        const std::optional<qint64> no;
        const qint64 t = 1000000;
        QTest::newRow("chat at 15 s: within")
            << "chat" << t << std::optional(t + 15) << std::optional(t + 135) << no << std::optional<qint64>(20) << true
            << false << qint64(15) << false << true << std::optional<qint64>(140);
        QTest::newRow("chat at 16 s: late")
            << "chat" << t << std::optional(t + 16) << std::optional(t + 16) << no << no << true << false << qint64(16)
            << false << false << std::optional<qint64>(0);
        QTest::newRow("phone at 20 s: within") << "phone" << t << std::optional(t + 20) << no << no << no << true
                                               << false << qint64(20) << false << true << no;
        QTest::newRow("social at 61 s") << "social" << t << std::optional(t + 61) << std::optional(t + 100) << no
                                        << std::optional<qint64>(0) << true << false << qint64(61) << false << false
                                        << std::optional<qint64>(39);
        QTest::newRow("email within a day")
            << "email" << t << std::optional(t + 86400) << std::optional(t + 86500) << no << no << true << false
            << qint64(86400) << false << true << std::optional<qint64>(100);
        QTest::newRow("abandoned after 4 s: short") << "chat" << t << no << no << std::optional(t + 4) << no << false
                                                    << false << qint64(4) << true << false << no;
        QTest::newRow("abandoned after 5 s: not short") << "chat" << t << no << no << std::optional(t + 5) << no
                                                        << false << false << qint64(5) << false << false << no;
        QTest::newRow("ended unanswered: wait to the end") << "chat" << t << no << std::optional(t + 100) << no << no
                                                           << false << false << qint64(100) << false << false << no;
        QTest::newRow("ended unanswered after 2 s: short") << "chat" << t << no << std::optional(t + 2) << no << no
                                                           << false << false << qint64(2) << true << false << no;
        QTest::newRow("still waiting: up to now")
            << "chat" << t << no << no << no << no << false << true << qint64(300) << false << false << no;
        QTest::newRow("in progress: no handle time")
            << "chat" << t << std::optional(t + 3) << no << no << std::optional<qint64>(30) << true << false
            << qint64(3) << false << true << no;
    }

    void perConversation()
    {
        QFETCH(QString, channel);
        QFETCH(qint64, arrived);
        QFETCH(std::optional<qint64>, answered);
        QFETCH(std::optional<qint64>, ended);
        QFETCH(std::optional<qint64>, abandoned);
        QFETCH(std::optional<qint64>, wrap);
        QFETCH(bool, isAnswered);
        QFETCH(bool, waiting);
        QFETCH(qint64, wait);
        QFETCH(bool, shortAbandon);
        QFETCH(bool, within);
        QFETCH(std::optional<qint64>, handle);
        Conversation c;
        c.channel = *channelFromId(channel);
        c.arrivedAt = arrived;
        c.answeredAt = answered;
        c.endedAt = ended;
        c.abandonedAt = abandoned;
        c.wrapSeconds = wrap;
        const ConversationOutcome o = evaluateConversation(c, ServiceRules(), arrived + 300);
        QCOMPARE(o.answered, isAnswered);
        QCOMPARE(o.waiting, waiting);
        QCOMPARE(o.waitSeconds, wait);
        QCOMPARE(o.shortAbandon, shortAbandon);
        QCOMPARE(o.withinThreshold, within);
        QCOMPARE(o.handleSeconds, handle);
    }

    void nearestRankP90_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("none") << QList<qint64>{} << std::optional<qint64>();
        QTest::newRow("n=1") << QList<qint64>{42} << std::optional<qint64>(42);
        QTest::newRow("n=2") << QList<qint64>{60, 20} << std::optional<qint64>(60); // ⌈1.8⌉ = 2
        // ⌈0.9·10⌉ = 9: the 9th of 1..10, not an interpolation.
        QTest::newRow("n=10") << QList<qint64>{10, 3, 7, 1, 9, 2, 8, 4, 6, 5} << std::optional<qint64>(9);
        // ⌈0.9·11⌉ = ⌈9.9⌉ = 10.
        QTest::newRow("n=11") << QList<qint64>{11, 1, 10, 2, 9, 3, 8, 4, 7, 5, 6} << std::optional<qint64>(10);
        QTest::newRow("n=20") << QList<qint64>{20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
                              << std::optional<qint64>(18);
        QTest::newRow("ties") << QList<qint64>{5, 5, 5, 5, 5, 5, 5, 5, 5, 100} << std::optional<qint64>(5);
    }

    void nearestRankP90()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(std::optional<qint64>, expected);
        QCOMPARE(ServiceGroup::percentile90(std::vector<qint64>(values.begin(), values.end())), expected);
    }

    // The report's p90 column on 10 and 11 answered contacts.
    void p90InReport()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QList<Row> rows;
        const qint64 day1 = at(QStringLiteral("2025-07-01 09:00:00"));
        const qint64 day2 = at(QStringLiteral("2025-07-02 09:00:00"));
        for (int i = 1; i <= 10; ++i)
            rows.append({QStringLiteral("a%1").arg(i), QStringLiteral("chat"), day1 + i * 60, day1 + i * 60 + i});
        for (int i = 1; i <= 11; ++i)
            rows.append({QStringLiteral("b%1").arg(i), QStringLiteral("chat"), day2 + i * 60, day2 + i * 60 + 2 * i});
        QVERIFY(insert(db, rows));
        const QStringList lines = csvLines(
            report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), Shanghai, options(ServiceBucket::Day, day2 + 86400)));
        QCOMPARE(lines.size(), 2);
        // day 1: waits 1..10 s, ASA 5.5, p90 9; day 2: waits 2..22 s, 7 within 15 s, ASA 12, p90 20 (the 10th of 11).
        QCOMPARE(lines.at(0), QStringLiteral("2025-07-01,chat,10,10,0,0,100.0,5.5,9.0,0.0,,,,5.5,9.0,"));
        QCOMPARE(lines.at(1), QStringLiteral("2025-07-02,chat,11,11,0,0,63.6,12.0,20.0,0.0,,,,12.0,20.0,"));
    }

    // A group where every denominator is zero leaves its metrics empty, never 0.
    void emptyDenominators()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        const qint64 t = at(QStringLiteral("2025-07-01 10:00:00"));
        QVERIFY(insert(db, {{QStringLiteral("s1"), QStringLiteral("chat"), t, {}, {}, t + 1},
                            {QStringLiteral("s2"), QStringLiteral("chat"), t + 10, {}, t + 13, {}},
                            // answered, in progress: no handle time, no resolved, no csat
                            {QStringLiteral("p1"), QStringLiteral("phone"), t, t + 5}}));
        const auto rows =
            report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai, options(ServiceBucket::Day, t + 3600));
        QCOMPARE(rows.size(), 2);
        const ServiceFigures chat = rows.at(0).figures;
        QCOMPARE(chat.offered, 2);
        QCOMPARE(chat.abandoned, 2);
        QCOMPARE(chat.shortAbandoned, 2);
        QVERIFY(!chat.slPct);                                                    // offered − short = 0
        QVERIFY(!chat.abandonPct);                                               // likewise
        QVERIFY(!chat.asaSeconds && !chat.p90WaitSeconds && !chat.transfersAvg); // nothing answered
        QVERIFY(!chat.ahtSeconds && !chat.fcrPct && !chat.csatMean && !chat.csatTop2Pct);
        QCOMPARE(chat.csatResponses, 0);
        const ServiceFigures phone = rows.at(1).figures;
        QCOMPARE(phone.slPct, std::optional<double>(100.0));
        QCOMPARE(phone.transfersAvg, std::optional<double>(0.0)); // missing transfers count as 0
        QVERIFY(!phone.ahtSeconds && !phone.fcrPct && !phone.csatMean);
        QCOMPARE(csvLines(rows),
                 (QStringList{QStringLiteral("2025-07-01,chat,2,0,2,2,,,,,,,,,,"),
                              QStringLiteral("2025-07-01,phone,1,1,0,0,100.0,5.0,5.0,0.0,,,,5.0,5.0,")}));
    }

    // Contacts still waiting are offered but not abandoned; their wait runs to `now`.
    void stillWaiting()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        const qint64 t = at(QStringLiteral("2025-07-01 10:00:00"));
        QVERIFY(insert(db, {{QStringLiteral("w1"), QStringLiteral("chat"), t},
                            {QStringLiteral("w2"), QStringLiteral("chat"), t + 298},
                            {QStringLiteral("a1"), QStringLiteral("chat"), t, t + 10, t + 70},
                            {QStringLiteral("x1"), QStringLiteral("chat"), t, {}, {}, t + 30}}));
        const auto rows =
            report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai, options(ServiceBucket::Day, t + 300));
        QCOMPARE(rows.size(), 1);
        const ServiceFigures f = rows.constFirst().figures;
        QCOMPARE(f.offered, 4);
        QCOMPARE(f.answered, 1);
        QCOMPARE(f.waiting, 2);
        QCOMPARE(f.abandoned, 1);      // x1 only
        QCOMPARE(f.shortAbandoned, 0); // w2 has waited 2 s but has not abandoned
        // Both waiting contacts count against the SL, as metrics.md defines it; w2 (2 s) could still be
        // answered in time: undecided.
        QCOMPARE(f.undecided, 1);
        QCOMPARE(f.slPct, std::optional<double>(25.0));
        QCOMPARE(f.abandonPct, std::optional<double>(25.0));
    }

    // Short abandons leave both the SL and the abandon denominators.
    void shortAbandons()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        const qint64 t = at(QStringLiteral("2025-07-01 10:00:00"));
        QVERIFY(insert(db, {{QStringLiteral("a1"), QStringLiteral("chat"), t, t + 5, t + 65},
                            {QStringLiteral("a2"), QStringLiteral("chat"), t, t + 40, t + 100},
                            {QStringLiteral("s1"), QStringLiteral("chat"), t, {}, {}, t},
                            {QStringLiteral("s2"), QStringLiteral("chat"), t, {}, {}, t + 4},
                            {QStringLiteral("l1"), QStringLiteral("chat"), t, {}, {}, t + 5},
                            {QStringLiteral("l2"), QStringLiteral("chat"), t, {}, {}, t + 90}}));
        ServiceRules rules;
        auto rows = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai, options(ServiceBucket::Day, t + 3600));
        // SL 1 / (6 − 2) = 25 %; abandon (4 − 2) / (6 − 2) = 50 %.
        QCOMPARE(csvLines(rows),
                 QStringList{QStringLiteral("2025-07-01,chat,6,2,4,2,25.0,22.5,40.0,50.0,60.0,,,22.5,40.0,")});

        // A store that calls everything under 10 s short: l1 becomes short too.
        const auto period = ReportPeriod::fromDates(QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai);
        rules.shortAbandonSeconds = 10;
        QString error;
        rows = *ServiceMetrics::report(db, *period, options(ServiceBucket::Day, t + 3600), rules, &error);
        QCOMPARE(csvLines(rows),
                 QStringList{QStringLiteral("2025-07-01,chat,6,2,4,3,33.3,22.5,40.0,33.3,60.0,,,22.5,40.0,")});
    }

    // Thresholds are per channel and come from the store's settings.
    void thresholdsPerChannel()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        const qint64 t = at(QStringLiteral("2025-07-01 10:00:00"));
        QVERIFY(insert(db, {{QStringLiteral("c1"), QStringLiteral("chat"), t, t + 12},
                            {QStringLiteral("c2"), QStringLiteral("chat"), t, t + 15},
                            {QStringLiteral("p1"), QStringLiteral("phone"), t, t + 20},
                            {QStringLiteral("p2"), QStringLiteral("phone"), t, t + 21},
                            {QStringLiteral("s1"), QStringLiteral("social"), t, t + 60},
                            {QStringLiteral("e1"), QStringLiteral("email"), t, t + 86401}}));
        auto rows = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai, options(ServiceBucket::Day, t + 90000));
        QStringList sl;
        for (const auto &r : rows)
            sl << channelId(*r.channel) + QLatin1Char('=') + QString::number(*r.figures.slPct);
        QCOMPARE(sl, (QStringList{QStringLiteral("chat=100"), QStringLiteral("email=0"), QStringLiteral("phone=50"),
                                  QStringLiteral("social=100")}));

        QVERIFY(sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES"
                                             " ('sl_threshold_s.chat', '12'), ('sl_threshold_s.email', '90000')")));
        rows = report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai, options(ServiceBucket::Day, t + 90000));
        QCOMPARE(rows.at(0).figures.slPct, std::optional<double>(50.0));
        QCOMPARE(rows.at(1).figures.slPct, std::optional<double>(100.0));
    }

    // Days and intervals are cut at local midnight: 23:59:59 and 00:00:00 fall on either side.
    void bucketsAtLocalMidnight_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<int>("intervalMinutes");
        QTest::addColumn<QStringList>("starts");
        QTest::newRow("day") << int(ServiceBucket::Day) << 30
                             << QStringList{QStringLiteral("2025-07-01"), QStringLiteral("2025-07-02")};
        QTest::newRow("interval 30") << int(ServiceBucket::Interval) << 30
                                     << QStringList{QStringLiteral("2025-07-01 00:00"),
                                                    QStringLiteral("2025-07-01 23:30"),
                                                    QStringLiteral("2025-07-02 00:00")};
        QTest::newRow("interval 15") << int(ServiceBucket::Interval) << 15
                                     << QStringList{QStringLiteral("2025-07-01 00:00"),
                                                    QStringLiteral("2025-07-01 23:45"),
                                                    QStringLiteral("2025-07-02 00:00")};
        QTest::newRow("interval 60") << int(ServiceBucket::Interval) << 60
                                     << QStringList{QStringLiteral("2025-07-01 00:00"),
                                                    QStringLiteral("2025-07-01 23:00"),
                                                    QStringLiteral("2025-07-02 00:00")};
        QTest::newRow("hour") << int(ServiceBucket::Hour) << 30
                              << QStringList{QStringLiteral("2025-07-01 00:00"), QStringLiteral("2025-07-01 23:00"),
                                             QStringLiteral("2025-07-02 00:00")};
        QTest::newRow("period") << int(ServiceBucket::Period) << 30 << QStringList{QStringLiteral("2025-07-01")};
    }

    void bucketsAtLocalMidnight()
    {
        QFETCH(int, by);
        QFETCH(int, intervalMinutes);
        QFETCH(QStringList, starts);
        auto store = newStore();
        QSqlDatabase db = store->database();
        QVERIFY(
            insert(db, {{QStringLiteral("before"), QStringLiteral("chat"), at(QStringLiteral("2025-06-30 23:59:59"))},
                        {QStringLiteral("first"), QStringLiteral("chat"), at(QStringLiteral("2025-07-01 00:00:00"))},
                        {QStringLiteral("late"), QStringLiteral("chat"), at(QStringLiteral("2025-07-01 23:59:59"))},
                        {QStringLiteral("next"), QStringLiteral("chat"), at(QStringLiteral("2025-07-02 00:00:00"))},
                        {QStringLiteral("after"), QStringLiteral("chat"), at(QStringLiteral("2025-07-03 00:00:00"))}}));
        const auto rows =
            report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), Shanghai,
                   options(static_cast<ServiceBucket>(by), at(QStringLiteral("2025-07-01 00:00:10")), intervalMinutes));
        QStringList got;
        qint64 offered = 0;
        for (const auto &r : rows) {
            got << r.periodStart;
            offered += r.figures.offered;
        }
        QCOMPARE(got, starts);
        QCOMPARE(offered, 3);
    }

    // The interval length comes from the store when the caller leaves it open.
    void intervalFromSettings()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QVERIFY(
            insert(db, {{QStringLiteral("c1"), QStringLiteral("chat"), at(QStringLiteral("2025-07-01 10:20:00"))}}));
        QVERIFY(sql::exec(
            db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('interval_minutes', '15')")));
        const auto rows =
            report(db, QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai, options(ServiceBucket::Interval, 0, 0));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().periodStart, QStringLiteral("2025-07-01 10:15"));
        const auto period = ReportPeriod::fromDates(QDate(2025, 7, 1), QDate(2025, 7, 1), Shanghai);
        QString error;
        QVERIFY(!ServiceMetrics::report(db, *period, options(ServiceBucket::Interval, 0, 20), ServiceRules(), &error));
        QVERIFY(error.contains(QStringLiteral("15, 30 or 60")));
    }

    // Europe/Berlin: buckets follow the wall clock across both daylight-saving changes.
    void daylightSavingTime()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        const auto utc = [](const char *text) {
            return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toSecsSinceEpoch();
        };
        QVERIFY(
            insert(db, {// 2025-03-30: 02:00 CET becomes 03:00 CEST
                        {QStringLiteral("s1"), QStringLiteral("chat"), utc("2025-03-30T00:59:00Z")}, // 01:59 CET
                        {QStringLiteral("s2"), QStringLiteral("chat"), utc("2025-03-30T01:00:00Z")}, // 03:00 CEST
                        {QStringLiteral("s3"), QStringLiteral("chat"), utc("2025-03-29T23:00:00Z")}, // 00:00 CET
                        {QStringLiteral("s4"), QStringLiteral("chat"),
                         utc("2025-03-29T22:59:59Z")}, // 03-29 23:59:59
                                                       // 2025-10-26: 03:00 CEST becomes 02:00 CET; 02:10 happens twice
                        {QStringLiteral("f1"), QStringLiteral("chat"), utc("2025-10-26T00:10:00Z")}, // 02:10 CEST
                        {QStringLiteral("f2"), QStringLiteral("chat"), utc("2025-10-26T01:10:00Z")}, // 02:10 CET
                        {QStringLiteral("f3"), QStringLiteral("chat"), utc("2025-10-25T22:00:00Z")}, // 00:00 CEST
                        {QStringLiteral("f4"), QStringLiteral("chat"), utc("2025-10-26T22:59:59Z")}, // 23:59:59 CET
                        {QStringLiteral("f5"), QStringLiteral("chat"), utc("2025-10-26T23:00:00Z")}, // 10-27 00:00
                        {QStringLiteral("f6"), QStringLiteral("chat"), utc("2025-10-25T21:59:59Z")}}));
        const qint64 now = utc("2025-11-01T00:00:00Z");

        auto rows = report(db, QDate(2025, 3, 30), QDate(2025, 3, 30), Berlin, options(ServiceBucket::Hour, now));
        QStringList got;
        for (const auto &r : rows)
            got << QStringLiteral("%1=%2").arg(r.periodStart).arg(r.figures.offered);
        QCOMPARE(got, (QStringList{QStringLiteral("2025-03-30 00:00=1"), QStringLiteral("2025-03-30 01:00=1"),
                                   QStringLiteral("2025-03-30 03:00=1")}));

        // The 25-hour day: both 02:10 contacts in one 02:00 bucket, and the day ends at 23:00 UTC.
        rows = report(db, QDate(2025, 10, 26), QDate(2025, 10, 26), Berlin, options(ServiceBucket::Interval, now));
        got.clear();
        for (const auto &r : rows)
            got << QStringLiteral("%1=%2").arg(r.periodStart).arg(r.figures.offered);
        QCOMPARE(got, (QStringList{QStringLiteral("2025-10-26 00:00=1"), QStringLiteral("2025-10-26 02:00=2"),
                                   QStringLiteral("2025-10-26 23:30=1")}));
        rows = report(db, QDate(2025, 10, 25), QDate(2025, 10, 27), Berlin, options(ServiceBucket::Day, now));
        got.clear();
        for (const auto &r : rows)
            got << QStringLiteral("%1=%2").arg(r.periodStart).arg(r.figures.offered);
        QCOMPARE(got, (QStringList{QStringLiteral("2025-10-25=1"), QStringLiteral("2025-10-26=4"),
                                   QStringLiteral("2025-10-27=1")}));

        const auto period = ReportPeriod::fromDates(QDate(2025, 10, 26), QDate(2025, 10, 26), Berlin);
        QCOMPARE(period->endUtc() - period->startUtc(), qint64(25 * 3600));
        const auto spring = ReportPeriod::fromDates(QDate(2025, 3, 30), QDate(2025, 3, 30), Berlin);
        QCOMPARE(spring->endUtc() - spring->startUtc(), qint64(23 * 3600));
    }

    void channelFilterAndTotals()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        const qint64 t = at(QStringLiteral("2025-07-01 10:00:00"));
        QVERIFY(insert(db, {{QStringLiteral("c1"), QStringLiteral("chat"), t, t + 10},
                            {QStringLiteral("p1"), QStringLiteral("phone"), t, t + 30},
                            {QStringLiteral("p2"), QStringLiteral("phone"), t + 86400, t + 86410}}));
        ServiceReportOptions o = options(ServiceBucket::Day, t + 100000);
        o.channel = Channel::Phone;
        QCOMPARE(csvLines(report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), Shanghai, o)),
                 (QStringList{QStringLiteral("2025-07-01,phone,1,1,0,0,0.0,30.0,30.0,0.0,,,,30.0,30.0,"),
                              QStringLiteral("2025-07-02,phone,1,1,0,0,100.0,10.0,10.0,0.0,,,,10.0,10.0,")}));
        o = options(ServiceBucket::Period, t + 100000);
        o.perChannel = false;
        QCOMPARE(csvLines(report(db, QDate(2025, 7, 1), QDate(2025, 7, 2), Shanghai, o)),
                 QStringList{QStringLiteral("2025-07-01,,3,3,0,0,66.7,16.7,30.0,0.0,,,,16.7,30.0,")});
    }

    // The report reads the period through the arrived_at index (or the channel's), never a full scan.
    void usesAnIndex()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QSqlQuery plan(db);
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT channel, arrived_at, answered_at, ended_at,"
                                         " abandoned_at, wrap_seconds, transfers, resolved, csat FROM conversations"
                                         " WHERE arrived_at >= 1 AND arrived_at < 2")));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString();
        QVERIFY2(detail.contains(QStringLiteral("USING INDEX conversations_arrived")), qPrintable(detail));
    }

    // Merging groups is the same as adding every conversation to one group.
    void mergeGroups()
    {
        ServiceGroup whole;
        ServiceGroup first;
        ServiceGroup second;
        for (int i = 0; i < 40; ++i) {
            Conversation c;
            c.channel = static_cast<Channel>(i % ChannelCount);
            c.arrivedAt = 1000 * i;
            if (i % 5 != 0)
                c.answeredAt = c.arrivedAt + (i * 7) % 50;
            else if (i % 10 == 0)
                c.abandonedAt = c.arrivedAt + i % 9;
            if (i % 3 != 0)
                c.endedAt = c.arrivedAt + 400;
            if (i % 4 != 0)
                c.resolved = i % 2;
            if (i % 6 != 0)
                c.csat = 1 + i % 5;
            c.transfers = i % 3;
            const ConversationOutcome o = evaluateConversation(c, ServiceRules(), 50000);
            whole.add(c, o);
            (i < 17 ? first : second).add(c, o);
        }
        first.merge(second);
        ServiceReportRow a;
        a.figures = whole.figures();
        ServiceReportRow b;
        b.figures = first.figures();
        QCOMPARE(ReportTable::service({b}).toCsv(), ReportTable::service({a}).toCsv());
        QCOMPARE(b.figures.waiting, a.figures.waiting);
        QCOMPARE(b.figures.csatResponses, a.figures.csatResponses);
    }

    // A long period is read in slices on several connections at once; the figures are the same as
    // read in one piece.
    void slicedReadMatchesOnePiece()
    {
        auto store = newStore();
        QSqlDatabase db = store->database();
        QList<Row> rows;
        const qint64 base = at(QStringLiteral("2025-06-01 00:00:00"));
        for (int i = 0; i < 3000; ++i) {
            const qint64 t = base + qint64(i) * 863 + (i * 37) % 600; // 30 days, every hour and channel
            Row r(QStringLiteral("r%1").arg(i), channelId(static_cast<Channel>(i % ChannelCount)), t);
            if (i % 7 != 0)
                r.answered = t + (i * 13) % 90;
            else if (i % 3 != 0)
                r.abandoned = t + i % 11;
            if (i % 7 != 0 && i % 5 != 0)
                r.ended = *r.answered + 100 + i % 300;
            if (i % 2)
                r.wrap = i % 40;
            if (i % 3)
                r.resolved = i % 2;
            if (i % 4 && r.answered)
                r.csat = 1 + i % 5;
            r.transfers = i % 4 == 0 ? std::optional<qint64>() : std::optional<qint64>(i % 3);
            rows.append(r);
        }
        QVERIFY(insert(db, rows));
        const auto period = ReportPeriod::fromDates(QDate(2025, 6, 1), QDate(2025, 6, 30), Shanghai);
        QString error;
        for (ServiceBucket by : {ServiceBucket::Day, ServiceBucket::Interval, ServiceBucket::Period}) {
            ServiceReportOptions o = options(by, base + 40 * 86400);
            o.maxThreads = 1;
            const auto one = ServiceMetrics::report(db, *period, o, &error);
            o.maxThreads = 4;
            const auto sliced = ServiceMetrics::report(db, *period, o, &error);
            QVERIFY2(one && sliced, qPrintable(error));
            QVERIFY(one->size() > 1 || by == ServiceBucket::Period);
            QCOMPARE(ReportTable::service(*sliced).toCsv(), ReportTable::service(*one).toCsv());
        }
    }

    void periodEdges()
    {
        QVERIFY(!ReportPeriod::fromDates(QDate(2025, 7, 2), QDate(2025, 7, 1), Shanghai));
        QVERIFY(!ReportPeriod::fromDates(QDate(), QDate(2025, 7, 1), Shanghai));
        const auto p = ReportPeriod::fromDates(QDate(2025, 7, 1), QDate(2025, 7, 2), Shanghai);
        QVERIFY(p);
        QCOMPARE(p->startUtc(), at(QStringLiteral("2025-07-01 00:00:00")));
        QCOMPARE(p->endUtc(), at(QStringLiteral("2025-07-03 00:00:00")));
        QCOMPARE(p->startUtc(), qint64(1751299200));                  // 2025-06-30T16:00:00Z
        QCOMPARE(p->localSeconds(p->startUtc()), qint64(1751328000)); // 2025-07-01T00:00 on the local clock
        QCOMPARE(ReportPeriod::localDateTimeText(p->localSeconds(at(QStringLiteral("2025-07-02 23:59:59")))),
                 QStringLiteral("2025-07-02 23:59"));
    }
};

QTEST_GUILESS_MAIN(TestServiceMetrics)
#include "tst_servicemetrics.moc"
