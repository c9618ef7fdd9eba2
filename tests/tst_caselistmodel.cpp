// Issue 12: the complaints pane's list model, fed with the rows CaseList reads from a store, under
// QAbstractItemModelTester through a reset, appended pages, a new filter and a moving `now`: the
// countdown's text, its rating (near from 80 % of the time used, off when overdue, none for ended cases,
// which are muted), what the rating means with the due time, and a countdown that stands still while
// the customer decides.
#include "TestSupport.h"
#include "complaints/CaseListModel.h"
#include "complaints/ComplaintService.h"
#include "core/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::complaints;

class TestCaseListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const QTimeZone m_zone{"Asia/Shanghai"};
    static constexpr qint64 t0 = 1'790'000'000; // 2026-09-21 22:13:20 in Shanghai
    static constexpr qint64 H = 3600;
    static constexpr qint64 M = 60;

    bool open(const char *id, qint64 at, const char *priority)
    {
        NewCase c;
        c.id = QString::fromLatin1(id);
        c.createdAt = at;
        c.priority = QString::fromLatin1(priority);
        c.summary = QStringLiteral("快递未到");
        c.category = QStringLiteral("物流");
        c.customerId = QStringLiteral("U-%1").arg(c.id);
        QString error;
        const auto made = ComplaintService(m_store->database(), Session::singleUser(), m_zone).create(c, &error);
        if (!made)
            qWarning("%s", qPrintable(error));
        return made.has_value();
    }
    bool act(const char *id, CaseAction action, qint64 at)
    {
        ComplaintService s(m_store->database(), Session::singleUser(), m_zone);
        ActionInput in;
        in.action = action;
        in.owner = QStringLiteral("李娜");
        in.rootCause = QStringLiteral("logistics");
        in.resolution = QStringLiteral("explanation");
        in.feedback = QStringLiteral("satisfied");
        in.note = QStringLiteral("重复投诉");
        const QString caseId = QString::fromLatin1(id);
        const ActionResult r = s.act(caseId, s.lastEventId(caseId), in, at);
        if (!r.ok())
            qWarning("%s: %s", id, qPrintable(r.message));
        return r.ok();
    }
    QList<CaseListRow> page(const CaseFilter &filter, const std::optional<CasePageKey> &after, int limit, qint64 now)
    {
        QString error;
        QSqlDatabase db = m_store->database();
        const QList<CaseListRow> rows = CaseList::page(db, filter, after, limit, now, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rows;
    }
    static CasePageKey after(const QList<CaseListRow> &rows)
    {
        return {rows.constLast().facts.createdAt, rows.constLast().id};
    }
    static QVariant cell(const CaseListModel &m, int row, int column, int role = Qt::DisplayRole)
    {
        return m.data(m.index(row, column), role);
    }
    static Rating rating(const CaseListModel &m, int row)
    {
        return Rating(cell(m, row, CaseListModel::TimeLeftColumn, RatingRole).toInt());
    }

private slots:
    void initTestCase()
    {
        m_store = test::createStore(m_dir, QStringLiteral("model.sqlite"));
        QVERIFY(m_store);
        // M1 P1 new: an hour to acknowledge.
        QVERIFY(open("M1", t0, "P1"));
        // M2 P3 acknowledged in time, waiting for the customer since t0 + 2 h: 72 h to resolve, 2 h gone.
        QVERIFY(open("M2", t0 + 10, "P3"));
        QVERIFY(act("M2", CaseAction::Acknowledge, t0 + 60));
        QVERIFY(act("M2", CaseAction::Investigate, t0 + 70));
        QVERIFY(act("M2", CaseAction::Propose, t0 + 80));
        QVERIFY(act("M2", CaseAction::SendForConfirmation, t0 + 2 * H));
        // M3 P2 closed, M4 P3 rejected.
        QVERIFY(open("M3", t0 + 20, "P2"));
        QVERIFY(act("M3", CaseAction::Acknowledge, t0 + 30));
        QVERIFY(act("M3", CaseAction::Investigate, t0 + 40));
        QVERIFY(act("M3", CaseAction::Propose, t0 + 50));
        QVERIFY(act("M3", CaseAction::SendForConfirmation, t0 + 60));
        QVERIFY(act("M3", CaseAction::Close, t0 + 3 * H));
        QVERIFY(open("M4", t0 + 40, "P3"));
        QVERIFY(act("M4", CaseAction::Reject, t0 + 50));
        // M5 P2 acknowledged, investigating: 48 h to resolve from t0 + 50 s.
        QVERIFY(open("M5", t0 + 50, "P2"));
        QVERIFY(act("M5", CaseAction::Acknowledge, t0 + 100));
        QVERIFY(act("M5", CaseAction::Investigate, t0 + 110));
        QVERIFY(open("M6", t0 + 60, "P3"));
        QVERIFY(open("M7", t0 + 70, "P3"));
    }

    void pagesResetsAndTheTester()
    {
        CaseListModel model(m_zone);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 now = t0 + 10 * M;
        model.setNow(now);

        const QList<CaseListRow> first = page({}, std::nullopt, 3, now);
        model.setRows(first);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
        QCOMPARE(cell(model, 0, CaseListModel::IdColumn).toString(), QStringLiteral("M7"));
        const QList<CaseListRow> second = page({}, after(first), 3, now);
        model.appendRows(second);
        const QList<CaseListRow> third = page({}, after(second), 3, now);
        model.appendRows(third);
        model.appendRows({}); // the end: nothing happens
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 5);
        QCOMPARE(model.rowCount(), 7);
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << cell(model, row, CaseListModel::IdColumn).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("M7"), QStringLiteral("M6"), QStringLiteral("M5"), QStringLiteral("M4"),
                                   QStringLiteral("M3"), QStringLiteral("M2"), QStringLiteral("M1")}));
        QCOMPARE(model.rowOf(QStringLiteral("M1")), 6);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(cell(model, 6, CaseListModel::IdColumn, CaseListModel::CaseIdRole).toString(), QStringLiteral("M1"));
        QCOMPARE(cell(model, 6, CaseListModel::StateColumn).toString(), QStringLiteral("new"));
        QCOMPARE(cell(model, 5, CaseListModel::StateColumn).toString(), QStringLiteral("awaiting feedback"));
        QCOMPARE(cell(model, 6, CaseListModel::CreatedColumn).toString(), QStringLiteral("2026-09-21 22:13"));
        QVERIFY(cell(model, 6, CaseListModel::PriorityColumn, EmphasisRole).toBool()); // P1
        QVERIFY(!cell(model, 5, CaseListModel::PriorityColumn, EmphasisRole).toBool());

        // A new filter replaces the rows: the ended cases, muted in every column, no clock.
        CaseFilter ended;
        ended.states = {QStringLiteral("closed"), QStringLiteral("rejected")};
        model.setRows(page(ended, std::nullopt, 50, now));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < CaseListModel::ColumnCount; ++column)
                QVERIFY(cell(model, row, column, MutedRole).toBool());
            QCOMPARE(rating(model, row), Rating::None);
            QCOMPARE(cell(model, row, CaseListModel::TimeLeftColumn).toString(), QStringLiteral("—"));
            QCOMPARE(cell(model, row, CaseListModel::TimeLeftColumn, RatingNoteRole).toString(),
                     QStringLiteral("closed or rejected: no clock runs"));
            QCOMPARE(cell(model, row, CaseListModel::SummaryColumn, RatingNoteRole).toString(),
                     CaseListModel::endedMeaning()); // the muting's meaning on every cell
        }
        QCOMPARE(cell(model, 0, CaseListModel::StateColumn).toString(), QStringLiteral("rejected"));
        QCOMPARE(cell(model, 1, CaseListModel::StateColumn).toString(), QStringLiteral("closed"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        model.setNow(now + 1); // no rows: nothing to change
    }

    void theCountdownAndItsRating()
    {
        CaseListModel model(m_zone);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(page({}, std::nullopt, 50, t0 + 10 * M));
        const int m1 = model.rowOf(QStringLiteral("M1"));
        const int m5 = model.rowOf(QStringLiteral("M5"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto at = [&](qint64 now) {
            model.setNow(now);
            // The tooltip says the whole; the cell the duration alone.
            const QString whole = cell(model, m1, CaseListModel::TimeLeftColumn, Qt::ToolTipRole).toString();
            const QString shown = cell(model, m1, CaseListModel::TimeLeftColumn).toString();
            if (!whole.contains(shown.mid(shown.startsWith(QStringLiteral("−")) ? 1 : 0)))
                qWarning("cell %s is not the duration of %s", qPrintable(shown), qPrintable(whole));
            return whole;
        };

        // Only the time-left column changes with `now`, once for all rows; the same instant again changes nothing.
        QCOMPARE(at(t0 + 10 * M), QStringLiteral("50:00 to acknowledge"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, CaseListModel::TimeLeftColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(model.rowCount() - 1, CaseListModel::TimeLeftColumn));
        model.setNow(t0 + 10 * M);
        QCOMPARE(changed.size(), 1);

        // M1, P1: an hour to acknowledge from t0. Early: no rating; the note says when it is due.
        QCOMPARE(rating(model, m1), Rating::None);
        QCOMPARE(cell(model, m1, CaseListModel::TimeLeftColumn, RatingNoteRole).toString(),
                 QStringLiteral("due 2026-09-21 23:13"));
        QVERIFY(!cell(model, m1, CaseListModel::IdColumn, MutedRole).toBool());
        // Near from 80 % used (48 of 60 minutes), not a second before.
        QCOMPARE(at(t0 + 48 * M - 1), QStringLiteral("12:01 to acknowledge"));
        QCOMPARE(rating(model, m1), Rating::None);
        QCOMPARE(at(t0 + 48 * M), QStringLiteral("12:00 to acknowledge"));
        QCOMPARE(rating(model, m1), Rating::Near);
        QCOMPARE(cell(model, m1, CaseListModel::TimeLeftColumn, RatingNoteRole).toString(),
                 QStringLiteral("80 % or more of the time to acknowledge or resolve is used; due 2026-09-21 23:13"));
        QCOMPARE(at(t0 + H), QStringLiteral("0 s to acknowledge"));
        QCOMPARE(rating(model, m1), Rating::Near);
        // Off once past its due.
        QCOMPARE(at(t0 + H + 1), QStringLiteral("overdue by 1 s"));
        QCOMPARE(rating(model, m1), Rating::Off);
        QCOMPARE(at(t0 + H + 61 * M), QStringLiteral("overdue by 1:01:00"));
        QCOMPARE(cell(model, m1, CaseListModel::TimeLeftColumn).toString(), QStringLiteral("−1:01:00"));
        QCOMPARE(cell(model, m1, CaseListModel::TimeLeftColumn, RatingNoteRole).toString(),
                 QStringLiteral("past the time to acknowledge or resolve; due 2026-09-21 23:13"));
        QCOMPARE(cell(model, m1, CaseListModel::TimeLeftColumn, CaseListModel::SortRole).toLongLong(), -(61 * M));
        QVERIFY(!cell(model, m1, CaseListModel::TimeLeftColumn, MutedRole).toBool());

        // M5, P2 acknowledged: 48 h to resolve from t0 + 50 s; near from 38 h 24 min.
        model.setNow(t0 + 5 * H);
        QCOMPARE(cell(model, m5, CaseListModel::TimeLeftColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("43:00:50 to resolve"));
        QCOMPARE(cell(model, m5, CaseListModel::TimeLeftColumn).toString(), QStringLiteral("43:00:50"));
        QCOMPARE(rating(model, m5), Rating::None);
        model.setNow(t0 + 50 + 38 * H + 24 * M);
        QCOMPARE(rating(model, m5), Rating::Near);
        model.setNow(t0 + 50 + 48 * H + 1);
        QCOMPARE(rating(model, m5), Rating::Off);
        QCOMPARE(cell(model, m5, CaseListModel::TimeLeftColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("overdue by 1 s"));
        QCOMPARE(cell(model, m5, CaseListModel::TimeLeftColumn).toString(), QStringLiteral("−1 s"));
    }

    void pausedWhileTheCustomerDecides()
    {
        // M2, P3: 72 h to resolve from t0 + 10 s; waiting for the customer since t0 + 2 h. The time left
        // stays at 70 h 10 s however long the customer takes, and the due moves out with it, whether the
        // rows were read at that instant or earlier and only `now` moved since.
        for (const qint64 readAt : {t0 + 5 * H, t0 + 3 * H}) {
            CaseListModel model(m_zone);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setRows(page({}, std::nullopt, 50, readAt));
            const int m2 = model.rowOf(QStringLiteral("M2"));
            QVERIFY(m2 >= 0);
            model.setNow(t0 + 5 * H);
            QCOMPARE(cell(model, m2, CaseListModel::TimeLeftColumn).toString(), QStringLiteral("70:00:10 paused"));
            QCOMPARE(rating(model, m2), Rating::None);
            QCOMPARE(cell(model, m2, CaseListModel::TimeLeftColumn, RatingNoteRole).toString(),
                     QStringLiteral("due 2026-09-25 01:13; the resolve clock is paused while the customer decides"));
            model.setNow(t0 + 50 * H);
            QCOMPARE(cell(model, m2, CaseListModel::TimeLeftColumn).toString(), QStringLiteral("70:00:10 paused"));
            QCOMPARE(rating(model, m2), Rating::None);
            QCOMPARE(cell(model, m2, CaseListModel::TimeLeftColumn, RatingNoteRole).toString(),
                     QStringLiteral("due 2026-09-26 22:13; the resolve clock is paused while the customer decides"));
            QCOMPARE(cell(model, m2, CaseListModel::TimeLeftColumn, CaseListModel::SortRole).toLongLong(), 70 * H + 10);
        }
    }

    void headers()
    {
        CaseListModel model(m_zone);
        QCOMPARE(model.headerData(CaseListModel::TimeLeftColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Time left"));
        QCOMPARE(model.headerData(CaseListModel::IdColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Case"));
        QCOMPARE(CaseListModel::nearDueMeaning(),
                 QStringLiteral("80 % or more of the time to acknowledge or resolve is used"));
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
