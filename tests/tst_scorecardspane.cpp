// The scorecards pane on a demo store: presets and teams, every agent with composite and rank, KPIs
// rated against targets, the pooled team row, the agent detail (radar, trends, QA reviews,
// complaints), an agent seeing only their own card, and a target changed in the settings taking
// effect on reload.
#include "LegendProbe.h"
#include "TestSupport.h"
#include "XlsxProbe.h"
#include "auth/AuditLog.h"
#include "auth/Session.h"
#include "core/Formats.h"
#include "core/ItemRoles.h"
#include "demo/DemoGenerator.h"
#include "scorecards/AgentDetail.h"
#include "scorecards/ScorecardModel.h"
#include "scorecards/ScorecardsPane.h"
#include "settings/SettingsChanges.h"
#include "shell/Gui.h"
#include "shell/MainWindow.h"
#include "store/StoreSettings.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QValueAxis>
#include <QComboBox>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QtTest>

using namespace kefu;

class TestScorecardsPane : public QObject
{
    Q_OBJECT

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
    }

    void cleanupTestCase() { m_store.reset(); }

    void everyAgentRatedAndRanked()
    {
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        waitReady(pane);
        const scorecards::ScorecardBook *book = pane.book();
        QVERIFY(book);
        // "This month" on the demo's clock (its as-of, 2026-11-20).
        QCOMPARE(book->first, QDate(2026, 11, 1));
        QCOMPARE(book->last, QDate(2026, 11, 20));
        auto *table = pane.findChild<QTableView *>(QStringLiteral("scorecardTable"));
        QCOMPARE(table->model()->rowCount(), 12);
        // Sorted by rank: 1 first.
        QCOMPARE(table->model()->index(0, scorecards::ScorecardModel::RankColumn).data().toString(), QStringLiteral("1"));
        // A KPI cell carries its rating against the target.
        const AgentScorecard &first = book->cards.first();
        const int row = [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, 0).data(scorecards::ScorecardModel::AgentIdRole).toString() == first.agentId)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, scorecards::ScorecardModel::AhtColumn).data(scorecards::ScorecardModel::RatingRole).toInt(),
                 int(scorecards::rate(ScoreComponent::Handling, first.conversations.ahtSeconds, book->rules.target(ScoreComponent::Handling))));
        // The pooled team row.
        auto *summary = pane.findChild<QTableView *>(QStringLiteral("teamSummary"));
        QCOMPARE(summary->model()->rowCount(), 1);
        QCOMPARE(summary->model()->index(0, scorecards::ScorecardModel::HandledColumn).data().toString(),
                 QLocale().toString(book->summary.handled));
        // Sort by composite, descending: the best first, and it has rank 1.
        table->sortByColumn(scorecards::ScorecardModel::CompositeColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, scorecards::ScorecardModel::RankColumn).data().toString(), QStringLiteral("1"));
        // The detail of the selected agent: radar, 12 weeks, reviews.
        ui::AgentDetail *detail = pane.detail();
        QVERIFY(!detail->agentId().isEmpty());
        if (!detail->isLoaded()) {
            QSignalSpy loaded(detail, &ui::AgentDetail::loaded);
            QVERIFY(loaded.wait(10000));
        }
        QVERIFY(detail->trendPoints() >= 4); // the demo has 40 days: 5–6 of the 12 weeks
        QVERIFY(detail->trendPoints() <= 12);
        // A trend point is that week's scorecard: the last week's composite equals a one-week book's.
        scorecards::BookOptions week;
        week.first = QDate(2026, 11, 16);
        week.last = QDate(2026, 11, 22);
        week.now = book->now;
        QString error;
        QSqlDatabase db = m_store->database();
        const std::optional<scorecards::ScorecardBook> oneWeek = scorecards::buildBook(db, QTimeZone("Asia/Shanghai"), week, &error);
        QVERIFY2(oneWeek, qPrintable(error));
        for (const AgentScorecard &c : oneWeek->cards)
            if (c.agentId == detail->agentId())
                QCOMPARE(detail->lastTrendComposite(), c.composite);
    }

    // Issue 17: dates ISO in Chinese too (入职于 2019/1/4, 2026/11/1 至 2026/11/20 and week labels
    // 09-21 were seen), and the trends' value axis round: a 0–100 score ends at 100 (it went to 150).
    void datesAndAxesInChinese()
    {
        QCOMPARE(ui::applyLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const auto english = qScopeGuard([] { ui::applyLanguage(QStringLiteral("en")); });
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        waitReady(pane);
        const QString status = pane.findChild<QLabel *>(QStringLiteral("scorecardsStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("2026-11-01")) && status.contains(QStringLiteral("2026-11-20")),
                 qPrintable(status));
        ui::AgentDetail *detail = pane.detail();
        if (!detail->isLoaded()) {
            QSignalSpy loaded(detail, &ui::AgentDetail::loaded);
            QVERIFY(loaded.wait(10000));
        }
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT hired_on FROM agents WHERE id = ?"));
        q.addBindValue(detail->agentId());
        QVERIFY(q.exec() && q.next());
        const QString hired = q.value(0).toString();
        QCOMPARE(QDate::fromString(hired, Qt::ISODate).toString(Qt::ISODate), hired);
        const QString facts = detail->findChild<QLabel *>(QStringLiteral("agentFacts"))->text();
        QVERIFY2(facts.contains(hired), qPrintable(facts));

        auto *trend = detail->findChild<QChartView *>(QStringLiteral("trendChart"));
        QVERIFY(trend);
        auto *weeks = qobject_cast<QCategoryAxis *>(trend->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(weeks && weeks->count() > 0);
        for (const QString &label : weeks->categoriesLabels())
            QVERIFY2(QDate::fromString(label, Qt::ISODate).isValid(), qPrintable(label));
        auto *values = qobject_cast<QValueAxis *>(trend->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(values);
        auto *metric = detail->findChild<QComboBox *>(QStringLiteral("trendMetric"));
        for (int i = 0; i < metric->count(); ++i) {
            metric->setCurrentIndex(i);
            const QString what = metric->currentText();
            QVERIFY2(values->tickCount() >= 2, qPrintable(what));
            const double step = (values->max() - values->min()) / (values->tickCount() - 1);
            const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
            const double f = step / magnitude;
            QVERIFY2(std::abs(f - 1) < 1e-9 || std::abs(f - 2) < 1e-9 || std::abs(f - 5) < 1e-9,
                     qPrintable(QStringLiteral("%1: step %2").arg(what).arg(step)));
            const int data = metric->currentData().toInt();
            // AHT's ticks read as durations, "4:00" (its axis is drawn in minutes then).
            if (data == int(ScoreComponent::Handling)) {
                const QString labels = values->labelFormat();
                QVERIFY2(labels == QStringLiteral("%.0f:00") || labels == QStringLiteral("%.0f:00:00")
                             || labels == QStringLiteral("%.0f s"),
                         qPrintable(labels));
            }
            // The composite, the QA score and the percentages end at 100.
            if (data < 0 || data == int(ScoreComponent::Quality) || data == int(ScoreComponent::Responsiveness)
                || data == int(ScoreComponent::Resolution) || data == int(ScoreComponent::Discipline))
                QVERIFY2(values->max() <= 100, qPrintable(QStringLiteral("%1: max %2").arg(what).arg(values->max())));
            if (data < 0 || data == int(ScoreComponent::Quality))
                QCOMPARE(values->max(), 100.0);
        }
    }

    // The colours of the table and the team row are those of the legend, which holds green, amber and red
    // in the words of the PDF; every coloured cell's tooltip says what its colour means.
    void legendExplainsEveryColour()
    {
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        pane.resize(1280, 760);
        waitReady(pane);
        auto *legend = pane.findChild<ui::RatingLegend *>(QStringLiteral("scorecardsLegend"));
        QVERIFY(legend);
        const QSet<QRgb> key = test::legendColours(*legend);
        for (const Rating r : {Rating::OnTarget, Rating::Near, Rating::Off})
            QVERIFY(key.contains(ui::RatingColours::of(r).rgb()));
        QCOMPARE(legend->entries().size(), 3);
        QVERIFY(legend->entries().at(1).meaning.contains(scorecards::ratingKey(Rating::Near)));
        QSet<QRgb> seen;
        QStringList problems;
        for (const char *name : {"scorecardTable", "teamSummary"}) {
            auto *view = pane.findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY(qobject_cast<ui::RatingColours *>(view->itemDelegate()));
            problems << test::checkColouredCells(*view->model(), key, &seen);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The demo's twelve agents show all three.
        QCOMPARE(seen.size(), 3);
    }

    // The agent detail shows the agent's real-time waits and e-mail reply time apart, beside the share
    // answered in time, never the blended ASA.
    void detailShowsWaitsApart()
    {
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        ui::AgentDetail *detail = pane.detail();
        const AgentScorecard *card = nullptr;
        for (const AgentScorecard &c : pane.book()->cards)
            if (c.agentId == detail->agentId())
                card = &c;
        QVERIFY(card);
        const ServiceFigures &f = card->conversations;
        QVERIFY(f.asaRealtimeSeconds && f.emailReplySeconds); // the demo's agents answer chats and e-mails
        const QString waits = detail->findChild<QLabel *>(QStringLiteral("agentWaits"))->text();
        QVERIFY2(waits.contains(format::duration(f.asaRealtimeSeconds)) &&
                     waits.contains(format::duration(f.p90RealtimeSeconds)) &&
                     waits.contains(format::duration(f.emailReplySeconds)) &&
                     waits.contains(format::percent(card->responseWithinTargetPct)),
                 qPrintable(waits));
        QVERIFY2(!waits.contains(format::duration(f.asaSeconds)), qPrintable(waits));
    }

    void teamsAndPresets()
    {
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        // The table, its sorting and the team's row stay consistent through the new books below.
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        auto *table = pane.findChild<QTableView *>(QStringLiteral("scorecardTable"));
        auto *sorted = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(sorted);
        QAbstractItemModelTester sortedTester(sorted, mode);
        QAbstractItemModelTester cardsTester(sorted->sourceModel(), mode);
        QAbstractItemModelTester summaryTester(
            pane.findChild<QTableView *>(QStringLiteral("teamSummary"))->model(), mode);
        auto *team = pane.findChild<QComboBox *>(QStringLiteral("teamPicker"));
        QVERIFY(team->count() >= 2); // all teams + the demo's teams
        const QString oneTeam = team->itemData(1).toString();
        QSignalSpy ready(&pane, &ui::Pane::ready);
        pane.setTeam(oneTeam);
        QTRY_VERIFY_WITH_TIMEOUT(pane.book() && pane.book()->team == oneTeam, 10000);
        for (const AgentScorecard &c : pane.book()->cards)
            QCOMPARE(c.team, oneTeam);
        QCOMPARE(table->model()->rowCount(), int(pane.book()->cards.size()));
        pane.setPeriod(scorecards::PeriodPreset::Yesterday);
        QTRY_VERIFY_WITH_TIMEOUT(pane.book() && pane.book()->first == QDate(2026, 11, 19), 10000);
        pane.setPeriod(scorecards::PeriodPreset::Custom, QDate(2026, 11, 2), QDate(2026, 11, 8));
        QTRY_VERIFY_WITH_TIMEOUT(pane.book() && pane.book()->first == QDate(2026, 11, 2)
                                     && pane.book()->last == QDate(2026, 11, 8),
                                 10000);
    }

    void anAgentSeesTheirOwnCard()
    {
        const QString agentId = [&] {
            QSqlQuery q(m_store->database());
            q.exec(QStringLiteral("SELECT id FROM agents ORDER BY id LIMIT 1"));
            q.next();
            return q.value(0).toString();
        }();
        const QString team = [&] {
            QSqlQuery q(m_store->database());
            q.prepare(QStringLiteral("SELECT team FROM agents WHERE id = ?"));
            q.addBindValue(agentId);
            q.exec();
            q.next();
            return q.value(0).toString();
        }();
        ui::ScorecardsPane pane(*m_store, Session::signedIn(7, QStringLiteral("ag"), Role::Agent, agentId, team));
        waitReady(pane);
        QCOMPARE(pane.book()->cards.size(), 1);
        QCOMPARE(pane.book()->cards.first().agentId, agentId);
        QCOMPARE(pane.book()->team, team);
        auto *picker = pane.findChild<QComboBox *>(QStringLiteral("teamPicker"));
        QVERIFY(!picker->isEnabled());
        QCOMPARE(picker->currentData().toString(), team);
        // The export holds their own card and their own trends only, nobody else's.
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("mine.xlsx"));
        QSignalSpy exported(&pane, &ui::ScorecardsPane::exported);
        pane.exportTo(file);
        QVERIFY(exported.wait(30000));
        const test::XlsxProbe xlsx(file);
        QVERIFY(xlsx.isValid());
        const int trendsSheet = int(xlsx.sheetNames().indexOf(QStringLiteral("Weekly trends"))) + 1;
        QVERIFY(trendsSheet > 0);
        QSqlQuery others(m_store->database());
        others.exec(QStringLiteral("SELECT id FROM agents"));
        while (others.next()) {
            const QByteArray id = others.value(0).toString().toUtf8();
            const QByteArray cell = QByteArray(">") + id + QByteArray("<");
            if (id != agentId.toUtf8())
                QVERIFY2(!xlsx.sheetXml(trendsSheet).contains(cell) && !xlsx.sheetXml(1).contains(cell), id.constData());
        }
        QVERIFY(xlsx.sheetXml(trendsSheet).contains(agentId.toUtf8()) || xlsx.part(QStringLiteral("xl/sharedStrings.xml")).contains(agentId.toUtf8()));
        QCOMPARE(test::count(m_store->database(),
                             QStringLiteral("audit_log WHERE kind = 'data.export' AND entity = 'scorecards'")),
                 1);
    }

    // An agent without a composite sorts after every ranked one, whichever the direction.
    void unrankedSortLast()
    {
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('Z999', 'New hire', NULL)")));
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        auto *table = pane.findChild<QTableView *>(QStringLiteral("scorecardTable"));
        const int last = table->model()->rowCount() - 1;
        QCOMPARE(table->model()->index(0, scorecards::ScorecardModel::RankColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(table->model()->index(last, 0).data(scorecards::ScorecardModel::AgentIdRole).toString(), QStringLiteral("Z999"));
        table->sortByColumn(scorecards::ScorecardModel::CompositeColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(last, 0).data(scorecards::ScorecardModel::AgentIdRole).toString(), QStringLiteral("Z999"));
        table->sortByColumn(scorecards::ScorecardModel::AhtColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(last, 0).data(scorecards::ScorecardModel::AgentIdRole).toString(), QStringLiteral("Z999"));
        QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM agents WHERE id = 'Z999'")));
    }

    // Targets and weights are store settings: changed, the next reload scores against them.
    void targetsTakeEffect()
    {
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        waitReady(pane);
        const double before = *pane.book()->summary.composite;
        QSqlDatabase db = m_store->database();
        QString error;
        // Only quality counts, against a target of 10: every agent with a QA score scores 100.
        QVERIFY2(settings::setValues(db, Session::singleUser(),
                                          {{QStringLiteral("weight.responsiveness"), 0.0},
                                           {QStringLiteral("weight.handling"), 0.0},
                                           {QStringLiteral("weight.resolution"), 0.0},
                                           {QStringLiteral("weight.satisfaction"), 0.0},
                                           {QStringLiteral("weight.discipline"), 0.0},
                                           {QStringLiteral("target.qa_score"), 10.0}},
                                          &error),
                 qPrintable(error));
        pane.reload();
        QTRY_VERIFY_WITH_TIMEOUT(pane.book() && pane.book()->rules.target(ScoreComponent::Quality) == 10.0, 10000);
        QCOMPARE(*pane.book()->summary.composite, 100.0);
        QVERIFY(before < 100.0);
        // Back to the defaults for the other tests.
        QVERIFY(settings::setValues(db, Session::singleUser(),
                                         {{QStringLiteral("weight.responsiveness"), 20.0},
                                          {QStringLiteral("weight.handling"), 15.0},
                                          {QStringLiteral("weight.resolution"), 20.0},
                                          {QStringLiteral("weight.satisfaction"), 20.0},
                                          {QStringLiteral("weight.discipline"), 5.0},
                                          {QStringLiteral("target.qa_score"), 90.0}},
                                         &error));
    }

    // A laptop's screen, in both languages: the window stays at its size, the table needs no horizontal
    // scroll bar, every value is whole (never cut, never fewer decimals), and so are the headers as far
    // as their titles are compact (English's are; Chinese's at 1366 pixels with today's translations),
    // the pooled row's name and the team picker's text.
    void fitsALaptop_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("lang");
        for (const QSize size : {QSize(1280, 800), QSize(1366, 768)}) {
            for (const char *lang : {"en", "zh_CN"})
                QTest::addRow("%dx%d %s", size.width(), size.height(), lang) << size << QString::fromLatin1(lang);
        }
    }

    void fitsALaptop()
    {
        QFETCH(QSize, size);
        QFETCH(QString, lang);
        QCOMPARE(ui::applyLanguage(lang), lang);
        const auto restore = qScopeGuard([] { ui::applyLanguage(QStringLiteral("en")); });
        QString error;
        std::unique_ptr<Store> store = Store::open(m_store->path(), {}, &error);
        QVERIFY2(store, qPrintable(error));
        ui::MainWindow::Options options;
        options.interactive = false;
        ui::MainWindow window(std::move(store), options);
        auto *pane = qobject_cast<ui::ScorecardsPane *>(window.showPane(QStringLiteral("scorecards")));
        QVERIFY(pane);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(size);
        window.show();
        waitReady(*pane);
        QCoreApplication::processEvents();
        QVERIFY2(window.width() <= size.width(), qPrintable(QStringLiteral("%1 px wide").arg(window.width())));

        auto *table = pane->findChild<QTableView *>(QStringLiteral("scorecardTable"));
        auto *summary = pane->findChild<QTableView *>(QStringLiteral("teamSummary"));
        QHeaderView *header = table->horizontalHeader();
        QVERIFY2(
            header->length() <= table->viewport()->width(),
            qPrintable(
                QStringLiteral("columns %1 px, table %2 px").arg(header->length()).arg(table->viewport()->width())));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (QTableView *view : {table, summary}) {
            QFont bold = view->font();
            bold.setBold(true);
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                for (int c = 0; c < view->model()->columnCount(); ++c) {
                    const QModelIndex index = view->model()->index(r, c);
                    const QFontMetrics metrics(index.data(EmphasisRole).toBool() ? bold : view->font());
                    const QString text = index.data().toString();
                    QVERIFY2(metrics.horizontalAdvance(text) + cellMargin <= header->sectionSize(c),
                             qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(header->sectionSize(c))));
                }
            }
        }
        QVERIFY(summary->model()
                    ->index(0, scorecards::ScorecardModel::AgentColumn)
                    .data()
                    .toString()
                    .contains(lang == QLatin1String("en") ? QStringLiteral("All teams") : QStringLiteral("全部班组")));
        if (lang == QLatin1String("en") || size.width() >= 1366) {
            const int headerMargin = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int c = 0; c < header->count(); ++c) {
                const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->fontMetrics().horizontalAdvance(title) + headerMargin <= header->sectionSize(c),
                         qPrintable(QStringLiteral("%1 in %2 px").arg(title).arg(header->sectionSize(c))));
            }
        }
        auto *team = pane->findChild<QComboBox *>(QStringLiteral("teamPicker"));
        QVERIFY2(team->width() >= team->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 px for %2").arg(team->width()).arg(team->sizeHint().width())));
    }

private:
    static void waitReady(ui::ScorecardsPane &pane)
    {
        if (pane.isReady())
            return;
        QSignalSpy ready(&pane, &ui::Pane::ready);
        QVERIFY(ready.wait(20000));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestScorecardsPane)
#include "tst_scorecardspane.moc"
