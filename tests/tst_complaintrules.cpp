// complaints.md's closed loop as CaseRules::apply enforces it: every allowed transition, every
// refused one, what each step requires, reopen and transfer counting, and the customer's time.

#include "complaints/ComplaintCase.h"

#include <QTest>

using namespace kefu::complaints;

namespace {

CaseEvent state(qint64 at, const char *to, const QString &note = {})
{
    return {at, QStringLiteral("qa"), QStringLiteral("state"), {}, {}, QString::fromLatin1(to), note};
}
CaseEvent field(qint64 at, const char *name, const char *value)
{
    return {at, QStringLiteral("qa"), QStringLiteral("field"), QString::fromLatin1(name), {}, QString::fromLatin1(value), {}};
}
CaseEvent owner(qint64 at, const char *to)
{
    return {at, QStringLiteral("lead"), QStringLiteral("owner"), {}, {}, QString::fromLatin1(to), {}};
}
CaseEvent simple(qint64 at, const char *kind, const char *to = "")
{
    return {at, QStringLiteral("qa"), QString::fromLatin1(kind), {}, {}, QString::fromLatin1(to), {}};
}

void mustApply(CaseState &s, const CaseEvent &e)
{
    const Refusal r = CaseRules::apply(s, e);
    QVERIFY2(!r.refused(), qPrintable(r.reason));
}

} // namespace

class TestComplaintRules : public QObject
{
    Q_OBJECT

private slots:
    void transitionsAreExactlyThoseOfTheSpec()
    {
        const QStringList states = CaseRules::states();
        const QSet<QString> allowed = {
            QStringLiteral("new>acknowledged"),        QStringLiteral("acknowledged>investigating"),
            QStringLiteral("investigating>proposed"),  QStringLiteral("proposed>awaiting_feedback"),
            QStringLiteral("awaiting_feedback>closed"), QStringLiteral("proposed>investigating"),
            QStringLiteral("awaiting_feedback>investigating"), QStringLiteral("closed>investigating"),
            QStringLiteral("new>rejected"),            QStringLiteral("acknowledged>rejected"),
            QStringLiteral("investigating>rejected")};
        for (const QString &from : states)
            for (const QString &to : states)
                QCOMPARE(CaseRules::allows(from, to), allowed.contains(from + QLatin1Char('>') + to));
    }

    void theWholeLoopWithWhatEachStepNeeds()
    {
        CaseState s;
        // acknowledged needs an owner
        Refusal r = CaseRules::apply(s, state(100, "acknowledged"));
        QVERIFY(r.refused());
        QVERIFY(r.reason.contains(QStringLiteral("owner")));
        QCOMPARE(s.state, QStringLiteral("new")); // unchanged by a refusal
        mustApply(s, owner(110, "王芳"));
        QCOMPARE(s.transfers, 0); // the first owner is an assignment
        mustApply(s, state(120, "acknowledged"));
        QCOMPARE(s.acknowledgedAt, 120);
        mustApply(s, state(130, "investigating"));
        // proposed needs a root cause, a resolution type and, for a refund, an amount
        QVERIFY(CaseRules::apply(s, state(140, "proposed")).reason.contains(QStringLiteral("root cause")));
        mustApply(s, field(141, "root_cause", "logistics"));
        QVERIFY(CaseRules::apply(s, state(142, "proposed")).reason.contains(QStringLiteral("resolution type")));
        mustApply(s, field(143, "resolution_type", "refund"));
        QVERIFY(CaseRules::apply(s, state(144, "proposed")).reason.contains(QStringLiteral("amount")));
        mustApply(s, field(145, "amount", "35.50"));
        mustApply(s, state(150, "proposed"));
        mustApply(s, state(200, "awaiting_feedback"));
        // closed needs the customer's feedback
        QVERIFY(CaseRules::apply(s, state(300, "closed")).reason.contains(QStringLiteral("feedback")));
        mustApply(s, field(1200, "customer_feedback", "satisfied"));
        mustApply(s, state(1300, "closed"));
        QCOMPARE(s.closedAt, 1300);
        QCOMPARE(s.awaitingSeconds, 1100); // 200 → 1300: the customer's time
        // reopen, then close again: closed_at is the last closing
        mustApply(s, state(2000, "investigating"));
        QCOMPARE(s.reopenCount, 1);
        mustApply(s, state(2100, "proposed"));
        mustApply(s, state(2200, "awaiting_feedback"));
        mustApply(s, state(2500, "closed"));
        QCOMPARE(s.closedAt, 2500);
        QCOMPARE(s.awaitingSeconds, 1400);
        QCOMPARE(s.updatedAt, 2500);
    }

    void refusedTransitionsNameBothStates()
    {
        CaseState s;
        const Refusal r = CaseRules::apply(s, state(10, "closed"));
        QVERIFY(r.refused());
        QCOMPARE(r.column, QStringLiteral("to"));
        QVERIFY2(r.reason.contains(QStringLiteral("new")) && r.reason.contains(QStringLiteral("closed")),
                 qPrintable(r.reason));
        QVERIFY(CaseRules::apply(s, state(10, "pending")).reason.contains(QStringLiteral("not a case state")));
        // A given `from` must be the case's state at that time.
        CaseEvent e = state(10, "rejected", QStringLiteral("重复投诉"));
        e.from = QStringLiteral("investigating");
        const Refusal wrongFrom = CaseRules::apply(s, e);
        QCOMPARE(wrongFrom.column, QStringLiteral("from"));
    }

    void closingUnreachableOrUnsatisfied()
    {
        auto proposedAndWaiting = [](CaseState &s) {
            mustApply(s, owner(1, "a"));
            mustApply(s, state(2, "acknowledged"));
            mustApply(s, state(3, "investigating"));
            mustApply(s, field(4, "root_cause", "product_quality"));
            mustApply(s, field(5, "resolution_type", "exchange"));
            mustApply(s, state(6, "proposed"));
            mustApply(s, state(7, "awaiting_feedback"));
        };
        CaseState s;
        proposedAndWaiting(s);
        mustApply(s, field(8, "customer_feedback", "unreachable"));
        mustApply(s, simple(9, "contact_attempt"));
        QVERIFY(CaseRules::apply(s, state(10, "closed")).reason.contains(QStringLiteral("two contact attempts")));
        mustApply(s, simple(11, "contact_attempt"));
        mustApply(s, state(12, "closed"));

        CaseState u;
        proposedAndWaiting(u);
        mustApply(u, field(8, "customer_feedback", "unsatisfied"));
        QVERIFY(CaseRules::apply(u, state(9, "closed")).refused());
        CaseState overridden = u;
        mustApply(overridden, state(9, "closed", QStringLiteral("主管确认：已按最高标准补偿")));
        mustApply(u, simple(10, "escalate", "2"));
        mustApply(u, state(11, "closed"));
    }

    void rejectingNeedsAReasonAndOnlyEarly()
    {
        CaseState s;
        QCOMPARE(CaseRules::apply(s, state(1, "rejected")).column, QStringLiteral("note"));
        mustApply(s, state(2, "rejected", QStringLiteral("重复投诉")));
        QCOMPARE(s.rejectReason, QStringLiteral("重复投诉"));
        CaseState late;
        mustApply(late, owner(1, "a"));
        mustApply(late, state(2, "acknowledged"));
        mustApply(late, state(3, "investigating"));
        mustApply(late, field(4, "root_cause", "other"));
        mustApply(late, field(5, "resolution_type", "explanation"));
        mustApply(late, state(6, "proposed"));
        QVERIFY(CaseRules::apply(late, state(7, "rejected", QStringLiteral("x"))).refused());
    }

    void transfersEscalationAndFieldValues()
    {
        CaseState s;
        mustApply(s, owner(1, "a"));
        mustApply(s, owner(2, "b"));
        mustApply(s, owner(3, "c"));
        QCOMPARE(s.transfers, 2);
        mustApply(s, simple(4, "escalate", "3"));
        QCOMPARE(s.level, 3);
        QVERIFY(CaseRules::apply(s, simple(5, "escalate", "2")).reason.contains(QStringLiteral("raise")));
        QVERIFY(CaseRules::apply(s, simple(5, "escalate", "4")).refused());
        QVERIFY(CaseRules::apply(s, field(6, "root_cause", "weather")).refused());
        QVERIFY(CaseRules::apply(s, field(6, "amount", "-3")).refused());
        QVERIFY(CaseRules::apply(s, field(6, "priority", "P4")).refused());
        QVERIFY(CaseRules::apply(s, field(6, "colour", "red")).refused());
        QVERIFY(CaseRules::apply(s, simple(6, "teleport")).refused());
        mustApply(s, field(7, "priority", "P1"));
        QCOMPARE(s.priority, QStringLiteral("P1"));
        // A given `from` must be the case's value at that time, for levels and fields too.
        CaseEvent wrongLevel = simple(8, "escalate", "3");
        CaseState two;
        mustApply(two, simple(1, "escalate", "2"));
        wrongLevel.from = QStringLiteral("1");
        QCOMPARE(CaseRules::apply(two, wrongLevel).column, QStringLiteral("from"));
        wrongLevel.from = QStringLiteral("2");
        mustApply(two, wrongLevel);
        CaseEvent wrongField = field(9, "priority", "P2");
        wrongField.from = QStringLiteral("P3");
        QCOMPARE(CaseRules::apply(s, wrongField).column, QStringLiteral("from"));
        wrongField.from = QStringLiteral("P1");
        mustApply(s, wrongField);
        mustApply(s, field(10, "amount", "35.5"));
        CaseEvent amount = field(11, "amount", "40");
        amount.from = QStringLiteral("35.50"); // the same amount as the store writes it
        mustApply(s, amount);
    }
};

QTEST_GUILESS_MAIN(TestComplaintRules)
#include "tst_complaintrules.moc"
