// Issue 12: the complaints pane on a demo store — the open cases with their countdown and the legend
// that explains its colours, filters, counts per state, a case's timeline and the actions its state
// allows, an action carried out and a stale one refused, what each role sees, a chart's bar listing
// its cases, the notices of near-due and overdue cases, and Export… writing the report's file.
#include "LegendProbe.h"
#include "TestSupport.h"
#include "auth/Session.h"
#include "complaints/CaseDetailView.h"
#include "complaints/CaseListModel.h"
#include "complaints/ComplaintChartsView.h"
#include "complaints/ComplaintReport.h"
#include "complaints/ComplaintService.h"
#include "complaints/ComplaintsPane.h"
#include "core/ItemRoles.h"
#include "demo/DemoGenerator.h"
#include "settings/SettingsChanges.h"
#include "store/Sql.h"
#include "store/StoreSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace kefu;
using complaints::CaseAction;
using complaints::CaseListModel;

class TestComplaintsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static void waitReady(ui::ComplaintsPane &pane)
    {
        QTRY_VERIFY_WITH_TIMEOUT(pane.isReady(), 30000);
        // The case's detail follows the list.
        QTRY_VERIFY_WITH_TIMEOUT(pane.isReady(), 30000);
    }
    qint64 count(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return sql::scalar(m_store->database(), sql, values).toLongLong();
    }
    QStringList column(const QAbstractItemModel *model, int c, int role = Qt::DisplayRole) const
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, c).data(role).toString();
        return out;
    }
    // Waits until the pane shows caseId in its detail.
    static bool showsCase(ui::ComplaintsPane &pane, const QString &caseId)
    {
        return pane.isReady() && pane.detail()->detail() && pane.detail()->detail()->id == caseId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::createStore(m_dir);
        QVERIFY(m_store);
        QSqlDatabase db = m_store->database();
        QVERIFY(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                   QStringLiteral("Asia/Shanghai"), nullptr));
        DemoOptions options;
        options.days = 40;
        options.agents = 12;
        options.asOf = QDateTime(QDate(2026, 11, 20), QTime(21, 15), QTimeZone("Asia/Shanghai"));
        DemoGenerator demo(db, QTimeZone("Asia/Shanghai"), options);
        QString error;
        QVERIFY2(demo.run({}, &error), qPrintable(error));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM complaints")) > 20);
    }

    void cleanupTestCase() { m_store.reset(); }

    void theOpenCasesWithTheirCountdown()
    {
        ui::ComplaintsPane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        waitReady(pane);
        QAbstractItemModelTester tester(pane.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CaseListModel *model = pane.listModel();
        const qint64 open = count(QStringLiteral("SELECT count(*) FROM complaints WHERE state NOT IN ('closed', 'rejected')"));
        QVERIFY(open > 0);
        QCOMPARE(model->rowCount(), int(std::min<qint64>(open, 200)));
        for (const complaints::CaseListRow &r : model->rows())
            QVERIFY2(r.state != QLatin1String("closed") && r.state != QLatin1String("rejected"), qPrintable(r.id));
        // Newest first.
        for (int i = 1; i < model->rows().size(); ++i)
            QVERIFY(model->rows().at(i - 1).facts.createdAt >= model->rows().at(i).facts.createdAt);

        // The countdown at the demo's clock: red exactly for the overdue cases (by the store's own SQL).
        const qint64 overdue = [&] {
            complaints::CaseFilter f;
            f.overdueOnly = true;
            QString error;
            QSqlDatabase db = m_store->database();
            return qint64(complaints::CaseList::page(db, f, std::nullopt, 10000, pane.now(), &error).size());
        }();
        QVERIFY2(overdue > 0, "the demo has overdue cases today");
        const QStringList ratings = column(model, CaseListModel::TimeLeftColumn, RatingRole);
        QCOMPARE(qint64(ratings.count(QString::number(int(Rating::Off)))), overdue);
        QVERIFY2(ratings.contains(QString::number(int(Rating::Near))), "the demo has near-due cases today");
        // Every colour shown is in the legend and its tooltip says what it means.
        const auto *legend = pane.findChild<ui::RatingLegend *>(QStringLiteral("complaintsLegend"));
        QVERIFY(legend);
        QSet<QRgb> seen;
        const QStringList problems = test::checkColouredCells(*model, test::legendColours(*legend), &seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(seen.contains(ui::RatingColours::of(Rating::Off).rgb()));

        // Counts per state agree with the store.
        const QString counts = pane.findChild<QLabel *>(QStringLiteral("stateCounts"))->text();
        const qint64 closed = count(QStringLiteral("SELECT count(*) FROM complaints WHERE state = 'closed'"));
        QVERIFY2(counts.contains(QString::number(closed)), qPrintable(counts));

        // The countdown moves with the clock: a second later every open case has a second less.
        const QString before = model->index(0, CaseListModel::TimeLeftColumn).data().toString();
        const qint64 t = pane.now();
        pane.listModel()->setNow(t + 3600);
        QVERIFY(model->index(0, CaseListModel::TimeLeftColumn).data().toString() != before);
    }

    void filtersNarrowTheList()
    {
        ui::ComplaintsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        complaints::CaseFilter f = pane.filter();
        f.states.clear();
        f.priority = QStringLiteral("P1");
        pane.setFilter(f);
        waitReady(pane);
        const qint64 p1 = count(QStringLiteral("SELECT count(*) FROM complaints WHERE priority = 'P1'"));
        QCOMPARE(pane.listModel()->rowCount(), int(std::min<qint64>(p1, 200)));
        for (const complaints::CaseListRow &r : pane.listModel()->rows())
            QCOMPARE(r.priority, QStringLiteral("P1"));

        // A customer's id finds their cases.
        const QString customer =
            sql::scalar(m_store->database(), QStringLiteral("SELECT customer_id FROM complaints WHERE customer_id IS NOT NULL"
                                                             " ORDER BY id LIMIT 1"))
                .toString();
        f = {};
        f.text = customer;
        pane.setFilter(f);
        waitReady(pane);
        QCOMPARE(pane.listModel()->rowCount(),
                 int(count(QStringLiteral("SELECT count(*) FROM complaints WHERE customer_id LIKE ? OR order_id LIKE ?"
                                          " OR summary LIKE ? OR description LIKE ? OR id LIKE ?"),
                           {QVariant(QLatin1Char('%') + customer + QLatin1Char('%')),
                            QVariant(QLatin1Char('%') + customer + QLatin1Char('%')),
                            QVariant(QLatin1Char('%') + customer + QLatin1Char('%')),
                            QVariant(QLatin1Char('%') + customer + QLatin1Char('%')),
                            QVariant(QLatin1Char('%') + customer + QLatin1Char('%'))})));
    }

    void aCaseItsTimelineAndItsActions()
    {
        ui::ComplaintsPane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        waitReady(pane);
        const QString id =
            sql::scalar(m_store->database(), QStringLiteral("SELECT id FROM complaints WHERE state = 'new' ORDER BY id LIMIT 1"))
                .toString();
        QVERIFY(!id.isEmpty());
        pane.selectCase(id);
        QTRY_VERIFY_WITH_TIMEOUT(showsCase(pane, id), 10000);
        ui::CaseDetailView *detail = pane.detail();
        const qint64 events = count(QStringLiteral("SELECT count(*) FROM complaint_events WHERE complaint_id = ?"), {id});
        QCOMPARE(qint64(detail->timeline()->topLevelItemCount()), events);
        // Only what complaints.md allows from new: acknowledge, assign, reject, escalate, note, contact.
        const QList<CaseAction> offered = detail->offeredActions();
        QCOMPARE(offered, complaints::ComplaintService::allowedActions(QStringLiteral("new")));
        QVERIFY(!offered.contains(CaseAction::Close));
        QVERIFY(!offered.contains(CaseAction::Propose));
        QVERIFY(detail->actionButton(CaseAction::Acknowledge));
        QVERIFY(!detail->actionButton(CaseAction::Close));

        // Acknowledge with an owner: written, and the timeline and list follow.
        complaints::ActionInput take;
        take.action = CaseAction::Acknowledge;
        take.owner = QStringLiteral("质检-周");
        QCOMPARE(pane.act(take), QString());
        QCOMPARE(sql::scalar(m_store->database(), QStringLiteral("SELECT state FROM complaints WHERE id = ?"), {id}).toString(),
                 QStringLiteral("acknowledged"));
        QTRY_VERIFY_WITH_TIMEOUT(showsCase(pane, id) && detail->detail()->state.state == QLatin1String("acknowledged"),
                                 10000);
        QVERIFY(detail->timeline()->topLevelItemCount() > events);
        QVERIFY(detail->actionButton(CaseAction::Investigate));

        // Another desktop acts meanwhile: this one is told to reload, and nothing of its action is written.
        complaints::ComplaintService other(m_store->database(), Session::signedIn(9, QStringLiteral("王芳"), Role::Qa),
                                           m_store->timeZone());
        complaints::ActionInput note;
        note.action = CaseAction::Note;
        note.note = QStringLiteral("客户来电催促");
        QVERIFY(other.act(id, other.lastEventId(id), note, pane.now()).ok());
        const qint64 after = count(QStringLiteral("SELECT count(*) FROM complaint_events WHERE complaint_id = ?"), {id});
        complaints::ActionInput investigate;
        investigate.action = CaseAction::Investigate;
        const QString refusal = pane.act(investigate);
        QVERIFY2(refusal.contains(QStringLiteral("王芳")), qPrintable(refusal));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaint_events WHERE complaint_id = ?"), {id}), after);
        // Read again, the action goes through.
        QTRY_VERIFY_WITH_TIMEOUT(showsCase(pane, id) && detail->timeline()->topLevelItemCount() == after, 10000);
        QCOMPARE(pane.act(investigate), QString());

        // A refused step says why and changes nothing: closing without feedback from investigating.
        complaints::ActionInput close;
        close.action = CaseAction::Close;
        close.feedback = QStringLiteral("satisfied");
        QTRY_VERIFY_WITH_TIMEOUT(showsCase(pane, id) && detail->detail()->state.state == QLatin1String("investigating"),
                                 10000);
        QVERIFY(!pane.act(close).isEmpty());
        QCOMPARE(sql::scalar(m_store->database(), QStringLiteral("SELECT state FROM complaints WHERE id = ?"), {id}).toString(),
                 QStringLiteral("investigating"));
    }

    void eachRoleSeesWhatItMay()
    {
        const QString agentId =
            sql::scalar(m_store->database(),
                        QStringLiteral("SELECT agent_id FROM complaints WHERE agent_id IS NOT NULL GROUP BY agent_id"
                                       " ORDER BY count(*) DESC LIMIT 1"))
                .toString();
        QVERIFY(!agentId.isEmpty());
        const Session agent = Session::signedIn(5, QStringLiteral("agent"), Role::Agent, agentId);
        ui::ComplaintsPane pane(*m_store, agent);
        complaints::CaseFilter all = pane.filter();
        all.states.clear();
        pane.setFilter(all);
        waitReady(pane);
        QCOMPARE(qint64(pane.listModel()->rowCount()),
                 count(QStringLiteral("SELECT count(*) FROM complaints WHERE agent_id = ?"), {agentId}));
        for (const complaints::CaseListRow &r : pane.listModel()->rows())
            QCOMPARE(r.agentId, agentId);
        // On an open case of theirs: notes and contact attempts only.
        const QString open = sql::scalar(m_store->database(),
                                         QStringLiteral("SELECT id FROM complaints WHERE agent_id = ? AND state NOT IN"
                                                        " ('closed', 'rejected') LIMIT 1"),
                                         {agentId})
                                 .toString();
        if (!open.isEmpty()) {
            pane.selectCase(open);
            QTRY_VERIFY_WITH_TIMEOUT(showsCase(pane, open), 10000);
            for (const CaseAction a : pane.detail()->offeredActions())
                QVERIFY(a == CaseAction::Note || a == CaseAction::ContactAttempt);
        }
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("newCase"))->isEnabled());

        // A trainer reads every case and acts on none.
        ui::ComplaintsPane trainer(*m_store, Session::signedIn(6, QStringLiteral("trainer"), Role::Trainer));
        waitReady(trainer);
        QVERIFY(trainer.listModel()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(trainer.detail()->detail().has_value(), 10000);
        QVERIFY(trainer.detail()->offeredActions().isEmpty());
        QVERIFY(!trainer.findChild<QPushButton *>(QStringLiteral("newCase"))->isEnabled());
    }

    void aBarListsItsCases()
    {
        ui::ComplaintsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        const complaints::ComplaintCharts &charts = pane.charts()->charts();
        QVERIFY(!charts.categories.isEmpty());
        QCOMPARE(charts.total.opened, int(count(QStringLiteral("SELECT count(*) FROM complaints"))));
        const complaints::ParetoBar bar = charts.categories.constFirst();
        emit pane.charts()->barClicked(ui::ComplaintChartsView::Chart::Categories, 0);
        waitReady(pane);
        QCOMPARE(pane.filter().category, bar.key);
        QVERIFY(pane.filter().states.isEmpty());
        QCOMPARE(pane.listModel()->rowCount(), std::min(bar.cases, 200));
        for (const complaints::CaseListRow &r : pane.listModel()->rows())
            QCOMPARE(r.category, bar.key);

        // A bar of the time to close: closed cases of that many hours.
        int bin = 0;
        while (bin < charts.closeTimes.size() && charts.closeTimes.at(bin).cases == 0)
            ++bin;
        QVERIFY(bin < charts.closeTimes.size());
        emit pane.charts()->barClicked(ui::ComplaintChartsView::Chart::CloseTimes, bin);
        waitReady(pane);
        QCOMPARE(pane.listModel()->rowCount(), std::min(charts.closeTimes.at(bin).cases, 200));
        for (const complaints::CaseListRow &r : pane.listModel()->rows()) {
            QCOMPARE(r.state, QStringLiteral("closed"));
            const double hours = double(*r.facts.closedAt - r.facts.createdAt) / 3600.0;
            QVERIFY(hours >= charts.closeTimes.at(bin).fromHours && hours < charts.closeTimes.at(bin).toHours);
        }
    }

    void noticesOnceAndAcknowledged()
    {
        ui::ComplaintsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        const complaints::CaseNotices &notices = pane.notices();
        QVERIFY(!notices.notices().isEmpty());
        QVERIFY(notices.overdue() > 0);
        QCOMPARE(notices.unacknowledged(), int(notices.notices().size()));
        auto *acknowledge = pane.findChild<QPushButton *>(QStringLiteral("acknowledgeNotices"));
        QVERIFY(acknowledge->isEnabled());
        acknowledge->click();
        QCOMPARE(notices.unacknowledged(), 0);
        QVERIFY(!acknowledge->isEnabled());
        // Read again: the same conditions raise nothing new.
        pane.reload();
        waitReady(pane);
        QCOMPARE(notices.unacknowledged(), 0);
    }

    void exportWritesTheReport()
    {
        ui::ComplaintsPane pane(*m_store, Session::singleUser());
        pane.setPeriod(PeriodPreset::Custom, QDate(2026, 11, 1), QDate(2026, 11, 20));
        waitReady(pane);
        const QString path = m_dir.filePath(QStringLiteral("complaints.csv"));
        QSignalSpy done(&pane, &ui::ComplaintsPane::exported);
        QSignalSpy failed(&pane, &ui::ComplaintsPane::exportFailed);
        pane.exportTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(done.size() + failed.size() == 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto period = ReportPeriod::fromDates(QDate(2026, 11, 1), QDate(2026, 11, 20), QTimeZone("Asia/Shanghai"));
        QString error;
        QSqlDatabase db = m_store->database();
        const QByteArray expected =
            complaints::ComplaintReport::table(complaints::ComplaintReport::read(
                                                    db, period->startUtc(), period->endUtc(),
                                                    complaints::ComplaintGrouping::None, &error))
                .toCsv();
        QCOMPARE(file.readAll(), expected);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'complaints'")), 1);
    }
};

QTEST_MAIN(TestComplaintsPane)
#include "tst_complaintspane.moc"
