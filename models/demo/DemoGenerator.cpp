#include "DemoGenerator.h"

#include "DemoFloor.h"
#include "DemoUsers.h"
#include "agents/AgentsDemo.h"
#include "auth/AuditLog.h"
#include "auth/Session.h"
#include "complaints/ComplaintsDemo.h"
#include "demoworld/DemoWorld.h"
#include "live/FeedStatus.h"
#include "qa/QaDemo.h"
#include "scripts/ScriptsDemo.h"
#include "shifts/ShiftsDemo.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

// How the demo is made (all of it seeded from DemoOptions::seed alone, one random stream per concern):
// - Every day gets a volume (weekly pattern, slow trend, a promotion day at peakMultiplier × its normal
//   volume, a few busier days around it) and per channel an intraday curve (floor/HourCurves).
// - Each domain writes its own demo data in its slice, in this order: teams and agents (models/agents),
//   reply scripts (models/scripts), the QA form (models/qa), then the floor (DemoFloor driving the floor
//   engine of models/floor with the roster of models/shifts): conversations, their scripts and agent states,
//   sampling conversations for QA and complaints as it goes; then complaint cases (models/complaints) and QA
//   reviews (models/qa).
// - Everything is written in one transaction; the bulk tables go through prepared sqlite3 statements on the
//   Qt connection's own handle, and their secondary indexes are rebuilt once at the end.

namespace kefu {

namespace {

using demo::DemoWorld;
using demo::tr;

// One run of the generator: the slices in their order, inside one transaction.
bool runDemo(DemoWorld &w, QString *error)
{
    auto finish = [&](bool ok) {
        if (!ok && error)
            *error = w.error.isEmpty() ? tr("The demo data could not be written.") : w.error;
        return ok;
    };
    w.asOf = (w.options.asOf.isValid() ? w.options.asOf : QDateTime::currentDateTime()).toSecsSinceEpoch();
    if (!w.report(0, tr("Preparing")))
        return finish(false);
    w.loadContent();
    {
        std::vector<double> shares;
        for (const demo::CategoryInfo &cat : w.categories)
            shares.push_back(cat.share);
        w.categoryCumulative = demo::cumulate(shares);
    }
    w.buildCalendar();

    // A bigger page cache for the bulk work (measured: ~13 % faster on 300 agents); the connection's own
    // setting comes back afterwards.
    struct CacheSize
    {
        QSqlDatabase &db;
        QVariant previous;
        ~CacheSize()
        {
            if (previous.isValid())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong()));
        }
    } cacheSize{w.db, sql::scalar(w.db, QStringLiteral("PRAGMA cache_size"))};
    if (cacheSize.previous.isValid())
        QSqlQuery(w.db).exec(QStringLiteral("PRAGMA cache_size = -262144"));

    sql::WriteTransaction tx(w.db);
    if (!tx.isActive())
        return finish(w.fail(tx.errorString()));
    // The secondary indexes of the bulk tables are rebuilt once at the end, inside the same transaction:
    // about as fast as keeping them up to date row by row, and the rebuilt indexes are packed tighter
    // (measured: ~3 % smaller store on 300 agents).
    QStringList indexSql;
    {
        QSqlQuery q(w.db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                                   " AND tbl_name IN ('conversations', 'conversation_scripts', 'agent_states')"
                                   " ORDER BY name")))
            return finish(w.fail(sql::errorText(q)));
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            indexSql.append(q.value(1).toString());
        }
        q.finish();
        for (const QString &name : std::as_const(names)) {
            // Index names come from the store's own schema, not from user input.
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return finish(w.fail(sql::errorText(q)));
        }
    }
    demo::QaDemo qa(w);
    demo::ComplaintsDemo complaints(w);
    bool ok = demo::writeTeamsAndAgents(w) && w.report(2, tr("Writing reply scripts")) && demo::writeScripts(w) &&
              qa.writeForm();
    if (ok) {
        demo::ShiftsDemo roster(w);
        demo::DemoFloor floor(w, roster, qa, complaints);
        ok = floor.simulate();
    }
    ok = ok && w.report(87, tr("Writing complaints")) && complaints.write(qa) &&
         w.report(89, tr("Writing QA reviews")) && qa.writeReviews();
    if (!ok)
        return finish(false);
    for (int i = 0; i < indexSql.size(); ++i) {
        if (!w.report(90 + 8 * i / std::max<int>(1, int(indexSql.size())), tr("Building indexes")))
            return finish(false);
        QSqlQuery q(w.db);
        if (!q.exec(indexSql.at(i)))
            return finish(w.fail(sql::errorText(q)));
    }
    if (!w.report(98, tr("Saving")))
        return finish(false);
    // One sign-in per role (README), and the fill itself in the audit log, in the same transaction.
    QString usersError;
    const demo::DemoAgent &firstAgent = w.agents.front();
    if (!demo::insertDemoUsers(w.db, firstAgent.id, w.teamNames.value(firstAgent.team), w.asOf, &usersError))
        return finish(w.fail(usersError));
    const QJsonObject filled{{QStringLiteral("seed"), QString::number(w.options.seed)},
                             {QStringLiteral("days"), w.options.days},
                             {QStringLiteral("agents"), w.options.agents},
                             {QStringLiteral("peak_day"), w.peakDay.toString(Qt::ISODate)},
                             {QStringLiteral("conversations"), w.counts.conversations}};
    if (!audit::record(w.db, Session::singleUser(), QStringLiteral("store.demo"), QStringLiteral("store"), {}, {},
                       filled, {}, &usersError))
        return finish(w.fail(usersError));
    // The demo is a feed that stopped at its "now": the queue pane shows the floor as of then, and
    // `kefudesk simulate` carries on from there. Its wall clock is asOf too, so the contents stay
    // deterministic.
    live::FeedWatermark watermark;
    watermark.source = QStringLiteral("demo");
    watermark.asOf = w.asOf;
    watermark.writtenAt = w.asOf;
    if (!live::feed::write(w.db, watermark, &usersError))
        return finish(w.fail(usersError));
    // The demo's online agents hold two or three chats at once: the queue pane's Erlang C should know.
    if (!sql::exec(w.db,
                   QStringLiteral("INSERT INTO settings(key, value) VALUES ('staffing.online_concurrency', '2')"
                                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {}, &usersError))
        return finish(w.fail(usersError));
    if (!tx.commit())
        return finish(w.fail(tx.errorString()));
    w.report(100, tr("Done"));
    return finish(true);
}

} // namespace

// ---------------------------------------------------------------------------------------------

DemoGenerator::DemoGenerator(QSqlDatabase db, QTimeZone timeZone, DemoOptions options)
    : m_db(std::move(db))
    , m_timeZone(std::move(timeZone))
    , m_options(std::move(options))
{
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::systemTimeZone();
}

QString DemoGenerator::validate(const DemoOptions &options)
{
    if (options.days < 1 || options.days > 730)
        return tr("The number of days must be between 1 and 730 (got %1).").arg(options.days);
    if (options.agents < 4 || options.agents > 300)
        return tr("The number of agents must be between 4 and 300 (got %1).").arg(options.agents);
    if (!(options.peakMultiplier >= 1.0 && options.peakMultiplier <= 10.0))
        return tr("The peak multiplier must be between 1 and 10 (got %1).").arg(options.peakMultiplier);
    if (options.peakDay.isValid()) {
        const QDate last = (options.asOf.isValid() ? options.asOf : QDateTime::currentDateTime()).date();
        const QDate first = last.addDays(1 - options.days);
        if (options.peakDay < first || options.peakDay > last)
            return tr("The peak day %1 is outside the generated range %2 to %3.")
                .arg(options.peakDay.toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    }
    return {};
}

bool DemoGenerator::storeIsEmpty(QSqlDatabase &db, QString *error)
{
    const QVariant any = sql::scalar(db,
                                     QStringLiteral("SELECT EXISTS(SELECT 1 FROM agents) OR EXISTS(SELECT 1 FROM"
                                                    " conversations) OR EXISTS(SELECT 1 FROM complaints) OR"
                                                    " EXISTS(SELECT 1 FROM scripts)"),
                                     {}, error);
    if (!any.isValid())
        return false;
    return any.toInt() == 0;
}

bool DemoGenerator::run(const Progress &progress, QString *error)
{
    m_counts = DemoCounts();
    const QString problem = validate(m_options);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QString emptyError;
    if (!storeIsEmpty(m_db, &emptyError)) {
        if (error)
            *error = emptyError.isEmpty()
                         ? tr("The store already holds agents, conversations, complaints or scripts; demo data "
                              "can only fill an empty store.")
                         : emptyError;
        return false;
    }

    const QDateTime asOf = m_options.asOf.isValid() ? m_options.asOf : QDateTime::currentDateTime();
    m_options.asOf = asOf;
    const QDate last = asOf.toTimeZone(m_timeZone).date();
    const QDate first = last.addDays(1 - m_options.days);
    m_peakDay = m_options.peakDay;
    if (m_peakDay.isValid() && (m_peakDay < first || m_peakDay > last)) {
        if (error)
            *error = tr("The peak day %1 is outside the generated range %2 to %3.")
                         .arg(m_peakDay.toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate));
        return false;
    }
    if (!m_peakDay.isValid()) {
        // The most recent 618 or Double 11 in the range, else two weeks before asOf (inside the range).
        for (QDate d = last; d >= first; d = d.addDays(-1)) {
            if ((d.month() == 6 && d.day() == 18) || (d.month() == 11 && d.day() == 11)) {
                m_peakDay = d;
                break;
            }
        }
        if (!m_peakDay.isValid())
            m_peakDay = std::max(first, last.addDays(-14));
    }

    DemoCounts counts;
    DemoWorld world(m_db, m_timeZone, m_options, m_peakDay, progress, counts);
    if (!runDemo(world, error))
        return false;
    m_counts = counts;
    return true;
}

} // namespace kefu
