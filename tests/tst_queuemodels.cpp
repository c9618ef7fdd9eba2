// The queue monitor's item models (models/live/QueueModels, DrillDownModel) on a small floor read by
// LiveQueue: each model, the agent filter and the outcome filter pass QAbstractItemModelTester through
// new snapshots, ticks, filters and sorting, and each cell rates what it shows (a long wait, a VIP, a
// long break, AHT over target, an offline agent, open and acknowledged alerts).
#include "ExampleData.h"
#include "TestSupport.h"
#include "auth/Session.h"
#include "core/ItemRoles.h"
#include "live/DrillDownModel.h"
#include "live/FeedStatus.h"
#include "live/LiveQueue.h"
#include "live/QueueAlerts.h"
#include "live/QueueModels.h"
#include "metrics/Rating.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kefu;
using namespace kefu::live;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
constexpr qint64 Wall = 1'900'000'000; // the wall clock of the refreshes; the figures run on the feed's
constexpr auto Mode = QAbstractItemModelTester::FailureReportingMode::QtTest;

qint64 at(const QString &local)
{
    return test::localToUtc(local, Shanghai);
}

Rating ratingOf(const QModelIndex &index)
{
    return Rating(index.data(RatingRole).toInt());
}

int rowOfAgent(const QAbstractItemModel &model, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, AgentsModel::AgentColumn).data().toString().startsWith(name))
            return r;
    return -1;
}

} // namespace

class TestQueueModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = test::createStore(m_dir, QStringLiteral("m%1.sqlite").arg(++m_count));
        QVERIFY(m_store);
        QSqlDatabase db = m_store->database();
        QVERIFY(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                   QStringLiteral("Asia/Shanghai"), nullptr));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('T1'), ('T2')")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A1', 'Li', 'T1'),"
                                             " ('A2', 'Wang', 'T2'), ('A3', 'Zhao', 'T2')")));
        // c0: A1's 20-minute contact this morning (AHT 1,200 s against the 300 s target); c1 answered,
        // c2 waiting since 10:02, p1 a VIP waiting since 10:05.
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO conversations(id, channel, queue, customer_tier, agent_id,"
                                         " arrived_at, answered_at, ended_at, wrap_seconds) VALUES"
                                         " ('c0', 'chat', 'pre-sales', 'standard', 'A1', ?, ?, ?, 0)"),
                          {at(QStringLiteral("2026-11-23 09:00:00")), at(QStringLiteral("2026-11-23 09:00:05")),
                           at(QStringLiteral("2026-11-23 09:20:05"))}));
        const auto contact = [&db](const QString &id, const QString &channel, const QString &arrived,
                                   const QVariant &answered, const QString &tier) {
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO conversations(id, channel, queue, customer_tier, agent_id,"
                                             " arrived_at, answered_at) VALUES (?, ?, 'pre-sales', ?, ?, ?, ?)"),
                              {id, channel, tier, answered.isValid() ? QVariant(QStringLiteral("A1")) : QVariant(),
                               at(arrived), answered}));
        };
        contact(QStringLiteral("c1"), QStringLiteral("chat"), QStringLiteral("2026-11-23 10:00:00"),
                at(QStringLiteral("2026-11-23 10:00:10")), QStringLiteral("standard"));
        contact(QStringLiteral("c2"), QStringLiteral("chat"), QStringLiteral("2026-11-23 10:02:00"), {},
                QStringLiteral("standard"));
        contact(QStringLiteral("p1"), QStringLiteral("phone"), QStringLiteral("2026-11-23 10:05:00"), {},
                QStringLiteral("vip"));
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at) VALUES"
                                         " ('A1', 'busy', ?), ('A2', 'break', ?), ('A3', 'offline', ?)"),
                          {at(QStringLiteral("2026-11-23 10:00:10")), at(QStringLiteral("2026-11-23 09:30:00")),
                           at(QStringLiteral("2026-11-23 08:00:00"))}));
        m_queue = std::make_unique<LiveQueue>(m_store->database(), Shanghai);
        QVERIFY(refresh(QStringLiteral("2026-11-23 10:10:00")));
    }

    void cleanup()
    {
        m_queue.reset();
        m_store.reset();
    }

    void waitingContacts()
    {
        WaitingModel model;
        QAbstractItemModelTester tester(&model, Mode);
        const LiveSnapshot &s = m_queue->snapshot();
        model.setZone(s.zone);
        model.setAlertWait(400);
        model.setContacts(s.waiting, s.now);
        QCOMPARE(model.rowCount(), 2);
        // The VIP first: named and emphasised (bold, not coloured: amber means near a limit); p1 has waited
        // 5 min: past the phone's 20 s, not yet the alert's 400 s: near.
        QCOMPARE(model.contactId(0), QStringLiteral("p1"));
        QCOMPARE(model.rowOf(QStringLiteral("c2")), 1);
        QCOMPARE(model.index(0, WaitingModel::TierColumn).data().toString(), QStringLiteral("VIP"));
        QCOMPARE(ratingOf(model.index(0, WaitingModel::TierColumn)), Rating::None);
        QVERIFY(model.index(0, WaitingModel::TierColumn).data(EmphasisRole).toBool());
        QVERIFY(
            model.index(0, WaitingModel::TierColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("VIP")));
        QCOMPARE(model.index(0, WaitingModel::WaitColumn).data().toString(), QStringLiteral("5:00"));
        QCOMPARE(ratingOf(model.index(0, WaitingModel::WaitColumn)), Rating::Near);
        // c2: standard, not emphasised, 8 min: over the threshold.
        QCOMPARE(model.index(1, WaitingModel::TierColumn).data().toString(), QStringLiteral("Standard"));
        QCOMPARE(ratingOf(model.index(1, WaitingModel::TierColumn)), Rating::None);
        QVERIFY(!model.index(1, WaitingModel::TierColumn).data(EmphasisRole).toBool());
        QCOMPARE(ratingOf(model.index(1, WaitingModel::WaitColumn)), Rating::Off);
        QVERIFY(!model.index(1, WaitingModel::ChannelColumn).data(MutedRole).toBool());
        // Every coloured cell says what its colour means.
        QVERIFY(
            model.index(0, WaitingModel::WaitColumn).data(RatingNoteRole).toString().contains(QStringLiteral("20 s")));
        QVERIFY(
            model.index(1, WaitingModel::WaitColumn).data(RatingNoteRole).toString().contains(QStringLiteral("6:40")));

        // The clock ticks: the wait column changes in place, and p1 crosses the threshold.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNow(s.now + 200);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(WaitingModel::WaitColumn));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, WaitingModel::WaitColumn).data().toString(), QStringLiteral("8:20"));
        QCOMPARE(ratingOf(model.index(0, WaitingModel::WaitColumn)), Rating::Off);

        // A new snapshot: c2 answered, s1 arrived.
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db,
                          QStringLiteral("UPDATE conversations SET answered_at = ?, agent_id = 'A1' WHERE id = 'c2'"),
                          {at(QStringLiteral("2026-11-23 10:10:30"))}));
        QVERIFY(sql::exec(
            db, QStringLiteral("INSERT INTO conversations(id, channel, arrived_at) VALUES ('s1', 'social', ?)"),
            {at(QStringLiteral("2026-11-23 10:10:20"))}));
        QVERIFY(refresh(QStringLiteral("2026-11-23 10:11:00")));
        model.setContacts(m_queue->snapshot().waiting, m_queue->snapshot().now);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("c2")), -1);
        QCOMPARE(model.contactId(1), QStringLiteral("s1"));
        QCOMPARE(model.contactId(5), QString());
        model.setContacts({}, m_queue->snapshot().now);
        QCOMPARE(model.rowCount(), 0);
    }

    // Each contact is judged by its own channel's threshold, as its channel's tile and the wait alert
    // judge it, and the queue is ordered by how many of its thresholds each has waited (VIP first): an
    // e-mail waiting 20:38 is within its day (green, last), a chat customer at 2:12 is late (red, first
    // after the VIP), one at 0:30 past 15 s but not yet the alert's 2:00 (amber).
    void eachContactByItsChannelsThreshold()
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO conversations(id, channel, queue, customer_tier, arrived_at)"
                                         " VALUES ('e1', 'email', 'mail', 'standard', ?), ('c3', 'chat', 'pre-sales',"
                                         " 'standard', ?), ('c4', 'chat', 'pre-sales', 'standard', ?)"),
                          {at(QStringLiteral("2026-11-23 09:49:22")), at(QStringLiteral("2026-11-23 10:07:48")),
                           at(QStringLiteral("2026-11-23 10:09:30"))}));
        QVERIFY(refresh(QStringLiteral("2026-11-23 10:10:00")));
        const LiveSnapshot &s = m_queue->snapshot();
        QStringList order;
        for (const WaitingContact &c : s.waiting)
            order << c.id;
        // p1 (VIP); c2 8:00 = 32 × 15 s; c3 2:12 = 8.8 × 15 s; c4 0:30 = 2 × 15 s; e1 20:38 of a day.
        QCOMPARE(order, (QStringList{QStringLiteral("p1"), QStringLiteral("c2"), QStringLiteral("c3"),
                                     QStringLiteral("c4"), QStringLiteral("e1")}));
        QCOMPARE(s.waiting.at(4).threshold, 86400);
        QCOMPARE(s.waiting.at(2).threshold, 15);

        WaitingModel model;
        QAbstractItemModelTester tester(&model, Mode);
        model.setZone(s.zone);
        model.setAlertWait(s.alertRules.waitSeconds); // 120 s
        model.setContacts(s.waiting, s.now);
        const QModelIndex email = model.index(model.rowOf(QStringLiteral("e1")), WaitingModel::WaitColumn);
        QCOMPARE(email.data().toString(), QStringLiteral("20:38"));
        QCOMPARE(ratingOf(email), Rating::OnTarget);
        QVERIFY2(email.data(RatingNoteRole).toString().contains(QStringLiteral("24:00:00")),
                 qPrintable(email.data(RatingNoteRole).toString()));
        const QModelIndex late = model.index(model.rowOf(QStringLiteral("c3")), WaitingModel::WaitColumn);
        QCOMPARE(late.data().toString(), QStringLiteral("2:12"));
        QCOMPARE(ratingOf(late), Rating::Off);
        QVERIFY2(late.data(RatingNoteRole).toString().contains(QStringLiteral("2:00")),
                 qPrintable(late.data(RatingNoteRole).toString()));
        QCOMPARE(ratingOf(model.index(model.rowOf(QStringLiteral("c4")), WaitingModel::WaitColumn)), Rating::Near);
        // The phone VIP's 5 minutes: past the alert's 2:00 too.
        QCOMPARE(ratingOf(model.index(0, WaitingModel::WaitColumn)), Rating::Off);
        // Every coloured cell of the table has its note; no other cell is coloured.
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < WaitingModel::ColumnCount; ++c) {
                const QModelIndex i = model.index(r, c);
                QCOMPARE(ratingOf(i) != Rating::None, c == WaitingModel::WaitColumn);
                QCOMPARE(i.data(RatingNoteRole).toString().isEmpty(), ratingOf(i) == Rating::None);
            }
        }
        // A day later the e-mail is late: red.
        model.setNow(s.now + 86400);
        QCOMPARE(ratingOf(email), Rating::Off);
    }

    void agentsAndTheirFilter()
    {
        AgentsModel model;
        AgentFilter filter;
        QAbstractItemModelTester modelTester(&model, Mode);
        filter.setSourceModel(&model);
        filter.setSortRole(AgentsModel::SortRole);
        QAbstractItemModelTester filterTester(&filter, Mode);
        const LiveSnapshot &s = m_queue->snapshot();
        model.setThresholds(s.alertRules.breakSeconds, s.ahtTargetSeconds);
        model.setAgents(s.agents, s.now);
        QCOMPARE(model.rowCount(), 3);
        const int li = rowOfAgent(model, QStringLiteral("Li"));
        const int wang = rowOfAgent(model, QStringLiteral("Wang"));
        const int zhao = rowOfAgent(model, QStringLiteral("Zhao"));
        QVERIFY(li >= 0 && wang >= 0 && zhao >= 0);
        // Li: AHT 1,200 s over the 300 s target (near); Wang: 40 min on a break over 15 (off); Zhao offline:
        // muted on every column, nothing rated.
        // A duration like every other time of the pane (issue 17): not "1,200.0 s".
        QCOMPARE(model.index(li, AgentsModel::AhtColumn).data().toString(), QStringLiteral("20:00"));
        QCOMPARE(ratingOf(model.index(li, AgentsModel::AhtColumn)), Rating::Near);
        QCOMPARE(ratingOf(model.index(li, AgentsModel::TimeInStateColumn)), Rating::None);
        QVERIFY(!model.index(li, AgentsModel::AgentColumn).data(MutedRole).toBool());
        QCOMPARE(model.index(wang, AgentsModel::TimeInStateColumn).data().toString(), QStringLiteral("40:00"));
        QCOMPARE(ratingOf(model.index(wang, AgentsModel::TimeInStateColumn)), Rating::Off);
        QCOMPARE(ratingOf(model.index(wang, AgentsModel::AhtColumn)), Rating::None);
        for (int c = 0; c < AgentsModel::ColumnCount; ++c) {
            QVERIFY(model.index(zhao, c).data(MutedRole).toBool());
            QCOMPARE(ratingOf(model.index(zhao, c)), Rating::None);
            QVERIFY(!model.index(zhao, c).data(RatingNoteRole).toString().isEmpty());
        }
        QVERIFY(
            model.index(li, AgentsModel::AhtColumn).data(RatingNoteRole).toString().contains(QStringLiteral("5:00")));
        QVERIFY(model.index(wang, AgentsModel::TimeInStateColumn)
                    .data(RatingNoteRole)
                    .toString()
                    .contains(QStringLiteral("15:00")));

        // Signed in by default; a team; any state; one state; everyone.
        QCOMPARE(filter.rowCount(), 2);
        filter.setTeam(QStringLiteral("T2"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setState(AgentFilter::AnyState);
        QCOMPARE(filter.rowCount(), 2);
        filter.setState(int(AgentState::Offline));
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, AgentsModel::AgentColumn).data().toString().startsWith(QStringLiteral("Zhao")));
        filter.setTeam(QString());
        filter.setState(AgentFilter::AnyState);
        QCOMPARE(filter.rowCount(), 3);
        // Sorted by time in state, longest first: Zhao (offline since 08:00), Wang, Li.
        filter.sort(AgentsModel::TimeInStateColumn, Qt::DescendingOrder);
        QVERIFY(filter.index(0, AgentsModel::AgentColumn).data().toString().startsWith(QStringLiteral("Zhao")));
        QVERIFY(filter.index(2, AgentsModel::AgentColumn).data().toString().startsWith(QStringLiteral("Li")));

        // The same agents in a new snapshot are updated in place (selection and scroll stay): Wang is
        // back from the break.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE agent_states SET ended_at = ? WHERE agent_id = 'A2'"),
                          {at(QStringLiteral("2026-11-23 10:10:30"))}));
        QVERIFY(sql::exec(
            db, QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at) VALUES ('A2', 'available', ?)"),
            {at(QStringLiteral("2026-11-23 10:10:30"))}));
        QVERIFY(refresh(QStringLiteral("2026-11-23 10:11:00")));
        model.setAgents(m_queue->snapshot().agents, m_queue->snapshot().now);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(ratingOf(model.index(wang, AgentsModel::TimeInStateColumn)), Rating::None);
        QCOMPARE(model.index(wang, AgentsModel::TimeInStateColumn).data().toString(), QStringLiteral("30 s"));
        filter.setState(int(AgentState::Break));
        QCOMPARE(filter.rowCount(), 0);
        filter.setState(AgentFilter::SignedIn);
        QCOMPARE(filter.rowCount(), 2);
        // Time in state ticks in place.
        changed.clear();
        model.setNow(m_queue->snapshot().now + 60);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(wang, AgentsModel::TimeInStateColumn).data().toString(), QStringLiteral("1:30"));
        // Other agents: a reset.
        model.setAgents(m_queue->snapshot().agents.mid(0, 1), m_queue->snapshot().now);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setAgents({}, m_queue->snapshot().now);
        QCOMPARE(filter.rowCount(), 0);
    }

    void alerts()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, Mode);
        AlertBook book;
        QVERIFY(!book.update(m_queue->snapshot()).isEmpty());
        model.setAlerts(book.alerts(), Shanghai);
        // Chat and phone SL under 80 %, chat and phone waits over 2 min, Wang's break of 40 min.
        QCOMPARE(model.rowCount(), 5);
        int breakRow = -1;
        for (int r = 0; r < book.alerts().size(); ++r)
            if (book.alerts().at(r).kind == AlertKind::LongBreak)
                breakRow = r;
        QVERIFY(breakRow >= 0);
        QVERIFY(model.index(breakRow, AlertsModel::AlertColumn).data().toString().contains(QStringLiteral("Wang")));
        // Open and not acknowledged: off and emphasised.
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, AlertsModel::StatusColumn).data().toString(), QStringLiteral("Open"));
            QCOMPARE(ratingOf(model.index(r, AlertsModel::AlertColumn)), Rating::Off);
            QVERIFY(!model.index(r, AlertsModel::AlertColumn).data(RatingNoteRole).toString().isEmpty());
            QVERIFY(model.index(r, AlertsModel::TimeColumn).data(EmphasisRole).toBool());
            QVERIFY(!model.index(r, AlertsModel::TimeColumn).data(MutedRole).toBool());
        }
        QCOMPARE(model.index(0, AlertsModel::TimeColumn).data().toString(), QStringLiteral("10:10:00"));

        // Acknowledged (another alert than the break's): muted, no longer rated or emphasised.
        const int acknowledged = breakRow == 0 ? 1 : 0;
        QVERIFY(book.acknowledge(acknowledged, QStringLiteral("boss"), m_queue->snapshot().now));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAlerts(book.alerts(), Shanghai);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(acknowledged, AlertsModel::StatusColumn).data().toString(),
                 QStringLiteral("Acknowledged (boss)"));
        QVERIFY(model.index(acknowledged, AlertsModel::AlertColumn).data(MutedRole).toBool());
        QVERIFY(!model.index(acknowledged, AlertsModel::AlertColumn).data(EmphasisRole).toBool());
        QCOMPARE(ratingOf(model.index(acknowledged, AlertsModel::AlertColumn)), Rating::None);

        // Wang back from the break: that alert clears, unacknowledged: emphasised, no longer rated.
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE agent_states SET ended_at = ? WHERE agent_id = 'A2'"),
                          {at(QStringLiteral("2026-11-23 10:10:30"))}));
        QVERIFY(sql::exec(
            db, QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at) VALUES ('A2', 'available', ?)"),
            {at(QStringLiteral("2026-11-23 10:10:30"))}));
        QVERIFY(refresh(QStringLiteral("2026-11-23 10:11:00")));
        book.update(m_queue->snapshot());
        model.setAlerts(book.alerts(), Shanghai);
        int cleared = -1;
        for (int r = 0; r < book.alerts().size(); ++r)
            if (book.alerts().at(r).kind == AlertKind::LongBreak)
                cleared = r;
        QVERIFY(cleared >= 0);
        QVERIFY(!book.alerts().at(cleared).acknowledged);
        QCOMPARE(model.index(cleared, AlertsModel::StatusColumn).data().toString(),
                 QStringLiteral("Cleared, not acknowledged"));
        QCOMPARE(ratingOf(model.index(cleared, AlertsModel::AlertColumn)), Rating::None);
        QVERIFY(model.index(cleared, AlertsModel::AlertColumn).data(EmphasisRole).toBool());
        book.clearAcknowledged();
        model.setAlerts(book.alerts(), Shanghai);
        QCOMPARE(model.rowCount(), int(book.alerts().size()));
    }

    void drillDown()
    {
        const LiveSnapshot &s = m_queue->snapshot();
        DrillDownQuery query;
        query.fromUtc = s.dayStartUtc;
        query.toUtc = s.dayEndUtc;
        query.now = s.now;
        QSqlDatabase db = m_store->database();
        QString error;
        std::optional<DrillDownResult> result = live::drillDown(db, query, s.rules, &error);
        QVERIFY2(result, qPrintable(error));
        DrillDownModel model(Shanghai);
        OutcomeFilter filter;
        QAbstractItemModelTester modelTester(&model, Mode);
        filter.setSourceModel(&model);
        filter.setSortRole(DrillDownModel::SortRole);
        QAbstractItemModelTester filterTester(&filter, Mode);
        model.setRows(result->rows);
        // c0 answered in 5 s and ended, c1 answered and still open, c2 and p1 waiting.
        QCOMPARE(model.rowCount(), 4);
        filter.sort(DrillDownModel::ArrivedColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, DrillDownModel::IdColumn).data().toString(), QStringLiteral("c0"));
        QCOMPARE(filter.index(0, DrillDownModel::ArrivedColumn).data().toString(), QStringLiteral("09:00:00"));
        QCOMPARE(filter.index(0, DrillDownModel::OutcomeColumn).data().toString(),
                 DrillDownModel::outcomeName(DrillDownModel::WithinThreshold));
        QCOMPARE(filter.index(3, DrillDownModel::IdColumn).data().toString(), QStringLiteral("p1"));
        QCOMPARE(filter.index(3, DrillDownModel::TierColumn).data().toString(), QStringLiteral("VIP"));
        filter.setOutcome(DrillDownModel::Waiting);
        QCOMPARE(filter.rowCount(), 2);
        filter.setOutcome(DrillDownModel::InProgress);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, DrillDownModel::IdColumn).data().toString(), QStringLiteral("c1"));
        filter.setOutcome(DrillDownModel::Abandoned);
        QCOMPARE(filter.rowCount(), 0);
        filter.setOutcome(DrillDownModel::AnyOutcome);
        QCOMPARE(filter.rowCount(), 4);
        model.setRows({});
        QCOMPARE(filter.rowCount(), 0);
    }

private:
    // The feed's clock at local, then a refresh of the live view.
    bool refresh(const QString &local)
    {
        FeedWatermark w;
        w.source = QStringLiteral("test");
        w.asOf = at(local);
        w.writtenAt = Wall;
        QSqlDatabase db = m_store->database();
        QString error;
        if (!feed::write(db, w, &error) || !m_queue->refresh(Wall, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LiveQueue> m_queue;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestQueueModels)
#include "tst_queuemodels.moc"
