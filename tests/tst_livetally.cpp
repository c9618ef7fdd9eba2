// LiveTally: the live floor worked out from plain rows, with no store.
#include "live/LiveTally.h"

#include <QTest>

using namespace kefu;
using namespace kefu::live;

namespace {

const QDate Day(2026, 3, 2);

qint64 at(int hour, int minute, int second = 0)
{
    return QDateTime(Day, QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}

ConversationRow conversation(qint64 rowid, const char *id, Channel channel, qint64 arrived,
                             std::optional<qint64> answered = {}, std::optional<qint64> ended = {},
                             const char *agent = "")
{
    ConversationRow row;
    row.rowid = rowid;
    row.id = QString::fromLatin1(id);
    row.agentId = agent;
    row.c.channel = channel;
    row.c.arrivedAt = arrived;
    row.c.answeredAt = answered;
    row.c.endedAt = ended;
    return row;
}

StateRow state(qint64 id, const char *agent, AgentState s, qint64 started, std::optional<qint64> ended = {})
{
    StateRow row;
    row.id = id;
    row.agentId = agent;
    row.state = s;
    row.startedAt = started;
    row.endedAt = ended;
    return row;
}

AgentRow agent(const char *id, const char *name)
{
    AgentRow a;
    a.key = id;
    a.id = QString::fromLatin1(id);
    a.name = QString::fromLatin1(name);
    return a;
}

} // namespace

class TestLiveTally : public QObject
{
    Q_OBJECT

private slots:
    void snapshotFromClosedTotalsAndOpenRows()
    {
        LiveTally tally;
        tally.startDay(Day, QTimeZone::utc(), 1800);
        QCOMPARE(tally.intervalCount(), 48);
        QCOMPARE(tally.intervals().at(20).label, QStringLiteral("10:00"));
        tally.addClosedConversation(conversation(1, "c1", Channel::Chat, at(9, 0), at(9, 0, 20), at(9, 5), "a1"),
                                    ServiceRules());
        tally.addClosedState(state(1, "a1", AgentState::Break, at(7, 30), at(8, 0)));

        LiveSnapshot s;
        s.now = at(10, 10);
        s.intervals = tally.intervals();
        const std::vector<ConversationRow> open = {
            conversation(2, "w1", Channel::Chat, at(10, 0)),
            conversation(3, "w2", Channel::Email, at(9, 50)),
            conversation(4, "h1", Channel::Chat, at(10, 1), at(10, 2), {}, "a2"),
        };
        const std::vector<StateRow> openStates = {state(2, "a1", AgentState::Available, at(8, 0)),
                                                  state(3, "a2", AgentState::Busy, at(10, 2))};
        const std::vector<AgentRow> agents = {agent("a1", "Ann"), agent("a2", "Bob"), agent("a3", "Cy")};
        tally.computeSnapshot(s, open, openStates, agents);

        QCOMPARE(s.today, Day);
        QCOMPARE(s.currentInterval, 20);
        // The queue: the most of its own channel's thresholds waited first — the chat's 10 minutes are 40
        // of its 15 s, the e-mail's 20 minutes not a seventieth of its day.
        QCOMPARE(s.waiting.size(), 2);
        QCOMPARE(s.waiting.at(0).id, QStringLiteral("w1"));
        QCOMPARE(s.waiting.at(0).threshold, 15);
        QCOMPARE(s.waiting.at(1).id, QStringLiteral("w2"));
        QCOMPARE(s.waiting.at(1).threshold, 86400);
        QCOMPARE(s.channels[std::size_t(Channel::Chat)].waiting, 1);
        QCOMPARE(s.total().waiting, 2);
        QCOMPARE(s.total().oldestWaitingSince, std::optional<qint64>(at(9, 50)));
        QCOMPARE(s.total().agentsHandling, 1);
        // Today: the closed contact and the three open ones.
        QCOMPARE(s.total().today.offered, 4);
        QCOMPARE(s.channels[std::size_t(Channel::Chat)].today.offered, 3);
        QCOMPARE(s.channels[std::size_t(Channel::Chat)].currentInterval.offered, 2);
        QCOMPARE(s.intervals.at(18).offered[std::size_t(Channel::Chat)], 1);
        QCOMPARE(s.intervals.at(19).offered[std::size_t(Channel::Email)], 1);
        QCOMPARE(s.intervals.at(20).offered[std::size_t(Channel::Chat)], 2);
        QVERIFY(s.intervals.at(20).started);
        QVERIFY(!s.intervals.at(21).started);
        // Agents in the order given, with their state and day.
        QCOMPARE(s.agents.size(), 3);
        QCOMPARE(s.agents.at(0).state, AgentState::Available);
        QCOMPARE(s.agents.at(0).stateSince, at(8, 0));
        QCOMPARE(s.agents.at(0).handledToday, 1);
        QCOMPARE(s.agents.at(0).endedToday, 1);
        QCOMPARE(s.agents.at(1).state, AgentState::Busy);
        QCOMPARE(s.agents.at(1).currentContacts, 1);
        QCOMPARE(s.agents.at(1).handledToday, 1);
        QCOMPARE(s.agents.at(2).state, AgentState::Offline);
        QCOMPARE(s.agentsByState[std::size_t(AgentState::Offline)], 1);
        // Occupancy now: one available, one busy.
        QCOMPARE(s.occupancyNowPct, std::optional<double>(50.0));
        // Signed in over 07:30–08:00: the break (closed) alone.
        QCOMPARE(s.intervals.at(15).signedInAgents, std::optional<double>(1.0));
        QCOMPARE(s.intervals.at(14).signedInAgents, std::optional<double>(0.0));
        QVERIFY(!s.intervals.at(21).signedInAgents);
    }

    void closedRowsOutsideTheDayDoNotCount()
    {
        LiveTally tally;
        tally.startDay(Day, QTimeZone::utc(), 900);
        QCOMPARE(tally.intervalCount(), 96);
        tally.addClosedConversation(
            conversation(1, "y", Channel::Phone, at(0, 0) - 60, at(0, 0) - 30, at(0, 0) + 60, "a1"), ServiceRules());
        LiveSnapshot s;
        s.now = at(12, 0);
        s.intervals = tally.intervals();
        tally.computeSnapshot(s, {}, {}, {agent("a1", "Ann")});
        QCOMPARE(s.total().today.offered, 0);
        QCOMPARE(s.agents.at(0).handledToday, 0);
        QCOMPARE(s.currentInterval, 48);
    }
};

QTEST_GUILESS_MAIN(TestLiveTally)
#include "tst_livetally.moc"
