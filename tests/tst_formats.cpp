// One way to write figures, dates and durations (issue 17): the cases the issue names.
#include "core/Formats.h"

#include <QLocale>
#include <QTest>

using namespace kefu;

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void durationsAreSecondsThenMinutesThenHours()
    {
        QCOMPARE(format::duration(std::nullopt), QStringLiteral("—"));
        QCOMPARE(format::duration(0.0), QStringLiteral("0 s"));
        QCOMPARE(format::duration(10.0), QStringLiteral("10 s"));
        QCOMPARE(format::duration(8.7), QStringLiteral("9 s"));
        QCOMPARE(format::duration(59.4), QStringLiteral("59 s"));
        QCOMPARE(format::duration(59.6), QStringLiteral("1:00")); // rounds first, then picks the form
        QCOMPARE(format::duration(382.0), QStringLiteral("6:22"));
        QCOMPARE(format::duration(3599.0), QStringLiteral("59:59"));
        QCOMPARE(format::duration(3600.0), QStringLiteral("1:00:00"));
        QCOMPARE(format::duration(4044.0), QStringLiteral("1:07:24"));
        QCOMPARE(format::duration(-3.0), QStringLiteral("0 s"));
    }

    void datesAreIsoInEveryLanguage()
    {
        const QDate day(2026, 12, 7);
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Chinese, QLocale::China)}) {
            QLocale::setDefault(locale);
            QCOMPARE(format::date(day), QStringLiteral("2026-12-07"));
            QCOMPARE(format::dateRange(QDate(2026, 12, 1), day), QStringLiteral("2026-12-01 – 2026-12-07"));
            QCOMPARE(format::dateRange(day, day), QStringLiteral("2026-12-07"));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QTimeZone shanghai("Asia/Shanghai");
        const qint64 utc = QDateTime(QDate(2026, 12, 7), QTime(17, 24, 51), shanghai).toSecsSinceEpoch();
        QCOMPARE(format::dateTime(utc, shanghai), QStringLiteral("2026-12-07 17:24"));
        QCOMPARE(format::dateTimeSeconds(utc, shanghai), QStringLiteral("2026-12-07 17:24:51"));
        QCOMPARE(format::clock(utc, shanghai), QStringLiteral("17:24:51"));
        QCOMPARE(format::hourMinute(utc, shanghai), QStringLiteral("17:24"));
    }

    void numbersRoundAsTheReportsDo()
    {
        // The example's transfers_avg is 0.8 in the CSV: the window writes the same.
        QCOMPARE(format::number(0.8333, format::TransfersDecimals), QStringLiteral("0.8"));
        QCOMPARE(format::number(0.09, format::TransfersDecimals), QStringLiteral("0.1"));
        QCOMPARE(format::number(4936.12, format::SecondsDecimals), QStringLiteral("4,936.1"));
        QCOMPARE(format::number(4.333, format::CsatDecimals), QStringLiteral("4.33"));
        QCOMPARE(format::number(std::nullopt, 1), QStringLiteral("—"));
        QCOMPARE(format::percent(87.54), QStringLiteral("87.5 %"));
        QCOMPARE(format::percent(std::nullopt), QStringLiteral("—"));
        QCOMPARE(format::count(1248), QStringLiteral("1,248"));
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
