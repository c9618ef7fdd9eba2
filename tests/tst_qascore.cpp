// The score of a QA review (groundwork for issue 6), against hand-computed cases: scales mapped
// to 0–100, section × item weights, not-applicable items dropping out, a failed critical item
// zeroing the review, and the answers that cannot be scored.

#include "qa/QaScore.h"

#include <QTest>

using namespace kefu::qa;

namespace {

// Section A (weight 2): 1 greeting, binary, weight 1; 2 empathy, 5-point, weight 3, may be N/A.
// Section B (weight 1): 3 accuracy, 3-point, weight 1, critical; 4 upsell, binary, weight 2, may be N/A.
Form sampleForm()
{
    Form form;
    form.sections = {
        {QStringLiteral("开场"), 2.0,
         {{1, QStringLiteral("问候"), 1.0, Scale::Binary, false, false},
          {2, QStringLiteral("共情"), 3.0, Scale::FivePoint, true, false}}},
        {QStringLiteral("解决"), 1.0,
         {{3, QStringLiteral("信息准确"), 1.0, Scale::ThreePoint, false, true},
          {4, QStringLiteral("推荐"), 2.0, Scale::Binary, true, false}}},
    };
    return form;
}

QList<Answer> answers(std::optional<double> a1, std::optional<double> a2, std::optional<double> a3,
                      std::optional<double> a4)
{
    return {{1, a1}, {2, a2}, {3, a3}, {4, a4}};
}

} // namespace

class TestQaScore : public QObject
{
    Q_OBJECT

private slots:
    void weightedMeanOfTheAnsweredItems()
    {
        // 1 → 100 (w 1×2 = 2), 2: 4 of 1–5 → 75 (w 3×2 = 6), 3: 1 of 0–2 → 50 (w 1), 4 → 0 (w 2):
        // (200 + 450 + 50 + 0) / 11 = 63.6363…
        const ReviewScore s = ReviewScorer::score(sampleForm(), answers(1, 4, 1, 0));
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(!s.autoFail);
        QVERIFY(qAbs(s.score - 700.0 / 11.0) < 1e-9);
        // Everything at the top of its scale is 100, order of answers notwithstanding.
        const ReviewScore top = ReviewScorer::score(sampleForm(), {{4, 1}, {3, 2}, {2, 5}, {1, 1}});
        QCOMPARE(top.score, 100.0);
    }

    void notApplicableItemsDropOut()
    {
        // Without item 2: (200 + 50 + 0) / (2 + 1 + 2) = 50.
        const ReviewScore s = ReviewScorer::score(sampleForm(), answers(1, std::nullopt, 1, 0));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.score, 50.0);
        // Without items 2 and 4: (200 + 50) / 3 = 83.33…
        const ReviewScore t = ReviewScorer::score(sampleForm(), answers(1, std::nullopt, 1, std::nullopt));
        QVERIFY(qAbs(t.score - 250.0 / 3.0) < 1e-9);
    }

    void aFailedCriticalItemMakesTheReviewZero()
    {
        const ReviewScore s = ReviewScorer::score(sampleForm(), answers(1, 5, 0, 1));
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.autoFail);
        QCOMPARE(s.score, 0.0);
        // The critical item not at its lowest value is not a failure.
        QVERIFY(!ReviewScorer::score(sampleForm(), answers(1, 5, 1, 1)).autoFail);
    }

    void answersThatCannotBeScored_data()
    {
        QTest::addColumn<QList<Answer>>("given");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing item") << QList<Answer>{{1, 1}, {2, 3}, {3, 1}} << QStringLiteral("\"推荐\" is not answered");
        QTest::newRow("N/A not allowed") << answers(std::nullopt, 3, 1, 1)
                                         << QStringLiteral("\"问候\" cannot be marked not applicable");
        QTest::newRow("above the scale") << answers(1, 6, 1, 1) << QStringLiteral("6 is not a value of its scale (1 to 5)");
        QTest::newRow("below the scale") << answers(1, 0, 1, 1) << QStringLiteral("0 is not a value of its scale (1 to 5)");
        QTest::newRow("between steps") << answers(1, 3, 1.5, 1) << QStringLiteral("1.5 is not a value of its scale (0 to 2)");
        QTest::newRow("twice") << (answers(1, 3, 1, 1) << Answer{1, 0}) << QStringLiteral("answered twice");
        QTest::newRow("not on the form") << (answers(1, 3, 1, 1) << Answer{9, 1})
                                         << QStringLiteral("not on this form");
    }
    void answersThatCannotBeScored()
    {
        QFETCH(QList<Answer>, given);
        QFETCH(QString, reason);
        const ReviewScore s = ReviewScorer::score(sampleForm(), given);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(reason), qPrintable(s.error));
    }

    void aReviewWithNothingThatCountsHasNoScore()
    {
        Form form;
        form.sections = {{QStringLiteral("可选"), 1.0, {{1, QStringLiteral("推荐"), 1.0, Scale::Binary, true, false}}}};
        const ReviewScore s = ReviewScorer::score(form, {{1, std::nullopt}});
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(QStringLiteral("no score")));
        // Zero weights count as nothing too.
        form.sections[0].weight = 0;
        QVERIFY(!ReviewScorer::score(form, {{1, 1}}).ok);
    }
};


QTEST_GUILESS_MAIN(TestQaScore)
#include "tst_qascore.moc"
