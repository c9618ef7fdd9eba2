#include "ScorecardPdf.h"

#include "core/ChartAxis.h"
#include "core/Formats.h"
#include "scorecards/ScorecardReport.h"
#include "widgets/PdfPage.h"
#include "widgets/RatingColours.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace kefu::ui {

namespace {

using namespace kefu::scorecards;

// The page, its inks and its canvas are those of every PDF (widgets/PdfPage).
using namespace kefu::ui::pdf;

// The agents table of the summary: where its rows start on the first page and on a continuation.
constexpr double RankHeaderHeight = 9;
constexpr double RankRowHeight = 6;
constexpr double RankTopFirst = 141;
constexpr double RankTopNext = 8;
constexpr int RankRowsFirst = int((BodyBottom - RankTopFirst - RankHeaderHeight) / RankRowHeight);
constexpr int RankRowsNext = int((BodyBottom - RankTopNext - RankHeaderHeight) / RankRowHeight);

constexpr std::array<TrendFigure, TrendFigureCount> TrendFigures = {
    TrendFigure::Handled, TrendFigure::Composite, TrendFigure::Response, TrendFigure::Aht,
    TrendFigure::Fcr,     TrendFigure::Csat,      TrendFigure::Qa,       TrendFigure::Adherence};

QColor agentColour()
{
    return pdf::series(0);
}
QColor teamColour()
{
    return pdf::series(1);
}
QColor teamTrendColour()
{
    return pdf::series(2);
}

// The pane's colours (widgets/RatingColours), with solid tints that print.
QColor colourOf(Rating rating)
{
    const QColor colour = RatingColours::of(rating);
    return colour.isValid() ? colour : ink();
}

QColor tintOf(Rating rating)
{
    switch (rating) {
    case Rating::OnTarget:
        return QColor(0xe3, 0xf1, 0xe4);
    case Rating::Near:
        return QColor(0xfb, 0xee, 0xd6);
    case Rating::Off:
        return QColor(0xfb, 0xe3, 0xe3);
    case Rating::None:
        break;
    }
    return Qt::white;
}

using Column = ScorecardReport::Column;

// A column's title over a value written for people: durations read "6:22", without "(s)".
QString title(Column column)
{
    return ScorecardReport::columnTitle(column, ScorecardReport::Durations::Written);
}

QString measure(ScoreComponent component)
{
    return ScorecardReport::measureName(component, ScorecardReport::Durations::Written);
}

// Paints the pages of a scorecard book; coordinates in millimetres from the content's top left.
class ScorecardPages final : private pdf::Canvas
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::ScorecardPdf)

public:
    ScorecardPages(const ScorecardBook &book, QString family, const QDateTime &generated)
        : pdf::Canvas(std::move(family))
        , m_book(book)
        , m_generated(generated)
    {
        for (const AgentScorecard &c : book.cards)
            m_byRank.append(&c);
        // Ranked first, best first; the unranked after them in the book's order.
        std::stable_sort(m_byRank.begin(), m_byRank.end(), [](const AgentScorecard *a, const AgentScorecard *b) {
            if (a->rank.has_value() != b->rank.has_value())
                return a->rank.has_value();
            return a->rank && *a->rank < *b->rank;
        });
        // Ranked among all the agents of the period, also when the book shows one person's own card.
        m_ranked = book.rankedAgents;
        const int rest = std::max(0, int(book.cards.size()) - RankRowsFirst);
        m_summaryPages = 1 + (rest + RankRowsNext - 1) / RankRowsNext;
        m_teamTrend = ScorecardReport::teamTrend(book);
    }

    int pageCount() const { return m_summaryPages + int(m_book.cards.size()); }

    void paint(QPainter &p, int page, double dpi)
    {
        setDpi(dpi);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (page < m_summaryPages)
            paintSummary(p, page);
        else
            paintAgent(p, m_book.cards.at(page - m_summaryPages));
        paintFooter(p, page);
        p.restore();
    }

private:
    // A weight as the store's settings hold it: 20, 12.5.
    QString weight(ScoreComponent c) const
    {
        return QLocale().toString(m_book.rules.weight(c), 'g', QLocale::FloatingPointShortest);
    }

    Rating componentRating(const AgentScorecard &card, ScoreComponent c) const
    {
        return rate(c, componentValue(card, c), m_book.rules.target(c));
    }

    QString subtitle() const
    {
        return tr("%1 · %2").arg(ScorecardReport::teamTitle(m_book.team), format::dateRange(m_book.first, m_book.last));
    }

    // --- the team summary -----------------------------------------------------------------------

    void paintSummary(QPainter &p, int page)
    {
        double tableTop = RankTopNext;
        int firstRow = 0;
        if (page == 0) {
            text(p, QRectF(0, 0, ContentWidth, 10), tr("Agent scorecards"), Qt::AlignLeft | Qt::AlignVCenter,
                 font(18, true));
            text(p, QRectF(0, 10, ContentWidth, 6), tr("%1 · agents: %2").arg(subtitle()).arg(m_book.cards.size()),
                 Qt::AlignLeft | Qt::AlignVCenter, font(10), muted());
            paintTeamTiles(p, 20);
            paintDefinitions(p, 66);
            heading(p, RankTopFirst - 7.5, tr("Agents by rank"));
            tableTop = RankTopFirst;
        } else {
            heading(p, 0, tr("Agents by rank (continued)"));
            firstRow = RankRowsFirst + (page - 1) * RankRowsNext;
        }
        const int rows = page == 0 ? RankRowsFirst : RankRowsNext;
        paintRankTable(p, tableTop, firstRow, std::min<int>(int(m_byRank.size()), firstRow + rows));
    }

    void paintTeamTiles(QPainter &p, double y)
    {
        heading(p, y, m_book.team.isEmpty() ? tr("All teams in this period") : tr("The team in this period"));
        const AgentScorecard &t = m_book.summary;
        const ServiceFigures &f = t.conversations;
        struct Tile
        {
            QString label;
            QString value;
            Rating rating;
        };
        const auto figure = [&](ScoreComponent c) {
            return Tile{measure(c), ScorecardReport::valueText(c, componentValue(t, c)), componentRating(t, c)};
        };
        // The waits of the real-time channels and of e-mail apart, never blended (issue 17).
        const QList<Tile> tiles = {
            {title(Column::Handled), format::count(t.handled), Rating::None},
            figure(ScoreComponent::Responsiveness),
            {tr("Real-time ASA"), format::duration(f.asaRealtimeSeconds), Rating::None},
            {tr("Real-time P90 wait"), format::duration(f.p90RealtimeSeconds), Rating::None},
            {tr("E-mail reply time"), format::duration(f.emailReplySeconds), Rating::None},
            figure(ScoreComponent::Handling),
            figure(ScoreComponent::Resolution),
            figure(ScoreComponent::Satisfaction),
            {title(Column::CsatTop2), format::number(f.csatTop2Pct, format::PercentDecimals), Rating::None},
            {title(Column::Transfers), format::number(f.transfersAvg, format::TransfersDecimals), Rating::None},
            {title(Column::Occupancy), format::number(t.occupancyPct, format::PercentDecimals),
             rateOccupancy(t.occupancyPct, m_book.occupancyMinPct, m_book.occupancyMaxPct)},
            figure(ScoreComponent::Discipline),
            figure(ScoreComponent::Quality),
            {title(Column::Composite), format::number(t.composite, format::ScoreDecimals), rateComposite(t.composite)},
        };
        constexpr int PerRow = 7;
        constexpr double Gap = 2.5;
        constexpr double Width = (ContentWidth - (PerRow - 1) * Gap) / PerRow;
        constexpr double Height = 16;
        for (int i = 0; i < tiles.size(); ++i) {
            const double x = (i % PerRow) * (Width + Gap);
            const double top = y + 8.5 + (i / PerRow) * (Height + Gap);
            const Tile &tile = tiles.at(i);
            fill(p, QRectF(x, top, Width, Height), tile.rating == Rating::None ? shade() : tintOf(tile.rating), 1.2);
            text(p, QRectF(x + 1.8, top + 1.2, Width - 3.6, 7.5), tile.label,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, font(7), muted());
            text(p, QRectF(x + 1.8, top + 8.2, Width - 3.6, 7), tile.value, Qt::AlignLeft | Qt::AlignVCenter,
                 font(12.5, true), colourOf(tile.rating));
        }
    }

    void paintDefinitions(QPainter &p, double y)
    {
        heading(p, y, tr("Targets and weights"));
        struct TableColumn
        {
            QString title;
            double width;
            Qt::Alignment align;
        };
        const QList<TableColumn> columns = {
            {tr("Component"), 27, Qt::AlignLeft},   {tr("Measure"), 41, Qt::AlignLeft},
            {tr("Direction"), 27, Qt::AlignLeft},   {tr("Target"), 15, Qt::AlignRight},
            {tr("Weight"), 14, Qt::AlignRight},     {tr("Team value"), 18, Qt::AlignRight},
            {tr("Team score"), 18, Qt::AlignRight}, {tr("Mean of the agents' scores"), 20, Qt::AlignRight},
        };
        double top = y + 7.5;
        double x = 0;
        for (const TableColumn &c : columns) {
            text(p, QRectF(x + 1, top, c.width - 2, 8), c.title, c.align | Qt::AlignBottom | Qt::TextWordWrap,
                 font(7, true), muted());
            x += c.width;
        }
        top += 8.5;
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(0, top), at(ContentWidth, top));
        constexpr double Row = 5.2;
        for (int i = 0; i < ScoreComponentCount; ++i) {
            const auto c = static_cast<ScoreComponent>(i);
            const double rowTop = top + i * Row;
            if (i % 2 == 1)
                fill(p, QRectF(0, rowTop, ContentWidth, Row), shade());
            const Rating rating = componentRating(m_book.summary, c);
            const std::optional<double> teamScore =
                componentValue(m_book.summary, c) ? componentScore(m_book.summary, c) : std::nullopt;
            const QStringList cells = {
                ScorecardReport::componentName(c),
                measure(c),
                ScorecardReport::direction(c),
                ScorecardReport::valueText(c, m_book.rules.target(c)),
                weight(c),
                ScorecardReport::valueText(c, componentValue(m_book.summary, c)),
                format::number(teamScore, format::ScoreDecimals),
                format::number(m_book.averageScores[std::size_t(i)], format::ScoreDecimals),
            };
            x = 0;
            for (int k = 0; k < columns.size(); ++k) {
                const bool rated = k == 5 || k == 6;
                text(p, QRectF(x + 1, rowTop, columns.at(k).width - 2, Row), cells.at(k),
                     columns.at(k).align | Qt::AlignVCenter, font(8, rated), rated ? colourOf(rating) : ink());
                x += columns.at(k).width;
            }
        }
        const double noteTop = top + ScoreComponentCount * Row + 1.5;
        QStringList thresholds;
        for (const Channel channel : {Channel::Chat, Channel::Phone, Channel::Social, Channel::Email})
            thresholds << tr("%1 %2").arg(channelName(channel), format::duration(m_book.service.threshold(channel)));
        // The colours' key in the words of the pane's legend and tooltips (scorecards::ratingKey).
        QStringList key;
        for (const Rating r : {Rating::OnTarget, Rating::Near, Rating::Off})
            key << RatingColours::describe(r, ratingKey(r));
        const QString note =
            tr("Response within target: answered within the channel's threshold (%1). Component score: 0–100 "
               "against the target; composite: Σ(weight × score) / Σ(weight) over the components with a value. "
               "Colours: %2.")
                .arg(thresholds.join(QStringLiteral(", ")), key.join(QStringLiteral("; ")));
        const QString waits = tr("Waits: real-time ASA and P90 over the answered chat, phone and social contacts; the "
                                 "e-mail reply time over the answered e-mails, apart (the blended asa_s of the CSV "
                                 "mixes waits of seconds with waits of hours).");
        text(p, QRectF(0, noteTop, ContentWidth, 17), note + QLatin1Char(' ') + waits,
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, font(7), muted());
    }

    void paintRankTable(QPainter &p, double top, int from, int to)
    {
        struct TableColumn
        {
            QString title;
            double width;
        };
        const QList<TableColumn> columns = {
            {title(Column::Rank), 10},
            {title(Column::Name), 36},
            {title(Column::AgentId), 18},
            {title(Column::Handled), 14},
            {measure(ScoreComponent::Responsiveness), 17},
            {measure(ScoreComponent::Handling), 14},
            {measure(ScoreComponent::Resolution), 14},
            {measure(ScoreComponent::Satisfaction), 14},
            {measure(ScoreComponent::Quality), 14},
            {measure(ScoreComponent::Discipline), 14},
            {title(Column::Composite), 15},
        };
        double x = 0;
        for (int k = 0; k < columns.size(); ++k) {
            const Qt::Alignment align = k == 1 || k == 2 ? Qt::AlignLeft : Qt::AlignRight;
            text(p, QRectF(x + 1, top, columns.at(k).width - 2, RankHeaderHeight - 0.5), columns.at(k).title,
                 align | Qt::AlignBottom | Qt::TextWordWrap, font(7, true), muted());
            x += columns.at(k).width;
        }
        const double rowsTop = top + RankHeaderHeight;
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(0, rowsTop), at(ContentWidth, rowsTop));
        if (m_byRank.isEmpty()) {
            text(p, QRectF(0, rowsTop + 1, ContentWidth, RankRowHeight), tr("No agents in this period."),
                 Qt::AlignLeft | Qt::AlignVCenter, font(8), muted());
            return;
        }
        static constexpr ScoreComponent rated[] = {ScoreComponent::Responsiveness, ScoreComponent::Handling,
                                                   ScoreComponent::Resolution,     ScoreComponent::Satisfaction,
                                                   ScoreComponent::Quality,        ScoreComponent::Discipline};
        for (int r = from; r < to; ++r) {
            const AgentScorecard &c = *m_byRank.at(r);
            const double y = rowsTop + (r - from) * RankRowHeight;
            if ((r - from) % 2 == 1)
                fill(p, QRectF(0, y, ContentWidth, RankRowHeight), shade());
            x = 0;
            const auto cell = [&](int k, const QString &s, Qt::Alignment align, const QColor &colour = QColor(),
                                  bool bold = false) {
                text(p, QRectF(x + 1, y, columns.at(k).width - 2, RankRowHeight), s, align | Qt::AlignVCenter,
                     font(8, bold), colour);
                x += columns.at(k).width;
            };
            cell(0, c.rank ? format::count(*c.rank) : format::empty(), Qt::AlignRight, ink(), true);
            if (m_book.team.isEmpty() && !c.team.isEmpty()) {
                // Every team in one report: the agent's team beside the name.
                text(p, QRectF(x + 1, y, columns.at(1).width - 2, RankRowHeight), c.team,
                     Qt::AlignRight | Qt::AlignVCenter, font(6.5), muted());
                text(p, QRectF(x + 1, y, columns.at(1).width - 14, RankRowHeight), c.name,
                     Qt::AlignLeft | Qt::AlignVCenter, font(8));
                x += columns.at(1).width;
            } else {
                cell(1, c.name, Qt::AlignLeft);
            }
            cell(2, c.agentId, Qt::AlignLeft, muted());
            cell(3, format::count(c.handled), Qt::AlignRight);
            for (int k = 0; k < 6; ++k) {
                const ScoreComponent component = rated[k];
                cell(4 + k, ScorecardReport::valueText(component, componentValue(c, component)), Qt::AlignRight,
                     colourOf(componentRating(c, component)));
            }
            cell(10, format::number(c.composite, format::ScoreDecimals), Qt::AlignRight,
                 colourOf(rateComposite(c.composite)), true);
        }
    }

    // --- one agent ------------------------------------------------------------------------------

    void paintAgent(QPainter &p, const AgentScorecard &card)
    {
        const QString name = card.name.isEmpty() ? card.agentId : card.name;
        text(p, QRectF(0, 0, 120, 10), name, Qt::AlignLeft | Qt::AlignVCenter, font(17, true));
        text(p, QRectF(0, 10.5, 125, 5),
             tr("ID %1 · %2").arg(card.agentId, card.team.isEmpty() ? tr("no team") : card.team),
             Qt::AlignLeft | Qt::AlignVCenter, font(9), muted());
        text(p, QRectF(0, 15.5, 125, 5), format::dateRange(m_book.first, m_book.last), Qt::AlignLeft | Qt::AlignVCenter,
             font(9), muted());

        const Rating overall = rateComposite(card.composite);
        fill(p, QRectF(ContentWidth - 48, 0, 48, 20.5), overall == Rating::None ? shade() : tintOf(overall), 1.5);
        text(p, QRectF(ContentWidth - 46, 1, 44, 4.5), title(Column::Composite), Qt::AlignLeft | Qt::AlignVCenter,
             font(7.5), muted());
        text(p, QRectF(ContentWidth - 46, 5.5, 24, 10), format::number(card.composite, format::ScoreDecimals),
             Qt::AlignLeft | Qt::AlignVCenter, font(20, true), colourOf(overall));
        const QString rank =
            card.rank ? tr("Rank %1 of %2").arg(format::count(*card.rank), format::count(m_ranked)) : tr("No rank");
        text(p, QRectF(ContentWidth - 46, 15, 44, 4.5), rank, Qt::AlignLeft | Qt::AlignVCenter, font(8, true), ink());
        p.setPen(pen(rule(), 0.25));
        p.drawLine(at(0, 23), at(ContentWidth, 23));

        paintComponents(p, card, 26);
        paintRadar(p, card, 26);
        paintTrends(p, card, 127);
    }

    void paintComponents(QPainter &p, const AgentScorecard &card, double y)
    {
        constexpr double Width = 95;
        text(p, QRectF(0, y, Width, 6), tr("Components"), Qt::AlignLeft | Qt::AlignVCenter, font(11, true));
        struct TableColumn
        {
            QString title;
            double width;
        };
        const QList<TableColumn> columns = {
            {tr("Component"), 33}, {tr("Value"), 16}, {tr("Target"), 15}, {tr("Score"), 17}, {tr("Weight"), 14}};
        double top = y + 7;
        double x = 0;
        for (int k = 0; k < columns.size(); ++k) {
            text(p, QRectF(x + 1, top, columns.at(k).width - 2, 5), columns.at(k).title,
                 (k == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom, font(7, true), muted());
            x += columns.at(k).width;
        }
        top += 5.5;
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(0, top), at(Width, top));
        constexpr double Row = 9;
        for (int i = 0; i < ScoreComponentCount; ++i) {
            const auto c = static_cast<ScoreComponent>(i);
            const double rowTop = top + i * Row;
            if (i % 2 == 1)
                fill(p, QRectF(0, rowTop, Width, Row), shade());
            const std::optional<double> value = componentValue(card, c);
            const Rating rating = componentRating(card, c);
            text(p, QRectF(1, rowTop + 0.8, 31, 4.2), ScorecardReport::componentName(c),
                 Qt::AlignLeft | Qt::AlignVCenter, font(8.5, true));
            text(p, QRectF(1, rowTop + 4.6, 31, 3.6), measure(c), Qt::AlignLeft | Qt::AlignVCenter, font(6.5), muted());
            x = columns.at(0).width;
            text(p, QRectF(x + 1, rowTop, columns.at(1).width - 2, Row), ScorecardReport::valueText(c, value),
                 Qt::AlignRight | Qt::AlignVCenter, font(9, true), colourOf(rating));
            x += columns.at(1).width;
            text(p, QRectF(x + 1, rowTop, columns.at(2).width - 2, Row),
                 ScorecardReport::valueText(c, m_book.rules.target(c)), Qt::AlignRight | Qt::AlignVCenter, font(8.5),
                 muted());
            x += columns.at(2).width;
            const std::optional<double> score = value ? componentScore(card, c) : std::nullopt;
            const QRectF chip(x + 2, rowTop + 1.8, columns.at(3).width - 3, Row - 3.6);
            if (score)
                fill(p, chip, tintOf(rating), 1);
            text(p, QRectF(chip.x(), chip.y(), chip.width() - 1.5, chip.height()),
                 format::number(score, format::ScoreDecimals), Qt::AlignRight | Qt::AlignVCenter, font(9, true),
                 colourOf(rating));
            x += columns.at(3).width;
            text(p, QRectF(x + 1, rowTop, columns.at(4).width - 2, Row), weight(c), Qt::AlignRight | Qt::AlignVCenter,
                 font(8.5), value ? ink() : muted());
        }

        // The figures that are not components, two columns of label and value.
        const ServiceFigures &f = card.conversations;
        const QList<std::pair<QString, QString>> others = {
            {title(Column::Handled), format::count(card.handled)},
            {tr("Real-time ASA"), format::duration(f.asaRealtimeSeconds)},
            {tr("Real-time P90 wait"), format::duration(f.p90RealtimeSeconds)},
            {tr("E-mail reply time"), format::duration(f.emailReplySeconds)},
            {title(Column::CsatTop2), format::number(f.csatTop2Pct, format::PercentDecimals)},
            {title(Column::CsatResponses), format::count(f.csatResponses)},
            {title(Column::Transfers), format::number(f.transfersAvg, format::TransfersDecimals)},
            {title(Column::Occupancy), format::number(card.occupancyPct, format::PercentDecimals)},
            {tr("QA reviews"), format::count(card.qaReviews)},
        };
        const double othersTop = top + ScoreComponentCount * Row + 3;
        constexpr double Half = Width / 2;
        for (int i = 0; i < others.size(); ++i) {
            const double ox = (i % 2) * (Half + 1);
            const double oy = othersTop + (i / 2) * 5;
            text(p, QRectF(ox, oy, Half - 14, 5), others.at(i).first, Qt::AlignLeft | Qt::AlignVCenter, font(7.5),
                 muted());
            text(p, QRectF(ox + Half - 15, oy, 13, 5), others.at(i).second, Qt::AlignRight | Qt::AlignVCenter,
                 font(8, true));
        }
    }

    void paintRadar(QPainter &p, const AgentScorecard &card, double y)
    {
        constexpr double Left = 100;
        constexpr double Width = ContentWidth - Left;
        text(p, QRectF(Left, y, Width, 6), tr("Scores against the team"), Qt::AlignLeft | Qt::AlignVCenter,
             font(11, true));
        const double cx = Left + Width / 2;
        const double cy = y + 42;
        constexpr double Radius = 20;
        const auto point = [&](int axis, double score) {
            const double angle = (-90.0 + 60.0 * axis) * std::numbers::pi / 180.0;
            const double r = Radius * std::clamp(score, 0.0, 100.0) / 100.0;
            return at(cx + r * std::cos(angle), cy + r * std::sin(angle));
        };
        // The grid: a hexagon at each tick of the score axis (20, 40, … 100), the spokes, the centre (0).
        const ChartAxis scores = scoreAxis();
        for (int tick = 1; tick < scores.ticks(); ++tick) {
            const double level = scores.min + tick * scores.step;
            QPolygonF hexagon;
            for (int i = 0; i < ScoreComponentCount; ++i)
                hexagon << point(i, level);
            const bool outer = tick == scores.ticks() - 1;
            p.setPen(pen(outer ? rule() : grid(), outer ? 0.3 : 0.2));
            p.drawPolygon(hexagon);
        }
        p.setPen(pen(grid(), 0.2));
        for (int i = 0; i < ScoreComponentCount; ++i)
            p.drawLine(point(i, 0), point(i, 100));
        p.setPen(Qt::NoPen);
        p.setBrush(rule());
        p.drawEllipse(at(cx, cy), mm(0.5), mm(0.5));
        p.setBrush(Qt::NoBrush);
        for (int tick = 0; tick < scores.ticks(); ++tick) {
            const double level = scores.min + tick * scores.step;
            text(p, QRectF(cx + 0.8, cy - Radius * level / 100.0 - 1.6, 8, 3.2),
                 format::number(level, scores.decimals()), Qt::AlignLeft | Qt::AlignVCenter, font(5.5), muted());
        }

        QPolygonF team, agent;
        for (int i = 0; i < ScoreComponentCount; ++i) {
            const auto c = static_cast<ScoreComponent>(i);
            team << point(i, m_book.averageScores[std::size_t(i)].value_or(0));
            agent << point(i, componentValue(card, c) ? componentScore(card, c).value_or(0) : 0);
        }
        QColor agentFill = agentColour();
        agentFill.setAlpha(56);
        p.setBrush(agentFill);
        p.setPen(pen(agentColour(), 0.5));
        p.drawPolygon(agent);
        p.setBrush(Qt::NoBrush);
        p.setPen(pen(teamColour(), 0.45, Qt::DashLine));
        p.drawPolygon(team);
        p.setPen(Qt::NoPen);
        p.setBrush(agentColour());
        for (const QPointF &pt : std::as_const(agent))
            p.drawEllipse(pt, mm(0.6), mm(0.6));
        p.setBrush(Qt::NoBrush);

        // Each axis: the component and the agent's score beside its corner.
        for (int i = 0; i < ScoreComponentCount; ++i) {
            const auto c = static_cast<ScoreComponent>(i);
            const double angle = (-90.0 + 60.0 * i) * std::numbers::pi / 180.0;
            const double lx = cx + (Radius + 2.5) * std::cos(angle);
            const double ly = cy + (Radius + 2.5) * std::sin(angle);
            constexpr double LabelHeight = 7.6;
            QRectF r(lx - 20, ly - LabelHeight / 2, 40, LabelHeight);
            Qt::Alignment align = Qt::AlignHCenter;
            if (i == 0) {
                r.moveBottom(ly);
            } else if (i == 3) {
                r.moveTop(ly);
            } else if (i < 3) {
                r.setLeft(lx);
                r.setRight(ContentWidth);
                align = Qt::AlignLeft;
            } else {
                r.setLeft(Left);
                r.setRight(lx);
                align = Qt::AlignRight;
            }
            const std::optional<double> score = componentValue(card, c) ? componentScore(card, c) : std::nullopt;
            text(p, QRectF(r.x(), r.y(), r.width(), r.height() / 2), ScorecardReport::componentName(c),
                 align | Qt::AlignVCenter, font(7, true));
            text(p, QRectF(r.x(), r.y() + r.height() / 2, r.width(), r.height() / 2),
                 tr("%1 · team %2")
                     .arg(format::number(score, format::ScoreDecimals),
                          format::number(m_book.averageScores[std::size_t(i)], format::ScoreDecimals)),
                 align | Qt::AlignVCenter, font(6.5), colourOf(componentRating(card, c)));
        }

        // Legend.
        const double ly = cy + Radius + 13.5;
        const double lx = Left + 6;
        p.setPen(pen(agentColour(), 0.5));
        p.setBrush(agentFill);
        p.drawRect(box(lx, ly - 1.5, 5, 3));
        p.setBrush(Qt::NoBrush);
        text(p, QRectF(lx + 6.5, ly - 2.5, 30, 5), card.name.isEmpty() ? card.agentId : card.name,
             Qt::AlignLeft | Qt::AlignVCenter, font(7));
        p.setPen(pen(teamColour(), 0.45, Qt::DashLine));
        p.drawLine(at(lx + 38, ly), at(lx + 44, ly));
        text(p, QRectF(lx + 45.5, ly - 2.5, 30, 5), tr("team mean"), Qt::AlignLeft | Qt::AlignVCenter, font(7));
    }

    void paintTrends(QPainter &p, const AgentScorecard &card, double y)
    {
        const int weeks = int(m_book.weekStarts.size());
        heading(p, y, weeks > 0 ? tr("Last %1 weeks").arg(weeks) : tr("Weekly trends"));
        const auto series = m_book.weekly.constFind(card.agentId);
        if (weeks == 0 || series == m_book.weekly.cend()) {
            text(p, QRectF(0, y + 9, ContentWidth, 6), tr("No weekly trends in this report."),
                 Qt::AlignLeft | Qt::AlignVCenter, font(8), muted());
            return;
        }
        // Legend, at the heading's right.
        double lx = ContentWidth - 112;
        const double ly = y + 3;
        const auto legend = [&](const QPen &linePen, const QString &label) {
            p.setPen(linePen);
            p.drawLine(at(lx, ly), at(lx + 6, ly));
            text(p, QRectF(lx + 7.5, ly - 2.5, 28, 5), label, Qt::AlignLeft | Qt::AlignVCenter, font(7), muted());
            lx += 38;
        };
        legend(pen(agentColour(), 0.5), card.name.isEmpty() ? card.agentId : card.name);
        legend(pen(teamTrendColour(), 0.35), tr("team"));
        legend(pen(colourOf(Rating::OnTarget), 0.3, Qt::DashLine), tr("target"));

        constexpr int Columns = 2;
        constexpr double Gap = 5;
        constexpr double Width = (ContentWidth - Gap) / Columns;
        const double top = y + 9;
        const double height = (BodyBottom - top) / 4 - 2;
        for (int i = 0; i < TrendFigureCount; ++i) {
            const QRectF r((i % Columns) * (Width + Gap), top + (i / Columns) * (height + 2), Width, height);
            paintTrend(p, r, TrendFigures.at(std::size_t(i)), *series);
        }
    }

    void paintTrend(QPainter &p, const QRectF &r, TrendFigure figure,
                    const QList<std::optional<AgentScorecard>> &series)
    {
        const int weeks = int(m_book.weekStarts.size());
        const std::optional<ScoreComponent> component = ScorecardReport::trendComponent(figure);
        QList<std::optional<double>> mine, team;
        for (int w = 0; w < weeks; ++w) {
            const std::optional<AgentScorecard> c = w < series.size() ? series.at(w) : std::nullopt;
            mine.append(c ? ScorecardReport::trendValue(*c, figure) : std::nullopt);
            const std::optional<AgentScorecard> t = w < m_teamTrend.size() ? m_teamTrend.at(w) : std::nullopt;
            team.append(t ? ScorecardReport::trendValue(*t, figure) : std::nullopt);
        }
        // The team's handled is the whole team's: not comparable with one agent's.
        if (figure == TrendFigure::Handled)
            team.fill(std::nullopt);
        const std::optional<double> target =
            component ? std::optional<double>(m_book.rules.target(*component)) : std::nullopt;

        text(p, QRectF(r.x(), r.y(), r.width() - 22, 4.5),
             ScorecardReport::trendTitle(figure, ScorecardReport::Durations::Written), Qt::AlignLeft | Qt::AlignVCenter,
             font(7.5, true));
        // The week of the period's last day.
        const std::optional<double> latest = mine.isEmpty() ? std::nullopt : mine.constLast();
        const Rating latestRating = component                          ? rate(*component, latest, *target)
                                    : figure == TrendFigure::Composite ? rateComposite(latest)
                                                                       : Rating::None;
        if (latest)
            text(p, QRectF(r.right() - 22, r.y(), 22, 4.5), ScorecardReport::trendText(figure, latest),
                 Qt::AlignRight | Qt::AlignVCenter, font(7.5, true), colourOf(latestRating));

        const QRectF plot(r.x() + 9, r.y() + 6, r.width() - 10, r.height() - 10.5);
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        const auto include = [&](std::optional<double> v) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        };
        for (int w = 0; w < weeks; ++w) {
            include(mine.at(w));
            include(team.at(w));
        }
        const bool empty = lo > hi;
        include(target);
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        // Round ticks around the values (core/ChartAxis); a 0–100 score on 0 to 100.
        const ChartAxis axis = ScorecardReport::trendAxis(figure, std::max(0.0, lo), hi, 3);
        lo = axis.min;
        hi = axis.max;
        const auto yOf = [&](double v) {
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
        };
        const double slot = plot.width() / std::max(1, weeks);
        const auto xOf = [&](int w) {
            return plot.left() + (w + 0.5) * slot;
        };

        for (int tick = 0; tick < axis.ticks(); ++tick) {
            const double v = axis.min + tick * axis.step;
            p.setPen(pen(grid(), 0.15));
            p.drawLine(at(plot.left(), yOf(v)), at(plot.right(), yOf(v)));
            text(p, QRectF(r.x(), yOf(v) - 1.6, 8, 3.2), ScorecardReport::axisLabel(figure, v, axis),
                 Qt::AlignRight | Qt::AlignVCenter, font(5.5), muted());
        }
        p.setPen(pen(rule(), 0.2));
        p.drawLine(at(plot.left(), plot.bottom()), at(plot.right(), plot.bottom()));

        // Week labels: as many as fit, always the last week's.
        const QFont labelFont = font(5.5);
        const double labelWidth =
            fromDots(QFontMetricsF(labelFont, p.device()).horizontalAdvance(QStringLiteral("0000-00-00 ")));
        const int every = std::max(1, int(std::ceil(labelWidth / slot)));
        for (int w = weeks - 1; w >= 0; w -= every) {
            text(p, QRectF(xOf(w) - slot * every / 2, plot.bottom() + 0.6, slot * every, 3.2),
                 format::date(m_book.weekStarts.at(w)), Qt::AlignHCenter | Qt::AlignTop, labelFont, muted());
        }

        if (target) {
            p.setPen(pen(colourOf(Rating::OnTarget), 0.3, Qt::DashLine));
            p.drawLine(at(plot.left(), yOf(*target)), at(plot.right(), yOf(*target)));
        }
        const auto line = [&](const QList<std::optional<double>> &values, const QPen &linePen, double dot) {
            p.setPen(linePen);
            for (int w = 1; w < weeks; ++w) {
                if (values.at(w - 1) && values.at(w))
                    p.drawLine(at(xOf(w - 1), yOf(*values.at(w - 1))), at(xOf(w), yOf(*values.at(w))));
            }
            if (dot <= 0)
                return;
            p.setPen(Qt::NoPen);
            p.setBrush(linePen.color());
            for (int w = 0; w < weeks; ++w) {
                if (values.at(w))
                    p.drawEllipse(at(xOf(w), yOf(*values.at(w))), mm(dot), mm(dot));
            }
            p.setBrush(Qt::NoBrush);
        };
        line(team, pen(teamTrendColour(), 0.35), 0);
        line(mine, pen(agentColour(), 0.5), 0.55);
        if (empty)
            text(p, plot, tr("no data"), Qt::AlignCenter, font(7), muted());
    }

    // --- every page -----------------------------------------------------------------------------

    void paintFooter(QPainter &p, int page)
    {
        const QString zone = QString::fromUtf8(m_generated.timeZone().id());
        footer(p,
               tr("KefuDesk · agent scorecards · %1 · generated %2 (%3)")
                   .arg(subtitle(), format::dateTime(m_generated.toSecsSinceEpoch(), m_generated.timeZone()), zone),
               page, pageCount());
    }

    const ScorecardBook &m_book;
    QDateTime m_generated;
    QList<const AgentScorecard *> m_byRank;
    QList<std::optional<AgentScorecard>> m_teamTrend;
    int m_ranked = 0;
    int m_summaryPages = 1;
};

QDateTime generatedNow(const ScorecardBook &book)
{
    return QDateTime::currentDateTime().toTimeZone(book.zone.isValid() ? book.zone : QTimeZone::systemTimeZone());
}

} // namespace

QString scorecardFontFamily()
{
    return pdf::fontFamily();
}

int scorecardPageCount(const ScorecardBook &book)
{
    return ScorecardPages(book, QString(), QDateTime()).pageCount();
}

QImage renderScorecardPage(const ScorecardBook &book, int page, int dpi)
{
    ScorecardPages pages(book, scorecardFontFamily(), generatedNow(book));
    return pdf::renderPage(dpi, [&](QPainter &painter) {
        if (page >= 0 && page < pages.pageCount())
            pages.paint(painter, page, dpi);
    });
}

void paintScorecardPage(QPainter &painter, const ScorecardBook &book, int page, int dpi)
{
    ScorecardPages pages(book, scorecardFontFamily(), generatedNow(book));
    if (page >= 0 && page < pages.pageCount())
        pages.paint(painter, page, dpi);
}

bool writeScorecardPdf(const ScorecardBook &book, const QString &path, QString *error)
{
    ScorecardPages pages(book, scorecardFontFamily(), generatedNow(book));
    return pdf::writePdf(path,
                         QCoreApplication::translate("kefu::ui::ScorecardPdf", "Agent scorecards %1 · %2")
                             .arg(ScorecardReport::teamTitle(book.team), format::dateRange(book.first, book.last)),
                         pages.pageCount(), [&](QPainter &painter, int page) { pages.paint(painter, page, Dpi); },
                         error);
}

} // namespace kefu::ui
