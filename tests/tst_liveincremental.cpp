// The live view's running totals against a fresh full read, after every refresh, while the feed
// simulator plays a peak across midnight: new rows, rows closing between refreshes, yesterday's open
// contacts, two feed steps between refreshes, the day changing. (From a review's probe.)
#include "TestSupport.h"
#include "auth/Session.h"
#include "demo/DemoGenerator.h"
#include "live/FeedSimulator.h"
#include "live/LiveQueue.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

using namespace kefu;
using namespace kefu::live;

class TestLiveIncremental : public QObject
{
    Q_OBJECT

private slots:
    void runningTotalsMatchAFullRead()
    {
        const QTimeZone zone("Asia/Shanghai");
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                        QStringLiteral("Asia/Shanghai"), &error));
        DemoOptions options;
        options.days = 30;
        options.agents = 20;
        options.seed = 5;
        options.asOf = QDateTime(QDate(2026, 11, 16), QTime(22, 30), zone);
        {
            DemoGenerator demo(db, zone, options);
            QVERIFY2(demo.run({}, &error), qPrintable(error));
        }
        FeedSimulator sim(db, zone, {1.0, FeedSimulator::Profile::Peak, 7});
        QVERIFY2(sim.begin(&error), qPrintable(error));
        StoreConnection reader(*store);
        LiveQueue incremental(reader.database(), zone);
        qint64 wall = 1'900'000'000;
        int incrementalRefreshes = 0;
        QDate firstDay, lastDay;
        for (int step = 0; step < 150; ++step) {
            QVERIFY2(sim.advance(45, wall, &error), qPrintable(error));
            ++wall;
            if (step % 3 == 2)
                continue; // now and then two feed steps between refreshes
            QVERIFY2(incremental.refresh(wall, &error), qPrintable(error));
            LiveQueue fresh(reader.database(), zone);
            QVERIFY2(fresh.refresh(wall, &error), qPrintable(error));
            const LiveSnapshot &s = incremental.snapshot();
            const LiveSnapshot &f = fresh.snapshot();
            incrementalRefreshes += s.fullRebuild ? 0 : 1;
            if (!firstDay.isValid())
                firstDay = s.today;
            lastDay = s.today;
            const QByteArray where = QByteArray("step ") + QByteArray::number(step);
            QVERIFY2(s.now == f.now && s.today == f.today, where.constData());
            for (int c = 0; c <= ChannelCount; ++c) {
                for (const auto &[a, b] : {std::pair{&s.channels[c].today, &f.channels[c].today},
                                           std::pair{&s.channels[c].currentInterval, &f.channels[c].currentInterval}}) {
                    QVERIFY2(a->offered == b->offered && a->answered == b->answered && a->abandoned == b->abandoned &&
                                 a->shortAbandoned == b->shortAbandoned && a->waiting == b->waiting &&
                                 a->answeredWithinThreshold == b->answeredWithinThreshold && a->slPct == b->slPct &&
                                 a->asaSeconds == b->asaSeconds && a->ahtSeconds == b->ahtSeconds &&
                                 a->p90WaitSeconds == b->p90WaitSeconds && a->fcrPct == b->fcrPct &&
                                 a->asaRealtimeSeconds == b->asaRealtimeSeconds &&
                                 a->p90RealtimeSeconds == b->p90RealtimeSeconds &&
                                 a->emailReplySeconds == b->emailReplySeconds,
                             where.constData());
                }
                QVERIFY2(s.channels[c].waiting == f.channels[c].waiting
                             && s.channels[c].oldestWaitingSince == f.channels[c].oldestWaitingSince
                             && s.channels[c].agentsHandling == f.channels[c].agentsHandling,
                         where.constData());
            }
            QVERIFY2(s.occupancyTodayPct == f.occupancyTodayPct && s.agentsByState == f.agentsByState, where.constData());
            QCOMPARE(s.intervals.size(), f.intervals.size());
            for (int i = 0; i < s.intervals.size(); ++i)
                QVERIFY2(s.intervals.at(i).offered == f.intervals.at(i).offered
                             && s.intervals.at(i).signedInAgents == f.intervals.at(i).signedInAgents,
                         where.constData());
            QCOMPARE(s.agents.size(), f.agents.size());
            for (int i = 0; i < s.agents.size(); ++i)
                QVERIFY2(s.agents.at(i).handledToday == f.agents.at(i).handledToday
                             && s.agents.at(i).endedToday == f.agents.at(i).endedToday
                             && s.agents.at(i).handleSecondsToday == f.agents.at(i).handleSecondsToday
                             && s.agents.at(i).currentContacts == f.agents.at(i).currentContacts
                             && s.agents.at(i).state == f.agents.at(i).state,
                         where.constData());
        }
        // The run crossed midnight and mostly refreshed incrementally.
        QCOMPARE(firstDay, QDate(2026, 11, 16));
        QCOMPARE(lastDay, QDate(2026, 11, 17));
        QVERIFY(incrementalRefreshes > 80);
    }
};

QTEST_GUILESS_MAIN(TestLiveIncremental)
#include "tst_liveincremental.moc"
