// The live feed simulator (kefudesk simulate): on a small demo store it carries the floor on from the
// demo's watermark (and removes the demo's row with its first step), writes rows the store's checks and
// the live view's contract accept, keeps one consistent state timeline per agent, leaves the watermark at
// its clock after every step, builds a backlog on a peak day, staffs and routes by the queue pane's rules
// (its Erlang C, the store's online concurrency), is deterministic for a seed whatever the step sizes,
// writes nothing of a step that failed, and the command runs for a while or until SIGTERM and stops
// cleanly.
#include "TestSupport.h"

#include "auth/Session.h"
#include "demo/DemoGenerator.h"
#include "live/FeedSimulator.h"
#include "live/FeedStatus.h"
#include "metrics/ReportPeriod.h"
#include "metrics/ServiceMetrics.h"
#include "store/StoreMaintenance.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace kefu;
using live::FeedSimulator;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
constexpr qint64 TwoHours = 2 * 3600;
constexpr qint64 Wall = 1'900'000'000; // the wall clock handed to advance(): only written, never read

QList<QVariantList> rows(QSqlDatabase db, const QString &statement, const QVariantList &values = {})
{
    QList<QVariantList> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(sql::errorText(q)));
        return result;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(sql::errorText(q)));
        return result;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}

qint64 number(QSqlDatabase db, const QString &statement, const QVariantList &values = {})
{
    const QList<QVariantList> r = rows(db, statement, values);
    return r.isEmpty() || r.constFirst().isEmpty() ? -1 : r.constFirst().constFirst().toLongLong();
}

// Everything the feed wrote or changed from `since` on: contacts that arrived later, state rows that
// began or ended later.
QByteArray feedDigest(QSqlDatabase db, qint64 since)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<QVariantList> all =
        rows(db,
             QStringLiteral("SELECT * FROM conversations WHERE arrived_at > ? OR answered_at >= ? OR ended_at >= ?"
                            " OR abandoned_at >= ? ORDER BY id"),
             {since, since, since, since}) +
        rows(db,
             QStringLiteral("SELECT agent_id, state, started_at, ended_at FROM agent_states"
                            " WHERE coalesce(ended_at, started_at) >= ? ORDER BY agent_id, started_at"),
             {since});
    for (const QVariantList &row : all) {
        for (const QVariant &v : row)
            hash.addData(QByteArray((v.isNull() ? QStringLiteral("<null>") : v.toString()).toUtf8() + '\x1f'));
        hash.addData("\n");
    }
    return hash.result();
}

struct Run
{
    QString path;
    FeedSimulator::Stats stats;
    qint64 end = 0;
    qint64 waitingAtEnd = 0; // in the store: not answered, abandoned or ended
    double slPct = -1;       // over the contacts that arrived after the start
    QByteArray digest;
};

} // namespace

class TestSimulate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base; // the demo store, closed; every run plays into a copy
    qint64 m_start = 0;
    qint64 m_baseConversations = 0;
    QStringList m_waitingAtStart;    // contacts waiting at the demo's as-of
    QStringList m_inProgressAtStart; // answered, not ended
    Run m_normal;
    Run m_peak;

    QString copyOfBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            qWarning("could not copy the demo store to %s", qPrintable(path));
        return path;
    }

    // Plays `steps` (simulated seconds each) into a copy of the demo store with the in-process API,
    // checking the watermark after every step.
    Run play(const QString &name, FeedSimulator::Profile profile, quint64 seed, const QList<qint64> &steps)
    {
        Run run;
        run.path = copyOfBase(name);
        QString error;
        auto store = Store::open(run.path, {}, &error);
        if (!store) {
            qWarning("%s", qPrintable(error));
            return run;
        }
        QSqlDatabase db = store->database();
        {
            FeedSimulator simulator(db, Shanghai, {1, profile, seed});
            if (!simulator.begin(&error)) {
                qWarning("begin: %s", qPrintable(error));
                return run;
            }
            if (simulator.startFrom() != FeedSimulator::StartFrom::Watermark || simulator.clock() != m_start) {
                qWarning("the simulator did not start at the demo's watermark");
                return run;
            }
            qint64 clock = m_start;
            for (qint64 step : steps) {
                if (!simulator.advance(step, Wall, &error)) {
                    qWarning("advance: %s", qPrintable(error));
                    return run;
                }
                clock += step;
                const auto watermark = rows(db, QStringLiteral("SELECT as_of, written_at, speed FROM feed_status"
                                                               " WHERE source = 'simulator'"));
                if (simulator.clock() != clock || watermark.size() != 1 ||
                    watermark.constFirst().at(0).toLongLong() != clock ||
                    watermark.constFirst().at(1).toLongLong() != Wall) {
                    qWarning("the watermark is not at the simulator's clock %lld", clock);
                    return run;
                }
            }
            run.stats = simulator.stats();
            run.end = clock;
        }
        run.waitingAtEnd = number(db,
                                  QStringLiteral("SELECT count(*) FROM conversations WHERE answered_at IS NULL"
                                                 " AND abandoned_at IS NULL AND ended_at IS NULL AND arrived_at > ?"),
                                  {m_start});
        // The service level of the simulated span, as the reports compute it: the intervals from the start on.
        const auto period = ReportPeriod::fromDates(QDateTime::fromSecsSinceEpoch(m_start, Shanghai).date(),
                                                    QDateTime::fromSecsSinceEpoch(run.end, Shanghai).date(), Shanghai);
        ServiceReportOptions options;
        options.by = ServiceBucket::Interval;
        options.perChannel = false;
        options.now = run.end;
        options.maxThreads = 1;
        const auto report = ServiceMetrics::report(db, *period, options, &error);
        if (!report) {
            qWarning("report: %s", qPrintable(error));
            return run;
        }
        qint64 within = 0, counted = 0;
        for (const ServiceReportRow &row : *report) {
            if (row.localStart >= period->localSeconds(m_start)) {
                within += row.figures.answeredWithinThreshold;
                counted += row.figures.offered - row.figures.shortAbandoned;
            }
        }
        run.slPct = counted > 0 ? 100.0 * double(within) / double(counted) : -1;
        run.digest = feedDigest(db, m_start);
        return run;
    }

    static QList<qint64> evenSteps(qint64 total, qint64 step)
    {
        QList<qint64> steps;
        for (qint64 done = 0; done < total; done += step)
            steps << std::min(step, total - done);
        return steps;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            auto store = test::createStore(m_dir, QStringLiteral("demo.sqlite"));
            QVERIFY(store);
            DemoOptions options;
            options.days = 30;
            options.agents = 20;
            options.seed = 5;
            options.asOf = QDateTime(QDate(2026, 11, 16), QTime(10, 0), Shanghai); // a Monday morning
            options.peakDay = QDate(2026, 11, 11);
            QSqlDatabase db = store->database();
            DemoGenerator generator(db, Shanghai, options);
            QString error;
            QVERIFY2(generator.run({}, &error), qPrintable(error));
            // The command reads the zone from the store, as a demo made with --timezone leaves it.
            QVERIFY2(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                             QStringLiteral("Asia/Shanghai"), &error),
                     qPrintable(error));
            m_start = options.asOf.toSecsSinceEpoch();
            m_base = store->path();
            m_baseConversations = test::count(db, QStringLiteral("conversations"));
            for (const QVariantList &r : rows(db, QStringLiteral("SELECT id, answered_at IS NULL FROM conversations"
                                                                 " WHERE ended_at IS NULL AND abandoned_at IS NULL"))) {
                (r.at(1).toInt() ? m_waitingAtStart : m_inProgressAtStart) << r.at(0).toString();
            }
        }
        QVERIFY2(!m_inProgressAtStart.isEmpty(), "the demo should leave contacts in progress at its as-of");
        m_normal = play(QStringLiteral("normal.sqlite"), FeedSimulator::Profile::Normal, 1, evenSteps(TwoHours, 300));
        QVERIFY(!m_normal.digest.isEmpty());
        m_peak = play(QStringLiteral("peak.sqlite"), FeedSimulator::Profile::Peak, 1, evenSteps(TwoHours, 300));
        QVERIFY(!m_peak.digest.isEmpty());
    }

    void contactsArriveAfterTheStartOnly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("normal") << m_normal.path;
        QTest::newRow("peak") << m_peak.path;
    }
    void contactsArriveAfterTheStartOnly()
    {
        QFETCH(QString, path);
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const qint64 simulated = number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'"));
        QVERIFY2(simulated > 100, qPrintable(QString::number(simulated)));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations")), m_baseConversations + simulated);
        QCOMPARE(number(db,
                        QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%' AND"
                                       " (arrived_at <= ? OR arrived_at > ?)"),
                        {m_start, m_start + TwoHours}),
                 0);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE arrived_at > ?"), {m_start}),
                 simulated);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%' AND"
                                           " id NOT GLOB 'SIM-20261116-[0-9][0-9][0-9][0-9][0-9][0-9]'")),
                 0);
        // Every channel gets traffic; VIPs are a small share.
        QCOMPARE(number(db, QStringLiteral("SELECT count(DISTINCT channel) FROM conversations WHERE id LIKE 'SIM-%'")),
                 4);
        const qint64 vip = number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'"
                                                     " AND customer_tier = 'vip'"));
        QVERIFY2(vip > 0 && vip < simulated / 5, qPrintable(QString::number(vip)));
        // Queues and categories come from what the store already has.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations c WHERE id LIKE 'SIM-%' AND NOT EXISTS"
                                           " (SELECT 1 FROM conversations h WHERE h.id NOT LIKE 'SIM-%'"
                                           " AND h.channel = c.channel AND h.queue IS c.queue"
                                           " AND h.category IS c.category)")),
                 0);
    }

    void everyRowKeepsTheContract_data() { contactsArriveAfterTheStartOnly_data(); }
    void everyRowKeepsTheContract()
    {
        QFETCH(QString, path);
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const maintenance::CheckReport report = maintenance::check(*store, db, false);
        QVERIFY2(report.ok, qPrintable(report.findings.join(QLatin1Char('\n'))));
        QVERIFY(rows(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        const QString sim = QStringLiteral(" FROM conversations WHERE id LIKE 'SIM-%' AND ");
        // An abandon has abandoned_at and nothing else; e-mail never abandons.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*)") + sim +
                                QStringLiteral(
                                    "abandoned_at IS NOT NULL AND (answered_at IS NOT NULL OR"
                                    " agent_id IS NOT NULL OR ended_at IS NOT NULL OR abandoned_at < arrived_at)")),
                 0);
        QCOMPARE(number(db,
                        QStringLiteral("SELECT count(*) FROM conversations WHERE channel = 'email' AND"
                                       " abandoned_at IS NOT NULL AND arrived_at > ?"),
                        {m_start}),
                 0);
        // Answered: an agent, in order; ended: wrap-up, transfers, resolution, maybe a rating.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*)") + sim +
                                QStringLiteral(
                                    "answered_at IS NOT NULL AND (agent_id IS NULL OR answered_at < arrived_at)")),
                 0);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*)") + sim +
                                QStringLiteral("ended_at IS NOT NULL AND (answered_at IS NULL OR ended_at < answered_at"
                                               " OR wrap_seconds IS NULL OR transfers IS NULL OR resolved IS NULL)")),
                 0);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*)") + sim +
                                QStringLiteral("ended_at IS NULL AND (wrap_seconds IS NOT NULL OR csat IS NOT NULL"
                                               " OR resolved IS NOT NULL)")),
                 0);
        const qint64 ended =
            number(db, QStringLiteral("SELECT count(*)") + sim + QStringLiteral("ended_at IS NOT NULL"));
        const qint64 rated = number(db, QStringLiteral("SELECT count(*)") + sim + QStringLiteral("csat IS NOT NULL"));
        const qint64 happy = number(db, QStringLiteral("SELECT count(*)") + sim + QStringLiteral("csat >= 4"));
        const qint64 resolved = number(db, QStringLiteral("SELECT count(*)") + sim + QStringLiteral("resolved = 1"));
        QVERIFY2(ended > 50, qPrintable(QString::number(ended)));
        QVERIFY2(rated > ended / 6 && rated < ended / 2, qPrintable(QStringLiteral("%1 of %2").arg(rated).arg(ended)));
        QVERIFY2(happy * 10 > rated * 6, qPrintable(QStringLiteral("%1 of %2").arg(happy).arg(rated)));
        QVERIFY2(resolved * 10 > ended * 7, qPrintable(QStringLiteral("%1 of %2").arg(resolved).arg(ended)));
    }

    void agentStatesFormOneTimelinePerAgent_data() { contactsArriveAfterTheStartOnly_data(); }
    void agentStatesFormOneTimelinePerAgent()
    {
        QFETCH(QString, path);
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const QString timeline = QStringLiteral(
            "WITH r AS (SELECT agent_id, state, started_at, ended_at,"
            " lead(started_at) OVER (PARTITION BY agent_id ORDER BY started_at) AS next_start,"
            " lag(state) OVER (PARTITION BY agent_id ORDER BY started_at) AS previous_state,"
            " lag(ended_at) OVER (PARTITION BY agent_id ORDER BY started_at) AS previous_end FROM agent_states) ");
        // No overlaps; only the last row of an agent may be open.
        QCOMPARE(number(db, timeline + QStringLiteral("SELECT count(*) FROM r WHERE next_start IS NOT NULL AND"
                                                      " (ended_at IS NULL OR ended_at > next_start)")),
                 0);
        QCOMPARE(
            number(db, QStringLiteral("SELECT count(*) FROM (SELECT agent_id FROM agent_states WHERE ended_at IS NULL"
                                      " GROUP BY agent_id HAVING count(*) > 1)")),
            0);
        // What the feed wrote has no zero-length rows, no gaps and no repeated state.
        QCOMPARE(
            number(db,
                   QStringLiteral("SELECT count(*) FROM agent_states WHERE started_at >= ? AND ended_at = started_at"),
                   {m_start}),
            0);
        QCOMPARE(number(db,
                        timeline + QStringLiteral("SELECT count(*) FROM r WHERE started_at >= ? AND"
                                                  " next_start IS NOT NULL AND ended_at <> next_start"),
                        {m_start}),
                 0);
        QCOMPARE(number(db,
                        timeline + QStringLiteral("SELECT count(*) FROM r WHERE started_at > ? AND"
                                                  " previous_state = state AND previous_end = started_at"),
                        {m_start}),
                 0);
        // A floor that works: busy, wrap and available rows, breaks, agents signing in and out.
        for (const char *state : {"available", "busy", "wrap", "break"}) {
            QVERIFY2(number(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE started_at > ? AND state = ?"),
                            {m_start, QString::fromLatin1(state)}) > 0,
                     state);
        }
        // Busy means an answered contact in hand: every answer falls in a busy row of its agent.
        QCOMPARE(
            number(db, QStringLiteral("SELECT count(*) FROM conversations c WHERE id LIKE 'SIM-%' AND answered_at"
                                      " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agent_states s WHERE s.agent_id ="
                                      " c.agent_id AND s.state = 'busy' AND s.started_at <= c.answered_at AND"
                                      " coalesce(s.ended_at, c.answered_at + 1) > c.answered_at)")),
            0);
    }

    void peakBuildsABacklog()
    {
        qInfo("normal: %lld arrived, %lld abandoned, %lld waiting, SL %.1f %%; peak: %lld arrived, %lld abandoned,"
              " %lld waiting, SL %.1f %%",
              m_normal.stats.arrived, m_normal.stats.abandoned, m_normal.waitingAtEnd, m_normal.slPct,
              m_peak.stats.arrived, m_peak.stats.abandoned, m_peak.waitingAtEnd, m_peak.slPct);
        QVERIFY2(
            m_peak.stats.arrived > 3 * m_normal.stats.arrived,
            qPrintable(QStringLiteral("peak %1, normal %2").arg(m_peak.stats.arrived).arg(m_normal.stats.arrived)));
        QVERIFY2(m_peak.waitingAtEnd > m_normal.waitingAtEnd,
                 qPrintable(QStringLiteral("peak %1, normal %2").arg(m_peak.waitingAtEnd).arg(m_normal.waitingAtEnd)));
        QVERIFY2(m_peak.stats.abandoned > m_normal.stats.abandoned, "the peak should lose more contacts");
        QVERIFY(m_normal.slPct >= 0 && m_peak.slPct >= 0);
        QVERIFY2(m_peak.slPct + 10 < m_normal.slPct,
                 qPrintable(QStringLiteral("SL peak %1 %, normal %2 %").arg(m_peak.slPct).arg(m_normal.slPct)));
        QVERIFY2(m_normal.slPct > 60, qPrintable(QStringLiteral("SL normal %1 %").arg(m_normal.slPct)));
        // The same staffing on both days: Erlang C of the normal rate.
        QVERIFY(m_normal.stats.wanted >= 2);
        QCOMPARE(m_peak.stats.wanted, m_normal.stats.wanted);
        // Signed in can differ by an agent or two: one due to leave finishes the contacts in hand first,
        // and a peak keeps hands fuller.
        QVERIFY2(std::abs(m_peak.stats.signedIn - m_normal.stats.signedIn) <= 2,
                 qPrintable(QStringLiteral("%1 / %2").arg(m_peak.stats.signedIn).arg(m_normal.stats.signedIn)));
        // The engine's counts are the store's.
        auto store = Store::open(m_peak.path, {}, nullptr);
        QVERIFY(store);
        QCOMPARE(number(store->database(), QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'")),
                 m_peak.stats.arrived);
        QCOMPARE(number(store->database(), QStringLiteral("SELECT count(*) FROM conversations WHERE abandoned_at > ?"),
                        {m_start}),
                 m_peak.stats.abandoned);
        // Waiting in the engine = not answered in the store (new ones and those taken over).
        QCOMPARE(number(store->database(),
                        QStringLiteral("SELECT count(*) FROM conversations WHERE answered_at IS NULL"
                                       " AND abandoned_at IS NULL AND ended_at IS NULL AND arrived_at >= ?"),
                        {m_start - 2 * 86400}),
                 qint64(m_peak.stats.waiting));
    }

    void theDemoFloorIsTakenOver()
    {
        auto store = Store::open(m_normal.path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QCOMPARE(m_normal.stats.takenOverWaiting, int(m_waitingAtStart.size()));
        QCOMPARE(m_normal.stats.takenOverInProgress, int(m_inProgressAtStart.size()));
        // Waiting at the demo's as-of: answered or abandoned later (an e-mail may still wait), never twice.
        for (const QString &id : std::as_const(m_waitingAtStart)) {
            const auto r = rows(
                db, QStringLiteral("SELECT channel, answered_at, abandoned_at FROM conversations WHERE id = ?"), {id});
            QCOMPARE(r.size(), 1);
            const QVariantList &c = r.constFirst();
            if (c.at(0).toString() == QLatin1String("email"))
                QVERIFY(c.at(2).isNull());
            else
                QVERIFY2(c.at(1).toLongLong() > m_start || c.at(2).toLongLong() > m_start, qPrintable(id));
        }
        // In progress at the as-of: ended later by the agent who had it.
        for (const QString &id : std::as_const(m_inProgressAtStart)) {
            const auto r = rows(db, QStringLiteral("SELECT ended_at, agent_id FROM conversations WHERE id = ?"), {id});
            QCOMPARE(r.size(), 1);
            QVERIFY2(r.constFirst().at(0).toLongLong() > m_start, qPrintable(id));
            QVERIFY(!r.constFirst().at(1).isNull());
        }
        // Of the state rows before the start only those open at the start were closed, one per agent at most.
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE ended_at > ? AND started_at < ?"),
                       {m_start, m_start}) <= 20);
    }

    void theSameSeedGivesTheSameFeedWhateverTheSteps()
    {
        QList<qint64> uneven;
        for (qint64 done = 0, i = 0; done < TwoHours; ++i) {
            const qint64 step = std::min<qint64>(TwoHours - done, QList<qint64>{1, 0, 59, 3600, 7, 420, 13}.at(i % 7));
            uneven << step;
            done += step;
        }
        const Run again = play(QStringLiteral("again.sqlite"), FeedSimulator::Profile::Normal, 1, uneven);
        QVERIFY(!again.digest.isEmpty());
        QCOMPARE(again.stats.arrived, m_normal.stats.arrived);
        QCOMPARE(again.stats.answered, m_normal.stats.answered);
        QCOMPARE(again.stats.abandoned, m_normal.stats.abandoned);
        QCOMPARE(again.waitingAtEnd, m_normal.waitingAtEnd);
        QCOMPARE(again.digest, m_normal.digest);
        const Run other =
            play(QStringLiteral("other.sqlite"), FeedSimulator::Profile::Normal, 2, evenSteps(TwoHours, 600));
        QVERIFY(!other.digest.isEmpty());
        QVERIFY(other.digest != m_normal.digest);
    }

    // A step whose write fails leaves the store and the simulator as they were; the retry plays the same.
    void aFailedStepWritesNothingAndIsPlayedAgain()
    {
        const QString path = copyOfBase(QStringLiteral("failing.sqlite"));
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString error;
        {
            FeedSimulator simulator(db, Shanghai, {1, FeedSimulator::Profile::Normal, 1});
            QVERIFY2(simulator.begin(&error), qPrintable(error));
            QVERIFY2(simulator.advance(1800, Wall, &error), qPrintable(error));
            const qint64 before = test::count(db, QStringLiteral("conversations"));
            const QByteArray digest = feedDigest(db, m_start);
            // The tenth contact of the next step cannot be written.
            const qint64 tenth =
                number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'")) + 10;
            QVERIFY(sql::exec(db, QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.conversations"
                                                 " WHEN NEW.id = 'SIM-20261116-%1' BEGIN"
                                                 " SELECT RAISE(ABORT, 'refused by the test'); END")
                                      .arg(tenth, 6, 10, QLatin1Char('0'))));
            QVERIFY(!simulator.advance(TwoHours - 1800, Wall, &error));
            QVERIFY2(error.contains(QStringLiteral("refused by the test")), qPrintable(error));
            QCOMPARE(simulator.clock(), m_start + 1800);
            QCOMPARE(test::count(db, QStringLiteral("conversations")), before);
            QCOMPARE(feedDigest(db, m_start), digest);
            QCOMPARE(number(db, QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'")),
                     m_start + 1800);
            QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER temp.refuse")));
            QVERIFY2(simulator.advance(TwoHours - 1800, Wall, &error), qPrintable(error));
            QCOMPARE(simulator.clock(), m_start + TwoHours);
        }
        QCOMPARE(feedDigest(db, m_start), m_normal.digest);
    }

    // The demo's watermark is the start; the first step that is written removes it in its transaction, so
    // that the windows follow the simulator even when the demo's row says it was written later (a demo made
    // with an --as-of in the future). The simulator's own watermark, or another feed's it did not start from,
    // stays.
    void theFirstStepRetiresTheDemosWatermark()
    {
        const QString path = copyOfBase(QStringLiteral("retire.sqlite"));
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const QString sources = QStringLiteral("SELECT source, as_of, written_at FROM feed_status ORDER BY source");
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE feed_status SET written_at = ? WHERE source = 'demo'"),
                          {Wall + 86400}));
        QCOMPARE(rows(db, sources), (QList<QVariantList>{{QStringLiteral("demo"), m_start, Wall + 86400}}));
        QString error;
        {
            FeedSimulator simulator(db, Shanghai, {1, FeedSimulator::Profile::Normal, 1});
            QVERIFY2(simulator.begin(&error), qPrintable(error));
            QCOMPARE(int(simulator.startFrom()), int(FeedSimulator::StartFrom::Watermark));
            QCOMPARE(simulator.clock(), m_start);
            // A step that cannot remove the row writes nothing, and the retry removes it.
            QVERIFY(sql::exec(db, QStringLiteral("CREATE TEMP TRIGGER keep BEFORE DELETE ON main.feed_status BEGIN"
                                                 " SELECT RAISE(ABORT, 'kept by the test'); END")));
            QVERIFY(!simulator.advance(1800, Wall, &error));
            QVERIFY2(error.contains(QStringLiteral("kept by the test")), qPrintable(error));
            QCOMPARE(simulator.clock(), m_start);
            QCOMPARE(rows(db, sources), (QList<QVariantList>{{QStringLiteral("demo"), m_start, Wall + 86400}}));
            QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'")), 0);
            QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER temp.keep")));
            QVERIFY2(simulator.advance(1800, Wall, &error), qPrintable(error));
            QCOMPARE(rows(db, sources), (QList<QVariantList>{{FeedSimulator::sourceName(), m_start + 1800, Wall}}));
            QCOMPARE(live::feed::latest(db)->source, FeedSimulator::sourceName());
            QVERIFY2(simulator.advance(1800, Wall + 1, &error), qPrintable(error));
        }
        {
            FeedSimulator simulator(db, Shanghai, {1, FeedSimulator::Profile::Normal, 1});
            // Another feed's row, older than the simulator's: the next run starts from its own and leaves it.
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO feed_status(source, as_of, written_at, speed)"
                                             " VALUES ('connector', ?, ?, 1)"),
                              {m_start, Wall - 60}));
            QVERIFY2(simulator.begin(&error), qPrintable(error));
            QCOMPARE(simulator.clock(), m_start + 3600);
            QVERIFY2(simulator.advance(3600, Wall + 2, &error), qPrintable(error));
        }
        QCOMPARE(rows(db, sources), (QList<QVariantList>{{QStringLiteral("connector"), m_start, Wall - 60},
                                                         {FeedSimulator::sourceName(), m_start + TwoHours, Wall + 2}}));
    }

    // An agent holds as many chats and social threads at once as the store's staffing.online_concurrency
    // says (1 when it says nothing), the concurrency the queue pane's Erlang C staffs for; the staffing is
    // that Erlang C's, so more threads per agent want fewer agents and a lower occupancy cap more.
    void theFloorFollowsThePanesStaffingRules()
    {
        struct Case
        {
            int concurrency; // 0: the setting removed
            double occupancyMaxPct;
        };
        const Case cases[] = {{0, 80}, {2, 80}, {3, 80}, {2, 40}};
        QList<int> wanted;
        for (const Case &c : cases) {
            const QString path =
                copyOfBase(QStringLiteral("concurrency-%1-%2.sqlite").arg(c.concurrency).arg(c.occupancyMaxPct));
            auto store = Store::open(path, {}, nullptr);
            QVERIFY(store);
            QSqlDatabase db = store->database();
            QString error;
            QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM settings WHERE key = 'staffing.online_concurrency'")));
            if (c.concurrency > 0)
                QVERIFY2(settings::setValue(db, Session::singleUser(),
                                                 QStringLiteral("staffing.online_concurrency"), c.concurrency, &error),
                         qPrintable(error));
            QVERIFY2(settings::setValue(db, Session::singleUser(), QStringLiteral("target.occupancy_max_pct"),
                                             c.occupancyMaxPct, &error),
                     qPrintable(error));
            // A peak keeps every agent as full as the routing lets it be.
            FeedSimulator simulator(db, Shanghai, {1, FeedSimulator::Profile::Peak, 1});
            QVERIFY2(simulator.begin(&error), qPrintable(error));
            QVERIFY2(simulator.advance(3600, Wall, &error), qPrintable(error));
            wanted << simulator.stats().wanted;
            // The most contacts of the simulator's an agent had answered and not yet wrapped up at once.
            const qint64 most =
                number(db,
                       QStringLiteral("SELECT max((SELECT count(*) FROM conversations b WHERE b.id LIKE 'SIM-%' AND"
                                      " b.agent_id = a.agent_id AND b.answered_at <= a.answered_at AND"
                                      " coalesce(b.ended_at + b.wrap_seconds, ?) > a.answered_at))"
                                      " FROM conversations a WHERE a.id LIKE 'SIM-%' AND a.answered_at IS NOT NULL"),
                       {m_start + 3600 + 1});
            QCOMPARE(most, qint64(std::max(1, c.concurrency)));
        }
        qInfo("agents wanted at 11:00: concurrency 1: %d, 2: %d, 3: %d; 2 with occupancy at most 40 %%: %d",
              wanted.at(0), wanted.at(1), wanted.at(2), wanted.at(3));
        QVERIFY2(wanted.at(0) > wanted.at(1) && wanted.at(1) > wanted.at(2) && wanted.at(3) > wanted.at(1),
                 qPrintable(QStringLiteral("%1, %2, %3, %4")
                                .arg(wanted.at(0))
                                .arg(wanted.at(1))
                                .arg(wanted.at(2))
                                .arg(wanted.at(3))));
    }

    // A second run carries on where the first stopped: from its watermark, with the open rows it left.
    void theNextRunCarriesOn()
    {
        const QString path = copyOfBase(QStringLiteral("twice.sqlite"));
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString error;
        qint64 firstArrived = 0;
        {
            FeedSimulator first(db, Shanghai, {60, FeedSimulator::Profile::Peak, 3});
            QVERIFY2(first.begin(&error), qPrintable(error));
            QVERIFY2(first.advance(3600, Wall, &error), qPrintable(error));
            firstArrived = first.stats().arrived;
        }
        FeedSimulator second(db, Shanghai, {60, FeedSimulator::Profile::Peak, 3});
        QVERIFY2(second.begin(&error), qPrintable(error));
        QCOMPARE(int(second.startFrom()), int(FeedSimulator::StartFrom::Watermark));
        QCOMPARE(second.clock(), m_start + 3600);
        QVERIFY(second.stats().takenOverWaiting > 0);
        QVERIFY(second.stats().signedIn >= 2);
        QVERIFY2(second.advance(3600, Wall + 1, &error), qPrintable(error));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'")),
                 firstArrived + second.stats().arrived);
        // The second run's ids go on after the first's: SIM-20261116-000001 … without a gap.
        QCOMPARE(number(db, QStringLiteral("SELECT max(CAST(substr(id, 14) AS INTEGER)) FROM conversations"
                                           " WHERE id LIKE 'SIM-20261116-%'")),
                 firstArrived + second.stats().arrived);
        QCOMPARE(
            number(db, QStringLiteral("SELECT count(*) FROM (SELECT agent_id FROM agent_states WHERE ended_at IS NULL"
                                      " GROUP BY agent_id HAVING count(*) > 1)")),
            0);
        QCOMPARE(number(db,
                        QStringLiteral(
                            "SELECT count(*) FROM conversations WHERE answered_at IS NULL AND"
                            " abandoned_at IS NULL AND ended_at IS NULL AND channel <> 'email' AND arrived_at <= ?"),
                        {m_start + 2 * 3600 - 3 * 3600}),
                 0);
        const maintenance::CheckReport report = maintenance::check(*store, db, false);
        QVERIFY2(report.ok, qPrintable(report.findings.join(QLatin1Char('\n'))));
    }

    // Agents but no history: the built-in day curve, from the wall clock, with the fallback queues.
    void aStoreWithoutHistoryUsesTheBuiltInCurve()
    {
        auto store = test::createStore(m_dir, QStringLiteral("fresh.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        for (int i = 1; i <= 12; ++i)
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents(id, name) VALUES (?, ?)"),
                              {QStringLiteral("A%1").arg(i), QStringLiteral("坐席%1").arg(i)}));
        QString error;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        FeedSimulator simulator(db, Shanghai, {1, FeedSimulator::Profile::Normal, 7});
        QVERIFY2(simulator.begin(&error), qPrintable(error));
        QCOMPARE(int(simulator.startFrom()), int(FeedSimulator::StartFrom::WallClock));
        QVERIFY(simulator.clock() >= before && simulator.clock() <= QDateTime::currentSecsSinceEpoch());
        QVERIFY(!simulator.stats().rateFromHistory);
        // A whole day, so that the arrivals do not depend on the hour the test runs at (the clock starts at
        // the wall clock: at night the curve is low).
        QVERIFY2(simulator.advance(24 * 3600, Wall, &error), qPrintable(error));
        const FeedSimulator::Stats s = simulator.stats();
        QVERIFY2(s.arrived > 20, qPrintable(QString::number(s.arrived)));
        QVERIFY(s.signedIn >= 2 && s.signedIn <= 12);
        QCOMPARE(
            number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE queue IS NULL OR category IS NULL")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM agent_states")) > 0);
    }

    void aStoreWithoutAgentsIsRefused()
    {
        auto store = test::createStore(m_dir, QStringLiteral("empty.sqlite"));
        QVERIFY(store);
        QString error;
        FeedSimulator simulator(store->database(), Shanghai, {});
        QVERIFY(!simulator.begin(&error));
        QCOMPARE(simulator.failure(), FeedSimulator::Failure::NoAgents);
        QVERIFY2(error.contains(QStringLiteral("kefudesk demo")), qPrintable(error));
    }

    // --- the command, as a child process ---------------------------------------------------------

    void theCommandRunsForAsLongAsAsked()
    {
        const QString path = copyOfBase(QStringLiteral("cli.sqlite"));
        QProcess p;
        p.start(QStringLiteral(KEFUDESK_BINARY),
                {QStringLiteral("simulate"), QStringLiteral("--store"), path, QStringLiteral("--speed"),
                 QStringLiteral("3600"), QStringLiteral("--for"), QStringLiteral("600"), QStringLiteral("--seed"),
                 QStringLiteral("1")});
        QVERIFY(p.waitForFinished(30000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(output.contains(QStringLiteral("2026-11-16 10:00:00")), qPrintable(output));
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QCOMPARE(number(db, QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'")), m_start + 600);
        QCOMPARE(number(db, QStringLiteral("SELECT speed FROM feed_status WHERE source = 'simulator'")), 3600);
        const qint64 written =
            number(db, QStringLiteral("SELECT written_at FROM feed_status WHERE source = 'simulator'"));
        QVERIFY(qAbs(written - QDateTime::currentSecsSinceEpoch()) < 60);
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'SIM-%'")) > 0);
        QCOMPARE(live::feed::latest(db)->source, FeedSimulator::sourceName());
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM feed_status WHERE source <> 'simulator'")), 0);
        // It wrote as the feed, not as a person, when it started and when it stopped.
        const auto audit = rows(db, QStringLiteral("SELECT user_name FROM audit_log WHERE kind = 'feed.simulate'"));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.constFirst().constFirst().toString(), QStringLiteral("kefudesk simulate"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-simulate.lock")));
    }

    void theCommandStopsCleanlyOnSigterm()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGTERM is a POSIX signal");
#else
        const QString path = copyOfBase(QStringLiteral("sigterm.sqlite"));
        QProcess p;
        p.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("simulate"), QStringLiteral("--store"), path,
                                                  QStringLiteral("--speed"), QStringLiteral("60")});
        QVERIFY(p.waitForStarted());
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        // Running: a second feed into the same store is refused.
        QTRY_VERIFY_WITH_TIMEOUT(
            number(db, QStringLiteral("SELECT count(*) FROM feed_status WHERE source = 'simulator'")) == 1, 10000);
        QProcess second;
        second.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("simulate"), QStringLiteral("--store"), path,
                                                       QStringLiteral("--for"), QStringLiteral("5")});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains(QStringLiteral("another kefudesk simulate")));
        // After a step of real time, stop it.
        QTRY_VERIFY_WITH_TIMEOUT(
            number(db, QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'")) >= m_start + 60,
            10000);
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(15000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        const qint64 asOf = number(db, QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'"));
        QVERIFY(asOf >= m_start + 60);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'feed.simulate'")), 2);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE arrived_at > ?"), {asOf}), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-simulate.lock")));
#endif
    }

    // kill -9: the store holds whole steps only (data never past the watermark), and the next run takes
    // over from there despite the dead run's lock file.
    void aKilledRunLeavesWholeStepsAndTheNextTakesOver()
    {
        const QString path = copyOfBase(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(QStringLiteral(KEFUDESK_BINARY),
                {QStringLiteral("simulate"), QStringLiteral("--store"), path, QStringLiteral("--speed"),
                 QStringLiteral("3600"), QStringLiteral("--profile"), QStringLiteral("peak")});
        QVERIFY(p.waitForStarted());
        qint64 asOf = 0;
        {
            auto store = Store::open(path, {}, nullptr);
            QVERIFY(store);
            QTRY_VERIFY_WITH_TIMEOUT(
                number(store->database(), QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'")) >=
                    m_start + 3600,
                10000);
        }
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        {
            auto store = Store::open(path, {}, nullptr);
            QVERIFY(store);
            QSqlDatabase db = store->database();
            const maintenance::CheckReport report = maintenance::check(*store, db, false);
            QVERIFY2(report.ok, qPrintable(report.findings.join(QLatin1Char('\n'))));
            asOf = number(db, QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'"));
            QVERIFY(asOf >= m_start + 3600);
            QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations WHERE arrived_at > ?"), {asOf}), 0);
            QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE started_at > ?"), {asOf}), 0);
        }
        QProcess next;
        next.start(QStringLiteral(KEFUDESK_BINARY),
                   {QStringLiteral("simulate"), QStringLiteral("--store"), path, QStringLiteral("--speed"),
                    QStringLiteral("3600"), QStringLiteral("--for"), QStringLiteral("60")});
        QVERIFY(next.waitForFinished(30000));
        QVERIFY2(next.exitCode() == 0, qPrintable(QString::fromUtf8(next.readAllStandardError())));
        auto store = Store::open(path, {}, nullptr);
        QVERIFY(store);
        QCOMPARE(number(store->database(), QStringLiteral("SELECT as_of FROM feed_status WHERE source = 'simulator'")),
                 asOf + 60);
    }

    void theCommandSaysWhatIsWrong()
    {
        {
            auto store = test::createStore(m_dir, QStringLiteral("no-agents.sqlite"));
            QVERIFY(store);
        }
        QProcess p;
        p.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("simulate"), QStringLiteral("--store"),
                                                  m_dir.filePath(QStringLiteral("no-agents.sqlite"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QStringLiteral("the store has no agents: run `kefudesk demo` or import agents first")));
        p.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("simulate"), QStringLiteral("--store"), m_base,
                                                  QStringLiteral("--speed"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        p.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("simulate"), QStringLiteral("--store"), m_base,
                                                  QStringLiteral("--profile"), QStringLiteral("busy")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulate)
#include "tst_simulate.moc"
