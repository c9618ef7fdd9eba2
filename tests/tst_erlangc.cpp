// Erlang C staffing (metrics.md "Staffing"): the recursion against hand-computed values and the
// textbook formula with factorials, and requiredAgents with its options.
#include "metrics/ErlangC.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace kefu;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

// The textbook form, with factorials: only for small N, which is why the product does not use it.
double factorialErlangC(int n, double a)
{
    double term = 1; // A^k / k!
    double sum = 0;
    for (int k = 0; k < n; ++k) {
        sum += term;
        term *= a / (k + 1);
    }
    const double top = term * n / (n - a); // A^N / N! · N / (N − A)
    return top / (sum + top);
}

} // namespace

class TestErlangC : public QObject
{
    Q_OBJECT

private slots:
    void traffic()
    {
        QCOMPARE(ErlangC::traffic(100, 1800, 180), 10.0);
        QCOMPARE(ErlangC::traffic(0, 1800, 180), 0.0);
        QCOMPARE(ErlangC::traffic(30, 900, 300), 10.0);
    }

    // A = 2: B(1) = 2/3, B(2) = 2/5, B(3) = 4/19; C(3, 2) = (4/19) / (1 − (2/3)(15/19)) = 4/9.
    void erlangBByHand_data()
    {
        QTest::addColumn<int>("agents");
        QTest::addColumn<double>("traffic");
        QTest::addColumn<double>("expected");
        QTest::newRow("N=0") << 0 << 2.0 << 1.0;
        QTest::newRow("N=1") << 1 << 2.0 << 2.0 / 3.0;
        QTest::newRow("N=2") << 2 << 2.0 << 0.4;
        QTest::newRow("N=3") << 3 << 2.0 << 4.0 / 19.0;
        QTest::newRow("A=1,N=1") << 1 << 1.0 << 0.5;
        QTest::newRow("A=1,N=2") << 2 << 1.0 << 0.2; // (1/2)/(2 + 1/2)
        QTest::newRow("no traffic") << 5 << 0.0 << 0.0;
    }

    void erlangBByHand()
    {
        QFETCH(int, agents);
        QFETCH(double, traffic);
        QFETCH(double, expected);
        QVERIFY2(std::abs(ErlangC::erlangB(agents, traffic) - expected) < 1e-15,
                 qPrintable(QString::number(ErlangC::erlangB(agents, traffic), 'g', 17)));
    }

    void twoErlangsThreeAgents()
    {
        QVERIFY(std::abs(ErlangC::waitProbability(3, 2) - 4.0 / 9.0) < 1e-15);
        // SL = 1 − 4/9 · e^(−(3 − 2)·20/180); ASA = 4/9 · 180 / (3 − 2) = 80 s.
        QVERIFY(std::abs(ErlangC::serviceLevel(3, 2, 180, 20) - (1 - 4.0 / 9.0 * std::exp(-20.0 / 180.0))) < 1e-15);
        QVERIFY(std::abs(ErlangC::serviceLevel(3, 2, 180, 20) - 0.6022936369713912) < 1e-12);
        QVERIFY(std::abs(ErlangC::averageSpeedOfAnswer(3, 2, 180) - 80.0) < 1e-12);
        QVERIFY(std::abs(ErlangC::occupancy(3, 2) - 2.0 / 3.0) < 1e-15);
    }

    void notEnoughAgents()
    {
        QCOMPARE(ErlangC::waitProbability(2, 2), 1.0);
        QCOMPARE(ErlangC::serviceLevel(2, 2.5, 180, 20), 0.0);
        QVERIFY(std::isinf(ErlangC::averageSpeedOfAnswer(10, 10, 180)));
    }

    void agreesWithTheFactorialFormula_data()
    {
        QTest::addColumn<double>("traffic");
        for (double a : {0.3, 1.0, 2.0, 4.5, 10.0, 17.25, 30.0})
            QTest::newRow(qPrintable(QStringLiteral("A=%1").arg(a))) << a;
    }

    void agreesWithTheFactorialFormula()
    {
        QFETCH(double, traffic);
        for (int n = static_cast<int>(std::floor(traffic)) + 1; n <= static_cast<int>(traffic) + 25; ++n) {
            const double recursion = ErlangC::waitProbability(n, traffic);
            const double direct = factorialErlangC(n, traffic);
            QVERIFY2(
                std::abs(recursion - direct) <= 1e-12 * std::max(1.0, direct),
                qPrintable(QStringLiteral("N=%1: %2 vs %3").arg(n).arg(recursion, 0, 'g', 17).arg(direct, 0, 'g', 17)));
        }
    }

    // The classic example: 100 contacts in 30 minutes, AHT 180 s, 80 % within 20 s: A = 10 Erlangs;
    // 13 agents reach 79.56 %, 14 agents 88.84 % (P(wait) 17.41 %, ASA 7.84 s).
    void textbookCase()
    {
        const auto s = ErlangC::requiredAgents(100, 1800, 180, 0.8, 20);
        QVERIFY(s);
        QCOMPARE(s->trafficErlangs, 10.0);
        QCOMPARE(s->agents, 14);
        QCOMPARE(s->scheduledAgents, 14);
        QVERIFY(std::abs(s->serviceLevel - 0.8883500191794669) < 1e-9);
        QVERIFY(std::abs(s->waitProbability - 0.17413193359504983) < 1e-9);
        QVERIFY(std::abs(s->asaSeconds - 7.835937011777243) < 1e-9);
        QVERIFY(std::abs(s->occupancy - 10.0 / 14.0) < 1e-15);
        QVERIFY(std::abs(ErlangC::serviceLevel(13, 10, 180, 20) - 0.7955947884177831) < 1e-9);
    }

    void requiredAgents_data()
    {
        QTest::addColumn<double>("arrivals");
        QTest::addColumn<double>("intervalSeconds");
        QTest::addColumn<double>("aht");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<std::optional<double>>("maxOccupancy");
        QTest::addColumn<double>("shrinkage");
        QTest::addColumn<double>("concurrency");
        QTest::addColumn<int>("agents");
        QTest::addColumn<int>("scheduled");
        const std::optional<double> none;
        QTest::newRow("textbook") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 1.0 << 14 << 14;
        // 14 / (1 − 0.3) is 20.000000000000004 in doubles: still 20 scheduled.
        QTest::newRow("30% shrinkage") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.3 << 1.0 << 14 << 20;
        // A = 5.6 needs 9 agents; 9 / 0.9 = 10.000000000000002.
        QTest::newRow("10% shrinkage") << 56.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.1 << 1.0 << 9 << 10;
        QTest::newRow("25% shrinkage") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.25 << 1.0 << 14 << 19;
        // Occupancy A / N ≤ 70 %: N ≥ 14.3, so 15 although 14 meet the service level.
        QTest::newRow("max occupancy 70%")
            << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << std::optional(0.7) << 0.0 << 1.0 << 15 << 15;
        // Exactly at the maximum is allowed: 10 / 0.8 = 12.5 → 13, but the service level wants 14.
        QTest::newRow("max occupancy not binding")
            << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << std::optional(0.8) << 0.0 << 1.0 << 14 << 14;
        QTest::newRow("occupancy exactly at max")
            << 80.0 << 1800.0 << 180.0 << 0.0 << 20.0 << std::optional(0.8) << 0.0 << 1.0 << 10 << 10;
        // Chat with two contacts at once works with aht / 2: the same as 90 s, A = 5.
        QTest::newRow("concurrency 2") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 2.0 << 8 << 8;
        QTest::newRow("aht 90") << 100.0 << 1800.0 << 90.0 << 0.8 << 20.0 << none << 0.0 << 1.0 << 8 << 8;
        // N must exceed A even when the target asks for nothing.
        QTest::newRow("target 0") << 100.0 << 1800.0 << 180.0 << 0.0 << 20.0 << none << 0.0 << 1.0 << 11 << 11;
        QTest::newRow("no arrivals") << 0.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 1.0 << 1 << 1;
    }

    void requiredAgents()
    {
        QFETCH(double, arrivals);
        QFETCH(double, intervalSeconds);
        QFETCH(double, aht);
        QFETCH(double, target);
        QFETCH(double, threshold);
        QFETCH(std::optional<double>, maxOccupancy);
        QFETCH(double, shrinkage);
        QFETCH(double, concurrency);
        QFETCH(int, agents);
        QFETCH(int, scheduled);
        const auto s = ErlangC::requiredAgents(arrivals, intervalSeconds, aht, target, threshold, maxOccupancy,
                                               shrinkage, concurrency);
        QVERIFY(s);
        QCOMPARE(s->agents, agents);
        QCOMPARE(s->scheduledAgents, scheduled);
        QVERIFY(s->agents > s->trafficErlangs);
        QVERIFY(s->serviceLevel >= target);
        // The smallest such N: one fewer misses the target or the occupancy (or is not above A).
        const int fewer = agents - 1;
        const double a = s->trafficErlangs;
        const bool fewerWorks = fewer > a && ErlangC::serviceLevel(fewer, a, aht / concurrency, threshold) >= target &&
                                (!maxOccupancy || a / fewer <= *maxOccupancy + 1e-12);
        QVERIFY(!fewerWorks);
    }

    void monotonic()
    {
        const double a = 42.7;
        double previousSl = 0;
        double previousC = 1.0;
        double previousAsa = std::numeric_limits<double>::infinity();
        for (int n = 43; n < 80; ++n) {
            const double sl = ErlangC::serviceLevel(n, a, 240, 30);
            const double c = ErlangC::waitProbability(n, a);
            const double asa = ErlangC::averageSpeedOfAnswer(n, a, 240);
            QVERIFY(sl > previousSl);
            QVERIFY(c < previousC);
            QVERIFY(asa < previousAsa);
            QVERIFY(sl > 0 && sl < 1 && c > 0 && c < 1);
            previousSl = sl;
            previousC = c;
            previousAsa = asa;
        }
        // More traffic at the same staff: worse service.
        QVERIFY(ErlangC::serviceLevel(50, 45, 240, 30) < ErlangC::serviceLevel(50, 40, 240, 30));
        // A longer threshold: better service.
        QVERIFY(ErlangC::serviceLevel(50, 45, 240, 60) > ErlangC::serviceLevel(50, 45, 240, 30));
    }

    // 2 000 Erlangs (40 000 contacts of 180 s in an hour): no overflow, and the answer is a few dozen
    // agents above A, as the square-root staffing rule has it.
    void twoThousandErlangs()
    {
        const double b = ErlangC::erlangB(2000, 2000);
        QVERIFY(std::isfinite(b) && b > 0 && b < 1);
        // The textbook sum A^N/N! / Σ A^k/k!, taken in logarithms: 0.017630807529…
        QVERIFY(std::abs(b - 0.0176308075297) < 1e-12);
        const auto s = ErlangC::requiredAgents(40000, 3600, 180, 0.8, 20);
        QVERIFY(s);
        QCOMPARE(s->trafficErlangs, 2000.0);
        QVERIFY2(s->agents > 2000 && s->agents < 2100, qPrintable(QString::number(s->agents)));
        QVERIFY(s->serviceLevel >= 0.8);
        QVERIFY(ErlangC::serviceLevel(s->agents - 1, 2000, 180, 20) < 0.8);
        QVERIFY(std::isfinite(s->asaSeconds) && s->asaSeconds > 0 && s->asaSeconds < 20);
        QVERIFY(s->occupancy > 0.95 && s->occupancy < 1);
        // Still further: 10 000 Erlangs stays finite.
        const auto big = ErlangC::requiredAgents(200000, 3600, 180, 0.9, 20);
        QVERIFY(big);
        QVERIFY(big->agents > 10000 && big->agents < 10300);
        QVERIFY(std::isfinite(big->waitProbability));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<double>("arrivals");
        QTest::addColumn<double>("intervalSeconds");
        QTest::addColumn<double>("aht");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<std::optional<double>>("maxOccupancy");
        QTest::addColumn<double>("shrinkage");
        QTest::addColumn<double>("concurrency");
        const std::optional<double> none;
        QTest::newRow("negative arrivals") << -1.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 1.0;
        QTest::newRow("zero interval") << 100.0 << 0.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 1.0;
        QTest::newRow("zero aht") << 100.0 << 1800.0 << 0.0 << 0.8 << 20.0 << none << 0.0 << 1.0;
        QTest::newRow("target 100%") << 100.0 << 1800.0 << 180.0 << 1.0 << 20.0 << none << 0.0 << 1.0;
        QTest::newRow("negative threshold") << 100.0 << 1800.0 << 180.0 << 0.8 << -1.0 << none << 0.0 << 1.0;
        QTest::newRow("max occupancy 0") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << std::optional(0.0) << 0.0 << 1.0;
        QTest::newRow("shrinkage 100%") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 1.0 << 1.0;
        QTest::newRow("concurrency 0.5") << 100.0 << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 0.5;
        QTest::newRow("NaN") << std::nan("") << 1800.0 << 180.0 << 0.8 << 20.0 << none << 0.0 << 1.0;
    }

    void refusesBadInput()
    {
        QFETCH(double, arrivals);
        QFETCH(double, intervalSeconds);
        QFETCH(double, aht);
        QFETCH(double, target);
        QFETCH(double, threshold);
        QFETCH(std::optional<double>, maxOccupancy);
        QFETCH(double, shrinkage);
        QFETCH(double, concurrency);
        QVERIFY(!ErlangC::requiredAgents(arrivals, intervalSeconds, aht, target, threshold, maxOccupancy, shrinkage,
                                         concurrency));
    }
};

QTEST_GUILESS_MAIN(TestErlangC)
#include "tst_erlangc.moc"
