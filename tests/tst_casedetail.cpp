// Issue 12: one case as the complaints pane shows it — its row, its timeline oldest first with the
// ids the workflow's token is made of, its clock at `now` (standing still while the customer decides),
// the customer's conversations (the one the case came from first) and other cases, and the words of
// each kind of event.
#include "TestSupport.h"
#include "complaints/CaseDetail.h"
#include "complaints/ComplaintService.h"
#include "core/Vocabulary.h"
#include "store/Sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::complaints;

namespace {

ActionInput input(CaseAction action, const QString &note = {})
{
    ActionInput in;
    in.action = action;
    in.note = note;
    return in;
}

CaseEvent eventOf(const char *kind, const QString &from, const QString &to, const char *field = nullptr)
{
    CaseEvent e;
    e.kind = QString::fromLatin1(kind);
    e.from = from;
    e.to = to;
    if (field)
        e.field = QString::fromLatin1(field);
    return e;
}

} // namespace

class TestCaseDetail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr qint64 t0 = 1'790'000'000;
    static constexpr qint64 H = 3600;
    // The event id each action of D1 ended on, in order (ActionResult::lastEvent).
    QList<qint64> m_tokens;

    Session lead() const { return Session::signedIn(1, QStringLiteral("lead"), Role::Lead); }
    Session qa() const { return Session::signedIn(2, QStringLiteral("qa"), Role::Qa); }

    bool open(const char *id, qint64 at, const char *priority, const QString &customer, const QString &conversation,
              const char *summary)
    {
        NewCase c;
        c.id = QString::fromLatin1(id);
        c.createdAt = at;
        c.priority = QString::fromLatin1(priority);
        c.summary = QString::fromUtf8(summary);
        c.category = QStringLiteral("物流");
        c.customerId = customer;
        c.conversationId = conversation;
        c.agentId = QStringLiteral("A1");
        c.channel = QStringLiteral("chat");
        QString error;
        const auto made = ComplaintService(m_store->database(), lead(), m_store->timeZone()).create(c, &error);
        if (!made)
            qWarning("create %s: %s", id, qPrintable(error));
        return made.has_value();
    }
    qint64 act(const Session &who, const QString &id, const ActionInput &in, qint64 at)
    {
        ComplaintService s(m_store->database(), who, m_store->timeZone());
        const ActionResult r = s.act(id, s.lastEventId(id), in, at);
        if (!r.ok()) {
            qWarning("act %d: %s", int(in.action), qPrintable(r.message));
            return 0;
        }
        return r.lastEvent;
    }
    bool conversation(const char *id, const char *customer, qint64 arrivedAt)
    {
        return sql::exec(m_store->database(),
                         QStringLiteral("INSERT INTO conversations (id, channel, customer_id, agent_id, arrived_at,"
                                        " category, order_id) VALUES (?, 'phone', ?, 'A1', ?, '物流', ?)"),
                         {QString::fromLatin1(id), QString::fromLatin1(customer), arrivedAt,
                          QStringLiteral("O-%1").arg(QString::fromLatin1(id))});
    }
    CaseDetail load(const QString &id, qint64 now)
    {
        QString error;
        QSqlDatabase db = m_store->database();
        const auto d = CaseDetail::load(db, id, now, &error);
        if (!d)
            qWarning("load %s: %s", qPrintable(id), qPrintable(error));
        return d.value_or(CaseDetail{});
    }

private slots:
    void initTestCase()
    {
        m_store = test::createStore(m_dir, QStringLiteral("detail.sqlite"));
        QVERIFY(m_store);
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO teams (name) VALUES ('一组')")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents (id, name, team) VALUES ('A1', '张伟', '一组')")));

        // The customer U-100: an old conversation the case D1 was opened from, then 24 newer ones in pairs
        // that share their arrival (V01 and V02 at t0 − 100 s, V03 and V04 at t0 − 200 s …).
        QVERIFY(conversation("CV-OLD", "U-100", t0 - 30 * 24 * H));
        for (int i = 1; i <= 24; ++i)
            QVERIFY(conversation(qPrintable(QStringLiteral("V%1").arg(i, 2, 10, QLatin1Char('0'))), "U-100",
                                 t0 - 100 * ((i + 1) / 2)));
        QVERIFY(conversation("W-NEWEST", "U-200", t0)); // another customer's, the newest of all

        // D1, P2, walked through the loop by qa; each action's token kept.
        QVERIFY(open("D1", t0, "P2", QStringLiteral("U-100"), QStringLiteral("CV-OLD"), "快递三天未到"));
        ActionInput assign = input(CaseAction::Assign);
        assign.owner = QStringLiteral("李娜");
        m_tokens << act(qa(), QStringLiteral("D1"), assign, t0 + 60);
        m_tokens << act(qa(), QStringLiteral("D1"), input(CaseAction::Acknowledge), t0 + 120);
        m_tokens << act(qa(), QStringLiteral("D1"), input(CaseAction::Investigate, QStringLiteral("查物流")), t0 + 180);
        ActionInput escalate = input(CaseAction::Escalate);
        escalate.level = 2;
        escalate.owner = QStringLiteral("王芳");
        m_tokens << act(lead(), QStringLiteral("D1"), escalate, t0 + 240);
        ActionInput propose = input(CaseAction::Propose);
        propose.rootCause = QStringLiteral("logistics");
        propose.resolution = QStringLiteral("coupon");
        propose.amount = QStringLiteral("20");
        m_tokens << act(qa(), QStringLiteral("D1"), propose, t0 + 300);
        m_tokens << act(qa(), QStringLiteral("D1"), input(CaseAction::SendForConfirmation), t0 + 400);
        m_tokens << act(qa(), QStringLiteral("D1"), input(CaseAction::ContactAttempt, QStringLiteral("未接通")), t0 + 500);
        m_tokens << act(lead(), QStringLiteral("D1"), input(CaseAction::Note, QStringLiteral("客户稍后回电")), t0 + 600);
        QVERIFY(!m_tokens.contains(0));

        // The customer's other cases: D2 opened from V01 (among the newest), D3 with a note entered late,
        // D4 older than D1; E1 is another customer's.
        QVERIFY(open("D2", t0 + 50, "P3", QStringLiteral("U-100"), QStringLiteral("V01"), "少发一件"));
        QVERIFY(open("D3", t0 + 1000, "P1", QStringLiteral("U-100"), {}, "商品破损"));
        QVERIFY(open("D4", t0 - 5000, "P3", QStringLiteral("U-100"), {}, "发票未开"));
        QVERIFY(open("E1", t0 + 2000, "P3", QStringLiteral("U-200"), QStringLiteral("W-NEWEST"), "别人的"));
    }

    void timelineOldestFirstWithIds()
    {
        const CaseDetail d = load(QStringLiteral("D1"), t0 + 10'000);
        QCOMPARE(d.id, QStringLiteral("D1"));
        QCOMPARE(d.createdAt, t0);
        QCOMPARE(d.customerId, QStringLiteral("U-100"));
        QCOMPARE(d.agentName, QStringLiteral("张伟"));
        QCOMPARE(d.team, QStringLiteral("一组"));
        QCOMPARE(d.conversationId, QStringLiteral("CV-OLD"));
        QCOMPARE(d.state.state, QStringLiteral("awaiting_feedback"));
        QCOMPARE(d.state.owner, QStringLiteral("王芳"));
        QCOMPARE(d.state.level, 2);
        QCOMPARE(d.state.rootCause, QStringLiteral("logistics"));
        QCOMPARE(d.state.resolution, QStringLiteral("coupon"));
        QCOMPARE(d.state.amount, QStringLiteral("20.00"));
        QCOMPARE(d.state.transfers, 1);
        QCOMPARE(d.state.contactAttempts, 1);
        QCOMPARE(d.state.acknowledgedAt, t0 + 120);

        struct Expected
        {
            qint64 at;
            const char *actor, *kind, *field, *from, *to, *note;
        };
        // One line per event: the escalation and the transfer it brings share their instant, in the
        // order written; so do the proposal's three fields and its state.
        const Expected expected[] = {
            {t0, "lead", "created", "", "", "", ""},
            {t0 + 60, "qa", "owner", "", "", "李娜", ""},
            {t0 + 120, "qa", "state", "", "new", "acknowledged", ""},
            {t0 + 180, "qa", "state", "", "acknowledged", "investigating", "查物流"},
            {t0 + 240, "lead", "escalate", "", "1", "2", ""},
            {t0 + 240, "lead", "owner", "", "李娜", "王芳", ""},
            {t0 + 300, "qa", "field", "root_cause", "", "logistics", ""},
            {t0 + 300, "qa", "field", "resolution_type", "", "coupon", ""},
            {t0 + 300, "qa", "field", "amount", "", "20", ""},
            {t0 + 300, "qa", "state", "", "investigating", "proposed", ""},
            {t0 + 400, "qa", "state", "", "proposed", "awaiting_feedback", ""},
            {t0 + 500, "qa", "contact_attempt", "", "", "", "未接通"},
            {t0 + 600, "lead", "note", "", "", "", "客户稍后回电"},
        };
        QCOMPARE(d.timeline.size(), qsizetype(std::size(expected)));
        for (int i = 0; i < d.timeline.size(); ++i) {
            const CaseEvent &e = d.timeline.at(i).event;
            const Expected &x = expected[i];
            const QByteArray where = QByteArray::number(i);
            QVERIFY2(e.at == x.at, where);
            QVERIFY2(e.actor == QString::fromUtf8(x.actor), where);
            QVERIFY2(e.kind == QString::fromUtf8(x.kind), where);
            QVERIFY2(e.field == QString::fromUtf8(x.field), where);
            QVERIFY2(e.from == QString::fromUtf8(x.from), QByteArray(where + " from " + e.from.toUtf8()).constData());
            QVERIFY2(e.to == QString::fromUtf8(x.to), QByteArray(where + " to " + e.to.toUtf8()).constData());
            QVERIFY2(e.note == QString::fromUtf8(x.note), where);
            if (i > 0)
                QVERIFY2(d.timeline.at(i).id > d.timeline.at(i - 1).id, where);
        }
        // The ids are the events the actions wrote: each action's token is the id of its last event.
        const int lastOfAction[] = {1, 2, 3, 5, 9, 10, 11, 12};
        for (int a = 0; a < m_tokens.size(); ++a)
            QCOMPARE(d.timeline.at(lastOfAction[a]).id, m_tokens.at(a));
        QCOMPARE(d.lastEvent, m_tokens.constLast());
    }

    void aLateEntryTakesItsPlaceInTime()
    {
        // A note written after another but dated before it: the timeline is in time order; the token is
        // still the newest id (the one act() compares).
        QVERIFY(act(qa(), QStringLiteral("D3"), input(CaseAction::Note, QStringLiteral("second")), t0 + 3000));
        const qint64 late = act(qa(), QStringLiteral("D3"), input(CaseAction::Note, QStringLiteral("first")), t0 + 1500);
        QVERIFY(late > 0);
        const CaseDetail d = load(QStringLiteral("D3"), t0 + 4000);
        QCOMPARE(d.timeline.size(), 3);
        QCOMPARE(d.timeline.at(0).event.kind, QStringLiteral("created"));
        QCOMPARE(d.timeline.at(1).event.note, QStringLiteral("first"));
        QCOMPARE(d.timeline.at(1).id, late);
        QCOMPARE(d.timeline.at(2).event.note, QStringLiteral("second"));
        QCOMPARE(d.lastEvent, late);
    }

    void clockStandsStillWhileTheCustomerDecides()
    {
        // P2: 4 h to acknowledge (acknowledged after 2 min: met), 48 h to resolve plus the customer's time
        // since t0 + 400 s.
        const CaseDetail d = load(QStringLiteral("D1"), t0 + 10'000);
        QCOMPARE(d.facts.awaitingSince, std::optional<qint64>(t0 + 400));
        QCOMPARE(d.clock.acknowledgeDue, t0 + 4 * H);
        QCOMPARE(d.clock.acknowledgeMet, std::optional<bool>(true));
        QVERIFY(d.clock.paused);
        QVERIFY(!d.clock.ended);
        QCOMPARE(d.clock.resolveDue, t0 + 48 * H + (10'000 - 400));
        QCOMPARE(d.clock.secondsLeft(t0 + 10'000), 48 * H - 400);
        const CaseDetail later = load(QStringLiteral("D1"), t0 + 30 * H);
        QCOMPARE(later.clock.resolveDue, t0 + 48 * H + (30 * H - 400));
        QCOMPARE(later.clock.secondsLeft(t0 + 30 * H), 48 * H - 400);
        // D2 (P3, new) runs against its acknowledgement: 24 h from t0 + 50 s.
        const CaseDetail d2 = load(QStringLiteral("D2"), t0 + H);
        QVERIFY(!d2.clock.paused);
        QCOMPARE(d2.clock.due(), t0 + 50 + 24 * H);
        QCOMPARE(d2.clock.secondsLeft(t0 + H), 50 + 23 * H);
        // The clock read at t0 + 10,000 s, shown at t0 + 30 h without a reload (the pane's countdown): the
        // same as read then; a clock that is not paused does not move.
        const CaseClock shown = d.clock.at(d.facts, t0 + 30 * H);
        QCOMPARE(shown.resolveDue, later.clock.resolveDue);
        QCOMPARE(shown.acknowledgeMet, std::optional<bool>(true));
        QVERIFY(shown.paused);
        QCOMPARE(d2.clock.at(d2.facts, t0 + 5 * H).due(), t0 + 50 + 24 * H);
    }

    void linkedConversations()
    {
        // D1 came from CV-OLD, older than the customer's 24 others: it comes first, then the newest ones
        // (same instant: the higher id first), RelatedLimit in all; no other customer's.
        const CaseDetail d = load(QStringLiteral("D1"), t0);
        QCOMPARE(d.conversations.size(), CaseDetail::RelatedLimit);
        QCOMPARE(d.conversations.at(0).id, QStringLiteral("CV-OLD"));
        QVERIFY(d.conversations.at(0).openedFrom);
        QCOMPARE(d.conversations.at(0).arrivedAt, t0 - 30 * 24 * H);
        QCOMPARE(d.conversations.at(0).agentName, QStringLiteral("张伟"));
        QCOMPARE(d.conversations.at(0).channel, QStringLiteral("phone"));
        QCOMPARE(d.conversations.at(0).orderId, QStringLiteral("O-CV-OLD"));
        const QStringList newest = {QStringLiteral("V02"), QStringLiteral("V01"), QStringLiteral("V04"),
                                    QStringLiteral("V03"), QStringLiteral("V06"), QStringLiteral("V05")};
        for (int i = 0; i < newest.size(); ++i)
            QCOMPARE(d.conversations.at(i + 1).id, newest.at(i));
        QCOMPARE(d.conversations.constLast().id, QStringLiteral("V20")); // 19 after CV-OLD: V02, V01 … V18, V17, V20
        for (int i = 1; i < d.conversations.size(); ++i) {
            QVERIFY(!d.conversations.at(i).openedFrom);
            QVERIFY(d.conversations.at(i).arrivedAt <= d.conversations.at(i - 1).arrivedAt || i == 1);
        }

        // D2 came from V01, which is among the newest: first, and not again.
        const CaseDetail d2 = load(QStringLiteral("D2"), t0);
        QCOMPARE(d2.conversations.size(), CaseDetail::RelatedLimit);
        QCOMPARE(d2.conversations.at(0).id, QStringLiteral("V01"));
        QVERIFY(d2.conversations.at(0).openedFrom);
        QCOMPARE(d2.conversations.at(1).id, QStringLiteral("V02"));
        QCOMPARE(d2.conversations.at(2).id, QStringLiteral("V04"));
        int v01 = 0;
        for (const LinkedConversation &c : d2.conversations)
            v01 += c.id == QLatin1String("V01") ? 1 : 0;
        QCOMPARE(v01, 1);
        QCOMPARE(d2.conversations.constLast().id, QStringLiteral("V19")); // V02, V04, V03 … V20, V19: 20 with V01

        // E1's customer has one conversation, the one it came from.
        const CaseDetail e1 = load(QStringLiteral("E1"), t0);
        QCOMPARE(e1.conversations.size(), 1);
        QCOMPARE(e1.conversations.at(0).id, QStringLiteral("W-NEWEST"));
        QVERIFY(e1.conversations.at(0).openedFrom);
        QVERIFY(e1.otherCases.isEmpty());
    }

    void theCustomersOtherCases()
    {
        const CaseDetail d = load(QStringLiteral("D1"), t0);
        QCOMPARE(d.otherCases.size(), 3);
        QCOMPARE(d.otherCases.at(0).id, QStringLiteral("D3"));
        QCOMPARE(d.otherCases.at(0).createdAt, t0 + 1000);
        QCOMPARE(d.otherCases.at(0).priority, QStringLiteral("P1"));
        QCOMPARE(d.otherCases.at(0).state, QStringLiteral("new"));
        QCOMPARE(d.otherCases.at(0).summary, QStringLiteral("商品破损"));
        QCOMPARE(d.otherCases.at(1).id, QStringLiteral("D2"));
        QCOMPARE(d.otherCases.at(2).id, QStringLiteral("D4"));
        const CaseDetail d4 = load(QStringLiteral("D4"), t0);
        QCOMPARE(d4.otherCases.size(), 3);
        QCOMPARE(d4.otherCases.at(0).id, QStringLiteral("D3"));
        QCOMPARE(d4.otherCases.at(1).id, QStringLiteral("D2"));
        QCOMPARE(d4.otherCases.at(2).id, QStringLiteral("D1"));
        QCOMPARE(d4.otherCases.at(2).state, QStringLiteral("awaiting_feedback"));
    }

    void aMissingCaseIsNothing()
    {
        QString error = QStringLiteral("stale");
        QSqlDatabase db = m_store->database();
        QVERIFY(!CaseDetail::load(db, QStringLiteral("NOPE"), t0, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(CaseDetail::load(db, QStringLiteral("D1"), t0, &error));
        QVERIFY(error.isEmpty());
    }

    void describeEachKind()
    {
        QCOMPARE(CaseDetail::describe(eventOf("created", {}, {})), QStringLiteral("Case opened"));
        QCOMPARE(CaseDetail::describe(eventOf("state", QStringLiteral("new"), QStringLiteral("acknowledged"))),
                 QStringLiteral("State: new → acknowledged"));
        QCOMPARE(CaseDetail::describe(eventOf("state", QStringLiteral("proposed"), QStringLiteral("awaiting_feedback"))),
                 QStringLiteral("State: proposed → awaiting feedback"));
        QCOMPARE(CaseDetail::describe(eventOf("state", {}, QStringLiteral("investigating"))),
                 QStringLiteral("State: investigating"));
        QCOMPARE(CaseDetail::describe(eventOf("owner", {}, QStringLiteral("李娜"))), QStringLiteral("Assigned to 李娜"));
        QCOMPARE(CaseDetail::describe(eventOf("owner", QStringLiteral("李娜"), QStringLiteral("王芳"))),
                 QStringLiteral("Transferred: 李娜 → 王芳"));
        QCOMPARE(CaseDetail::describe(eventOf("escalate", QStringLiteral("1"), QStringLiteral("2"))),
                 QStringLiteral("Escalated: level 1 → level 2"));
        // A root cause by its name in the current language (the vocabulary's), not its id.
        QCOMPARE(CaseDetail::describe(eventOf("field", {}, QStringLiteral("after_sales"), "root_cause")),
                 QStringLiteral("Root cause: ") + rootCauseName(RootCause::AfterSales));
        QCOMPARE(CaseDetail::describe(eventOf("field", {}, QStringLiteral("after_sales"), "root_cause")),
                 QStringLiteral("Root cause: after-sales"));
        QCOMPARE(CaseDetail::describe(
                     eventOf("field", QStringLiteral("logistics"), QStringLiteral("product_quality"), "root_cause")),
                 QStringLiteral("Root cause: logistics → product quality"));
        QCOMPARE(CaseDetail::describe(eventOf("field", {}, QStringLiteral("coupon"), "resolution_type")),
                 QStringLiteral("Resolution: coupon"));
        QCOMPARE(CaseDetail::describe(eventOf("field", {}, QStringLiteral("20"), "amount")), QStringLiteral("Amount: 20"));
        QCOMPARE(CaseDetail::describe(eventOf("field", {}, QStringLiteral("unreachable"), "customer_feedback")),
                 QStringLiteral("Customer feedback: unreachable"));
        QCOMPARE(CaseDetail::describe(eventOf("field", QStringLiteral("P3"), QStringLiteral("P1"), "priority")),
                 QStringLiteral("Priority: P3 → P1"));
        QCOMPARE(CaseDetail::describe(eventOf("note", {}, {})), QStringLiteral("Note"));
        QCOMPARE(CaseDetail::describe(eventOf("contact_attempt", {}, {})), QStringLiteral("Contact attempt"));

        // The same words on the stored timeline.
        const CaseDetail d = load(QStringLiteral("D1"), t0);
        QStringList lines;
        for (const TimelineEntry &t : d.timeline)
            lines << CaseDetail::describe(t.event);
        QCOMPARE(lines, (QStringList{QStringLiteral("Case opened"), QStringLiteral("Assigned to 李娜"),
                                     QStringLiteral("State: new → acknowledged"),
                                     QStringLiteral("State: acknowledged → investigating"),
                                     QStringLiteral("Escalated: level 1 → level 2"),
                                     QStringLiteral("Transferred: 李娜 → 王芳"), QStringLiteral("Root cause: logistics"),
                                     QStringLiteral("Resolution: coupon"), QStringLiteral("Amount: 20"),
                                     QStringLiteral("State: investigating → proposed"),
                                     QStringLiteral("State: proposed → awaiting feedback"),
                                     QStringLiteral("Contact attempt"), QStringLiteral("Note")}));
    }

    void lastEventIsTheToken()
    {
        // Runs last: it changes D1. The detail's token lets an action through; the token of before it is stale.
        const CaseDetail d = load(QStringLiteral("D1"), t0 + 700);
        ComplaintService s(m_store->database(), qa(), m_store->timeZone());
        const ActionResult r = s.act(QStringLiteral("D1"), d.lastEvent, input(CaseAction::Note, QStringLiteral("ok")), t0 + 700);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const ActionResult again =
            s.act(QStringLiteral("D1"), d.lastEvent, input(CaseAction::Note, QStringLiteral("again")), t0 + 800);
        QCOMPARE(int(again.status), int(ActionResult::Status::Stale));
        QCOMPARE(load(QStringLiteral("D1"), t0 + 900).lastEvent, r.lastEvent);
    }
};

QTEST_GUILESS_MAIN(TestCaseDetail)
#include "tst_casedetail.moc"
