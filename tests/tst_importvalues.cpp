// The values of data-formats.md read from text: timestamps in every listed form (offset-less ones
// in the store's time zone, across DST), whole numbers, numbers, yes/no and closed sets with
// their Chinese aliases.

#include "importing/ImportValues.h"

#include <QDateTime>
#include <QTest>

using namespace kefu::importing;

namespace {

qint64 utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone(QByteArrayLiteral("UTC")));
    return t.toSecsSinceEpoch();
}

std::string_view sv(const char *s)
{
    return std::string_view(s);
}

} // namespace

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void timestampsInEveryListedForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        // Asia/Shanghai is UTC+8 all year.
        const qint64 nine = utc("2026-11-20T01:05:00");
        QTest::newRow("dashes") << QStringLiteral("2026-11-20 09:05:00") << nine;
        QTest::newRow("slashes") << QStringLiteral("2026/11/20 09:05:00") << nine;
        QTest::newRow("ISO T") << QStringLiteral("2026-11-20T09:05:00") << nine;
        QTest::newRow("ISO Z") << QStringLiteral("2026-11-20T01:05:00Z") << nine;
        QTest::newRow("ISO +08:00") << QStringLiteral("2026-11-20T09:05:00+08:00") << nine;
        QTest::newRow("ISO -05:00") << QStringLiteral("2026-11-19T20:05:00-05:00") << nine;
        QTest::newRow("ISO +0800") << QStringLiteral("2026-11-20T09:05:00+0800") << nine;
        QTest::newRow("fraction") << QStringLiteral("2026-11-20T09:05:00.750+08:00") << nine;
        QTest::newRow("Excel short") << QStringLiteral("2026/11/20 9:05") << nine;
        QTest::newRow("one-digit month") << QStringLiteral("2026/1/5 9:05:07") << utc("2026-01-05T01:05:07");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29 00:00:00") << utc("2028-02-28T16:00:00");
        QTest::newRow("midnight") << QStringLiteral("2026-01-01 00:00:00") << utc("2025-12-31T16:00:00");
    }
    void timestampsInEveryListedForm()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        ValueParser p(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        const QByteArray utf8 = text.toUtf8();
        QString reason;
        const auto v = p.timestamp(std::string_view(utf8.constData(), size_t(utf8.size())), &reason);
        QVERIFY2(v, qPrintable(reason));
        QCOMPARE(*v, expected);
    }

    void badTimestampsSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("date only") << QStringLiteral("2026-11-20") << QStringLiteral("no time of day");
        QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("is not a time");
        QTest::newRow("day 31 of November") << QStringLiteral("2026-11-31 10:00:00")
                                            << QStringLiteral("not a valid date");
        QTest::newRow("hour 24") << QStringLiteral("2026-11-20 24:00:00") << QStringLiteral("not a valid date");
        QTest::newRow("no leap day") << QStringLiteral("2026-02-29 10:00:00") << QStringLiteral("not a valid date");
        QTest::newRow("mixed separators") << QStringLiteral("2026-11/20 10:00:00") << QStringLiteral("is not a time");
        QTest::newRow("trailing junk") << QStringLiteral("2026-11-20 10:00:00 PM") << QStringLiteral("is not a time");
        QTest::newRow("offset 15h") << QStringLiteral("2026-11-20T10:00:00+15:00") << QStringLiteral("is not a time");
    }
    void badTimestampsSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ValueParser p(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        const QByteArray utf8 = text.toUtf8();
        QString why;
        QVERIFY(!p.timestamp(std::string_view(utf8.constData(), size_t(utf8.size())), &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY2(why.contains(text), qPrintable(why)); // the message quotes the value
    }

    void offsetLessTimesFollowTheZonesDaylightSaving()
    {
        // Europe/Berlin: +01:00 in winter, +02:00 in summer; the switch on 2026-03-29 at 02:00.
        ValueParser p(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QString reason;
        QCOMPARE(*p.timestamp(sv("2026-03-29 01:30:00"), &reason), utc("2026-03-29T00:30:00"));
        QCOMPARE(*p.timestamp(sv("2026-03-29 03:30:00"), &reason), utc("2026-03-29T01:30:00"));
        QCOMPARE(*p.timestamp(sv("2026-07-01 12:00:00"), &reason), utc("2026-07-01T10:00:00"));
        QCOMPARE(*p.timestamp(sv("2026-12-01 12:00:00"), &reason), utc("2026-12-01T11:00:00"));
        // The cache per local hour gives the same answers as QDateTime for every hour of a year.
        ValueParser cached(QTimeZone(QByteArrayLiteral("America/New_York")));
        const QTimeZone ny(QByteArrayLiteral("America/New_York"));
        for (int h = 0; h < 24 * 366; h += 7) {
            const QDateTime local = QDateTime(QDate(2026, 1, 1), QTime(0, 17, 3), ny).addSecs(qint64(h) * 3600);
            const QByteArray text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
            const auto v = cached.timestamp(std::string_view(text.constData(), size_t(text.size())), &reason);
            QVERIFY(v);
            QCOMPARE(*v, QDateTime(local.date(), local.time(), ny).toSecsSinceEpoch());
        }
    }

    void datesWholeNumbersAndNumbers()
    {
        ValueParser p(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QString reason;
        QCOMPARE(*p.date(sv("2024-03-01"), &reason), QDate(2024, 3, 1));
        QCOMPARE(*p.date(sv("2024/3/1"), &reason), QDate(2024, 3, 1));
        QCOMPARE(*p.date(sv("2024-03-01 00:00:00"), &reason), QDate(2024, 3, 1));
        QVERIFY(!p.date(sv("01.03.2024"), &reason));
        QCOMPARE(*p.integer(sv("42"), 0, 100, &reason), 42);
        QCOMPARE(*p.integer(sv("+7"), 0, 100, &reason), 7);
        QCOMPARE(*p.integer(sv("3.0"), 0, 100, &reason), 3); // as a spreadsheet writes it
        QVERIFY(!p.integer(sv("3.5"), 0, 100, &reason));
        QVERIFY(reason.contains(QStringLiteral("whole number")));
        QVERIFY(!p.integer(sv("6"), 1, 5, &reason));
        QVERIFY2(reason.contains(QStringLiteral("between 1 and 5")), qPrintable(reason));
        QVERIFY(!p.integer(sv("-1"), 0, std::numeric_limits<qint64>::max(), &reason));
        QVERIFY2(reason.contains(QStringLiteral("less than 0")), qPrintable(reason));
        QVERIFY(!p.integer(sv("99999999999999999999"), 0, std::numeric_limits<qint64>::max(), &reason));
        QCOMPARE(*p.number(sv("87.5"), 0, 100, &reason), 87.5);
        QVERIFY(!p.number(sv("100.5"), 0, 100, &reason));
        QVERIFY(!p.number(sv("nan"), 0, 100, &reason));
        QVERIFY(!p.number(sv("8o"), 0, 100, &reason));
    }

    void yesNoAndChoicesWithChineseAliases()
    {
        ValueParser p(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QString reason;
        for (const char *yes : {"1", "yes", "YES", "y", "true", "是"})
            QCOMPARE(*p.flag(sv(yes), &reason), true);
        for (const char *no : {"0", "no", "N", "false", "否"})
            QCOMPARE(*p.flag(sv(no), &reason), false);
        QVERIFY(!p.flag(sv("maybe"), &reason));
        QVERIFY(reason.contains(QStringLiteral("是/否")));

        const std::initializer_list<Choice> channels = {{"chat", {"在线", "聊天"}}, {"phone", {"电话"}}};
        QCOMPARE(QString::fromLatin1(choose(sv("Chat"), channels, &reason)), QStringLiteral("chat"));
        QCOMPARE(QString::fromLatin1(choose(sv("聊天"), channels, &reason)), QStringLiteral("chat"));
        QCOMPARE(QString::fromLatin1(choose(sv("电话"), channels, &reason)), QStringLiteral("phone"));
        QVERIFY(!choose(sv("fax"), channels, &reason));
        QVERIFY2(reason.contains(QStringLiteral("chat, phone")), qPrintable(reason));
    }

    void exportApostropheIsTakenOffAgain()
    {
        QCOMPARE(storedText(sv("'=SUM(A1)")), sv("=SUM(A1)"));
        QCOMPARE(storedText(sv("'-5 元")), sv("-5 元"));
        QCOMPARE(storedText(sv("'@home")), sv("@home"));
        QCOMPARE(storedText(sv("'quoted'")), sv("'quoted'")); // an ordinary apostrophe stays
        QCOMPARE(storedText(sv("'")), sv("'"));
        QCOMPARE(storedText(sv("''=1")), sv("'=1")); // a text that was "'=1" before the export
        QCOMPARE(trimmed(sv("  a b \t")), sv("a b"));
    }
};

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
