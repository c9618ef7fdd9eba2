// The queue monitor pane on a small floor: tiles, tables, filters, charts, alerts, drill-down and the
// forecast multiplier; and a feed's write from another connection reaching the pane within a second.
#include "ExampleData.h"
#include "LegendProbe.h"
#include "TestSupport.h"
#include "auth/Session.h"
#include "live/FeedStatus.h"
#include "live/Forecast.h"
#include "live/DrillDownDialog.h"
#include "live/IntradayChart.h"
#include "live/QueuePane.h"
#include "live/QueueModels.h"
#include "shell/Gui.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QValueAxis>
#include <QtTest>

using namespace kefu;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

qint64 at(const QString &local)
{
    return test::localToUtc(local, Shanghai);
}

QLabel *tileLabel(QWidget *pane, const QString &tile, int field)
{
    auto *t = pane->findChild<QWidget *>(tile);
    return t ? t->findChild<QLabel *>(QStringLiteral("field%1").arg(field)) : nullptr;
}

QString tileValue(QWidget *pane, const QString &tile, int field)
{
    QLabel *label = tileLabel(pane, tile, field);
    return label ? label->text() : QStringLiteral("<no field>");
}

Rating ratingOfColour(const QColor &colour)
{
    for (const Rating r : {Rating::OnTarget, Rating::Near, Rating::Off})
        if (ui::RatingColours::of(r) == colour)
            return r;
    return Rating::None;
}

} // namespace

class TestQueuePane : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = test::createStore(m_dir, QStringLiteral("q%1.sqlite").arg(++m_count));
        QVERIFY(m_store);
        QSqlDatabase db = m_store->database();
        QVERIFY(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                        QStringLiteral("Asia/Shanghai"), nullptr));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('T1'), ('T2')")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A1', 'Li', 'T1'),"
                                             " ('A2', 'Wang', 'T2'), ('A3', 'Zhao', 'T2')")));
        const auto conversation = [&db](const QString &id, const QString &channel, const QString &arrived,
                                        const QVariant &answered, const QString &tier = QStringLiteral("standard")) {
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO conversations(id, channel, queue, customer_tier, agent_id,"
                                             " arrived_at, answered_at) VALUES (?, ?, 'pre-sales', ?, ?, ?, ?)"),
                              {id, channel, tier, answered.isValid() ? QVariant(QStringLiteral("A1")) : QVariant(),
                               at(arrived), answered}));
        };
        conversation(QStringLiteral("c1"), QStringLiteral("chat"), QStringLiteral("2026-11-23 10:00:00"),
                     at(QStringLiteral("2026-11-23 10:00:10")));
        conversation(QStringLiteral("c2"), QStringLiteral("chat"), QStringLiteral("2026-11-23 10:02:00"), {});
        conversation(QStringLiteral("p1"), QStringLiteral("phone"), QStringLiteral("2026-11-23 10:05:00"), {},
                     QStringLiteral("vip"));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at) VALUES"
                                             " ('A1', 'busy', ?), ('A2', 'break', ?), ('A3', 'offline', ?)"),
                          {at(QStringLiteral("2026-11-23 10:00:10")), at(QStringLiteral("2026-11-23 09:30:00")),
                           at(QStringLiteral("2026-11-23 08:00:00"))}));
        writeWatermark(at(QStringLiteral("2026-11-23 10:10:00")));
    }

    void cleanup() { m_store.reset(); }

    void showsTheFloor()
    {
        ui::QueuePane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        // Chat: c1 in 10 s, c2 waiting 8 min: SL 50 %; phone: p1 waiting 5 min: 0 %.
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_chat"), 2), QStringLiteral("50.0 %"));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_phone"), 2), QStringLiteral("0.0 %"));
        // Waits tick on between refreshes (a few seconds at most past the watermark).
        QVERIFY(tileValue(&pane, QStringLiteral("queueTile_chat"), 0).startsWith(QStringLiteral("8:0")));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_chat"), 3), QStringLiteral("10 s"));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_all"), 5), QStringLiteral("2 of 3"));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_all"), 6), QStringLiteral("0 · 1"));
        auto *waiting = pane.findChild<QTableView *>(QStringLiteral("waitingTable"));
        auto *agents = pane.findChild<QTableView *>(QStringLiteral("agentsTable"));
        auto *alertsView = pane.findChild<QTableView *>(QStringLiteral("alertsTable"));
        // The pane's models stay consistent through the refreshes, ticks and filter changes below.
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester waitingTester(waiting->model(), mode);
        QAbstractItemModelTester agentsTester(agents->model(), mode);
        auto *agentFilter = qobject_cast<QSortFilterProxyModel *>(agents->model());
        QVERIFY(agentFilter);
        QAbstractItemModelTester agentsSourceTester(agentFilter->sourceModel(), mode);
        QAbstractItemModelTester alertsTester(alertsView->model(), mode);
        QCOMPARE(waiting->model()->rowCount(), 2);
        QCOMPARE(waiting->model()->index(0, live::WaitingModel::TierColumn).data().toString(), QStringLiteral("VIP"));
        QVERIFY(waiting->model()->index(0, live::WaitingModel::WaitColumn).data().toString().startsWith(QStringLiteral("5:0")));
        // Agents: signed in by default (A1, A2); all; one team; one state.
        QCOMPARE(agents->model()->rowCount(), 2);
        auto *state = pane.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(live::AgentFilter::AnyState));
        QCOMPARE(agents->model()->rowCount(), 3);
        auto *team = pane.findChild<QComboBox *>(QStringLiteral("teamFilter"));
        team->setCurrentIndex(team->findData(QStringLiteral("T2")));
        QCOMPARE(agents->model()->rowCount(), 2);
        state->setCurrentIndex(state->findData(int(AgentState::Break)));
        QCOMPARE(agents->model()->rowCount(), 1);
        QVERIFY(agents->model()->index(0, live::AgentsModel::TimeInStateColumn).data().toString().startsWith(
            QStringLiteral("40:0")));
        // Alerts: chat and phone SL under 80 %, chat and phone waits over 2 min, A2's break of 40 min.
        QCOMPARE(pane.alerts().unacknowledged(), 5);
        alertsView->selectRow(0);
        // A refresh comes between the selection and the click (a feed writes every second): the alert
        // table is rebuilt under the selection, which stays, and Acknowledge acts on it.
        QSignalSpy refreshed(alertsView->model(), &QAbstractItemModel::modelReset);
        writeWatermark(at(QStringLiteral("2026-11-23 10:10:00")));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
        QCOMPARE(alertsView->selectionModel()->selectedRows().size(), 1);
        pane.findChild<QPushButton *>(QStringLiteral("acknowledgeAlert"))->click();
        QCOMPARE(pane.alerts().unacknowledged(), 4);
        QVERIFY(pane.alerts().alerts().at(0).acknowledged);
        pane.findChild<QPushButton *>(QStringLiteral("acknowledgeAllAlerts"))->click();
        QCOMPARE(pane.alerts().unacknowledged(), 0);
    }

    // Issue 17: the date as ISO in Chinese too (not 2026/11/23), durations as "10 秒" / "m:ss", and the
    // intraday charts' ticks round whole numbers (an agents chart had ticks at 12 and 37).
    void datesDurationsAndAxesInChinese()
    {
        QCOMPARE(ui::applyLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const auto english = qScopeGuard([] { ui::applyLanguage(QStringLiteral("en")); });
        ui::QueuePane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        const QString asOf = pane.findChild<QLabel *>(QStringLiteral("queueAsOf"))->text();
        QVERIFY2(asOf.contains(QStringLiteral("2026-11-23 10:1")), qPrintable(asOf));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_chat"), 3), QStringLiteral("10 秒")); // the duration formatter in Chinese (not "10.0 秒")
        for (const char *name : {"contactsChart", "agentsChart"}) {
            auto *view = pane.findChild<QChartView *>(QLatin1String(name));
            QVERIFY(view);
            const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
            QCOMPARE(axes.size(), 1);
            auto *axis = qobject_cast<QValueAxis *>(axes.first());
            QVERIFY(axis);
            QCOMPARE(axis->min(), 0.0);
            QVERIFY(axis->tickCount() >= 2);
            // Whole, round steps: every tick label is a whole number.
            const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
            QVERIFY2(step >= 1 && step == std::round(step), qPrintable(QStringLiteral("%1: max %2, %3 ticks")
                                                                          .arg(QLatin1String(name))
                                                                          .arg(axis->max())
                                                                          .arg(axis->tickCount())));
            const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
            QVERIFY2(QList<double>({1, 2, 5}).contains(step / magnitude), qPrintable(QString::number(step)));
        }
    }

    // The e-mail tile is not an emergency: the e-mails of this interval are within their day, so its
    // service level has no figure yet (it showed a red 0.0 %), one answered after 20 minutes counts in
    // time, and the waiting table shows an e-mail waiting 20:38 green, below a chat customer at 2:12 —
    // as the tile shows its longest wait.
    void emailIsNotAnEmergency()
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO conversations(id, channel, queue, customer_tier, agent_id,"
                                         " arrived_at, answered_at) VALUES ('e0', 'email', 'mail', 'standard', 'A1',"
                                         " ?, ?), ('e1', 'email', 'mail', 'standard', NULL, ?, NULL),"
                                         " ('e2', 'email', 'mail', 'standard', NULL, ?, NULL),"
                                         " ('c3', 'chat', 'pre-sales', 'standard', NULL, ?, NULL)"),
                          {at(QStringLiteral("2026-11-23 09:30:00")), at(QStringLiteral("2026-11-23 09:50:00")),
                           at(QStringLiteral("2026-11-23 09:49:22")), at(QStringLiteral("2026-11-23 10:01:00")),
                           at(QStringLiteral("2026-11-23 10:07:48"))}));
        ui::QueuePane pane(*m_store, Session::singleUser());
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        const QString email = QStringLiteral("queueTile_email");
        QCOMPARE(tileValue(&pane, email, 1), QStringLiteral("—"));
        QCOMPARE(tileValue(&pane, email, 2), QStringLiteral("100.0 %"));
        QCOMPARE(ratingOfColour(tileLabel(&pane, email, 2)->palette().color(QPalette::WindowText)), Rating::OnTarget);
        QVERIFY(tileValue(&pane, email, 0).startsWith(QStringLiteral("20:3")));
        QCOMPARE(ratingOfColour(tileLabel(&pane, email, 0)->palette().color(QPalette::WindowText)), Rating::OnTarget);
        QVERIFY(tileLabel(&pane, email, 1)->toolTip().contains(QStringLiteral("not counted yet")));

        auto *waiting = pane.findChild<QTableView *>(QStringLiteral("waitingTable"));
        QAbstractItemModel *model = waiting->model();
        QStringList order;
        for (int r = 0; r < model->rowCount(); ++r)
            order << model->index(r, live::WaitingModel::WaitColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .section(QLatin1Char(','), 0, 0);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Contact p1"), QStringLiteral("Contact c2"), QStringLiteral("Contact c3"),
                              QStringLiteral("Contact e1"), QStringLiteral("Contact e2")}));
        const QModelIndex e1 = model->index(3, live::WaitingModel::WaitColumn);
        QVERIFY(e1.data().toString().startsWith(QStringLiteral("20:3")));
        QCOMPARE(Rating(e1.data(RatingRole).toInt()), Rating::OnTarget);
        const QModelIndex c3 = model->index(2, live::WaitingModel::WaitColumn);
        QCOMPARE(Rating(c3.data(RatingRole).toInt()), Rating::Off);
        QVERIFY2(ui::RatingColours::toolTip(c3).contains(QStringLiteral("Red: past the wait alert's 2:00")),
                 qPrintable(ui::RatingColours::toolTip(c3)));
        // No SL alert for e-mail.
        for (const live::QueueAlert &a : pane.alerts().alerts())
            QVERIFY2(!a.key.startsWith(QStringLiteral("sl:email")), qPrintable(a.key));
    }

    // Every colour the pane shows is in its legend, which holds every colour it can show; every coloured
    // figure and cell has a tooltip that says what its colour means.
    void legendExplainsEveryColour()
    {
        ui::QueuePane pane(*m_store, Session::singleUser());
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        auto *legend = pane.findChild<ui::RatingLegend *>(QStringLiteral("queueLegend"));
        QVERIFY(legend);
        const QSet<QRgb> key = test::legendColours(*legend);
        // What the pane can show: the three ratings, muted rows and a tile's border with no rating.
        for (const Rating r : {Rating::OnTarget, Rating::Near, Rating::Off})
            QVERIFY(key.contains(ui::RatingColours::of(r).rgb()));
        QVERIFY(key.contains(ui::RatingColours::muted().rgb()));
        QVERIFY(key.contains(ui::RatingColours::accent(Rating::None, pane.palette()).rgb()));
        for (const ui::RatingLegend::Entry &e : legend->entries())
            QVERIFY2(!e.label.isEmpty() && !e.meaning.isEmpty(), qPrintable(e.label));

        // What it shows now: the tiles' borders and figures…
        QSet<QRgb> seen;
        QStringList problems;
        const QList<QFrame *> tiles = pane.findChildren<QFrame *>(QRegularExpression(QStringLiteral("^queueTile_")));
        QCOMPARE(tiles.size(), ChannelCount + 1);
        for (QFrame *tile : tiles) {
            const QColor border = tile->grab().toImage().pixelColor(2, tile->height() / 2);
            seen.insert(border.rgb());
            if (!key.contains(border.rgb()))
                problems << tile->objectName() + QStringLiteral(": border %1 not in the legend").arg(border.name());
            if (!tile->toolTip().contains(QStringLiteral("Border: ")))
                problems << tile->objectName() + QStringLiteral(": the border is not explained");
            for (QLabel *label : tile->findChildren<QLabel *>()) {
                const Rating r = ratingOfColour(label->palette().color(QPalette::WindowText));
                if (r == Rating::None)
                    continue;
                seen.insert(ui::RatingColours::of(r).rgb());
                if (!label->toolTip().startsWith(ui::RatingColours::colourName(r) + QLatin1Char(':')) &&
                    !label->toolTip().contains(QLatin1Char('\n') + ui::RatingColours::colourName(r) + QLatin1Char(':')))
                    problems << tile->objectName() + QLatin1Char('/') + label->objectName() +
                                    QStringLiteral(": tooltip \"%1\"").arg(label->toolTip());
            }
        }
        // … and the tables' cells.
        for (const char *name : {"waitingTable", "agentsTable", "alertsTable"}) {
            auto *view = pane.findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY(view);
            QVERIFY(qobject_cast<ui::RatingColours *>(view->itemDelegate()));
            problems << test::checkColouredCells(*view->model(), key, &seen);
        }
        // The offline agent (grey) once the filter shows everyone.
        auto *state = pane.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(live::AgentFilter::AnyState));
        problems << test::checkColouredCells(*pane.findChild<QTableView *>(QStringLiteral("agentsTable"))->model(), key,
                                             &seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The floor shows red (late waits, open alerts, a long break), green (chat's ASA) and grey.
        QVERIFY(seen.contains(ui::RatingColours::of(Rating::Off).rgb()));
        QVERIFY(seen.contains(ui::RatingColours::of(Rating::OnTarget).rgb()));
        QVERIFY(seen.contains(ui::RatingColours::muted().rgb()));
    }

    // The all-channels tile shows the real-time channels' ASA and e-mail's reply time beside it: an
    // e-mail answered after two hours does not turn a 15-second floor into a 40-minute one.
    void allChannelsKeepEmailApart()
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at)"
                                         " VALUES ('p2', 'phone', 'A1', ?, ?), ('e1', 'email', 'A1', ?, ?)"),
                          {at(QStringLiteral("2026-11-23 09:00:00")), at(QStringLiteral("2026-11-23 09:00:20")),
                           at(QStringLiteral("2026-11-23 07:00:00")), at(QStringLiteral("2026-11-23 09:00:00"))}));
        writeWatermark(at(QStringLiteral("2026-11-23 10:10:00")));
        ui::QueuePane pane(*m_store, Session::singleUser());
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        // Chat c1 10 s and phone p2 20 s: 15 s, not (10 + 20 + 7,200) / 3 = 40:10.
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_all"), 3), QStringLiteral("15 s"));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_all"), 9), QStringLiteral("2:00:00"));
        // The e-mail tile's own ASA is the same reply time; the chat tile keeps its own.
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_email"), 3), QStringLiteral("2:00:00"));
        QCOMPARE(tileValue(&pane, QStringLiteral("queueTile_chat"), 3), QStringLiteral("10 s"));
        // The reply time is a figure of the all-channels tile only.
        auto *chatTile = pane.findChild<QWidget *>(QStringLiteral("queueTile_chat"));
        QVERIFY(chatTile->findChild<QLabel *>(QStringLiteral("field9"))->isHidden());
    }

    // A feed writes from another connection: the pane shows it without a reload (within a second by
    // design: the reader polls four times a second; the wait here is generous, never a timing claim).
    void seesNewDataWithinASecond()
    {
        ui::QueuePane pane(*m_store, Session::singleUser());
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        auto *waiting = pane.findChild<QTableView *>(QStringLiteral("waitingTable"));
        QCOMPARE(waiting->model()->rowCount(), 2);
        StoreConnection feed(*m_store);
        QVERIFY(feed.isOpen());
        QVERIFY(sql::exec(feed.database(),
                          QStringLiteral("INSERT INTO conversations(id, channel, arrived_at) VALUES ('s1', 'social', ?)"),
                          {at(QStringLiteral("2026-11-23 10:10:01"))}));
        QVERIFY(sql::exec(feed.database(), QStringLiteral("UPDATE feed_status SET as_of = ?, written_at = ?"),
                          {at(QStringLiteral("2026-11-23 10:10:02")), QDateTime::currentSecsSinceEpoch()}));
        QTRY_COMPARE_WITH_TIMEOUT(waiting->model()->rowCount(), 3, 10000);
        // c2 answered after 482 s: the queue shrinks, ASA today moves from 10 s to (10 + 482) / 2 = 4:06.
        QVERIFY(sql::exec(feed.database(),
                          QStringLiteral("UPDATE conversations SET answered_at = ?, agent_id = 'A1' WHERE id = 'c2'"),
                          {at(QStringLiteral("2026-11-23 10:10:02"))}));
        QTRY_COMPARE_WITH_TIMEOUT(waiting->model()->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tileValue(&pane, QStringLiteral("queueTile_chat"), 3), QStringLiteral("4:06"), 10000);
    }

    void drillsDown()
    {
        ui::QueuePane pane(*m_store, Session::singleUser());
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        auto *dialog = qobject_cast<ui::DrillDownDialog *>(pane.drillIntoTile(int(Channel::Chat)));
        QVERIFY(dialog);
        // The dialog's contacts and their outcome filter stay consistent through the load and the filter.
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("drillDownTable"));
        QVERIFY(table);
        auto *outcomes = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(outcomes);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester outcomesTester(outcomes, mode);
        QAbstractItemModelTester contactsTester(outcomes->sourceModel(), mode);
        QSignalSpy loaded(dialog, &ui::DrillDownDialog::loaded);
        QVERIFY(dialog->isLoaded() || loaded.wait(5000));
        QCOMPARE(dialog->rowCount(), 2);
        dialog->setOutcomeFilter(live::DrillDownModel::Waiting);
        QCOMPARE(dialog->rowCount(), 1);
        dialog->close();
        // The 10:00 interval (index 20 of 48) from the chart: all three contacts.
        auto *chart = pane.findChild<ui::IntradayChart *>();
        QVERIFY(chart);
        QWidget *fromChart = nullptr;
        connect(chart, &ui::IntradayChart::intervalClicked, this,
                [&pane, &fromChart](int i) { fromChart = pane.drillIntoInterval(i); });
        emit chart->intervalClicked(20);
        auto *intervalDialog = qobject_cast<ui::DrillDownDialog *>(fromChart);
        QVERIFY(intervalDialog);
        QSignalSpy intervalLoaded(intervalDialog, &ui::DrillDownDialog::loaded);
        QVERIFY(intervalDialog->isLoaded() || intervalLoaded.wait(5000));
        QCOMPARE(intervalDialog->rowCount(), 3);
        intervalDialog->close();
    }

    void forecastMultiplier()
    {
        // An agent sees it, but may not change it.
        {
            ui::QueuePane pane(*m_store, Session::signedIn(5, QStringLiteral("ag"), Role::Agent, QStringLiteral("A1")));
            QVERIFY(!pane.findChild<QDoubleSpinBox *>(QStringLiteral("forecastMultiplier"))->isEnabled());
        }
        ui::QueuePane pane(*m_store, Session::singleUser());
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(pane.isReady() || ready.wait(5000));
        auto *spin = pane.findChild<QDoubleSpinBox *>(QStringLiteral("forecastMultiplier"));
        QVERIFY(spin->isEnabled());
        spin->setValue(4.2);
        QSqlDatabase db = m_store->database();
        QTRY_COMPARE_WITH_TIMEOUT(live::Forecast::multiplier(db, QDate(2026, 11, 23)), 4.2, 3000);
        QCOMPARE(test::count(m_store->database(), QStringLiteral("audit_log WHERE kind = 'forecast.multiplier'")), 1);
    }

private:
    void writeWatermark(qint64 asOf)
    {
        live::FeedWatermark w;
        w.source = QStringLiteral("test");
        w.asOf = asOf;
        w.writtenAt = QDateTime::currentSecsSinceEpoch();
        QSqlDatabase db = m_store->database();
        QVERIFY(live::feed::write(db, w));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_count = 0;
};

QTEST_MAIN(TestQueuePane)
#include "tst_queuepane.moc"
