#include "ComplaintPdf.h"

#include "complaints/CaseListModel.h"
#include "core/ChartAxis.h"
#include "core/Formats.h"
#include "core/Vocabulary.h"
#include "metrics/ReportPeriod.h"
#include "widgets/PdfPage.h"
#include "widgets/RatingColours.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kefu::ui {

namespace {

using namespace kefu::complaints;
// The page, its inks and its canvas are those of every PDF (widgets/PdfPage).
using namespace kefu::ui::pdf;

// The summary page: the figures' tiles, the two Paretos across the page, then the time to close and the
// SLA per week side by side, then the note on the figures.
constexpr double TilesTop = 19;
constexpr int TilesPerRow = 5;
constexpr double TileGap = 2.5;
constexpr double TileWidth = (ContentWidth - (TilesPerRow - 1) * TileGap) / TilesPerRow;
constexpr double TileHeight = 14;
constexpr double ChartsTop = TilesTop + 8.5 + 2 * TileHeight + TileGap + 4;
constexpr double ParetoHeight = 56;
constexpr double ChartGap = 4;
constexpr double SmallChartHeight = 62;
constexpr double HalfWidth = (ContentWidth - 8) / 2;
constexpr double NoteTop = ChartsTop + 2 * (ParetoHeight + ChartGap) + SmallChartHeight + 3;
// A Pareto shows at most this many bars; more keys are summed in one last bar.
constexpr int ParetoBars = 10;

// Tables: the grouped figures and the overdue cases, from the top of their pages.
constexpr double TableHeaderTop = 8;
constexpr double GroupHeaderHeight = 10;
constexpr double GroupRowHeight = 5.5;
constexpr int GroupRowsPerPage = int((BodyBottom - TableHeaderTop - GroupHeaderHeight) / GroupRowHeight);
constexpr double OverdueNoteTop = 8;
constexpr double OverdueHeaderTop = 19;
constexpr double OverdueHeaderHeight = 5.5;
constexpr double OverdueRowHeight = 5.2;
constexpr int OverdueRowsPerPage = int((BodyBottom - OverdueHeaderTop - OverdueHeaderHeight) / OverdueRowHeight);

int pagesFor(qsizetype rows, int perPage)
{
    return int((rows + perPage - 1) / perPage);
}

// Paints the pages of a complaints report; coordinates in millimetres from the content's top left.
class ComplaintPages final : private pdf::Canvas
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::ComplaintPdf)

public:
    ComplaintPages(const ComplaintPdfData &data, QString family)
        : pdf::Canvas(std::move(family))
        , m_data(data)
    {
        m_groupPages = data.grouping == ComplaintGrouping::None ? 0 : std::max(1, pagesFor(data.rows.size(), GroupRowsPerPage));
        m_overduePages = std::max(1, pagesFor(data.overdue.size(), OverdueRowsPerPage));
    }

    int overdueFirstPage() const { return 1 + m_groupPages; }
    int pageCount() const { return overdueFirstPage() + m_overduePages; }

    void paint(QPainter &p, int page, double dpi)
    {
        setDpi(dpi);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (page == 0)
            paintSummary(p);
        else if (page < overdueFirstPage())
            paintGroups(p, page - 1);
        else
            paintOverdue(p, page - overdueFirstPage());
        footer(p,
               tr("KefuDesk · complaints report · %1 · generated %2 (%3)")
                   .arg(format::dateRange(m_data.first, m_data.last), generated(), zoneName()),
               page, pageCount());
        p.restore();
    }

    static QString title() { return tr("Complaints report"); }

private:
    QString generated() const { return format::dateTime(m_data.generatedAt, m_data.zone); }
    QString zoneName() const { return QString::fromUtf8(m_data.zone.id()); }

    QString groupingTitle() const
    {
        switch (m_data.grouping) {
        case ComplaintGrouping::Category:
            return tr("Category");
        case ComplaintGrouping::RootCause:
            return tr("Root cause");
        case ComplaintGrouping::Owner:
            return tr("Owner");
        case ComplaintGrouping::Team:
            return tr("Team");
        case ComplaintGrouping::None:
            break;
        }
        return {};
    }

    // A group's key as people read it: root causes by name, an empty key as "(none)".
    QString keyText(const QString &key) const
    {
        if (key.isEmpty())
            return tr("(none)");
        if (m_data.grouping == ComplaintGrouping::RootCause) {
            if (const auto cause = rootCauseFromId(key))
                return rootCauseName(*cause);
        }
        return key;
    }

    // The figures of a row, in cli.md's order after the key, with the names people read.
    struct Figure
    {
        QString title;
        QString value;
    };
    QList<Figure> figures(const ComplaintRow &r) const
    {
        return {
            {tr("Opened"), format::count(r.opened)},
            {tr("Closed"), format::count(r.closed)},
            {tr("Rejected"), format::count(r.rejected)},
            {tr("Open now"), format::count(r.openNow)},
            {tr("Acknowledged on time"), format::percent(r.ackSlaMetPct)},
            {tr("Resolved on time"), format::percent(r.resolveSlaMetPct)},
            {tr("Median hours to close"), format::number(r.medianHoursToClose, 1)},
            {tr("Reopened"), format::percent(r.reopenPct)},
            {tr("Satisfied"), format::percent(r.satisfiedPct)},
            {tr("Transfers per case"), format::number(r.transfersAvg, format::TransfersDecimals)},
        };
    }

    // --- the summary page -----------------------------------------------------------------------

    void paintSummary(QPainter &p)
    {
        text(p, QRectF(0, 0, ContentWidth, 10), title(), Qt::AlignLeft | Qt::AlignVCenter, font(18, true));
        text(p, QRectF(0, 10.5, ContentWidth, 5.5),
             tr("Cases created %1 · generated %2 · time zone %3")
                 .arg(format::dateRange(m_data.first, m_data.last), generated(), zoneName()),
             Qt::AlignLeft | Qt::AlignVCenter, font(9.5), muted());

        heading(p, TilesTop, tr("The cases created in the period"));
        const QList<Figure> tiles = figures(m_data.charts.total);
        for (int i = 0; i < tiles.size(); ++i) {
            const double x = (i % TilesPerRow) * (TileWidth + TileGap);
            const double top = TilesTop + 8.5 + (i / TilesPerRow) * (TileHeight + TileGap);
            fill(p, QRectF(x, top, TileWidth, TileHeight), shade(), 1.2);
            text(p, QRectF(x + 1.8, top + 1, TileWidth - 3.6, 4.5), tiles.at(i).title,
                 Qt::AlignLeft | Qt::AlignVCenter, font(7), muted());
            text(p, QRectF(x + 1.8, top + 5.8, TileWidth - 3.6, 7.2), tiles.at(i).value,
                 Qt::AlignLeft | Qt::AlignVCenter, font(13, true));
        }

        const ComplaintCharts &c = m_data.charts;
        double y = ChartsTop;
        paintPareto(p, QRectF(0, y, ContentWidth, ParetoHeight), tr("Complaints by category"), c.categories, 0);
        y += ParetoHeight + ChartGap;
        paintPareto(p, QRectF(0, y, ContentWidth, ParetoHeight), tr("Root causes"), c.rootCauses, c.withoutRootCause);
        y += ParetoHeight + ChartGap;
        paintCloseTimes(p, QRectF(0, y, HalfWidth, SmallChartHeight));
        paintWeeks(p, QRectF(ContentWidth - HalfWidth, y, HalfWidth, SmallChartHeight));

        const QString note =
            tr("The cases created in the period, with their outcomes as of %1. Acknowledged on time: of the "
               "acknowledged cases, the share acknowledged by their due; resolved on time: of the closed cases, the "
               "share closed by their due (moved out by the time the customer took to decide); reopened and satisfied: "
               "of the closed cases; hours to close: from creation to the last closing; transfers: per opened case. "
               "\"%2\": no case to count.")
                .arg(generated(), format::empty());
        const QString notes =
            m_data.grouping == ComplaintGrouping::None
                ? note
                : tr("%1 %2", "two sentences")
                      .arg(note, tr("The figures by %1 follow on the next page.").arg(groupingTitle().toLower()));
        text(p, QRectF(0, NoteTop, ContentWidth, BodyBottom - NoteTop), notes,
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, font(7), muted());
    }

    // A chart's title and the key of its colours under it; returns the top of its plot.
    double chartHead(QPainter &p, const QRectF &r, const QString &title, const QList<std::pair<QPen, QString>> &key,
                     const QString &remark = {})
    {
        text(p, QRectF(r.x(), r.y(), r.width(), 5), title, Qt::AlignLeft | Qt::AlignVCenter, font(9, true));
        double x = r.x();
        const double ky = r.y() + 7;
        const QFont keyFont = font(6.5);
        for (const auto &[keyPen, label] : key) {
            if (keyPen.style() == Qt::NoPen) {
                // A bar: a filled square of the pen's colour.
                fill(p, QRectF(x, ky - 1.3, 2.6, 2.6), keyPen.color());
                x += 3.6;
            } else {
                p.setPen(keyPen);
                p.drawLine(at(x, ky), at(x + 5, ky));
                if (keyPen.style() == Qt::SolidLine) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(keyPen.color());
                    p.drawEllipse(at(x + 2.5, ky), mm(0.55), mm(0.55));
                    p.setBrush(Qt::NoBrush);
                }
                x += 6.2;
            }
            const double w = textWidth(p, label, keyFont);
            text(p, QRectF(x, ky - 2, w + 1, 4), label, Qt::AlignLeft | Qt::AlignVCenter, keyFont, ink());
            x += w + 4.5;
        }
        if (!remark.isEmpty())
            text(p, QRectF(x, ky - 2, std::max(0.0, r.right() - x), 4), remark, Qt::AlignLeft | Qt::AlignVCenter,
                 keyFont, muted());
        return r.y() + 12;
    }

    // The left axis: its grid lines across the plot and its labels left of it.
    void leftAxis(QPainter &p, const QRectF &plot, const ChartAxis &axis, const std::function<QString(double)> &label)
    {
        for (int tick = 0; tick < axis.ticks(); ++tick) {
            const double v = axis.min + tick * axis.step;
            const double y = yOf(plot, axis, v);
            p.setPen(pen(grid(), 0.15));
            p.drawLine(at(plot.left(), y), at(plot.right(), y));
            text(p, QRectF(plot.left() - 9.5, y - 1.6, 8.5, 3.2), label(v), Qt::AlignRight | Qt::AlignVCenter,
                 font(5.5), muted());
        }
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(plot.left(), plot.bottom()), at(plot.right(), plot.bottom()));
    }

    static double yOf(const QRectF &plot, const ChartAxis &axis, double v)
    {
        return plot.bottom() - (v - axis.min) / (axis.max - axis.min) * plot.height();
    }

    QString percentTick(double v, const ChartAxis &axis) const
    {
        return QStringLiteral("%1 %").arg(format::number(v, axis.decimals())); // as format::percent writes it
    }

    // Labels under the slots of a plot, wrapped to two lines and elided to the slot.
    void slotLabels(QPainter &p, const QRectF &plot, const QStringList &labels)
    {
        const double slot = plot.width() / std::max<qsizetype>(1, labels.size());
        const QFont f = font(5.5);
        const QFontMetricsF metrics(f, p.device());
        for (int i = 0; i < labels.size(); ++i) {
            const QRectF r = box(plot.left() + i * slot + 0.3, plot.bottom() + 0.8, slot - 0.6, 6.4);
            // Two lines at most: the second elided when the label is longer.
            QString label = labels.at(i);
            const QRectF bound = metrics.boundingRect(QRectF(0, 0, r.width(), 1e6),
                                                      Qt::AlignHCenter | Qt::TextWordWrap, label);
            p.setFont(f);
            p.setPen(muted());
            if (bound.height() <= r.height() + 0.5) {
                p.drawText(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
                continue;
            }
            // Too long: the first line as wide as it goes, the rest elided on the second.
            int cut = 1;
            while (cut < label.size() && metrics.horizontalAdvance(label.left(cut + 1)) <= r.width())
                ++cut;
            const qsizetype space = label.left(cut + 1).lastIndexOf(QLatin1Char(' '));
            if (space > 0)
                cut = int(space);
            const QString first = label.left(cut).trimmed();
            const QString second = metrics.elidedText(label.mid(cut).trimmed(), Qt::ElideRight, r.width());
            p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, first + QLatin1Char('\n') + second);
        }
    }

    void noData(QPainter &p, const QRectF &plot, const QString &message)
    {
        text(p, plot, message, Qt::AlignCenter, font(7.5), muted());
    }

    void paintPareto(QPainter &p, const QRectF &r, const QString &title, const QList<ParetoBar> &all, int without)
    {
        // At most ParetoBars bars: the rest summed in the last (grey), which ends at 100 %.
        QList<ParetoBar> bars = all;
        const bool summed = bars.size() > ParetoBars;
        if (summed) {
            ParetoBar rest;
            rest.label = tr("%1 others").arg(bars.size() - (ParetoBars - 1));
            for (qsizetype i = ParetoBars - 1; i < bars.size(); ++i)
                rest.cases += bars.at(i).cases;
            rest.cumulativePct = 100;
            bars = bars.mid(0, ParetoBars - 1);
            bars.append(rest);
        }
        const QPen barKey(pdf::series(0), 0, Qt::NoPen);
        const QPen lineKey = pen(pdf::series(1), 0.45);
        const QPen targetKey = pen(muted(), 0.25, Qt::DashLine);
        const QString remark = without > 0 ? tr("%1 cases without a root cause yet are not counted.").arg(without)
                                           : QString();
        QList<std::pair<QPen, QString>> key = {{barKey, tr("cases (left axis)")},
                                               {lineKey, tr("cumulative share (right axis)")},
                                               {targetKey, tr("80 % of the cases")}};
        if (summed)
            key.insert(1, {QPen(pdf::series(2), 0, Qt::NoPen), tr("the rest, summed")});
        const double top = chartHead(p, r, title, key, remark);
        const QRectF plot(r.x() + 10, top, r.width() - 21, r.bottom() - 7.5 - top);
        int most = 0;
        for (const ParetoBar &b : std::as_const(bars))
            most = std::max(most, b.cases);
        const ChartAxis counts = niceAxis(0, most, 4, true);
        leftAxis(p, plot, counts, [](double v) { return format::count(qint64(std::llround(v))); });

        // The right axis: 0–100 % with its own ticks.
        const ChartAxis share = niceAxis(0, 100, 5, false, 100);
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(plot.right(), plot.top()), at(plot.right(), plot.bottom()));
        for (int tick = 0; tick < share.ticks(); ++tick) {
            const double v = share.min + tick * share.step;
            const double y = yOf(plot, share, v);
            p.setPen(pen(rule(), 0.2));
            p.drawLine(at(plot.right(), y), at(plot.right() + 0.8, y));
            text(p, QRectF(plot.right() + 1.2, y - 1.6, 9.5, 3.2), percentTick(v, share),
                 Qt::AlignLeft | Qt::AlignVCenter, font(5.5), muted());
        }
        if (bars.isEmpty()) {
            noData(p, plot, tr("No cases in this period."));
            return;
        }
        p.setPen(targetKey);
        p.drawLine(at(plot.left(), yOf(plot, share, 80)), at(plot.right(), yOf(plot, share, 80)));

        const double slot = plot.width() / bars.size();
        const double barWidth = std::min(slot * 0.62, 14.0);
        QStringList labels;
        QPolygonF line;
        for (int i = 0; i < bars.size(); ++i) {
            const ParetoBar &b = bars.at(i);
            const double cx = plot.left() + (i + 0.5) * slot;
            const double y = yOf(plot, counts, b.cases);
            const bool rest = summed && i == bars.size() - 1;
            fill(p, QRectF(cx - barWidth / 2, y, barWidth, plot.bottom() - y), pdf::series(rest ? 2 : 0));
            line << at(cx, yOf(plot, share, b.cumulativePct));
            labels << b.label;
        }
        p.setPen(lineKey);
        p.drawPolyline(line);
        p.setPen(Qt::NoPen);
        p.setBrush(pdf::series(1));
        for (const QPointF &pt : std::as_const(line))
            p.drawEllipse(pt, mm(0.6), mm(0.6));
        p.setBrush(Qt::NoBrush);
        // The counts over the bars, on white where a line crosses them.
        for (int i = 0; i < bars.size(); ++i) {
            const double cx = plot.left() + (i + 0.5) * slot;
            const double y = yOf(plot, counts, bars.at(i).cases);
            const QString n = format::count(bars.at(i).cases);
            const double w = textWidth(p, n, font(5.5));
            fill(p, QRectF(cx - w / 2 - 0.5, y - 3.1, w + 1, 2.7), Qt::white);
            text(p, QRectF(cx - slot / 2, y - 3.4, slot, 3.2), n, Qt::AlignHCenter | Qt::AlignBottom, font(5.5), ink());
        }
        slotLabels(p, plot, labels);
    }

    void paintCloseTimes(QPainter &p, const QRectF &r)
    {
        const QList<CloseTimeBin> &bins = m_data.charts.closeTimes;
        const double top = chartHead(p, r, tr("Time from creation to closing"),
                                     {{QPen(pdf::series(0), 0, Qt::NoPen), tr("closed cases")}});
        const QRectF plot(r.x() + 10, top, r.width() - 11, r.bottom() - 7.5 - top);
        int most = 0;
        for (const CloseTimeBin &b : bins)
            most = std::max(most, b.cases);
        const ChartAxis counts = niceAxis(0, most, 4, true);
        leftAxis(p, plot, counts, [](double v) { return format::count(qint64(std::llround(v))); });
        if (bins.isEmpty())
            return;
        const double slot = plot.width() / bins.size();
        QStringList labels;
        for (int i = 0; i < bins.size(); ++i) {
            const CloseTimeBin &b = bins.at(i);
            const double cx = plot.left() + (i + 0.5) * slot;
            const double y = yOf(plot, counts, b.cases);
            fill(p, QRectF(cx - slot * 0.32, y, slot * 0.64, plot.bottom() - y), pdf::series(0));
            if (b.cases > 0)
                text(p, QRectF(cx - slot / 2, y - 3.4, slot, 3.2), format::count(b.cases),
                     Qt::AlignHCenter | Qt::AlignBottom, font(5.5), ink());
            labels << b.label;
        }
        slotLabels(p, plot, labels);
        if (most == 0)
            noData(p, plot, tr("No closed cases in this period."));
    }

    void paintWeeks(QPainter &p, const QRectF &r)
    {
        const QList<WeekSla> &weeks = m_data.charts.weeks;
        const QPen ackPen = pen(pdf::series(0), 0.45);
        const QPen resolvePen = pen(pdf::series(1), 0.45);
        const double top = chartHead(p, r, tr("On time per week"),
                                     {{ackPen, tr("acknowledged on time")}, {resolvePen, tr("resolved on time")}});
        const QRectF plot(r.x() + 10, top, r.width() - 11, r.bottom() - 7.5 - top);
        const ChartAxis share = niceAxis(0, 100, 5, false, 100);
        leftAxis(p, plot, share, [&](double v) { return percentTick(v, share); });
        if (weeks.isEmpty())
            return;
        const double slot = plot.width() / weeks.size();
        // Week labels (the Monday): as many as fit, always the last week's.
        const QFont labelFont = font(5.5);
        const double labelWidth = textWidth(p, QStringLiteral("0000-00-00 "), labelFont);
        const int every = std::max(1, int(std::ceil(labelWidth / slot)));
        for (int w = int(weeks.size()) - 1; w >= 0; w -= every) {
            const double cx = plot.left() + (w + 0.5) * slot;
            text(p, QRectF(cx - slot * every / 2, plot.bottom() + 0.8, slot * every, 3.2),
                 format::date(weeks.at(w).monday), Qt::AlignHCenter | Qt::AlignTop, labelFont, muted());
        }
        const auto series = [&](const QPen &linePen, auto value) {
            p.setPen(linePen);
            for (int w = 1; w < weeks.size(); ++w) {
                const std::optional<double> a = value(weeks.at(w - 1).figures), b = value(weeks.at(w).figures);
                if (a && b)
                    p.drawLine(at(plot.left() + (w - 0.5) * slot, yOf(plot, share, *a)),
                               at(plot.left() + (w + 0.5) * slot, yOf(plot, share, *b)));
            }
            p.setPen(Qt::NoPen);
            p.setBrush(linePen.color());
            for (int w = 0; w < weeks.size(); ++w) {
                if (const std::optional<double> v = value(weeks.at(w).figures))
                    p.drawEllipse(at(plot.left() + (w + 0.5) * slot, yOf(plot, share, *v)), mm(0.6), mm(0.6));
            }
            p.setBrush(Qt::NoBrush);
        };
        series(ackPen, [](const ComplaintRow &f) { return f.ackSlaMetPct; });
        series(resolvePen, [](const ComplaintRow &f) { return f.resolveSlaMetPct; });
        const bool any = std::any_of(weeks.cbegin(), weeks.cend(), [](const WeekSla &w) {
            return w.figures.ackSlaMetPct || w.figures.resolveSlaMetPct;
        });
        if (!any)
            noData(p, plot, tr("No case acknowledged or closed in this period."));
    }

    // --- the grouped table ----------------------------------------------------------------------

    void paintGroups(QPainter &p, int page)
    {
        heading(p, 0,
                page == 0 ? tr("By %1").arg(groupingTitle().toLower())
                          : tr("By %1 (continued)").arg(groupingTitle().toLower()));
        // The key, the four counts, then the six rates and means.
        constexpr double KeyWidth = 30;
        constexpr double CountWidth = 12;
        constexpr double RateWidth = (ContentWidth - KeyWidth - 4 * CountWidth) / 6;
        const auto left = [](int k) {
            return KeyWidth + std::min(k, 4) * CountWidth + std::max(0, k - 4) * RateWidth;
        };
        const auto width = [](int k) {
            return k < 4 ? CountWidth : RateWidth;
        };
        const QList<Figure> titles = figures(ComplaintRow());
        text(p, QRectF(1, TableHeaderTop, KeyWidth - 2, GroupHeaderHeight - 0.5), groupingTitle(),
             Qt::AlignLeft | Qt::AlignBottom, font(7, true), muted());
        for (int k = 0; k < titles.size(); ++k)
            text(p, QRectF(left(k) + 1, TableHeaderTop, width(k) - 2, GroupHeaderHeight - 0.5), titles.at(k).title,
                 Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, font(6, true), muted());
        const double rowsTop = TableHeaderTop + GroupHeaderHeight;
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(0, rowsTop), at(ContentWidth, rowsTop));
        if (m_data.rows.isEmpty()) {
            text(p, QRectF(0, rowsTop + 1, ContentWidth, GroupRowHeight), tr("No cases in this period."),
                 Qt::AlignLeft | Qt::AlignVCenter, font(8), muted());
            return;
        }
        const int from = page * GroupRowsPerPage;
        const int to = std::min<int>(int(m_data.rows.size()), from + GroupRowsPerPage);
        for (int i = from; i < to; ++i) {
            const ComplaintRow &row = m_data.rows.at(i);
            const double y = rowsTop + (i - from) * GroupRowHeight;
            if ((i - from) % 2 == 1)
                fill(p, QRectF(0, y, ContentWidth, GroupRowHeight), shade());
            text(p, QRectF(1, y, KeyWidth - 2, GroupRowHeight), keyText(row.key), Qt::AlignLeft | Qt::AlignVCenter,
                 font(7.5), row.key.isEmpty() ? muted() : ink());
            const QList<Figure> values = figures(row);
            for (int k = 0; k < values.size(); ++k)
                text(p, QRectF(left(k) + 1, y, width(k) - 2, GroupRowHeight), values.at(k).value,
                     Qt::AlignRight | Qt::AlignVCenter, font(7.5));
        }
    }

    // --- the overdue cases ----------------------------------------------------------------------

    void paintOverdue(QPainter &p, int page)
    {
        const qsizetype count = m_data.overdue.size();
        if (page == 0) {
            heading(p, 0, tr("Overdue cases at %1: %2").arg(generated(), format::count(count)));
            const QString note =
                tr("Open cases past their due at %1, whatever their creation date, most overdue first. Due: the time "
                   "to acknowledge for a case not yet acknowledged, else the time to resolve (moved out by the time "
                   "the customer took to decide). %2.")
                    .arg(generated(), RatingColours::describe(Rating::Off, CaseListModel::overdueMeaning()));
            text(p, QRectF(0, OverdueNoteTop, ContentWidth, OverdueHeaderTop - OverdueNoteTop - 1), note,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, font(7), muted());
        } else {
            heading(p, 0, tr("Overdue cases at %1 (continued)").arg(generated()));
        }
        struct Column
        {
            QString title;
            double width;
            Qt::Alignment align;
        };
        const QList<Column> columns = {
            {tr("Case"), 25, Qt::AlignLeft},        {tr("Priority"), 12, Qt::AlignLeft},
            {tr("State"), 25, Qt::AlignLeft},       {tr("Owner"), 17, Qt::AlignLeft},
            {tr("Summary"), 39, Qt::AlignLeft},     {tr("Created"), 22, Qt::AlignLeft},
            {tr("Due"), 22, Qt::AlignLeft},         {tr("Overdue by"), 18, Qt::AlignRight},
        };
        double x = 0;
        for (const Column &c : columns) {
            text(p, QRectF(x + 0.8, OverdueHeaderTop, c.width - 1.6, OverdueHeaderHeight - 0.5), c.title,
                 c.align | Qt::AlignBottom, font(7, true), muted());
            x += c.width;
        }
        const double rowsTop = OverdueHeaderTop + OverdueHeaderHeight;
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(0, rowsTop), at(ContentWidth, rowsTop));
        if (count == 0) {
            text(p, QRectF(0, rowsTop + 1, ContentWidth, 6), tr("No overdue cases."), Qt::AlignLeft | Qt::AlignVCenter,
                 font(8.5), muted());
            return;
        }
        const QColor overdueColour = RatingColours::of(Rating::Off);
        const int from = page * OverdueRowsPerPage;
        const int to = std::min<int>(int(count), from + OverdueRowsPerPage);
        for (int i = from; i < to; ++i) {
            const CaseListRow &c = m_data.overdue.at(i);
            const double y = rowsTop + (i - from) * OverdueRowHeight;
            if ((i - from) % 2 == 1)
                fill(p, QRectF(0, y, ContentWidth, OverdueRowHeight), shade());
            QString state = c.state;
            if (const auto s = complaintStateFromId(c.state))
                state = complaintStateName(*s);
            const QStringList cells = {
                c.id,
                c.level > 1 ? tr("%1 · L%2").arg(c.priority).arg(c.level) : c.priority,
                state,
                c.owner.isEmpty() ? tr("(none)") : c.owner,
                c.summary,
                format::dateTime(c.facts.createdAt, m_data.zone),
                format::dateTime(c.clock.due(), m_data.zone),
                format::duration(double(std::max<qint64>(0, -c.clock.secondsLeft(m_data.generatedAt)))),
            };
            x = 0;
            for (int k = 0; k < columns.size(); ++k) {
                QColor colour = ink();
                if (k == 3 && c.owner.isEmpty())
                    colour = muted();
                if (k == 7)
                    colour = overdueColour;
                // P1 stands out as in the list (EmphasisRole); the overdue time in red, the key above.
                const bool bold = (k == 1 && c.priority == QLatin1String("P1")) || k == 7;
                text(p, QRectF(x + 0.8, y, columns.at(k).width - 1.6, OverdueRowHeight), cells.at(k),
                     columns.at(k).align | Qt::AlignVCenter, font(7, bold), colour);
                x += columns.at(k).width;
            }
        }
    }

    const ComplaintPdfData &m_data;
    int m_groupPages = 0;
    int m_overduePages = 1;
};

} // namespace

std::optional<ComplaintPdfData> readComplaintPdfData(QSqlDatabase &db, const QTimeZone &zone,
                                                     const ComplaintPdfRequest &request, QString *error)
{
    const std::optional<ReportPeriod> period = ReportPeriod::fromDates(request.first, request.last, zone);
    if (!period) {
        if (error)
            *error = QCoreApplication::translate("kefu::ui::ComplaintPdf", "no period from %1 to %2")
                         .arg(format::date(request.first), format::date(request.last));
        return std::nullopt;
    }
    QString reason;
    const auto cohort = ComplaintReport::cohort(db, period->startUtc(), period->endUtc(), &reason);
    if (!cohort) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    const SlaHours hours = SlaHours::read(db);
    ComplaintPdfData data;
    data.first = request.first;
    data.last = request.last;
    data.zone = zone;
    data.grouping = request.grouping;
    data.generatedAt = request.now;
    if (request.grouping != ComplaintGrouping::None)
        data.rows = ComplaintReport::group(*cohort, request.grouping, hours);
    data.charts = ComplaintCharts::of(*cohort, hours, period->startUtc(), period->endUtc(), zone);

    // The overdue list, read to the end page by page (newest first), then most overdue first.
    CaseFilter filter = request.overdueScope;
    filter.overdueOnly = true;
    constexpr int PageSize = 500;
    std::optional<CasePageKey> after;
    for (;;) {
        const QList<CaseListRow> page = CaseList::page(db, filter, after, PageSize, request.now, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return std::nullopt;
        }
        data.overdue += page;
        if (page.size() < PageSize)
            break;
        after = CasePageKey{page.constLast().facts.createdAt, page.constLast().id};
    }
    const qint64 now = request.now;
    std::stable_sort(data.overdue.begin(), data.overdue.end(), [now](const CaseListRow &a, const CaseListRow &b) {
        const qint64 left = a.clock.secondsLeft(now), right = b.clock.secondsLeft(now);
        return left != right ? left < right : a.id < b.id;
    });
    return data;
}

int complaintPageCount(const ComplaintPdfData &data)
{
    return ComplaintPages(data, QString()).pageCount();
}

int complaintOverduePage(const ComplaintPdfData &data)
{
    return ComplaintPages(data, QString()).overdueFirstPage();
}

QImage renderComplaintPage(const ComplaintPdfData &data, int page, int dpi)
{
    ComplaintPages pages(data, pdf::fontFamily());
    return pdf::renderPage(dpi, [&](QPainter &painter) {
        if (page >= 0 && page < pages.pageCount())
            pages.paint(painter, page, dpi);
    });
}

void paintComplaintPage(QPainter &painter, const ComplaintPdfData &data, int page, int dpi)
{
    ComplaintPages pages(data, pdf::fontFamily());
    if (page >= 0 && page < pages.pageCount())
        pages.paint(painter, page, dpi);
}

bool writeComplaintPdf(const ComplaintPdfData &data, const QString &path, QString *error)
{
    ComplaintPages pages(data, pdf::fontFamily());
    return pdf::writePdf(path,
                         QCoreApplication::translate("kefu::ui::ComplaintPdf", "Complaints report %1")
                             .arg(format::dateRange(data.first, data.last)),
                         pages.pageCount(), [&](QPainter &painter, int page) { pages.paint(painter, page, Dpi); },
                         error);
}

} // namespace kefu::ui
