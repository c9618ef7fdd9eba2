// Issue 12: the complaint workflow. A case walks every allowed transition; every refused one changes
// nothing; each role may do what docs/roles.md says; two desktops acting at once never lose an event.
#include "TestSupport.h"
#include "complaints/ComplaintService.h"
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

} // namespace

class TestComplaintService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const qint64 t0 = 1'790'000'000;
    int m_cases = 0;

    Session lead() const { return Session::signedIn(1, QStringLiteral("lead"), Role::Lead); }
    Session qa() const { return Session::signedIn(2, QStringLiteral("qa"), Role::Qa); }

    QString open(const Session &who, const QString &owner = {})
    {
        NewCase c;
        c.id = QStringLiteral("T%1").arg(++m_cases);
        c.createdAt = t0;
        c.summary = QStringLiteral("快递三天未到");
        c.category = QStringLiteral("物流");
        c.priority = QStringLiteral("P2");
        c.owner = owner;
        QString error;
        const auto id = ComplaintService(m_store->database(), who, m_store->timeZone()).create(c, &error);
        if (!id)
            qWarning("create: %s", qPrintable(error));
        return id.value_or(QString());
    }

    QString state(const QString &id) const
    {
        return sql::scalar(m_store->database(), QStringLiteral("SELECT state FROM complaints WHERE id = ?"), {id})
            .toString();
    }
    qint64 events(const QString &id) const
    {
        return sql::scalar(m_store->database(),
                           QStringLiteral("SELECT count(*) FROM complaint_events WHERE complaint_id = ?"), {id})
            .toLongLong();
    }
    qint64 audits(const QString &id) const
    {
        return sql::scalar(
                   m_store->database(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = ?"), {id})
            .toLongLong();
    }

    // Acts with the case's current token; fails the test unless the outcome is `expected`.
    ActionResult act(const Session &who, const QString &id, const ActionInput &in, qint64 at,
                     ActionResult::Status expected = ActionResult::Status::Done)
    {
        ComplaintService service(m_store->database(), who, m_store->timeZone());
        const ActionResult r = service.act(id, service.lastEventId(id), in, at);
        if (r.status != expected)
            qWarning("act %d on %s: status %d, %s", int(in.action), qPrintable(id), int(r.status),
                     qPrintable(r.message));
        return r;
    }

private slots:
    void initTestCase()
    {
        m_store = test::createStore(m_dir, QStringLiteral("cases.sqlite"));
        QVERIFY(m_store);
    }

    void aCaseWalksTheWholeLoop()
    {
        const QString id = open(lead());
        QCOMPARE(state(id), QStringLiteral("new"));
        QCOMPARE(events(id), 1);
        QCOMPARE(audits(id), 1);
        ActionInput take = input(CaseAction::Acknowledge);
        take.owner = QStringLiteral("李娜");
        QVERIFY(act(qa(), id, take, t0 + 600).ok());
        QCOMPARE(state(id), QStringLiteral("acknowledged"));
        QVERIFY(act(qa(), id, input(CaseAction::Investigate), t0 + 700).ok());
        ActionInput offer = input(CaseAction::Propose);
        offer.rootCause = QStringLiteral("logistics");
        offer.resolution = QStringLiteral("coupon");
        offer.amount = QStringLiteral("20");
        QVERIFY(act(qa(), id, offer, t0 + 3600).ok());
        // Withdrawn, proposed again, sent to the customer, refused by the customer, sent again.
        QVERIFY(act(qa(), id, input(CaseAction::Investigate, QStringLiteral("offer withdrawn")), t0 + 3700).ok());
        QVERIFY(act(qa(), id, offer, t0 + 3800).ok());
        QVERIFY(act(qa(), id, input(CaseAction::SendForConfirmation), t0 + 4000).ok());
        QVERIFY(act(qa(), id, input(CaseAction::Investigate, QStringLiteral("customer refused")), t0 + 5000).ok());
        QVERIFY(act(qa(), id, offer, t0 + 5100).ok());
        QVERIFY(act(qa(), id, input(CaseAction::SendForConfirmation), t0 + 5200).ok());
        ActionInput close = input(CaseAction::Close);
        close.feedback = QStringLiteral("satisfied");
        QVERIFY(act(qa(), id, close, t0 + 9000).ok());
        QCOMPARE(state(id), QStringLiteral("closed"));
        // The customer's time (4000→5000 and 5200→9000) is on the case row.
        QCOMPARE(sql::scalar(m_store->database(),
                             QStringLiteral("SELECT awaiting_feedback_s FROM complaints WHERE id = ?"), {id})
                     .toLongLong(),
                 1000 + 3800);
        QVERIFY(act(qa(), id, input(CaseAction::Reopen, QStringLiteral("customer called back")), t0 + 20000).ok());
        QCOMPARE(sql::scalar(m_store->database(),
                             QStringLiteral("SELECT reopen_count || state FROM complaints WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("1investigating"));
        // Escalation with a new owner counts a transfer.
        ActionInput up = input(CaseAction::Escalate);
        up.level = 2;
        up.owner = QStringLiteral("王主管");
        QVERIFY(act(lead(), id, up, t0 + 20100).ok());
        QCOMPARE(sql::scalar(
                     m_store->database(),
                     QStringLiteral("SELECT escalation_level || owner || transfers FROM complaints WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("2王主管1"));
        // Every action is an audit record.
        QCOMPARE(audits(id), 13);

        // Rejection with a reason, from new.
        const QString other = open(qa());
        QVERIFY(act(qa(), other, input(CaseAction::Reject, QStringLiteral("重复投诉")), t0 + 60).ok());
        QCOMPARE(state(other), QStringLiteral("rejected"));
    }

    void refusedActionsChangeNothing()
    {
        const QString id = open(qa());
        const qint64 before = events(id);
        // Not offered from new: investigate, propose, close, reopen, escalate.
        for (CaseAction a : {CaseAction::Investigate, CaseAction::Propose, CaseAction::SendForConfirmation,
                             CaseAction::Close, CaseAction::Reopen, CaseAction::Escalate}) {
            const ActionResult r = act(qa(), id, input(a), t0 + 10, ActionResult::Status::Refused);
            QCOMPARE(r.status, ActionResult::Status::Refused);
            QVERIFY2(r.message.contains(QStringLiteral("new")), qPrintable(r.message));
        }
        // Acknowledging needs an owner; rejecting needs a reason.
        QCOMPARE(act(qa(), id, input(CaseAction::Acknowledge), t0 + 10, ActionResult::Status::Refused).message,
                 QStringLiteral("Acknowledging needs an owner first."));
        QCOMPARE(act(qa(), id, input(CaseAction::Reject), t0 + 10, ActionResult::Status::Refused).message,
                 QStringLiteral("Rejecting needs a reason in the note."));
        QCOMPARE(events(id), before);
        QCOMPARE(state(id), QStringLiteral("new"));

        // A proposal needs its fields; a refund its amount: none of the fields is written either.
        ActionInput take = input(CaseAction::Acknowledge);
        take.owner = QStringLiteral("李娜");
        QVERIFY(act(qa(), id, take, t0 + 20).ok());
        QVERIFY(act(qa(), id, input(CaseAction::Investigate), t0 + 30).ok());
        ActionInput offer = input(CaseAction::Propose);
        offer.rootCause = QStringLiteral("logistics");
        offer.resolution = QStringLiteral("refund");
        const qint64 beforeOffer = events(id);
        QCOMPARE(act(qa(), id, offer, t0 + 40, ActionResult::Status::Refused).message,
                 QStringLiteral("A refund needs an amount first."));
        QCOMPARE(events(id), beforeOffer);
        QVERIFY(sql::scalar(m_store->database(), QStringLiteral("SELECT root_cause FROM complaints WHERE id = ?"), {id})
                    .isNull());

        // Closing: unreachable needs two attempts; unsatisfied needs level 2 or a lead's override.
        offer.amount = QStringLiteral("35.5");
        QVERIFY(act(qa(), id, offer, t0 + 50).ok());
        QVERIFY(act(qa(), id, input(CaseAction::SendForConfirmation), t0 + 60).ok());
        ActionInput unreachable = input(CaseAction::Close);
        unreachable.feedback = QStringLiteral("unreachable");
        QVERIFY(act(qa(), id, unreachable, t0 + 70, ActionResult::Status::Refused)
                    .message.contains(QStringLiteral("two contact attempts")));
        ActionInput unhappy = input(CaseAction::Close, QStringLiteral("客户坚持要全额退款，按规定结案"));
        unhappy.feedback = QStringLiteral("unsatisfied");
        QVERIFY(act(qa(), id, unhappy, t0 + 70, ActionResult::Status::Refused)
                    .message.contains(QStringLiteral("team lead")));
        QCOMPARE(state(id), QStringLiteral("awaiting_feedback"));
        QVERIFY(act(qa(), id, input(CaseAction::ContactAttempt, QStringLiteral("无人接听")), t0 + 80).ok());
        QVERIFY(act(qa(), id, input(CaseAction::ContactAttempt, QStringLiteral("关机")), t0 + 90).ok());
        QVERIFY(act(lead(), id, unhappy, t0 + 100).ok()); // the lead's override
        QCOMPARE(state(id), QStringLiteral("closed"));
    }

    void eachRoleMayDoWhatTheMatrixSays()
    {
        const QString id = open(qa());
        const Session trainer = Session::signedIn(3, QStringLiteral("trainer"), Role::Trainer);
        const Session agent = Session::signedIn(4, QStringLiteral("agent"), Role::Agent, QStringLiteral("A001"));
        ActionInput take = input(CaseAction::Acknowledge);
        take.owner = QStringLiteral("李娜");
        QVERIFY(act(trainer, id, take, t0 + 10, ActionResult::Status::Refused)
                    .message.contains(QStringLiteral("trainer"), Qt::CaseInsensitive));
        QVERIFY(act(agent, id, take, t0 + 10, ActionResult::Status::Refused).status == ActionResult::Status::Refused);
        QVERIFY(act(trainer, id, input(CaseAction::Note, QStringLiteral("x")), t0 + 10, ActionResult::Status::Refused)
                    .status == ActionResult::Status::Refused);
        // An agent records complaints, and notes on the complaints about them; a trainer only reads.
        QVERIFY(act(agent, id, input(CaseAction::Note, QStringLiteral("客户又来电")), t0 + 20, ActionResult::Status::Refused)
                    .message.contains(QStringLiteral("not about you")));
        QVERIFY(sql::exec(m_store->database(),
                          QStringLiteral("INSERT OR IGNORE INTO agents (id, name) VALUES ('A001', '李娜')")));
        QVERIFY(sql::exec(m_store->database(), QStringLiteral("UPDATE complaints SET agent_id = 'A001' WHERE id = ?"),
                          {id}));
        QVERIFY(act(agent, id, input(CaseAction::Note, QStringLiteral("客户又来电")), t0 + 20).ok());
        QVERIFY(!open(agent).isEmpty());
        QString error;
        NewCase c;
        c.summary = QStringLiteral("x");
        c.createdAt = t0;
        QVERIFY(!ComplaintService(m_store->database(), trainer, m_store->timeZone()).create(c, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(state(id), QStringLiteral("new"));
    }

    void theSecondDesktopIsToldToReload()
    {
        const QString id = open(qa(), QStringLiteral("李娜"));
        ComplaintService first(m_store->database(), qa(), m_store->timeZone()), second(m_store->database(), lead(), m_store->timeZone());
        const qint64 token = first.lastEventId(id);
        QCOMPARE(second.lastEventId(id), token);
        ActionResult r = first.act(id, token, input(CaseAction::Acknowledge), t0 + 100);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const qint64 before = events(id);
        r = second.act(id, token, input(CaseAction::Reject, QStringLiteral("重复")), t0 + 110);
        QCOMPARE(r.status, ActionResult::Status::Stale);
        QVERIFY2(r.message.contains(QStringLiteral("changed by qa at ")) &&
                     r.message.contains(QStringLiteral("reload")),
                 qPrintable(r.message));
        QCOMPARE(events(id), before);
        // With the new token the second desktop's action goes through.
        r = second.act(id, r.lastEvent, input(CaseAction::Reject, QStringLiteral("重复")), t0 + 120);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(state(id), QStringLiteral("rejected"));
    }

    void casesAreNumberedPerDay()
    {
        NewCase c;
        c.summary = QStringLiteral("x");
        c.createdAt = t0;
        QString error;
        const auto a = ComplaintService(m_store->database(), qa(), m_store->timeZone()).create(c, &error);
        const auto b = ComplaintService(m_store->database(), qa(), m_store->timeZone()).create(c, &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(a->startsWith(QStringLiteral("C-")) && a->endsWith(QStringLiteral("-0001")));
        QVERIFY(b->endsWith(QStringLiteral("-0002")));
        // A number a person took by hand is skipped, not refused.
        c.id = a->left(a->size() - 4) + QStringLiteral("0004");
        QVERIFY(ComplaintService(m_store->database(), qa(), m_store->timeZone()).create(c, &error));
        c.id.clear();
        const auto d = ComplaintService(m_store->database(), qa(), m_store->timeZone()).create(c, &error);
        QVERIFY2(d && d->endsWith(QStringLiteral("-0005")), qPrintable(d.value_or(error)));
        c.id = *a;
        QVERIFY(!ComplaintService(m_store->database(), qa(), m_store->timeZone()).create(c, &error));
        QVERIFY(error.contains(QStringLiteral("already")));
    }
};

QTEST_GUILESS_MAIN(TestComplaintService)
#include "tst_complaintservice.moc"
