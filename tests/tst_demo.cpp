// Demo data: deterministic by seed, and realistic in the ways the panes and reports rely on.
#include "TestSupport.h"
#include "auth/AuditLog.h"
#include "auth/UserDirectory.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoUsers.h"
#include "demoworld/DemoContent.h"
#include "store/StoreMaintenance.h"

#include <QSet>
#include <QSqlRecord>

#include <numeric>
#include <QSqlQuery>

using namespace kefu;

namespace {

const QTimeZone shanghai("Asia/Shanghai");

DemoOptions smallOptions(quint64 seed = 7)
{
    DemoOptions o;
    o.agents = 12;
    o.days = 21;
    o.seed = seed;
    o.asOf = QDateTime(QDate(2026, 6, 25), QTime(15, 30), shanghai);
    o.peakDay = QDate(2026, 6, 18);
    return o;
}

QByteArray generate(const QTemporaryDir &dir, const QString &name, const DemoOptions &options)
{
    auto store = test::createStore(dir, name);
    if (!store)
        return {};
    QSqlDatabase db = store->database();
    DemoGenerator generator(db, shanghai, options);
    QString error;
    if (!generator.run({}, &error)) {
        qWarning("demo failed: %s", qPrintable(error));
        return {};
    }
    return maintenance::contentDigest(db);
}

QList<QVariantList> rows(QSqlDatabase db, const QString &statement)
{
    QList<QVariantList> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(statement)) {
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

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store; // the default-sized demo, shared by the content checks
    qint64 m_asOf = 0;

private slots:
    void initTestCase()
    {
        m_store = test::createStore(m_dir, QStringLiteral("default.sqlite"));
        QVERIFY(m_store);
        DemoOptions options; // the defaults a new user gets: 40 agents, 90 days
        options.asOf = QDateTime(QDate(2026, 11, 20), QTime(21, 15), shanghai);
        m_asOf = options.asOf.toSecsSinceEpoch();
        QSqlDatabase db = m_store->database();
        DemoGenerator generator(db, shanghai, options);
        QString error;
        int lastPercent = -1;
        bool monotonic = true;
        QVERIFY2(generator.run(
                     [&](int percent, const QString &) {
                         monotonic = monotonic && percent >= lastPercent;
                         lastPercent = percent;
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(monotonic);
        QCOMPARE(lastPercent, 100);
        QCOMPARE(generator.peakDay(), QDate(2026, 11, 11)); // the most recent 11-11 in range
        QCOMPARE(generator.counts().conversations, test::count(db, QStringLiteral("conversations")));
    }

    void sameSeedGivesTheSameContent()
    {
        QTemporaryDir dir;
        const QByteArray a = generate(dir, QStringLiteral("a.sqlite"), smallOptions(7));
        const QByteArray b = generate(dir, QStringLiteral("b.sqlite"), smallOptions(7));
        const QByteArray c = generate(dir, QStringLiteral("c.sqlite"), smallOptions(8));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void optionsAreValidated()
    {
        DemoOptions o = smallOptions();
        QVERIFY(DemoGenerator::validate(o).isEmpty());
        o.days = 0;
        QVERIFY(!DemoGenerator::validate(o).isEmpty());
        o = smallOptions();
        o.agents = 301;
        QVERIFY(!DemoGenerator::validate(o).isEmpty());
        o = smallOptions();
        o.peakDay = QDate(2020, 1, 1);
        QVERIFY(!DemoGenerator::validate(o).isEmpty());
    }

    void cancelLeavesTheStoreUnchanged()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        const QByteArray before = maintenance::contentDigest(db);
        DemoGenerator generator(db, shanghai, smallOptions());
        QString error;
        QVERIFY(!generator.run([](int percent, const QString &) { return percent < 40; }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(maintenance::contentDigest(db), before);
        QVERIFY(DemoGenerator::storeIsEmpty(db, &error));
    }

    void teamsAndAgents()
    {
        QSqlDatabase db = m_store->database();
        QCOMPARE(test::count(db, QStringLiteral("agents")), 40);
        QCOMPARE(test::count(db, QStringLiteral("teams")), 4);
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT skill_level FROM agents ORDER BY 1")).size(), 3);
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT certification FROM agents")).size(), 3);
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT name FROM agents")).size(), 40);
    }

    // A Chinese reader takes 冯海涛雪梅 for a made-up name: a family name of the list and a given name of
    // one or two characters, two or three characters in all, and nobody twice.
    void peopleHaveNamesAsPeopleHave_data()
    {
        QTest::addColumn<int>("agents");
        QTest::newRow("default demo") << 0;
        QTest::newRow("300 agents") << 300;
    }

    void peopleHaveNamesAsPeopleHave()
    {
        QFETCH(int, agents);
        QTemporaryDir dir;
        std::unique_ptr<Store> big;
        QSqlDatabase db = m_store->database();
        if (agents > 0) {
            big = test::createStore(dir, QStringLiteral("big.sqlite"));
            QVERIFY(big);
            DemoOptions options = smallOptions();
            options.agents = agents;
            options.days = 1;
            options.peakDay = options.asOf.date();
            db = big->database();
            DemoGenerator generator(db, shanghai, options);
            QString error;
            QVERIFY2(generator.run({}, &error), qPrintable(error));
        }
        const QStringList families = demo::familyNames();
        QStringList people;
        for (const QString &statement :
             {QStringLiteral("SELECT name FROM agents"), QStringLiteral("SELECT lead FROM teams"),
              QStringLiteral("SELECT DISTINCT reviewer FROM qa_reviews"),
              QStringLiteral("SELECT DISTINCT owner FROM complaints WHERE owner IS NOT NULL")}) {
            const QList<QVariantList> names = rows(db, statement);
            for (const QVariantList &row : names)
                people << row.value(0).toString();
        }
        QVERIFY(people.size() > agents);
        for (const QString &name : std::as_const(people)) {
            const auto family = std::find_if(families.begin(), families.end(),
                                             [&name](const QString &f) { return name.startsWith(f); });
            QVERIFY2(family != families.end(), qPrintable(name));
            const qsizetype given = name.size() - family->size();
            QVERIFY2(given >= 1 && given <= 2, qPrintable(name));
            QVERIFY2(name.size() >= 2 && name.size() <= 3, qPrintable(name));
        }
        QStringList staff;
        for (const QString &statement :
             {QStringLiteral("SELECT name FROM agents"), QStringLiteral("SELECT lead FROM teams")})
            for (const QVariantList &row : rows(db, statement))
                staff << row.value(0).toString();
        QCOMPARE(QSet<QString>(staff.begin(), staff.end()).size(), staff.size());
    }

    void ninetyDaysEndingAsOfAndNothingLater()
    {
        QSqlDatabase db = m_store->database();
        const auto span = rows(db, QStringLiteral("SELECT min(arrived_at), max(arrived_at) FROM conversations"));
        const QDate first = QDateTime::fromSecsSinceEpoch(span[0][0].toLongLong(), shanghai).date();
        QCOMPARE(first, QDate(2026, 11, 20).addDays(-89));
        QVERIFY(span[0][1].toLongLong() <= m_asOf);
        for (const char *column : {"answered_at", "ended_at", "abandoned_at"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM conversations WHERE %1 > ?").arg(QLatin1String(column));
            QCOMPARE(sql::scalar(db, sql, {m_asOf}).toLongLong(), 0);
        }
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE started_at > ? OR ended_at > ?"),
                             {m_asOf, m_asOf})
                     .toLongLong(),
                 0);
        // The floor is live at as-of: contacts in progress and agents in an open state.
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE answered_at IS NOT NULL AND "
                                               "ended_at IS NULL"))
                    .toLongLong() > 0);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE ended_at IS NULL")).toLongLong() > 0);
    }

    void channelsCategoriesAndOutcomes()
    {
        QSqlDatabase db = m_store->database();
        const qint64 total = test::count(db, QStringLiteral("conversations"));
        QVERIFY2(total > 150000 && total < 400000, qPrintable(QString::number(total)));
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT channel FROM conversations")).size(), 4);
        const auto byChannel = rows(db, QStringLiteral("SELECT channel, count(*) FROM conversations GROUP BY channel "
                                                       "ORDER BY 2 DESC"));
        QCOMPARE(byChannel[0][0].toString(), QStringLiteral("chat"));
        for (const char *category : {"物流", "售后", "质量/描述不符", "支付/优惠券", "商品咨询"})
            QVERIFY2(sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE category = ?"),
                                 {QString::fromUtf8(category)})
                             .toLongLong() > 0,
                     category);
        const auto outcome = rows(db, QStringLiteral(
            "SELECT sum(answered_at IS NULL AND abandoned_at IS NOT NULL), sum(csat IS NOT NULL), "
            "sum(resolved = 1), sum(resolved IS NOT NULL), sum(transfers > 0), sum(customer_tier = 'vip') "
            "FROM conversations"));
        const double n = static_cast<double>(total);
        QVERIFY(outcome[0][0].toDouble() / n > 0.005); // some abandons
        QVERIFY(outcome[0][1].toDouble() / n > 0.15);  // CSAT answered by a share of customers
        const double fcr = outcome[0][2].toDouble() / outcome[0][3].toDouble();
        QVERIFY2(fcr > 0.5 && fcr < 0.98, qPrintable(QString::number(fcr)));
        QVERIFY(outcome[0][4].toDouble() > 0);
        QVERIFY(outcome[0][5].toDouble() / n > 0.02);
        // The spec's integrity rules of an import hold for generated rows too.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE answered_at IS NOT NULL AND "
                                                "agent_id IS NULL")).toLongLong(), 0);
    }

    void peakDayCarriesAboutFourTimesTheVolumeAndWaitsGrow()
    {
        QSqlDatabase db = m_store->database();
        // Contacts and mean answered wait per local day.
        const auto days = rows(db, QStringLiteral(
            "SELECT date(arrived_at + 28800, 'unixepoch') AS d, count(*), "
            "avg(CASE WHEN answered_at IS NOT NULL THEN answered_at - arrived_at END), "
            "avg(answered_at IS NULL AND abandoned_at IS NOT NULL) "
            "FROM conversations WHERE channel <> 'email' GROUP BY d"));
        double peak = 0, peakWait = 0, peakAbandon = 0;
        QList<double> sameWeekday, waits, abandons;
        for (const auto &r : days) {
            const QDate d = QDate::fromString(r[0].toString(), Qt::ISODate);
            if (d == QDate(2026, 11, 11)) {
                peak = r[1].toDouble();
                peakWait = r[2].toDouble();
                peakAbandon = r[3].toDouble();
            } else if (d.dayOfWeek() == QDate(2026, 11, 11).dayOfWeek() && d < QDate(2026, 11, 20)) {
                sameWeekday << r[1].toDouble();
                waits << r[2].toDouble();
                abandons << r[3].toDouble();
            }
        }
        QVERIFY(!sameWeekday.isEmpty());
        const double normal = std::accumulate(sameWeekday.begin(), sameWeekday.end(), 0.0) / sameWeekday.size();
        const double ratio = peak / normal;
        QVERIFY2(ratio > 3.4 && ratio < 5.0, qPrintable(QString::number(ratio)));
        const double normalWait = std::accumulate(waits.begin(), waits.end(), 0.0) / waits.size();
        const double normalAbandon = std::accumulate(abandons.begin(), abandons.end(), 0.0) / abandons.size();
        QVERIFY2(peakWait > 2 * normalWait, qPrintable(QStringLiteral("%1 vs %2").arg(peakWait).arg(normalWait)));
        QVERIFY2(peakAbandon > normalAbandon, qPrintable(QStringLiteral("%1 vs %2").arg(peakAbandon).arg(normalAbandon)));
    }

    void intradayCurveHasTheEveningPeak()
    {
        QSqlDatabase db = m_store->database();
        const auto hours = rows(db, QStringLiteral(
            "SELECT CAST(strftime('%H', arrived_at + 28800, 'unixepoch') AS INTEGER), count(*) FROM conversations "
            "GROUP BY 1 ORDER BY 1"));
        QMap<int, double> byHour;
        for (const auto &r : hours)
            byHour[r[0].toInt()] = r[1].toDouble();
        QVERIFY(byHour.value(21) > 3 * byHour.value(4));  // evening peak against the small hours
        QVERIFY(byHour.value(10) > 2 * byHour.value(7));  // late-morning rise
        QVERIFY(byHour.value(15) > byHour.value(13) * 0.8);
    }

    void agentStatesDoNotOverlapAndCoverTheHandling()
    {
        QSqlDatabase db = m_store->database();
        // No state starts before the previous one of the same agent has ended.
        QCOMPARE(sql::scalar(db, QStringLiteral(
                                     "SELECT count(*) FROM (SELECT started_at, lag(ended_at) OVER (PARTITION BY agent_id "
                                     "ORDER BY started_at) AS prev_end FROM agent_states) WHERE started_at < prev_end"))
                     .toLongLong(),
                 0);
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT state FROM agent_states")).size() >= 5, true);
        // Every answered contact starts while its agent is busy: the state in force at answered_at.
        QCOMPARE(sql::scalar(db, QStringLiteral(
                                     "SELECT count(*) FROM conversations c WHERE c.answered_at IS NOT NULL AND "
                                     "c.channel <> 'email' AND ifnull((SELECT s.state FROM agent_states s WHERE "
                                     "s.agent_id = c.agent_id AND s.started_at <= c.answered_at ORDER BY s.started_at "
                                     "DESC LIMIT 1), 'none') NOT IN ('busy','wrap')"))
                     .toLongLong(),
                 0);
        // Working states lie within shifts (give or take a late log-out of an hour).
        QCOMPARE(sql::scalar(db, QStringLiteral(
                                     "SELECT count(*) FROM agent_states s WHERE s.state IN ('busy','available') AND "
                                     "NOT EXISTS (SELECT 1 FROM shifts f WHERE f.agent_id = s.agent_id AND "
                                     "f.start_at - 3600 <= s.started_at AND s.started_at <= f.end_at + 3600)"))
                     .toLongLong(),
                 0);
    }

    void qaReviews()
    {
        QSqlDatabase db = m_store->database();
        const auto qa = rows(db, QStringLiteral("SELECT count(*), sum(auto_fail), min(score), max(score), "
                                                "count(DISTINCT agent_id) FROM qa_reviews"));
        QVERIFY(qa[0][0].toLongLong() > 40 * 12); // two or more per agent per week
        QVERIFY(qa[0][1].toLongLong() > 0);
        QVERIFY(qa[0][2].toDouble() >= 0 && qa[0][3].toDouble() <= 100);
        QCOMPARE(qa[0][4].toInt(), 40);
    }

    void complaintsFollowTheClosedLoop()
    {
        QSqlDatabase db = m_store->database();
        const qint64 complaints = test::count(db, QStringLiteral("complaints"));
        QVERIFY2(complaints >= 250 && complaints <= 400, qPrintable(QString::number(complaints)));
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT state FROM complaints")).size(), 7);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM complaints WHERE reopen_count > 0")).toLongLong() > 0);

        // complaints.md's transitions, written out independently of the generator.
        const QSet<QString> allowed = {
            QStringLiteral("new>acknowledged"),        QStringLiteral("acknowledged>investigating"),
            QStringLiteral("investigating>proposed"),  QStringLiteral("proposed>awaiting_feedback"),
            QStringLiteral("awaiting_feedback>closed"), QStringLiteral("proposed>investigating"),
            QStringLiteral("awaiting_feedback>investigating"), QStringLiteral("closed>investigating"),
            QStringLiteral("new>rejected"),            QStringLiteral("acknowledged>rejected"),
            QStringLiteral("investigating>rejected")};
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral("SELECT complaint_id, kind, field, from_value, to_value, note FROM complaint_events "
                                      "ORDER BY complaint_id, at, id")));
        QString current, state, owner, rootCause, resolution, feedback;
        int contactAttempts = 0, escalation = 1, reopens = 0, transfers = 0;
        bool amount = false;
        QHash<QString, QVariantList> replayed;
        auto finish = [&]() {
            if (!current.isEmpty())
                replayed.insert(current, {state, owner, reopens, transfers, escalation});
        };
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id != current) {
                finish();
                current = id;
                state = QStringLiteral("new");
                owner.clear(); rootCause.clear(); resolution.clear(); feedback.clear();
                contactAttempts = 0; escalation = 1; reopens = 0; transfers = 0; amount = false;
            }
            const QString kind = q.value(1).toString();
            const QString field = q.value(2).toString();
            const QString to = q.value(4).toString();
            if (kind == QLatin1String("state")) {
                QVERIFY2(q.value(3).toString() == state, qPrintable(id));
                QVERIFY2(allowed.contains(state + QLatin1Char('>') + to), qPrintable(id + QLatin1Char(' ') + state + QStringLiteral(">") + to));
                if (to == QLatin1String("acknowledged"))
                    QVERIFY2(!owner.isEmpty(), qPrintable(id));
                if (to == QLatin1String("proposed")) {
                    QVERIFY2(!rootCause.isEmpty() && !resolution.isEmpty(), qPrintable(id));
                    if (resolution == QLatin1String("refund") || resolution == QLatin1String("coupon") ||
                        resolution == QLatin1String("compensation"))
                        QVERIFY2(amount, qPrintable(id));
                }
                if (to == QLatin1String("closed")) {
                    QVERIFY2(!feedback.isEmpty(), qPrintable(id));
                    if (feedback == QLatin1String("unreachable"))
                        QVERIFY2(contactAttempts >= 2, qPrintable(id));
                    if (feedback == QLatin1String("unsatisfied"))
                        QVERIFY2(escalation >= 2 || !q.value(5).toString().isEmpty(), qPrintable(id));
                }
                if (to == QLatin1String("rejected"))
                    QVERIFY2(!q.value(5).toString().isEmpty(), qPrintable(id));
                if (state == QLatin1String("closed"))
                    ++reopens;
                state = to;
            } else if (kind == QLatin1String("owner")) {
                if (!owner.isEmpty())
                    ++transfers;
                owner = to;
            } else if (kind == QLatin1String("escalate")) {
                QVERIFY2(to.toInt() > escalation && to.toInt() <= 3, qPrintable(id));
                escalation = to.toInt();
            } else if (kind == QLatin1String("contact_attempt")) {
                ++contactAttempts;
            } else if (kind == QLatin1String("field")) {
                if (field == QLatin1String("root_cause"))
                    rootCause = to;
                else if (field == QLatin1String("resolution_type"))
                    resolution = to;
                else if (field == QLatin1String("amount"))
                    amount = !to.isEmpty();
                else if (field == QLatin1String("customer_feedback"))
                    feedback = to;
            }
        }
        finish();
        QCOMPARE(replayed.size(), complaints);
        // The case rows hold the values their events lead to.
        QVERIFY(q.exec(QStringLiteral("SELECT id, state, owner, reopen_count, transfers, escalation_level FROM complaints")));
        while (q.next()) {
            const QVariantList expected = replayed.value(q.value(0).toString());
            QCOMPARE(q.value(1).toString(), expected[0].toString());
            QCOMPARE(q.value(2).toString(), expected[1].toString());
            QCOMPARE(q.value(3).toInt(), expected[2].toInt());
            QCOMPARE(q.value(4).toInt(), expected[3].toInt());
            QCOMPARE(q.value(5).toInt(), expected[4].toInt());
        }
    }

    void demoUsersForEveryRoleSignInWithThePublishedPassword()
    {
        UserDirectory users(m_store->database());
        QCOMPARE(users.list().size(), 5);
        for (const RoleInfo &role : permissions::roles()) {
            const auto record = users.find(QString::fromLatin1(role.id)); // the demo user of a role is named after it
            QVERIFY2(record && record->role == role.role, role.id);
            const SignInResult r =
                users.signIn(record->name, QString::fromLatin1(demo::DemoPassword), QDateTime::currentSecsSinceEpoch());
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        // The agent user is a real agent of the store, so "their own scorecard" has data.
        const auto agent = users.find(QStringLiteral("agent"));
        QVERIFY(sql::scalar(m_store->database(), QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {agent->agentId})
                    .isValid());
        // The fill is in the audit log.
        QList<AuditEntry> entries;
        QString error;
        QVERIFY(audit::query(m_store->database(), Session::singleUser(), {{}, QStringLiteral("store.demo"), 0, 0}, 10, 0,
                             &entries, &error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.constFirst().after.contains(QStringLiteral("\"agents\":40")));
    }

    void replyScriptsWithVersionsAndStaleOnes()
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(test::count(db, QStringLiteral("scripts")) >= 150);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM script_categories WHERE parent_id IS NOT NULL"))
                    .toLongLong() > 6);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM scripts WHERE version > 1")).toLongLong() > 20);
        // Every script's current version is in its history.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM scripts s WHERE NOT EXISTS (SELECT 1 FROM "
                                                "script_versions v WHERE v.script_id = s.id AND v.version = s.version "
                                                "AND v.body = s.body)"))
                     .toLongLong(),
                 0);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM scripts WHERE body LIKE '%{%}%'")).toLongLong() > 100);
        const qint64 stale = sql::scalar(db, QStringLiteral("SELECT count(*) FROM scripts WHERE updated_at < ?"),
                                         {m_asOf - 90 * 86400})
                                 .toLongLong();
        QVERIFY2(stale > 5, qPrintable(QString::number(stale)));
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT status FROM scripts")).size(), 4);
        // Usage: some scripts are used, some never.
        QVERIFY(test::count(db, QStringLiteral("conversation_scripts")) > 1000);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM scripts s WHERE NOT EXISTS (SELECT 1 FROM "
                                               "conversation_scripts c WHERE c.script_id = s.id)"))
                    .toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
