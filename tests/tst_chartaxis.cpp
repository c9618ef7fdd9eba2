// The one rule for the value axes of charts (issue 17): round ticks of 1, 2 or 5 × 10^k, whole steps
// for counts, a 0–100 score on 0 to 100 (the composite's trend went to 150; the agents chart had ticks
// at 12 and 37).
#include "core/ChartAxis.h"

#include <QTest>

using namespace kefu;

namespace {

// Every tick a multiple of 1, 2 or 5 × 10^k.
bool roundStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double f = step / magnitude;
    return std::abs(f - 1) < 1e-9 || std::abs(f - 2) < 1e-9 || std::abs(f - 5) < 1e-9;
}

} // namespace

class TestChartAxis : public QObject
{
    Q_OBJECT

private slots:
    void agentsPerIntervalHaveWholeRoundTicks()
    {
        // 37 agents signed in at most: 0, 10, 20, 30, 40 (not 0, 12.5, 25, 37.5, 50 written as 12 and 37).
        const ChartAxis axis = niceAxis(0, 37, 5, true);
        QCOMPARE(axis.min, 0.0);
        QCOMPARE(axis.max, 40.0);
        QCOMPARE(axis.step, 10.0);
        QCOMPARE(axis.ticks(), 5);
        QCOMPARE(axis.decimals(), 0);
        // A handful of agents: whole steps, never 0.5 of an agent.
        const ChartAxis few = niceAxis(0, 3, 5, true);
        QCOMPARE(few.step, 1.0);
        QCOMPARE(few.max, 3.0);
        const ChartAxis none = niceAxis(0, 0, 5, true);
        QCOMPARE(none.min, 0.0);
        QVERIFY(none.max >= 1);
        QCOMPARE(none.step, 1.0);
    }

    void aScoreEndsAtHundred()
    {
        const ChartAxis score = scoreAxis();
        QCOMPARE(score.min, 0.0);
        QCOMPARE(score.max, 100.0);
        QCOMPARE(score.ticks(), 6);
        QCOMPARE(score.step, 20.0);
        const ChartAxis fewer = scoreAxis(3);
        QCOMPARE(fewer.max, 100.0);
        QCOMPARE(fewer.step, 50.0);
        // A percentage of 96 with the chart's headroom: the axis stops at 100, not at 150 or 120.
        const ChartAxis pct = niceAxis(0, 96 * 1.1, 5, false, 100);
        QCOMPARE(pct.max, 100.0);
        QCOMPARE(pct.step, 20.0);
        const ChartAxis pctTight = niceAxis(0, 96, 5, false, 100);
        QCOMPARE(pctTight.max, 100.0);
        QCOMPARE(pctTight.step, 20.0);
        // A limit the step does not reach evenly is left alone: the ticks stay round.
        const ChartAxis csat = niceAxis(0, 4.6, 2, false, 5);
        QVERIFY(roundStep(csat.step));
        QCOMPARE(std::fmod(csat.max, csat.step), 0.0);
    }

    void zoomedRangesStayRound_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("steps");
        QTest::newRow("aht") << 212.0 << 348.0 << 3;
        QTest::newRow("csat") << 4.12 << 4.71 << 3;
        QTest::newRow("fcr") << 71.3 << 88.9 << 3;
        QTest::newRow("contacts") << 0.0 << 1234.0 << 5;
        QTest::newRow("tiny") << 0.0 << 0.07 << 4;
        QTest::newRow("flat") << 4.5 << 4.5 << 3;
    }

    void zoomedRangesStayRound()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, steps);
        const ChartAxis axis = niceAxis(low, high, steps);
        QVERIFY2(roundStep(axis.step), qPrintable(QString::number(axis.step)));
        QVERIFY(axis.min <= low);
        QVERIFY(axis.max >= high);
        QVERIFY(axis.ticks() - 1 <= steps);
        QVERIFY(axis.ticks() >= 2);
        // Every tick is a multiple of the step: its label is a round number.
        const double first = axis.min / axis.step;
        QVERIFY(std::abs(first - std::round(first)) < 1e-9);
    }

    void durationsTickInRoundUnits()
    {
        // AHT from 3:32 to 5:48: whole minutes, 3:00 to 6:00.
        const ChartAxis aht = durationAxis(212, 348, 3);
        QCOMPARE(aht.min, 180.0);
        QCOMPARE(aht.max, 360.0);
        QCOMPARE(aht.step, 60.0);
        // Waits under a minute and a half: whole seconds.
        const ChartAxis wait = durationAxis(0, 47, 5);
        QCOMPARE(wait.step, 10.0);
        QCOMPARE(wait.max, 50.0);
        // Hours.
        const ChartAxis long_ = durationAxis(0, 4 * 3600 + 7 * 60, 5);
        QCOMPARE(long_.step, 3600.0);
        QCOMPARE(long_.max, 5 * 3600.0);
    }

    void labelsHaveTheStepsDecimals()
    {
        QCOMPARE((ChartAxis{0, 100, 20}).decimals(), 0);
        QCOMPARE((ChartAxis{4, 5, 0.5}).decimals(), 1);
        QCOMPARE((ChartAxis{4, 5, 0.2}).decimals(), 1);
        QCOMPARE((ChartAxis{0, 0.1, 0.05}).decimals(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChartAxis)
#include "tst_chartaxis.moc"
