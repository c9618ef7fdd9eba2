// The floor engine (models/floor) on its own, with fixed durations: a contact's life in order, VIP before
// standard, abandons at the deadline or when noticed, a due break that waits for the agent's hands, a
// called-off logout that keeps the break, and a copy of the engine that plays the same events again.
#include "floor/FloorEngine.h"
#include "floor/SkillGroupRouting.h"

#include <QStringList>
#include <QTest>

#include <vector>

using namespace kefu;

namespace {

struct Arrival
{
    qint64 at;
    Channel channel;
    bool vip;
    qint64 patience;
};

// Fixed durations: pickup 5 s, handling 100 s, wrap-up 10 s; breaks of 300 s due when the test says.
class FixedFloor final : public FloorArrivals, public FloorPolicy, public FloorSink
{
public:
    std::vector<Arrival> arrivals;
    size_t next = 0;
    std::vector<qint64> breaksDue;
    QStringList log;

    qint64 nextArrival() const override { return next < arrivals.size() ? arrivals[next].at : FloorNever; }
    Channel takeArrival() override { return arrivals[next++].channel; }

    void describe(FloorContact &c) override
    {
        const Arrival &a = arrivals[next - 1];
        c.vip = a.vip;
        c.deadline = a.patience > 0 ? c.arrived + a.patience : FloorNever;
    }
    qint64 pickupSeconds(int, const FloorContact &) override { return 5; }
    qint64 handleSeconds(int, FloorContact &) override { return 100; }
    qint64 wrapSeconds(int, FloorContact &) override { return 10; }
    std::optional<qint64> shiftBegins(int) override { return std::nullopt; }
    void dueActivity(int, FloorAgent &state) override
    {
        state.activity = AgentState::Break;
        state.activityDuration = 300;
    }
    void activityOver(int) override {}
    std::optional<qint64> nextActivityDue(int, qint64 now) override
    {
        for (qint64 due : breaksDue) {
            if (due >= now)
                return due;
        }
        return std::nullopt;
    }
    void tick(int, qint64, qint64) override {}

    void arrived(qint64 seq, const FloorContact &c) override { add(u"arrived", seq, c.arrived); }
    void answered(qint64 seq, const FloorContact &, qint64 now) override { add(u"answered", seq, now); }
    void ended(qint64 seq, const FloorContact &, qint64 now) override { add(u"ended", seq, now); }
    void wrappedUp(qint64 seq, const FloorContact &, qint64 now) override { add(u"wrapped", seq, now); }
    void abandoned(qint64 seq, const FloorContact &c) override { add(u"abandoned", seq, c.abandoned); }
    void retired(qint64 seq, const FloorContact &c) override { add(u"retired", seq, c.done ? 1 : 0); }
    void agentChanged(int agent, qint64 now) override { add(u"agent", agent, now); }
    bool failed() const override { return false; }

private:
    void add(const char16_t *what, qint64 who, qint64 when)
    {
        log << QStringLiteral("%1 %2 %3").arg(QString::fromUtf16(what)).arg(who).arg(when);
    }
};

FloorEngine engineFor(FixedFloor &floor, SkillGroupRouting &routing, FloorEngine::Abandons abandons, int agents)
{
    FloorEngine engine(
        {SkillGroupRouting::GroupCount, SkillGroupRouting::MaxCapacity, SkillGroupRouting::LineCount, abandons}, &floor,
        &floor, &routing, &floor);
    std::vector<FloorAgent> all(static_cast<size_t>(agents));
    for (FloorAgent &a : all)
        a.group = SkillGroupRouting::Voice;
    engine.setAgents(std::move(all));
    return engine;
}

} // namespace

class TestFloorEngine : public QObject
{
    Q_OBJECT

private slots:
    void aContactLivesInOrder()
    {
        FixedFloor floor;
        SkillGroupRouting routing(0, 0);
        floor.arrivals = {{10, Channel::Phone, false, 60}};
        FloorEngine engine = engineFor(floor, routing, FloorEngine::Abandons::AtDeadline, 1);
        engine.signIn(0, 0);
        QVERIFY(engine.run(1000));
        QCOMPARE(floor.log, (QStringList{QStringLiteral("agent 0 0"), QStringLiteral("arrived 1 10"),
                                         QStringLiteral("answered 1 15"), QStringLiteral("ended 1 115"),
                                         QStringLiteral("wrapped 1 125"), QStringLiteral("retired 1 1")}));
        QCOMPARE(engine.agent(0).load, 0);
        QCOMPARE(engine.agent(0).mode, FloorMode::Ready);
    }

    void vipGoesFirst()
    {
        FixedFloor floor;
        SkillGroupRouting routing(0, 0);
        // The agent is busy with the first call while a standard and then a VIP call wait.
        floor.arrivals = {{1, Channel::Phone, false, 0}, {2, Channel::Phone, false, 0}, {3, Channel::Phone, true, 0}};
        FloorEngine engine = engineFor(floor, routing, FloorEngine::Abandons::AtDeadline, 1);
        engine.signIn(0, 0);
        QVERIFY(engine.run(1000));
        QVERIFY(floor.log.contains(QStringLiteral("answered 3 121")));
        QVERIFY(floor.log.contains(QStringLiteral("answered 2 236")));
    }

    void abandonsAtTheDeadlineOrWhenNoticed()
    {
        for (const FloorEngine::Abandons abandons :
             {FloorEngine::Abandons::AtDeadline, FloorEngine::Abandons::WhenNoticed}) {
            FixedFloor floor;
            SkillGroupRouting routing(0, 0);
            floor.arrivals = {{10, Channel::Chat, false, 60}};
            FloorEngine engine = engineFor(floor, routing, abandons, 0);
            QVERIFY(engine.run(1000));
            if (abandons == FloorEngine::Abandons::AtDeadline) {
                QCOMPARE(floor.log, (QStringList{QStringLiteral("arrived 1 10"), QStringLiteral("abandoned 1 70"),
                                                 QStringLiteral("retired 1 1")}));
            } else {
                QCOMPARE(floor.log, QStringList{QStringLiteral("arrived 1 10")});
                engine.purge(1000);
                QVERIFY(engine.retireAll());
                QCOMPARE(floor.log.mid(1),
                         (QStringList{QStringLiteral("abandoned 1 70"), QStringLiteral("retired 1 1")}));
            }
        }
    }

    void aDueBreakWaitsForTheHands()
    {
        FixedFloor floor;
        SkillGroupRouting routing(0, 0);
        floor.arrivals = {{10, Channel::Phone, false, 0}, {20, Channel::Phone, false, 0}};
        floor.breaksDue = {50};
        FloorEngine engine = engineFor(floor, routing, FloorEngine::Abandons::AtDeadline, 1);
        engine.signIn(0, 0);
        QVERIFY(engine.run(100));
        QCOMPARE(engine.agent(0).mode, FloorMode::PendingActivity);
        QVERIFY(engine.run(125));
        // The break starts when the first call is wrapped up; the second call waits for its end.
        QCOMPARE(engine.agent(0).mode, FloorMode::Away);
        QVERIFY(floor.log.contains(QStringLiteral("agent 0 125")));
        QVERIFY(engine.run(1000));
        QVERIFY(floor.log.contains(QStringLiteral("answered 2 430")));
    }

    void aCalledOffLogoutKeepsTheBreak()
    {
        FixedFloor floor;
        SkillGroupRouting routing(0, 0);
        floor.arrivals = {{10, Channel::Phone, false, 0}};
        floor.breaksDue = {50};
        FloorEngine engine = engineFor(floor, routing, FloorEngine::Abandons::AtDeadline, 1);
        engine.signIn(0, 0);
        QVERIFY(engine.run(60));
        engine.requestLogout(0, 60);
        QCOMPARE(engine.agent(0).mode, FloorMode::PendingActivity);
        engine.cancelLogout(0, 70);
        QVERIFY(engine.run(200));
        QCOMPARE(engine.agent(0).mode, FloorMode::Away);

        engine.requestLogout(0, 200);
        QVERIFY(engine.run(1000));
        QCOMPARE(engine.agent(0).mode, FloorMode::Off); // signs out when the break is over
        QVERIFY(floor.log.contains(QStringLiteral("agent 0 425")));
    }

    void aCopyPlaysTheSameEvents()
    {
        FixedFloor floor;
        SkillGroupRouting routing(0, 0);
        for (int i = 0; i < 40; ++i)
            floor.arrivals.push_back({qint64(i) * 7, i % 3 ? Channel::Phone : Channel::Email, i % 5 == 0, 90});
        floor.breaksDue = {100, 400};
        FloorEngine engine = engineFor(floor, routing, FloorEngine::Abandons::AtDeadline, 2);
        engine.signIn(0, 0);
        engine.signIn(1, 0);
        QVERIFY(engine.run(150));
        const FloorEngine copy = engine;
        const size_t next = floor.next;
        const qsizetype before = floor.log.size();
        QVERIFY(engine.run(5000));
        const QStringList first = floor.log.mid(before);
        QVERIFY(first.size() > 40);

        engine = copy;
        floor.next = next;
        floor.log = floor.log.mid(0, before);
        QVERIFY(engine.run(5000));
        QCOMPARE(floor.log.mid(before), first);
    }
};

QTEST_GUILESS_MAIN(TestFloorEngine)
#include "tst_floorengine.moc"
