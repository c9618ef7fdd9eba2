// The scorecard book written for print and for Excel: the PDF (A4, a team summary page then one page
// per agent, a CJK font embedded) and the XLSX (one sheet per view, typed cells, translated), and
// `kefudesk report agents --format pdf|xlsx` as a user runs it.
#include "ExampleData.h"
#include "PdfProbe.h"
#include "shell/Gui.h"
#include "TestSupport.h"
#include "XlsxProbe.h"
#include "auth/Session.h"
#include "core/Formats.h"
#include "scorecards/ScorecardPdf.h"
#include "scorecards/ScorecardBook.h"
#include "scorecards/ScorecardXlsx.h"
#include "scorecards/ScorecardsPane.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTranslator>

using namespace kefu;
using namespace kefu::scorecards;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
const QString SalesTeam = QStringLiteral("售前一组");
const QString ServiceTeam = QStringLiteral("售后二组");

qint64 at(const QString &local)
{
    return test::localToUtc(local, Shanghai);
}

bool exec(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QString error;
    if (!sql::exec(db, statement, values, &error)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(error));
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Excel's serial number of a date.
QString excelDate(QDate date)
{
    return QString::number(QDate(1899, 12, 30).daysTo(date));
}

// A translator for the test: Chinese for a few texts of the workbook, whatever the .ts files hold.
class SheetNamesInChinese final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context), s(source);
        if (c == "kefu::scorecards::ScorecardXlsx" && s == "Scorecards")
            return QStringLiteral("评分卡");
        if (c == "kefu::scorecards::ScorecardXlsx" && s == "Components")
            return QStringLiteral("分项");
        if (c == "kefu::scorecards::ScorecardReport" && s == "Agent ID")
            return QStringLiteral("工号");
        return {};
    }
    bool isEmpty() const override { return false; }
};

// What a page of the scorecard PDF says, in painting order.
QStringList pageTexts(const ScorecardBook &book, int page)
{
    return test::TextRecorder::texts(
        [&](QPainter &painter) { ui::paintScorecardPage(painter, book, page, test::TextRecorder::Dpi); });
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kefudesk(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the report starts its own offscreen platform
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEFUDESK_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        qWarning("kefudesk %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestScorecardExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<ScorecardBook> m_book;

    static BookOptions options()
    {
        BookOptions o;
        o.first = QDate(2026, 11, 16);
        o.last = QDate(2026, 11, 22);
        o.team = SalesTeam;
        o.now = at(QStringLiteral("2026-11-23 09:00:00"));
        o.trendWeeks = 12;
        return o;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 bookExports() const
    {
        return test::count(m_store->database(),
                           QStringLiteral("audit_log WHERE kind = 'data.export' AND entity = 'scorecards'"));
    }
    // Makes the store refuse the audit record of an export (while refuse is true).
    bool refuseExports(bool refuse) const
    {
        return sql::exec(m_store->database(),
                         refuse ? QStringLiteral("CREATE TRIGGER refuse_exports BEFORE INSERT ON audit_log"
                                                 " WHEN NEW.kind = 'data.export'"
                                                 " BEGIN SELECT RAISE(ABORT, 'exports refused'); END")
                                : QStringLiteral("DROP TRIGGER refuse_exports"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::applyLanguage(QStringLiteral("en"));
        m_store = test::createStore(m_dir, QStringLiteral("scorecards.sqlite"));
        QVERIFY(m_store);
        QSqlDatabase db = m_store->database();
        QVERIFY(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                   QStringLiteral("Asia/Shanghai"), nullptr));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO teams(name) VALUES (?), (?)"), {SalesTeam, ServiceTeam}));
        const QList<std::pair<QString, QString>> agents = {{QStringLiteral("A1"), QStringLiteral("张伟")},
                                                           {QStringLiteral("A2"), QStringLiteral("李娜")},
                                                           {QStringLiteral("A3"), QStringLiteral("王芳")}};
        for (const auto &[id, name] : agents)
            QVERIFY(
                exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES (?, ?, ?)"), {id, name, SalesTeam}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('B1', '刘洋', ?)"), {ServiceTeam}));

        int n = 0;
        const auto contact = [&](const QString &agent, const QString &arrived, int wait, int talk, int wrap,
                                 const QVariant &resolved, const QVariant &csat) {
            const qint64 a = at(arrived);
            return exec(
                db,
                QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at,"
                               " ended_at, wrap_seconds, resolved, csat) VALUES (?, 'chat', ?, ?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("c%1").arg(++n), agent, a, a + wait, a + wait + talk, wrap, resolved, csat});
        };
        // The period's week. A1: 1 of 2 within 15 s, AHT 250, FCR 50, CSAT 4.5.
        QVERIFY(contact(QStringLiteral("A1"), QStringLiteral("2026-11-17 10:00:00"), 10, 290, 10, 1, 5));
        QVERIFY(contact(QStringLiteral("A1"), QStringLiteral("2026-11-18 10:00:00"), 20, 200, 0, 0, 4));
        // A2: 1 of 1 within, AHT 500, FCR 100, no CSAT.
        QVERIFY(contact(QStringLiteral("A2"), QStringLiteral("2026-11-19 10:00:00"), 5, 500, 0, 1, QVariant()));
        // A3 handles nothing this week; B1 is in the other team.
        QVERIFY(contact(QStringLiteral("B1"), QStringLiteral("2026-11-19 11:00:00"), 5, 100, 0, 1, 5));
        // Earlier weeks, for the trends.
        for (int week = 1; week <= 5; ++week) {
            const QString day = QDate(2026, 11, 17).addDays(-7 * week).toString(Qt::ISODate);
            QVERIFY(contact(QStringLiteral("A1"), day + QStringLiteral(" 09:00:00"), 5 + week, 200 + 20 * week, 15, 1,
                            4 + week % 2));
            QVERIFY(
                contact(QStringLiteral("A2"), day + QStringLiteral(" 14:00:00"), 12 + 3 * week, 350, 0, week % 2, 3));
            QVERIFY(contact(QStringLiteral("A3"), day + QStringLiteral(" 16:00:00"), 8, 260, 20, 1, 5));
        }
        // A1's day: 8 h shift, in states for 7 of them.
        QVERIFY(exec(db, QStringLiteral("INSERT INTO shifts(agent_id, start_at, end_at) VALUES ('A1', ?, ?)"),
                     {at(QStringLiteral("2026-11-17 09:00:00")), at(QStringLiteral("2026-11-17 17:00:00"))}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at, ended_at) VALUES"
                                    " ('A1', 'available', ?, ?), ('A1', 'busy', ?, ?), ('A1', 'break', ?, ?)"),
                     {at(QStringLiteral("2026-11-17 09:00:00")), at(QStringLiteral("2026-11-17 12:00:00")),
                      at(QStringLiteral("2026-11-17 12:00:00")), at(QStringLiteral("2026-11-17 16:00:00")),
                      at(QStringLiteral("2026-11-17 16:00:00")), at(QStringLiteral("2026-11-17 17:00:00"))}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail) VALUES"
                                    " ('r1', 'A1', ?, 92, 0), ('r2', 'A1', ?, 80, 0), ('r3', 'A2', ?, 70, 1)"),
                     {at(QStringLiteral("2026-11-18 15:00:00")), at(QStringLiteral("2026-11-19 15:00:00")),
                      at(QStringLiteral("2026-11-20 15:00:00"))}));

        QString error;
        m_book = buildBook(db, Shanghai, options(), &error);
        QVERIFY2(m_book, qPrintable(error));
        QCOMPARE(m_book->cards.size(), 3);
        QCOMPARE(m_book->weekStarts.size(), 12);
    }

    void xlsxHasOneSheetPerView()
    {
        const QString file = path(QStringLiteral("评分卡.xlsx"));
        QString error;
        QVERIFY2(writeScorecardXlsx(*m_book, file, &error), qPrintable(error));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        const test::XlsxProbe xlsx(file);
        QVERIFY(xlsx.isValid());
        QCOMPARE(xlsx.sheetNames(), (QStringList{QStringLiteral("Scorecards"), QStringLiteral("Components"),
                                                 QStringLiteral("Weekly trends"), QStringLiteral("Definitions")}));

        // Scorecards: cli.md's columns, typed; the team's pooled row at the bottom.
        const QHash<QString, test::XlsxCell> cards = xlsx.cells(1);
        QCOMPARE(cards.value(QStringLiteral("A1")).value, QStringLiteral("Agent ID"));
        QVERIFY(xlsx.isBold(cards.value(QStringLiteral("A1")).style));
        QCOMPARE(cards.value(QStringLiteral("E1")).value, QStringLiteral("Response within target (%)"));
        QCOMPARE(cards.value(QStringLiteral("R1")).value, QStringLiteral("Rank"));
        QCOMPARE(cards.value(QStringLiteral("A2")).value, QStringLiteral("A1"));
        QCOMPARE(cards.value(QStringLiteral("B2")).value, QStringLiteral("张伟"));
        QCOMPARE(cards.value(QStringLiteral("C2")).value, SalesTeam);
        QCOMPARE(cards.value(QStringLiteral("D2")).type, QString()); // a number
        QCOMPARE(cards.value(QStringLiteral("D2")).value, QStringLiteral("2"));
        QCOMPARE(cards.value(QStringLiteral("E2")).value, QStringLiteral("50"));
        QCOMPARE(xlsx.numberFormat(cards.value(QStringLiteral("E2")).style), QStringLiteral("0.0"));
        QCOMPARE(cards.value(QStringLiteral("H2")).value, QStringLiteral("250"));
        QCOMPARE(cards.value(QStringLiteral("J2")).value, QStringLiteral("4.5"));
        QCOMPARE(cards.value(QStringLiteral("P2")).value, QStringLiteral("86")); // QA (92 + 80) / 2
        QVERIFY(!cards.contains(QStringLiteral("E4"))); // A3 handled nothing: an empty cell, not 0
        QCOMPARE(cards.value(QStringLiteral("D4")).value, QStringLiteral("0"));
        QCOMPARE(cards.value(QStringLiteral("A5")).value, QStringLiteral("Team"));
        QCOMPARE(cards.value(QStringLiteral("B5")).value, SalesTeam);
        QCOMPARE(cards.value(QStringLiteral("D5")).value, QStringLiteral("3"));
        QCOMPARE(cards.value(QStringLiteral("H5")).value, QStringLiteral("333.3")); // (300 + 200 + 500) / 3
        QVERIFY(!cards.contains(QStringLiteral("R5")));                             // the team has no rank
        // KefuDesk's wait columns after cli.md's: all chat here, so no e-mail reply time (an empty cell).
        QCOMPARE(cards.value(QStringLiteral("S1")).value, QStringLiteral("Real-time ASA (s)"));
        QCOMPARE(cards.value(QStringLiteral("T1")).value, QStringLiteral("Real-time 90th percentile wait (s)"));
        QCOMPARE(cards.value(QStringLiteral("U1")).value, QStringLiteral("E-mail reply time (s)"));
        QCOMPARE(cards.value(QStringLiteral("S2")).value, QStringLiteral("15")); // A1: (10 + 20) / 2
        QCOMPARE(cards.value(QStringLiteral("T2")).value, QStringLiteral("20")); // rank ⌈1.8⌉ = 2
        QVERIFY(!cards.contains(QStringLiteral("U2")));
        QCOMPARE(xlsx.numberFormat(cards.value(QStringLiteral("S2")).style), QStringLiteral("0.0"));
        QCOMPARE(cards.value(QStringLiteral("S5")).value, QStringLiteral("11.7")); // the team: (10 + 20 + 5) / 3
        QCOMPARE(cards.value(QStringLiteral("T5")).value, QStringLiteral("20"));   // of the team's three waits
        QVERIFY(!cards.contains(QStringLiteral("V1")));
        QVERIFY(!cards.contains(QStringLiteral("A6")));
        QVERIFY(xlsx.sheetXml(1).contains("<pane ySplit=\"1\""));

        // Components: each component's value, target, weight and score.
        const QHash<QString, test::XlsxCell> components = xlsx.cells(2);
        QCOMPARE(components.value(QStringLiteral("C2")).value, QStringLiteral("Responsiveness"));
        QCOMPARE(components.value(QStringLiteral("F2")).value, QStringLiteral("50"));
        QCOMPARE(components.value(QStringLiteral("G2")).value, QStringLiteral("80"));
        QCOMPARE(components.value(QStringLiteral("H2")).value, QStringLiteral("20"));
        QCOMPARE(components.value(QStringLiteral("I2")).value, QStringLiteral("62.5"));
        QCOMPARE(components.value(QStringLiteral("C3")).value, QStringLiteral("Handling"));
        QCOMPARE(components.value(QStringLiteral("I3")).value, QStringLiteral("100"));   // AHT 250 under 300
        QCOMPARE(components.value(QStringLiteral("A20")).value, QStringLiteral("Team")); // 3 agents × 6, then the team
        QVERIFY(!components.contains(QStringLiteral("A26")));

        // Weekly trends: 12 weeks per agent, then the team's.
        const QHash<QString, test::XlsxCell> trends = xlsx.cells(3);
        QCOMPARE(trends.value(QStringLiteral("C1")).value, QStringLiteral("Week starting"));
        QCOMPARE(trends.value(QStringLiteral("C2")).value, excelDate(QDate(2026, 8, 31)));
        QCOMPARE(trends.value(QStringLiteral("C13")).value, excelDate(QDate(2026, 11, 16)));
        QCOMPARE(trends.value(QStringLiteral("A13")).value, QStringLiteral("A1"));
        QCOMPARE(trends.value(QStringLiteral("D13")).value, QStringLiteral("2"));
        QCOMPARE(trends.value(QStringLiteral("F13")).value, QStringLiteral("250"));
        QCOMPARE(trends.value(QStringLiteral("D12")).value, QStringLiteral("1")); // the week before
        QCOMPARE(trends.value(QStringLiteral("A49")).value, QStringLiteral("Team"));
        QCOMPARE(trends.value(QStringLiteral("D49")).value, QStringLiteral("3"));
        QVERIFY(!trends.contains(QStringLiteral("A50")));

        // Definitions: the targets, weights and thresholds used.
        const QHash<QString, test::XlsxCell> definitions = xlsx.cells(4);
        bool target = false, threshold = false, realtime = false, email = false;
        for (auto it = definitions.cbegin(); it != definitions.cend(); ++it) {
            if (!it.key().startsWith(QLatin1Char('A')))
                continue;
            const QString row = it.key().mid(1);
            if (it.value().value == QStringLiteral("Target — Responsiveness: Response within target (%)"))
                target = definitions.value(QStringLiteral("B") + row).value == QStringLiteral("80");
            if (it.value().value == QStringLiteral("Response threshold — Chat"))
                threshold = definitions.value(QStringLiteral("B") + row).value == QStringLiteral("15");
            if (it.value().value == QStringLiteral("Real-time ASA (s)"))
                realtime = definitions.value(QStringLiteral("C") + row)
                               .value.startsWith(QStringLiteral(
                                   "asa_realtime_s: mean wait of the answered chat, phone and social contacts"));
            if (it.value().value == QStringLiteral("E-mail reply time (s)"))
                email =
                    definitions.value(QStringLiteral("C") + row).value.startsWith(QStringLiteral("email_reply_s: "));
        }
        QVERIFY(target);
        QVERIFY(threshold);
        QVERIFY(realtime);
        QVERIFY(email);
    }

    void xlsxFollowsTheTranslator()
    {
        SheetNamesInChinese chinese;
        QCoreApplication::installTranslator(&chinese);
        const QString file = path(QStringLiteral("zh.xlsx"));
        QString error;
        const bool ok = writeScorecardXlsx(*m_book, file, &error);
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(ok, qPrintable(error));
        const test::XlsxProbe xlsx(file);
        QCOMPARE(xlsx.sheetNames().mid(0, 2), (QStringList{QStringLiteral("评分卡"), QStringLiteral("分项")}));
        QCOMPARE(xlsx.cells(1).value(QStringLiteral("A1")).value, QStringLiteral("工号"));
    }

    void pdfHasASummaryAndOnePagePerAgent()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
                 "no font for Chinese is installed (fonts-wqy-microhei or fonts-noto-cjk)");
        const QString family = ui::scorecardFontFamily();
        QVERIFY2(QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese), qPrintable(family));

        const QString file = path(QStringLiteral("评分卡.pdf"));
        QString error;
        QVERIFY2(ui::writeScorecardPdf(*m_book, file, &error), qPrintable(error));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        const QByteArray pdf = readAll(file);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(test::pdfPageCount(pdf), int(m_book->cards.size()) + 1);
        QCOMPARE(ui::scorecardPageCount(*m_book), int(m_book->cards.size()) + 1);
        QVERIFY(pdf.contains("/MediaBox [0 0 595")); // A4: 595 × 842 points
        QString embedded;
        QVERIFY2(test::embedsCjkFont(pdf, &embedded), "no CJK font program in the PDF");
        QCOMPARE(embedded, family);
        // The Chinese names are written with the font's glyphs: its ToUnicode map holds 售 (U+552E).
        const QByteArray streams = (pdf + test::inflatedStreams(pdf)).toLower();
        QVERIFY(streams.contains("552e"));
        QVERIFY(streams.contains("5f20")); // 张
    }

    void pdfOfManyAgentsContinuesTheSummary()
    {
        // 60 agents do not fit on the summary page: it continues, and each agent still has a page.
        ScorecardBook book = *m_book;
        for (int i = 0; i < 57; ++i) {
            AgentScorecard card = book.cards.at(i % 3);
            card.agentId = QStringLiteral("X%1").arg(i, 2, 10, QLatin1Char('0'));
            book.cards.append(card);
        }
        const int pages = ui::scorecardPageCount(book);
        QVERIFY(pages > 61);
        const QString file = path(QStringLiteral("many.pdf"));
        QString error;
        QVERIFY2(ui::writeScorecardPdf(book, file, &error), qPrintable(error));
        QCOMPARE(test::pdfPageCount(readAll(file)), pages);
    }

    void pageImagesAreDrawn()
    {
        // The preview of a page is the same painting: an A4 page at 100 dpi with ink on it.
        const QImage page = ui::renderScorecardPage(*m_book, 1, 100);
        QCOMPARE(page.size(), QSize(827, 1169));
        int inked = 0;
        for (int y = 0; y < page.height(); y += 4) {
            for (int x = 0; x < page.width(); x += 4)
                inked += page.pixelColor(x, y) != QColor(Qt::white);
        }
        QVERIFY(inked > 500);
    }

    // Issue 17: the PDF wrote waits as plain seconds (平均应答时长 (秒) 4,936.1), transfers with two
    // decimals where the CSV has one, and week labels as 09-21. Now as the window writes them.
    void pdfWritesFiguresAsTheWindowDoes()
    {
        QCOMPARE(ui::applyLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const auto english = qScopeGuard([] { ui::applyLanguage(QStringLiteral("en")); });
        ScorecardBook book = *m_book;
        book.summary.conversations.emailReplySeconds = 4936.1;
        book.summary.conversations.transfersAvg = 0.09;
        book.cards[0].conversations.p90RealtimeSeconds = 382.0;
        book.cards[0].conversations.transfersAvg = 1.26;

        const QStringList summary = pageTexts(book, 0);
        QVERIFY2(summary.contains(QStringLiteral("1:22:16")), qPrintable(summary.join(QLatin1Char('|'))));
        QVERIFY(!summary.contains(QStringLiteral("4,936.1")) && !summary.contains(QStringLiteral("4936.1")));
        QVERIFY(summary.contains(QStringLiteral("0.1")));
        QVERIFY(!summary.contains(QStringLiteral("0.09")));
        const std::optional<double> aht = book.summary.conversations.ahtSeconds;
        QVERIFY(aht && *aht >= 60);
        QVERIFY2(summary.contains(format::duration(aht)), qPrintable(format::duration(aht)));
        // The handling target is a duration too; the others stay numbers.
        QVERIFY(summary.contains(format::duration(book.rules.target(ScoreComponent::Handling))));
        QVERIFY(summary.contains(format::dateRange(book.first, book.last)) ||
                summary.join(QString()).contains(format::dateRange(book.first, book.last)));

        const QStringList agent = pageTexts(book, 1);
        QVERIFY2(agent.contains(QStringLiteral("6:22")), qPrintable(agent.join(QLatin1Char('|'))));
        QVERIFY(agent.contains(QStringLiteral("1.3")));
        QVERIFY(!agent.contains(QStringLiteral("1.26")));
        QVERIFY(agent.contains(format::duration(book.cards[0].conversations.ahtSeconds)));
        // Week labels: ISO dates, the last week's always.
        QVERIFY(agent.contains(format::date(book.weekStarts.constLast())));
        static const QRegularExpression monthDay(QStringLiteral("^\\d\\d-\\d\\d$"));
        for (const QString &text : agent)
            QVERIFY2(!monthDay.match(text).hasMatch(), qPrintable(text));
    }

    void failureLeavesNothingBehind()
    {
        const QString file = path(QStringLiteral("missing-folder/report.pdf"));
        QString error;
        QVERIFY(!ui::writeScorecardPdf(*m_book, file, &error));
        QVERIFY2(error.contains(QStringLiteral("report.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        QVERIFY(!writeScorecardXlsx(*m_book, path(QStringLiteral("missing-folder/report.xlsx")), &error));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing-folder"))));
    }

    void commandLineWritesPdfAndXlsx()
    {
        const QStringList period = {QStringLiteral("report"), QStringLiteral("agents"),    QStringLiteral("--store"),
                                    m_store->path(),          QStringLiteral("--from"),    QStringLiteral("2026-11-16"),
                                    QStringLiteral("--to"),   QStringLiteral("2026-11-22")};
        const QString pdf = path(QStringLiteral("cli.pdf"));
        Run r = kefudesk(period +
                         QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("cli.pdf")), qPrintable(r.out));
        QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(test::pdfPageCount(bytes), 4 + 1); // every team: four agents

        // The format from the file's extension, one team, in Chinese.
        const QString teamPdf = path(QStringLiteral("team.pdf"));
        r = kefudesk(period + QStringList{QStringLiteral("--team"), SalesTeam, QStringLiteral("--lang"),
                                          QStringLiteral("zh_CN"), QStringLiteral("--out"), teamPdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        bytes = readAll(teamPdf);
        QCOMPARE(test::pdfPageCount(bytes), 3 + 1);
        QString embedded;
        QVERIFY(test::embedsCjkFont(bytes, &embedded));

        const QString xlsx = path(QStringLiteral("cli.xlsx"));
        r = kefudesk(period + QStringList{QStringLiteral("--out"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(test::XlsxProbe(xlsx).sheetNames().size(), 4);
    }

    // The pane's Export…: the file and its audit record, both or neither (audit::exportFile).
    void paneExportIsAuditedOrNothing()
    {
        ui::ScorecardsPane pane(*m_store, Session::singleUser());
        if (!pane.isReady()) {
            QSignalSpy ready(&pane, &ui::Pane::ready);
            QVERIFY(ready.wait(20000));
        }
        QSignalSpy exported(&pane, &ui::ScorecardsPane::exported);
        QSignalSpy failed(&pane, &ui::ScorecardsPane::exportFailed);
        const qint64 before = bookExports();

        // An unwritable destination: no record.
        const QString missing = path(QStringLiteral("no-such-folder/pane.xlsx"));
        pane.exportTo(missing);
        QVERIFY(failed.wait(30000));
        QCOMPARE(bookExports(), before);
        QVERIFY(!QFile::exists(missing));

        // A record the store refuses: no file, neither the PDF nor the workbook.
        QVERIFY(refuseExports(true));
        for (const QString &name : {QStringLiteral("refused.pdf"), QStringLiteral("refused.xlsx")}) {
            pane.exportTo(path(name));
            QVERIFY(failed.wait(30000));
            QVERIFY2(failed.last().constFirst().toString().contains(QStringLiteral("exports refused")),
                     qPrintable(failed.last().constFirst().toString()));
            QVERIFY(!QFile::exists(path(name)));
            QVERIFY(!QFile::exists(path(name) + QStringLiteral(".partial")));
        }
        QVERIFY(refuseExports(false));
        QCOMPARE(bookExports(), before);
        QCOMPARE(exported.size(), 0);

        // Both.
        const QString file = path(QStringLiteral("pane.pdf"));
        pane.exportTo(file);
        QVERIFY(exported.wait(30000));
        QVERIFY(readAll(file).startsWith("%PDF-"));
        QCOMPARE(bookExports(), before + 1);
        QCOMPARE(sql::scalar(m_store->database(),
                             QStringLiteral("SELECT user_name FROM audit_log WHERE kind = 'data.export' ORDER BY id "
                                            "DESC LIMIT 1"))
                     .toString(),
                 Session::singleUser().userName());
    }

    // `report agents --out`: the same rule as the pane's Export…; the standard output records nothing.
    void commandLineExportIsAuditedOrNothing()
    {
        const QStringList period = {QStringLiteral("report"), QStringLiteral("agents"),    QStringLiteral("--store"),
                                    m_store->path(),          QStringLiteral("--from"),    QStringLiteral("2026-11-16"),
                                    QStringLiteral("--to"),   QStringLiteral("2026-11-22")};
        qint64 before = bookExports();
        const QString xlsx = path(QStringLiteral("audited.xlsx"));
        Run r = kefudesk(period + QStringList{QStringLiteral("--out"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(bookExports(), before + 1);
        QVERIFY2(r.err.contains(QFileInfo(xlsx).absoluteFilePath()) && r.err.contains(QStringLiteral("audit log")),
                 qPrintable(r.err));
        // A store without users: the record names its one person, the operating system's user.
        QCOMPARE(sql::scalar(m_store->database(),
                             QStringLiteral("SELECT user_name FROM audit_log WHERE kind = 'data.export' ORDER BY id "
                                            "DESC LIMIT 1"))
                     .toString(),
                 Session::singleUser().userName());

        before = bookExports();
        r = kefudesk(period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(bookExports(), before);

        const QString missing = path(QStringLiteral("no-such-folder/cli.pdf"));
        r = kefudesk(period + QStringList{QStringLiteral("--out"), missing});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(bookExports(), before);

        QVERIFY(refuseExports(true));
        for (const QString &name : {QStringLiteral("refused-cli.pdf"), QStringLiteral("refused-cli.xlsx"),
                                    QStringLiteral("refused-cli.csv")}) {
            r = kefudesk(period + QStringList{QStringLiteral("--out"), path(name)});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("exports refused")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
            QVERIFY(!QFile::exists(path(name)));
            QVERIFY(!QFile::exists(path(name) + QStringLiteral(".partial")));
        }
        QVERIFY(refuseExports(false));
        QCOMPARE(bookExports(), before);
    }

    void commandLineRefusesAPdfWithoutAFile()
    {
        const QStringList period = {QStringLiteral("report"), QStringLiteral("agents"),    QStringLiteral("--store"),
                                    m_store->path(),          QStringLiteral("--from"),    QStringLiteral("2026-11-16"),
                                    QStringLiteral("--to"),   QStringLiteral("2026-11-22")};
        Run r = kefudesk(period + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--out FILE.pdf")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = kefudesk(period + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                                          QStringLiteral("fr"), QStringLiteral("--out"),
                                          path(QStringLiteral("fr.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--lang")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("fr.pdf"))));

        QStringList service = period;
        service[1] = QStringLiteral("service");
        r = kefudesk(service + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                                           path(QStringLiteral("service.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("report agents")), qPrintable(r.err));
    }
};

QTEST_MAIN(TestScorecardExport)
#include "tst_scorecardexport.moc"
