// Issue 12: the complaints pane's charts for a period's cohort — Pareto bars of categories and root
// causes with their running share, the time-to-close distribution, and the SLA per local week (Monday
// to Sunday in the store's zone) — hand-computed on eight cases, and once more through a store.
#include "TestSupport.h"
#include "complaints/ComplaintCharts.h"
#include "store/Sql.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kefu;
using namespace kefu::complaints;

namespace {

constexpr qint64 H = 3600;
constexpr qint64 D = 24 * H;
// 2026-11-04 (a Wednesday) 00:00 Asia/Shanghai = 2026-11-03 16:00 UTC, up to 2026-11-21 00:00 local.
constexpr qint64 PeriodFrom = 1'793'721'600;
constexpr qint64 PeriodTo = PeriodFrom + 17 * D;
// Local Mondays 00:00: 2026-11-09 and 2026-11-16.
constexpr qint64 Monday9 = PeriodFrom + 5 * D;
constexpr qint64 Monday16 = PeriodFrom + 12 * D;

struct Spec
{
    const char *id;
    qint64 createdAt;
    const char *priority;
    const char *category;
    const char *rootCause;
    const char *state;
    qint64 ackAfter;   // -1: never acknowledged
    qint64 closeAfter; // -1: not closed
    qint64 awaiting;
    const char *feedback;
    int reopens;
    int transfers;
};

// P3: 24 h to acknowledge, 72 h to resolve; P2: 4 h, 48 h; P1: 1 h, 24 h (the defaults).
const Spec cohortSpec[] = {
    // Week of 2 November (from the period's start on Wednesday the 4th).
    {"c1", PeriodFrom + 1 * H, "P3", "物流", "logistics", "closed", 2 * H, 4 * H, 0, "satisfied", 0, 1},
    {"c2", PeriodFrom + 2 * H, "P1", "物流", "logistics", "closed", 2 * H, 48 * H, 0, "unsatisfied", 1, 0},
    {"c3", PeriodFrom + 3 * H, "P2", "质量", "product_quality", "closed", 1 * H, 4 * H - 1, 0, "satisfied", 0, 0},
    {"c4", Monday9 - 1, "P3", "", "", "new", -1, -1, 0, "", 0, 0}, // Sunday 23:59:59 local
    // Week of 9 November: none. Week of 16 November:
    {"c5", Monday16, "P3", "质量", "", "investigating", 25 * H, -1, 0, "", 0, 0}, // Sunday 16:00 UTC
    {"c6", Monday16 + 1 * D + 10 * H, "P2", "售后", "after_sales", "closed", 1 * H, 8 * H, H, "satisfied", 0, 0},
    {"c7", Monday16 + 2 * D + 9 * H, "P3", "售后", "", "rejected", H / 2, -1, 0, "", 0, 0},
    // 200 h to close, 130 h of it the customer's: due at 72 + 130 h, met.
    {"c8", Monday16 + 3 * D + 14 * H, "P3", "物流", "logistics", "closed", 1 * H, 200 * H, 130 * H, "satisfied", 0,
     0},
};

std::vector<CohortCase> cohort()
{
    std::vector<CohortCase> cases;
    for (const Spec &s : cohortSpec) {
        CohortCase c;
        c.id = QString::fromLatin1(s.id);
        c.category = QString::fromUtf8(s.category);
        c.rootCause = QString::fromLatin1(s.rootCause);
        ClockFacts &f = c.facts.clock;
        f.createdAt = s.createdAt;
        f.priority = QString::fromLatin1(s.priority);
        f.state = QString::fromLatin1(s.state);
        if (s.ackAfter >= 0)
            f.acknowledgedAt = s.createdAt + s.ackAfter;
        if (s.closeAfter >= 0)
            f.closedAt = s.createdAt + s.closeAfter;
        f.awaitingSeconds = s.awaiting;
        c.facts.feedback = QString::fromLatin1(s.feedback);
        c.facts.reopenCount = s.reopens;
        c.facts.transfers = s.transfers;
        cases.push_back(std::move(c));
    }
    return cases;
}

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

QString describe(const ComplaintRow &r)
{
    auto v = [](std::optional<double> x) { return x ? QString::number(*x) : QStringLiteral("-"); };
    return QStringLiteral("%1 opened %2 closed %3 rejected %4 open %5 ack %6 resolve %7 median %8 reopen %9 "
                          "satisfied %10 transfers %11")
        .arg(r.key)
        .arg(r.opened)
        .arg(r.closed)
        .arg(r.rejected)
        .arg(r.openNow)
        .arg(v(r.ackSlaMetPct), v(r.resolveSlaMetPct), v(r.medianHoursToClose), v(r.reopenPct), v(r.satisfiedPct),
             v(r.transfersAvg));
}

struct Bar
{
    const char *key;
    const char *label;
    int cases;
    double cumulativePct;
};

void compareBars(const QList<ParetoBar> &bars, std::initializer_list<Bar> expected)
{
    QCOMPARE(bars.size(), qsizetype(expected.size()));
    int i = 0;
    for (const Bar &e : expected) {
        const ParetoBar &b = bars.at(i++);
        QCOMPARE(b.key, QString::fromUtf8(e.key));
        QCOMPARE(b.label, QString::fromUtf8(e.label));
        QCOMPARE(b.cases, e.cases);
        QVERIFY2(std::abs(b.cumulativePct - e.cumulativePct) < 1e-9, qPrintable(QString::number(b.cumulativePct)));
    }
}

} // namespace

class TestComplaintCharts : public QObject
{
    Q_OBJECT

    const QTimeZone m_zone{"Asia/Shanghai"};

private slots:
    void initTestCase()
    {
        // The hand-computed instants: the period starts on a Wednesday, the weeks on Mondays, local time.
        QCOMPARE(QDateTime::fromSecsSinceEpoch(PeriodFrom, m_zone).date(), QDate(2026, 11, 4));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(PeriodFrom, m_zone).time(), QTime(0, 0));
        QCOMPARE(QDate(2026, 11, 4).dayOfWeek(), 3);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(Monday16, m_zone), QDateTime(QDate(2026, 11, 16), QTime(0, 0), m_zone));
    }

    void paretoOrderAndRunningShare()
    {
        const ComplaintCharts charts = ComplaintCharts::of(cohort(), SlaHours{}, PeriodFrom, PeriodTo, m_zone);
        // 物流 3, then 售后 and 质量 with 2 each (a tie: by key, 售 U+552E before 质 U+8D28), then the case
        // without a category: 3/8, 5/8, 7/8, 8/8.
        compareBars(charts.categories, {{"物流", "物流", 3, 37.5},
                                        {"售后", "售后", 2, 62.5},
                                        {"质量", "质量", 2, 87.5},
                                        {"", "(no category)", 1, 100.0}});
        // Root causes only where one is set: logistics 3, then after_sales and product_quality (a tie, by
        // key) of 5 cases; three cases have none.
        compareBars(charts.rootCauses, {{"logistics", "logistics", 3, 60.0},
                                        {"after_sales", "after-sales", 1, 80.0},
                                        {"product_quality", "product quality", 1, 100.0}});
        QCOMPARE(charts.withoutRootCause, 3);

        // pareto() alone: a root cause without one is named as such; no counts, no bars.
        QMap<QString, int> counts{{QString(), 2}, {QStringLiteral("other"), 2}, {QStringLiteral("system_fault"), 4}};
        compareBars(ComplaintCharts::pareto(counts, true), {{"system_fault", "system fault", 4, 50.0},
                                                            {"", "(no root cause)", 2, 75.0},
                                                            {"other", "other", 2, 100.0}});
        QVERIFY(ComplaintCharts::pareto({}, false).isEmpty());
    }

    void closeTimesAtTheirEdges()
    {
        const ComplaintCharts charts = ComplaintCharts::of(cohort(), SlaHours{}, PeriodFrom, PeriodTo, m_zone);
        // c3 3:59:59 → 0–4; c1 exactly 4 h → 4–8; c6 exactly 8 h → 8–24; c2 exactly 48 h → 48–72;
        // c8 200 h → ≥ 7 d. Open and rejected cases are not in it.
        const QStringList labels = {QStringLiteral("0–4 h"),   QStringLiteral("4–8 h"),   QStringLiteral("8–24 h"),
                                    QStringLiteral("24–48 h"), QStringLiteral("48–72 h"), QStringLiteral("3–7 d"),
                                    QStringLiteral("≥ 7 d")};
        const QList<int> cases = {1, 1, 1, 0, 1, 0, 1};
        const QList<double> from = {0, 4, 8, 24, 48, 72, 168};
        QCOMPARE(charts.closeTimes.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(charts.closeTimes.at(i).label, labels.at(i));
            QCOMPARE(charts.closeTimes.at(i).cases, cases.at(i));
            QCOMPARE(charts.closeTimes.at(i).fromHours, from.at(i));
            if (i < 6)
                QCOMPARE(charts.closeTimes.at(i).toHours, from.at(i + 1));
        }
        QVERIFY(std::isinf(charts.closeTimes.constLast().toHours));
    }

    void weeksInLocalTime()
    {
        const std::vector<CohortCase> cases = cohort();
        const ComplaintCharts charts = ComplaintCharts::of(cases, SlaHours{}, PeriodFrom, PeriodTo, m_zone);
        QCOMPARE(charts.weeks.size(), 3);
        QCOMPARE(charts.weeks.at(0).monday, QDate(2026, 11, 2));
        QCOMPARE(charts.weeks.at(0).fromUtc, PeriodFrom); // the period starts mid-week
        QCOMPARE(charts.weeks.at(0).toUtc, Monday9);
        QCOMPARE(charts.weeks.at(1).monday, QDate(2026, 11, 9));
        QCOMPARE(charts.weeks.at(1).fromUtc, Monday9);
        QCOMPARE(charts.weeks.at(1).toUtc, Monday16);
        QCOMPARE(charts.weeks.at(2).monday, QDate(2026, 11, 16));
        QCOMPARE(charts.weeks.at(2).fromUtc, Monday16);
        QCOMPARE(charts.weeks.at(2).toUtc, PeriodTo); // and ends on a Saturday

        // Week of 2 Nov: c1–c4 (c4 in its last second). Acknowledged: c1 on time, c2 late (2 h of 1),
        // c3 on time: 2/3. Closed: c1 on time, c2 late (48 h of 24), c3 on time: 2/3.
        const ComplaintRow &w0 = charts.weeks.at(0).figures;
        QCOMPARE(w0.key, QStringLiteral("2026-11-02"));
        QCOMPARE(w0.opened, 4);
        QCOMPARE(w0.closed, 3);
        QCOMPARE(w0.openNow, 1);
        QVERIFY2(near(w0.ackSlaMetPct, 200.0 / 3), qPrintable(describe(w0)));
        QVERIFY2(near(w0.resolveSlaMetPct, 200.0 / 3), qPrintable(describe(w0)));
        QVERIFY2(near(w0.medianHoursToClose, 4.0), qPrintable(describe(w0)));
        QVERIFY2(near(w0.transfersAvg, 0.25), qPrintable(describe(w0)));

        // Week of 9 Nov: no case (c5 at Monday 16 00:00 local is still Sunday in UTC, and stays out).
        const ComplaintRow &w1 = charts.weeks.at(1).figures;
        QCOMPARE(w1.opened, 0);
        QVERIFY(!w1.ackSlaMetPct);
        QVERIFY(!w1.resolveSlaMetPct);
        QVERIFY(!w1.medianHoursToClose);
        QVERIFY(!w1.satisfiedPct);

        // Week of 16 Nov: c5–c8. Acknowledged: c5 late (25 h of 24), c6, c7, c8 on time: 3/4. Closed: c6
        // (8 h of 48 + 1) and c8 (200 h of 72 + 130) on time: 2/2.
        const ComplaintRow &w2 = charts.weeks.at(2).figures;
        QCOMPARE(w2.opened, 4);
        QCOMPARE(w2.closed, 2);
        QCOMPARE(w2.rejected, 1);
        QCOMPARE(w2.openNow, 1);
        QVERIFY2(near(w2.ackSlaMetPct, 75.0), qPrintable(describe(w2)));
        QVERIFY2(near(w2.resolveSlaMetPct, 100.0), qPrintable(describe(w2)));
        QVERIFY2(near(w2.medianHoursToClose, 104.0), qPrintable(describe(w2)));

        // The whole period: ack 5/7, resolve 4/5, median of 3.9997, 4, 8, 48, 200 h = 8 h; as the report.
        const ComplaintRow &t = charts.total;
        QCOMPARE(t.opened, 8);
        QCOMPARE(t.closed, 5);
        QCOMPARE(t.rejected, 1);
        QCOMPARE(t.openNow, 2);
        QVERIFY2(near(t.ackSlaMetPct, 500.0 / 7), qPrintable(describe(t)));
        QVERIFY2(near(t.resolveSlaMetPct, 80.0), qPrintable(describe(t)));
        QVERIFY2(near(t.medianHoursToClose, 8.0), qPrintable(describe(t)));
        QVERIFY2(near(t.satisfiedPct, 80.0), qPrintable(describe(t)));
        QVERIFY2(near(t.reopenPct, 20.0), qPrintable(describe(t)));
        QVERIFY2(near(t.transfersAvg, 0.125), qPrintable(describe(t)));
        const QList<ComplaintRow> report = ComplaintReport::group(cases, ComplaintGrouping::None, SlaHours{});
        QCOMPARE(report.size(), 1);
        QCOMPARE(describe(t), describe(report.at(0)));
        // Every case is in exactly one week.
        int opened = 0;
        for (const WeekSla &w : charts.weeks)
            opened += w.figures.opened;
        QCOMPARE(opened, t.opened);
    }

    void anEmptyPeriod()
    {
        const ComplaintCharts charts = ComplaintCharts::of({}, SlaHours{}, Monday9, Monday16, m_zone);
        QCOMPARE(charts.weeks.size(), 1);
        QCOMPARE(charts.weeks.at(0).monday, QDate(2026, 11, 9));
        QCOMPARE(charts.total.opened, 0);
        QVERIFY(!charts.total.ackSlaMetPct);
        QVERIFY(charts.categories.isEmpty());
        QVERIFY(charts.rootCauses.isEmpty());
        for (const CloseTimeBin &b : charts.closeTimes)
            QCOMPARE(b.cases, 0);
    }

    void throughAStore()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir, QStringLiteral("charts.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const QString insert = QStringLiteral(
            "INSERT INTO complaints (id, created_at, priority, category, root_cause, state, acknowledged_at, closed_at,"
            " awaiting_feedback_s, customer_feedback, reopen_count, transfers, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, 's')");
        auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
        for (const Spec &s : cohortSpec) {
            QVERIFY(sql::exec(db, insert,
                              {QString::fromLatin1(s.id), s.createdAt, QString::fromLatin1(s.priority),
                               orNull(QString::fromUtf8(s.category)), orNull(QString::fromLatin1(s.rootCause)),
                               QString::fromLatin1(s.state), s.ackAfter >= 0 ? QVariant(s.createdAt + s.ackAfter) : QVariant(),
                               s.closeAfter >= 0 ? QVariant(s.createdAt + s.closeAfter) : QVariant(), s.awaiting,
                               orNull(QString::fromLatin1(s.feedback)), s.reopens, s.transfers}));
        }
        // Outside the period: a second before it and at its end.
        QVERIFY(sql::exec(db, insert, {QStringLiteral("x0"), PeriodFrom - 1, QStringLiteral("P3"), QStringLiteral("物流"),
                                       QVariant(), QStringLiteral("new"), QVariant(), QVariant(), 0, QVariant(), 0, 0}));
        QVERIFY(sql::exec(db, insert, {QStringLiteral("x1"), PeriodTo, QStringLiteral("P3"), QStringLiteral("物流"),
                                       QVariant(), QStringLiteral("new"), QVariant(), QVariant(), 0, QVariant(), 0, 0}));
        QString error;
        auto charts = ComplaintCharts::read(db, PeriodFrom, PeriodTo, m_zone, &error);
        QVERIFY2(charts, qPrintable(error));
        const ComplaintCharts expected = ComplaintCharts::of(cohort(), SlaHours{}, PeriodFrom, PeriodTo, m_zone);
        QCOMPARE(describe(charts->total), describe(expected.total));
        QCOMPARE(charts->categories.size(), expected.categories.size());
        for (int i = 0; i < expected.categories.size(); ++i) {
            QCOMPARE(charts->categories.at(i).key, expected.categories.at(i).key);
            QCOMPARE(charts->categories.at(i).cases, expected.categories.at(i).cases);
        }
        QCOMPARE(charts->withoutRootCause, 3);
        QCOMPARE(charts->weeks.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(describe(charts->weeks.at(i).figures), describe(expected.weeks.at(i).figures));

        // The store's own SLA hours: with 48 h to acknowledge a P3 case, c5 (25 h) is on time.
        QVERIFY(sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES"
                                             " ('complaint.ack_hours.P3', '48')")));
        charts = ComplaintCharts::read(db, PeriodFrom, PeriodTo, m_zone, &error);
        QVERIFY2(charts, qPrintable(error));
        QVERIFY2(near(charts->weeks.at(2).figures.ackSlaMetPct, 100.0), qPrintable(describe(charts->weeks.at(2).figures)));
        QVERIFY2(near(charts->total.ackSlaMetPct, 600.0 / 7), qPrintable(describe(charts->total)));
    }
};

QTEST_GUILESS_MAIN(TestComplaintCharts)
#include "tst_complaintcharts.moc"
