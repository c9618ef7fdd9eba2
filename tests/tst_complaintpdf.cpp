// The complaints report as a PDF (issue 12): the summary page with the cohort's figures and four charts,
// the table by --by, then the overdue cases at the store's now; the texts as painted, the file whole or
// not at all. A small store made through the workflow, its figures hand-computed from complaints.md.
#include "PdfProbe.h"
#include "TestSupport.h"
#include "auth/Session.h"
#include "complaints/CaseListModel.h"
#include "complaints/ComplaintPdf.h"
#include "complaints/ComplaintService.h"
#include "core/Formats.h"
#include "core/Vocabulary.h"
#include "shell/Gui.h"
#include "widgets/RatingColours.h"

#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace kefu;
using namespace kefu::complaints;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Shanghai).toSecsSinceEpoch();
}

// The report's now: Sunday 2026-11-08 12:00, the last day of the period.
const qint64 Now = at(11, 8, 12);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList pageTexts(const ui::ComplaintPdfData &data, int page)
{
    return test::TextRecorder::texts(
        [&](QPainter &painter) { ui::paintComplaintPage(painter, data, page, test::TextRecorder::Dpi); });
}

// The painted texts as one run of words (wrapped lines joined again).
QString words(const QStringList &texts)
{
    return texts.join(QLatin1Char(' ')).simplified();
}

} // namespace

class TestComplaintPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString open(Store &store, const char *id, qint64 created, const char *priority, const char *category,
                 const char *summary)
    {
        NewCase c;
        c.id = QString::fromLatin1(id);
        c.createdAt = created;
        c.priority = QString::fromLatin1(priority);
        c.category = QString::fromUtf8(category);
        c.summary = QString::fromUtf8(summary);
        QString error;
        const auto made = ComplaintService(store.database(), Session::singleUser(), Shanghai).create(c, &error);
        if (!made)
            qWarning("%s", qPrintable(error));
        return made.value_or(QString());
    }

    bool act(const char *id, CaseAction action, qint64 when, ActionInput in = {})
    {
        ComplaintService s(m_store->database(), Session::singleUser(), Shanghai);
        const QString caseId = QString::fromLatin1(id);
        in.action = action;
        const ActionResult r = s.act(caseId, s.lastEventId(caseId), in, when);
        if (!r.ok())
            qWarning("%s: %s", id, qPrintable(r.message));
        return r.ok();
    }

    static ui::ComplaintPdfRequest request(ComplaintGrouping grouping = ComplaintGrouping::None)
    {
        ui::ComplaintPdfRequest r;
        r.first = QDate(2026, 11, 2);
        r.last = QDate(2026, 11, 8);
        r.grouping = grouping;
        r.now = Now;
        return r;
    }

    ui::ComplaintPdfData read(Store &store, ComplaintGrouping grouping = ComplaintGrouping::None)
    {
        QString error;
        QSqlDatabase db = store.database();
        const std::optional<ui::ComplaintPdfData> data =
            ui::readComplaintPdfData(db, Shanghai, request(grouping), &error);
        if (!data)
            qWarning("%s", qPrintable(error));
        return data.value_or(ui::ComplaintPdfData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(ui::applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
        m_store = test::createStore(m_dir, QStringLiteral("complaints.sqlite"));
        QVERIFY(m_store);
        Store &s = *m_store;
        // K1: P1 of the period, never acknowledged: overdue since 11:00 on its first day.
        QVERIFY(!open(s, "K1", at(11, 2, 10), "P1", "物流", "快递三天未到").isEmpty());
        // K2: P3 acknowledged in an hour, closed satisfied 24 h after it was opened: on time.
        QVERIFY(!open(s, "K2", at(11, 3, 9), "P3", "物流", "包裹破损").isEmpty());
        ActionInput owner;
        owner.owner = QStringLiteral("李娜");
        QVERIFY(act("K2", CaseAction::Acknowledge, at(11, 3, 10), owner));
        QVERIFY(act("K2", CaseAction::Investigate, at(11, 3, 11)));
        ActionInput proposal;
        proposal.rootCause = QStringLiteral("logistics");
        proposal.resolution = QStringLiteral("explanation");
        QVERIFY(act("K2", CaseAction::Propose, at(11, 3, 12), proposal));
        QVERIFY(act("K2", CaseAction::SendForConfirmation, at(11, 3, 13)));
        ActionInput satisfied;
        satisfied.feedback = QStringLiteral("satisfied");
        QVERIFY(act("K2", CaseAction::Close, at(11, 4, 9), satisfied));
        // K3: P2 acknowledged after 5 h of its 4 (late), investigating; its 48 h run to 11-09 10:00: not overdue.
        QVERIFY(!open(s, "K3", at(11, 7, 10), "P2", "质量", "屏幕有划痕").isEmpty());
        owner.owner = QStringLiteral("王芳");
        QVERIFY(act("K3", CaseAction::Acknowledge, at(11, 7, 15), owner));
        QVERIFY(act("K3", CaseAction::Investigate, at(11, 7, 16)));
        // K4: rejected as a duplicate.
        QVERIFY(!open(s, "K4", at(11, 5, 9), "P3", "质量", "重复投诉").isEmpty());
        ActionInput reason;
        reason.note = QStringLiteral("重复投诉");
        QVERIFY(act("K4", CaseAction::Reject, at(11, 5, 10), reason));
        // K5: opened before the period and never acknowledged: not in the cohort, but overdue now.
        QVERIFY(!open(s, "K5", at(10, 20, 9), "P3", "售后", "退款未到账").isEmpty());
    }

    void readsTheCohortAndTheOverdueCases()
    {
        const ui::ComplaintPdfData data = read(*m_store);
        const ComplaintRow &t = data.charts.total;
        QCOMPARE(t.opened, 4);
        QCOMPARE(t.closed, 1);
        QCOMPARE(t.rejected, 1);
        QCOMPARE(t.openNow, 2);
        QCOMPARE(t.ackSlaMetPct, std::optional<double>(50.0)); // K2 on time, K3 late
        QCOMPARE(t.resolveSlaMetPct, std::optional<double>(100.0));
        QCOMPARE(t.medianHoursToClose, std::optional<double>(24.0));
        QCOMPARE(t.satisfiedPct, std::optional<double>(100.0));
        QCOMPARE(t.transfersAvg, std::optional<double>(0.0));
        QVERIFY(data.rows.isEmpty());
        QCOMPARE(data.generatedAt, Now);
        QCOMPARE(data.charts.withoutRootCause, 3);
        QCOMPARE(data.charts.weeks.size(), 1);

        // Overdue: every open case past its due now, whatever its creation date, most overdue first.
        QStringList overdue;
        for (const CaseListRow &r : data.overdue)
            overdue << r.id;
        QCOMPARE(overdue, (QStringList{QStringLiteral("K5"), QStringLiteral("K1")}));

        const ui::ComplaintPdfData byCategory = read(*m_store, ComplaintGrouping::Category);
        QCOMPARE(byCategory.rows.size(), 2);
        QCOMPARE(byCategory.rows.at(0).key, QStringLiteral("物流"));
        QCOMPARE(byCategory.rows.at(0).opened, 2);
        QCOMPARE(byCategory.rows.at(1).key, QStringLiteral("质量"));
        QCOMPARE(byCategory.rows.at(1).rejected, 1);
    }

    void summaryPageSaysTheFiguresAndTheCharts()
    {
        const ui::ComplaintPdfData data = read(*m_store);
        QCOMPARE(ui::complaintPageCount(data), 2);
        QCOMPARE(ui::complaintOverduePage(data), 1);
        const QStringList texts = pageTexts(data, 0);
        QVERIFY2(texts.contains(QStringLiteral("Complaints report")), qPrintable(texts.join(QLatin1Char('|'))));
        // Each figure's tile: its name, then its value as the window writes it.
        const QList<std::pair<QString, QString>> tiles = {
            {QStringLiteral("Opened"), format::count(4)},
            {QStringLiteral("Closed"), format::count(1)},
            {QStringLiteral("Rejected"), format::count(1)},
            {QStringLiteral("Open now"), format::count(2)},
            {QStringLiteral("Acknowledged on time"), format::percent(50.0)},
            {QStringLiteral("Resolved on time"), format::percent(100.0)},
            {QStringLiteral("Median hours to close"), format::number(24.0, 1)},
            {QStringLiteral("Reopened"), format::percent(0.0)},
            {QStringLiteral("Satisfied"), format::percent(100.0)},
            {QStringLiteral("Transfers per case"), format::number(0.0, format::TransfersDecimals)},
        };
        for (const auto &[name, value] : tiles) {
            const qsizetype i = texts.indexOf(name);
            QVERIFY2(i >= 0, qPrintable(name));
            QCOMPARE(texts.value(i + 1), value);
        }
        for (const char *chart : {"Complaints by category", "Root causes", "Time from creation to closing",
                                  "On time per week"})
            QVERIFY2(texts.contains(QString::fromLatin1(chart)), chart);
        // Each chart's key says what its colours are.
        for (const char *key : {"cases (left axis)", "cumulative share (right axis)", "80 % of the cases",
                                "closed cases", "acknowledged on time", "resolved on time"})
            QVERIFY2(texts.contains(QString::fromLatin1(key)), key);
        QVERIFY(texts.contains(QStringLiteral("3 cases without a root cause yet are not counted.")));
        // The bars' labels: the categories as stored, root causes by name; the week by its Monday.
        QVERIFY(texts.contains(QStringLiteral("物流")));
        QVERIFY(texts.contains(QStringLiteral("质量")));
        QVERIFY(texts.contains(rootCauseName(RootCause::Logistics)));
        QVERIFY(texts.contains(format::date(QDate(2026, 11, 2))));
        const QString all = words(texts);
        QVERIFY2(all.contains(format::dateRange(QDate(2026, 11, 2), QDate(2026, 11, 8))), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Asia/Shanghai")));
        QVERIFY(all.contains(format::dateTime(Now, Shanghai)));
        QVERIFY(texts.contains(QStringLiteral("Page 1 of 2")));
    }

    void overduePagesListTheOverdueCasesOnly()
    {
        ui::ComplaintPdfData data = read(*m_store);
        const QStringList texts = pageTexts(data, ui::complaintOverduePage(data));
        const qsizetype k5 = texts.indexOf(QStringLiteral("K5")), k1 = texts.indexOf(QStringLiteral("K1"));
        QVERIFY2(k5 >= 0 && k1 > k5, qPrintable(texts.join(QLatin1Char('|'))));
        for (const char *notOverdue : {"K2", "K3", "K4"})
            QVERIFY2(!texts.contains(QString::fromLatin1(notOverdue)), notOverdue);
        // K1: P1 due at 11:00 on 11-02, overdue by 6 days and 1 hour at the report's now.
        QVERIFY(texts.contains(format::dateTime(at(11, 2, 11), Shanghai)));
        QVERIFY(texts.contains(format::duration(double(Now - at(11, 2, 11)))));
        QVERIFY(texts.contains(QStringLiteral("快递三天未到")));
        // The red of the overdue time is explained on the page.
        QVERIFY(words(texts).contains(ui::RatingColours::describe(Rating::Off, CaseListModel::overdueMeaning())));
        QVERIFY(texts.contains(QStringLiteral("Page 2 of 2")));

        data.overdue.clear();
        QCOMPARE(ui::complaintPageCount(data), 2);
        QVERIFY(pageTexts(data, 1).contains(QStringLiteral("No overdue cases.")));
    }

    void pagesGrowWithManyOverdueCases()
    {
        const std::unique_ptr<Store> store = test::createStore(m_dir, QStringLiteral("many.sqlite"));
        QVERIFY(store);
        constexpr int Cases = 120;
        for (int i = 0; i < Cases; ++i)
            QVERIFY(!open(*store, qPrintable(QStringLiteral("M%1").arg(i, 3, 10, QLatin1Char('0'))),
                          at(11, 2, 9) + 60 * i, "P1", "物流", "未受理")
                         .isEmpty());
        const ui::ComplaintPdfData data = read(*store);
        QCOMPARE(data.overdue.size(), Cases);
        const int pages = ui::complaintPageCount(data);
        QVERIFY(pages >= 4); // the summary and three pages of overdue cases at least
        QCOMPARE(ui::complaintOverduePage(data), 1);

        // Every case on exactly one page, the oldest (most overdue) first; the later pages continue.
        QStringList listed;
        for (int page = 1; page < pages; ++page) {
            const QStringList texts = pageTexts(data, page);
            for (const QString &t : texts)
                if (t.startsWith(QLatin1Char('M')) && t.size() == 4)
                    listed << t;
            if (page > 1)
                QVERIFY(words(texts).contains(QStringLiteral("(continued)")));
            QVERIFY(texts.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        }
        QCOMPARE(listed.size(), Cases);
        QCOMPARE(listed.constFirst(), QStringLiteral("M000"));
        QCOMPARE(listed.constLast(), QStringLiteral("M119"));
        listed.removeDuplicates();
        QCOMPARE(listed.size(), Cases);

        const QString file = m_dir.filePath(QStringLiteral("many.pdf"));
        QString error;
        QVERIFY2(ui::writeComplaintPdf(data, file, &error), qPrintable(error));
        QCOMPARE(test::pdfPageCount(readAll(file)), pages);
    }

    void groupedTableFollowsTheSummary()
    {
        ui::ComplaintPdfData data = read(*m_store, ComplaintGrouping::RootCause);
        QCOMPARE(ui::complaintPageCount(data), 3);
        QCOMPARE(ui::complaintOverduePage(data), 2);
        QStringList texts = pageTexts(data, 1);
        QVERIFY2(texts.contains(QStringLiteral("By root cause")), qPrintable(texts.join(QLatin1Char('|'))));
        // The root cause by name, the cases without one as "(none)", each with its figures.
        const qsizetype logistics = texts.indexOf(rootCauseName(RootCause::Logistics));
        QVERIFY(logistics >= 0);
        QCOMPARE(texts.value(logistics + 1), format::count(1)); // opened
        QCOMPARE(texts.value(logistics + 2), format::count(1)); // closed
        const qsizetype none = texts.indexOf(QStringLiteral("(none)"));
        QVERIFY(none >= 0);
        QCOMPARE(texts.value(none + 1), format::count(3));
        QCOMPARE(texts.value(none + 3), format::count(1)); // rejected

        // Many groups continue on further pages, each row once.
        const ComplaintRow row = data.rows.constFirst();
        data.rows.clear();
        for (int i = 0; i < 100; ++i) {
            ComplaintRow r = row;
            r.key = QStringLiteral("owner-%1").arg(i, 3, 10, QLatin1Char('0'));
            data.rows.append(r);
        }
        data.grouping = ComplaintGrouping::Owner;
        const int pages = ui::complaintPageCount(data);
        QVERIFY(pages >= 5); // the summary, three pages of owners at least, the overdue cases
        int keys = 0;
        for (int page = 1; page < ui::complaintOverduePage(data); ++page) {
            texts = pageTexts(data, page);
            for (const QString &t : texts)
                keys += t.startsWith(QLatin1String("owner-")) ? 1 : 0;
        }
        QCOMPARE(keys, 100);
        QVERIFY(pageTexts(data, ui::complaintOverduePage(data)).contains(QStringLiteral("K5")));
    }

    void writesAPdfWholeOrNothing()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
                 "no font for Chinese is installed (fonts-wqy-microhei or fonts-noto-cjk)");
        const ui::ComplaintPdfData data = read(*m_store, ComplaintGrouping::Category);
        const QString file = m_dir.filePath(QStringLiteral("投诉.pdf"));
        QString error;
        QVERIFY2(ui::writeComplaintPdf(data, file, &error), qPrintable(error));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        const QByteArray pdf = readAll(file);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(test::pdfPageCount(pdf), ui::complaintPageCount(data));
        QVERIFY(pdf.contains("/MediaBox [0 0 595")); // A4
        QString embedded;
        QVERIFY2(test::embedsCjkFont(pdf, &embedded), "no CJK font program in the PDF");
        QVERIFY((pdf + test::inflatedStreams(pdf)).toLower().contains("7269")); // 物 (U+7269) of a category

        // A folder that does not exist: false, why, and nothing left behind.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/complaints.pdf"));
        QVERIFY(!ui::writeComplaintPdf(data, missing, &error));
        QVERIFY2(error.contains(QStringLiteral("complaints.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(missing + QStringLiteral(".partial")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    }

    void pageImagesAreDrawn()
    {
        // The preview is the same painting: an A4 page at 100 dpi with ink on it, a blank one past the end.
        const ui::ComplaintPdfData data = read(*m_store);
        const auto inked = [](const QImage &page) {
            int n = 0;
            for (int y = 0; y < page.height(); y += 4)
                for (int x = 0; x < page.width(); x += 4)
                    n += page.pixelColor(x, y) != QColor(Qt::white);
            return n;
        };
        const QImage summary = ui::renderComplaintPage(data, 0, 100);
        QCOMPARE(summary.size(), QSize(827, 1169));
        QVERIFY(inked(summary) > 2000);
        QCOMPARE(inked(ui::renderComplaintPage(data, ui::complaintPageCount(data), 100)), 0);
    }
};

QTEST_MAIN(TestComplaintPdf)
#include "tst_complaintpdf.moc"
