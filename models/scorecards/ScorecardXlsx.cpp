#include "ScorecardXlsx.h"

#include "ScorecardReport.h"
#include "exporting/TableWriter.h"
#include "metrics/ReportTable.h"

#include <QDateTime>

namespace kefu::scorecards {

namespace {

using io::TableColumn;
using io::TableWriter;

QVariant cell(std::optional<double> value, int decimals)
{
    const std::optional<double> r = ScorecardReport::rounded(value, decimals);
    return r ? QVariant(*r) : QVariant();
}

QString numberFormat(int decimals)
{
    return decimals > 0 ? QStringLiteral("0.") + QString(decimals, QLatin1Char('0')) : QStringLiteral("0");
}

class ScorecardSheets final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::scorecards::ScorecardXlsx)

public:
    ScorecardSheets(const ScorecardBook &book, TableWriter &writer)
        : m_book(book)
        , m_writer(writer)
        , m_teamId(ScorecardReport::columnTitle(ScorecardReport::Column::Team))
        , m_teamName(ScorecardReport::teamTitle(book.team))
    {}

    bool scorecards()
    {
        // The rows of `report agents` as its CSV has them, under translated titles.
        const ReportTable agents = ReportTable::agents(m_book.cards);
        ReportTable table(ScorecardReport::agentColumnTitles());
        for (qsizetype r = 0; r < agents.rowCount(); ++r)
            table.addRow(agents.row(r));
        QList<ReportTable::Cell> team = ReportTable::agents({m_book.summary}).row(0);
        team[0] = ReportTable::text(m_teamId);
        team[1] = ReportTable::text(m_teamName);
        team[2] = ReportTable::text(m_book.team);
        table.addRow(team);
        return table.writeTo(m_writer, tr("Scorecards"));
    }

    bool components()
    {
        const QList<TableColumn> columns = {
            {ScorecardReport::columnTitle(ScorecardReport::Column::AgentId), {}},
            {ScorecardReport::columnTitle(ScorecardReport::Column::Name), {}},
            {tr("Component"), {}},
            {tr("Measure"), {}},
            {tr("Direction"), {}},
            {tr("Value"), QStringLiteral("0.0#")},
            {tr("Target"), {}},
            {tr("Weight"), {}},
            {tr("Score"), numberFormat(1)},
            {tr("Team mean score"), numberFormat(1)},
        };
        if (!m_writer.beginSheet(tr("Components"), columns))
            return false;
        const auto write = [this](const QString &id, const QString &name, const AgentScorecard &card) {
            for (int i = 0; i < ScoreComponentCount; ++i) {
                const auto c = static_cast<ScoreComponent>(i);
                const std::optional<double> value = componentValue(card, c);
                if (!m_writer.writeRow({id, name, ScorecardReport::componentName(c), ScorecardReport::measureName(c),
                                        ScorecardReport::direction(c), cell(value, ScorecardReport::decimals(c)),
                                        m_book.rules.target(c), m_book.rules.weight(c),
                                        cell(value ? componentScore(card, c) : std::nullopt, 1),
                                        cell(m_book.averageScores[std::size_t(i)], 1)}))
                    return false;
            }
            return true;
        };
        for (const AgentScorecard &card : m_book.cards) {
            if (!write(card.agentId, card.name, card))
                return false;
        }
        return write(m_teamId, m_teamName, m_book.summary);
    }

    bool trends()
    {
        static constexpr TrendFigure figures[] = {TrendFigure::Handled,   TrendFigure::Response, TrendFigure::Aht,
                                                  TrendFigure::Fcr,       TrendFigure::Csat,     TrendFigure::Qa,
                                                  TrendFigure::Adherence, TrendFigure::Composite};
        QList<TableColumn> columns = {{ScorecardReport::columnTitle(ScorecardReport::Column::AgentId), {}},
                                      {ScorecardReport::columnTitle(ScorecardReport::Column::Name), {}},
                                      {tr("Week starting"), {}}};
        for (const TrendFigure f : figures)
            columns.append({ScorecardReport::trendTitle(f), numberFormat(ScorecardReport::decimals(f))});
        if (!m_writer.beginSheet(tr("Weekly trends"), columns))
            return false;
        const auto write = [&](const QString &id, const QString &name,
                               const QList<std::optional<AgentScorecard>> &series) {
            for (qsizetype w = 0; w < m_book.weekStarts.size(); ++w) {
                const std::optional<AgentScorecard> card = w < series.size() ? series.at(w) : std::nullopt;
                QVariantList row{id, name, m_book.weekStarts.at(w)};
                for (const TrendFigure f : figures) {
                    if (f == TrendFigure::Handled)
                        row.append(card ? card->handled : qint64(0));
                    else
                        row.append(card ? cell(ScorecardReport::trendValue(*card, f), ScorecardReport::decimals(f))
                                        : QVariant());
                }
                if (!m_writer.writeRow(row))
                    return false;
            }
            return true;
        };
        for (const QString &id : ScorecardReport::trendAgents(m_book)) {
            const QList<std::optional<AgentScorecard>> &series = m_book.weekly[id];
            QString name;
            for (const std::optional<AgentScorecard> &c : series) {
                if (c && !c->name.isEmpty()) {
                    name = c->name;
                    break;
                }
            }
            for (const AgentScorecard &c : m_book.cards) {
                if (c.agentId == id)
                    name = c.name;
            }
            if (!write(id, name, series))
                return false;
        }
        return write(m_teamId, m_teamName, ScorecardReport::teamTrend(m_book));
    }

    bool definitions()
    {
        if (!m_writer.beginSheet(tr("Definitions"), {{tr("Definition"), {}}, {tr("Value"), {}}, {tr("Notes"), {}}}))
            return false;
        const QTimeZone zone = m_book.zone.isValid() ? m_book.zone : QTimeZone::systemTimeZone();
        const QList<QVariantList> rows = {
            {tr("First day"), m_book.first, tr("local days of the store's time zone, both included")},
            {tr("Last day"), m_book.last, QVariant()},
            {ScorecardReport::columnTitle(ScorecardReport::Column::Team), m_teamName, QVariant()},
            {tr("Time zone"), QString::fromUtf8(zone.id()), QVariant()},
            {tr("Generated"), QDateTime::currentDateTime().toTimeZone(zone), QVariant()},
            {tr("Composite score"), QVariant(),
             tr("Σ(weight × score) / Σ(weight) over the components whose metric is not empty")},
            {tr("Component score"), QVariant(),
             tr("0–100 against the target: higher is better min(100, 100 × value / target); lower is better "
                "min(100, 100 × target / value)")},
        };
        for (const QVariantList &row : rows) {
            if (!m_writer.writeRow(row))
                return false;
        }
        for (int i = 0; i < ScoreComponentCount; ++i) {
            const auto c = static_cast<ScoreComponent>(i);
            const QString what = tr("%1: %2").arg(ScorecardReport::componentName(c), ScorecardReport::measureName(c));
            if (!m_writer.writeRow(
                    {tr("Target — %1").arg(what), m_book.rules.target(c), ScorecardReport::direction(c)}) ||
                !m_writer.writeRow(
                    {tr("Weight — %1").arg(ScorecardReport::componentName(c)), m_book.rules.weight(c), QVariant()}))
                return false;
        }
        for (int c = 0; c < ChannelCount; ++c) {
            const auto channel = static_cast<Channel>(c);
            if (!m_writer.writeRow({tr("Response threshold — %1").arg(channelName(channel)),
                                    m_book.service.threshold(channel),
                                    tr("seconds: answered within it counts as on time")}))
                return false;
        }
        for (const ScorecardReport::Column column :
             {ScorecardReport::Column::AsaRealtime, ScorecardReport::Column::P90Realtime,
              ScorecardReport::Column::EmailReply, ScorecardReport::Column::Asa, ScorecardReport::Column::P90Wait}) {
            if (!m_writer.writeRow(
                    {ScorecardReport::columnTitle(column), QVariant(), ScorecardReport::waitDefinition(column)}))
                return false;
        }
        return m_writer.writeRow(
            {tr("Colours"), QVariant(),
             tr("green: on target; amber: within 10 % of the target; red: further (composite: green from 90, "
                "amber from 80)")});
    }

private:
    const ScorecardBook &m_book;
    TableWriter &m_writer;
    QString m_teamId;
    QString m_teamName;
};

} // namespace

bool writeScorecardXlsx(const ScorecardBook &book, const QString &path, QString *error)
{
    TableWriter writer(path, TableWriter::Format::Xlsx);
    ScorecardSheets sheets(book, writer);
    const bool ok = writer.open() && sheets.scorecards() && sheets.components() &&
                    (book.weekStarts.isEmpty() || sheets.trends()) && sheets.definitions() && writer.commit();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace kefu::scorecards
