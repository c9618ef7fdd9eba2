// Issue 12: the SLA clock and `report complaints`, hand-computed from complaints.md.
#include "TestSupport.h"
#include "complaints/ComplaintClock.h"
#include "complaints/ComplaintReport.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kefu;
using namespace kefu::complaints;

namespace {

const QTimeZone shanghai("Asia/Shanghai");
constexpr qint64 H = 3600;

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), shanghai).toSecsSinceEpoch();
}

ClockFacts facts(qint64 created, const char *priority, const char *state, std::optional<qint64> acknowledged = {},
                 std::optional<qint64> closed = {}, qint64 awaiting = 0, std::optional<qint64> awaitingSince = {})
{
    ClockFacts f;
    f.createdAt = created;
    f.priority = QString::fromLatin1(priority);
    f.state = QString::fromLatin1(state);
    f.acknowledgedAt = acknowledged;
    f.closedAt = closed;
    f.awaitingSeconds = awaiting;
    f.awaitingSince = awaitingSince;
    return f;
}

} // namespace

class TestComplaintReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void acknowledgeClockPerPriority()
    {
        const SlaHours hours; // the defaults of complaints.md
        ClockFacts p2 = facts(at(20, 9), "P2", "acknowledged", at(20, 12, 59));
        CaseClock c = CaseClock::of(p2, hours, at(20, 14));
        QCOMPARE(c.acknowledgeDue, at(20, 13));
        QCOMPARE(c.acknowledgeMet, std::optional<bool>(true));
        QCOMPARE(c.resolveDue, at(22, 9)); // 48 h
        QCOMPARE(c.due(), at(22, 9));
        QCOMPARE(c.resolveMet, std::nullopt);

        ClockFacts p1 = facts(at(20, 9), "P1", "acknowledged", at(20, 10, 1));
        c = CaseClock::of(p1, hours, at(20, 11));
        QCOMPARE(c.acknowledgeDue, at(20, 10));
        QCOMPARE(c.acknowledgeMet, std::optional<bool>(false));

        // Not yet acknowledged: the countdown runs against the acknowledgement; 80 % used at 19:12 of a 24 h P3.
        ClockFacts p3 = facts(at(20, 0), "P3", "new");
        c = CaseClock::of(p3, hours, at(20, 19, 12));
        QCOMPARE(c.due(), at(21, 0));
        QCOMPARE(c.secondsLeft(at(20, 19, 12)), 4 * H + 48 * 60);
        QCOMPARE(c.used(at(20, 19, 12)), 0.8);
        QVERIFY(c.used(at(21, 0, 1)) > 1.0);
    }

    void resolveClockPausesWhileTheCustomerDecides()
    {
        const SlaHours hours;
        // P3: 72 h to resolve; 10 h spent awaiting feedback move the due time out by 10 h.
        ClockFacts f = facts(at(10, 9), "P3", "closed", at(10, 10), at(13, 17), 10 * H);
        CaseClock c = CaseClock::of(f, hours, at(20, 0));
        QCOMPARE(c.resolveDue, at(13, 9) + 10 * H);        // 13th 19:00
        QCOMPARE(c.resolveMet, std::optional<bool>(true)); // closed at 17:00, 80 h after creation
        QVERIFY(c.ended);
        f.awaitingSeconds = 0;
        QCOMPARE(CaseClock::of(f, hours, at(20, 0)).resolveMet, std::optional<bool>(false));

        // Awaiting now since 12th 09:00 after 2 h in an earlier spell: the clock stands still until now.
        ClockFacts waiting = facts(at(10, 9), "P3", "awaiting_feedback", at(10, 10), {}, 2 * H, at(12, 9));
        c = CaseClock::of(waiting, hours, at(14, 9));
        QVERIFY(c.paused);
        QCOMPARE(c.resolveDue, at(13, 9) + 2 * H + 48 * H);
        // The share used leaves the customer's 50 h out: 120 h since creation − 50 h = 70 h of 72 h.
        QCOMPARE(c.secondsLeft(at(15, 9)), 2 * H);
        QCOMPARE(c.used(at(15, 9)), 70.0 / 72.0);
        // Reopened and closed again: closed_at is the last closing, the customer's time is all spells.
        ClockFacts reopened = facts(at(10, 9), "P3", "closed", at(10, 10), at(14, 8), 30 * H);
        QCOMPARE(CaseClock::of(reopened, hours, at(20, 0)).resolveMet, std::optional<bool>(true)); // due 14th 15:00
    }

    void limitsAreRealHoursAcrossDaylightSaving()
    {
        // New York leaves daylight-saving time on 2026-11-01 at 02:00: a P1's 24 h end at 11:00 local,
        // not at the same wall-clock time the next day.
        const QTimeZone ny("America/New_York");
        const qint64 created = QDateTime(QDate(2026, 10, 31), QTime(12, 0), ny).toSecsSinceEpoch();
        const CaseClock c = CaseClock::of(facts(created, "P1", "acknowledged", created + 60), SlaHours{}, created);
        QCOMPARE(c.resolveDue - created, 24 * H);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(c.resolveDue, ny).time(), QTime(11, 0));
    }

    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
    {
        QCOMPARE(ComplaintReport::median({60, 10, 20}), std::optional<double>(20));
        QCOMPARE(ComplaintReport::median({70, 10, 60, 20}), std::optional<double>(40));
        QCOMPARE(ComplaintReport::median({}), std::nullopt);
    }

    void reportOnASmallCohort()
    {
        auto store = test::createStore(m_dir, QStringLiteral("report.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams (name) VALUES ('一组'), ('二组')")));
        QVERIFY(sql::exec(
            db, QStringLiteral(
                    "INSERT INTO agents (id, name, team) VALUES ('A1', '张伟', '一组'), ('A2', '王芳', '二组')")));
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO complaints (id, created_at, category, priority, owner, agent_id, "
                                         "state, root_cause, customer_feedback,"
                                         " reopen_count, transfers, acknowledged_at, closed_at, awaiting_feedback_s) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")));
        auto add = [&](const char *id, qint64 created, const char *category, const char *priority, const char *agent,
                       const char *state, const char *cause, const char *feedback, int reopen, int transfers,
                       std::optional<qint64> ack, std::optional<qint64> closed, qint64 awaiting) {
            const QVariantList values = {QString::fromUtf8(id),
                                         created,
                                         QString::fromUtf8(category),
                                         QString::fromUtf8(priority),
                                         QStringLiteral("李娜"),
                                         agent ? QVariant(QString::fromUtf8(agent)) : QVariant(),
                                         QString::fromUtf8(state),
                                         cause ? QVariant(QString::fromUtf8(cause)) : QVariant(),
                                         feedback ? QVariant(QString::fromUtf8(feedback)) : QVariant(),
                                         reopen,
                                         transfers,
                                         ack ? QVariant(*ack) : QVariant(),
                                         closed ? QVariant(*closed) : QVariant(),
                                         awaiting};
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        // A: P3, acknowledged in 1 h, closed 10 h after creation: both on time; satisfied; 1 transfer.
        add("A", at(20, 9), "物流", "P3", "A1", "closed", "logistics", "satisfied", 0, 1, at(20, 10), at(20, 19), 0);
        // B: P2, acknowledged after 5 h (late), closed 60 h after (late), reopened once.
        add("B", at(20, 9), "物流", "P2", "A2", "closed", "logistics", "unsatisfied", 1, 0, at(20, 14), at(22, 21), 0);
        // C: rejected before anyone acknowledged it; 2 transfers.
        add("C", at(21, 9), "质量", "P3", "A1", "rejected", nullptr, nullptr, 0, 2, {}, {}, 0);
        // D: open again after a reopen; acknowledged on time.
        add("D", at(22, 9), "质量", "P1", nullptr, "investigating", "product_quality", nullptr, 1, 0, at(22, 9, 30), {},
            0);
        // E: P3, closed 20 h after creation, unreachable; acknowledged on time.
        add("E", at(23, 9), "质量", "P3", "A2", "closed", "product_quality", "unreachable", 0, 0, at(23, 9, 5),
            at(24, 5), 0);
        // F: created before the period: not in the cohort.
        add("F", at(19, 23, 59), "物流", "P3", "A1", "closed", "logistics", "satisfied", 0, 5, at(20, 0), at(20, 1), 0);

        QString error;
        const qint64 from = at(20, 0), to = at(27, 0);
        QList<ComplaintRow> rows = ComplaintReport::read(db, from, to, ComplaintGrouping::None, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        const ComplaintRow all = rows.constFirst();
        QCOMPARE(all.key, QStringLiteral("all"));
        QCOMPARE(all.opened, 5);
        QCOMPARE(all.closed, 3);
        QCOMPARE(all.rejected, 1);
        QCOMPARE(all.openNow, 1);
        QCOMPARE(all.ackSlaMetPct, std::optional<double>(75.0));              // A, D, E of A, B, D, E
        QCOMPARE(all.resolveSlaMetPct, std::optional<double>(100.0 * 2 / 3)); // A, E of A, B, E
        QCOMPARE(all.medianHoursToClose, std::optional<double>(20.0));        // 10, 60, 20
        QCOMPARE(all.reopenPct, std::optional<double>(100.0 * 2 / 3));        // B, D over 3 closed
        QCOMPARE(all.satisfiedPct, std::optional<double>(100.0 / 3));         // A of 3 closed
        QCOMPARE(all.transfersAvg, std::optional<double>(0.6));               // 3 over 5 opened

        rows = ComplaintReport::read(db, from, to, ComplaintGrouping::Team, &error);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).key, QString()); // D has no agent
        QCOMPARE(rows.at(1).key, QStringLiteral("一组"));
        QCOMPARE(rows.at(1).opened, 2);
        // 一组 holds A and the rejected C: ack 1 of 1, resolve 1 of 1, median of one value.
        QCOMPARE(rows.at(1).medianHoursToClose, std::optional<double>(10.0));
        QCOMPARE(rows.at(1).transfersAvg, std::optional<double>(1.5));

        rows = ComplaintReport::read(db, at(21, 0), at(22, 0), ComplaintGrouping::Category, &error);
        QCOMPARE(rows.size(), 1);
        // Only the rejected C: every rate's denominator is zero, so they are empty, never 0.
        QCOMPARE(rows.constFirst().key, QStringLiteral("质量"));
        QCOMPARE(rows.constFirst().ackSlaMetPct, std::nullopt);
        QCOMPARE(rows.constFirst().resolveSlaMetPct, std::nullopt);
        QCOMPARE(rows.constFirst().medianHoursToClose, std::nullopt);
        QCOMPARE(rows.constFirst().reopenPct, std::nullopt);
        QCOMPARE(rows.constFirst().satisfiedPct, std::nullopt);
        QCOMPARE(rows.constFirst().transfersAvg, std::optional<double>(2.0));

        // The store's own SLA hours count: P2 acknowledged within 5 h is on time with a 6 h limit.
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE settings SET value = '6' WHERE key = 'complaint.ack_hours.P2'")));
        rows = ComplaintReport::read(db, from, to, ComplaintGrouping::None, &error);
        QCOMPARE(rows.constFirst().ackSlaMetPct, std::optional<double>(100.0));

        // An empty period still has its row, with every rate empty.
        rows = ComplaintReport::read(db, at(1, 0), at(2, 0), ComplaintGrouping::None, &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().opened, 0);
        QCOMPARE(rows.constFirst().transfersAvg, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestComplaintReport)
#include "tst_complaintreport.moc"
