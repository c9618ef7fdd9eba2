#include "ReportTable.h"

#include "core/Formats.h"
#include "exporting/CsvWriter.h"

#include <QBuffer>

#include <cmath>
#include <utility>

namespace kefu {

namespace {

QString jsonString(const QString &text)
{
    QString s;
    s.reserve(text.size() + 2);
    s += QLatin1Char('"');
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '"':
            s += QStringLiteral("\\\"");
            break;
        case '\\':
            s += QStringLiteral("\\\\");
            break;
        case '\n':
            s += QStringLiteral("\\n");
            break;
        case '\r':
            s += QStringLiteral("\\r");
            break;
        case '\t':
            s += QStringLiteral("\\t");
            break;
        default:
            if (ch.unicode() < 0x20)
                s += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                s += ch;
        }
    }
    s += QLatin1Char('"');
    return s;
}

} // namespace

ReportTable::ReportTable(QStringList columns)
    : m_columns(std::move(columns))
{}

ReportTable::Cell ReportTable::text(const QString &value)
{
    return {Cell::Kind::Text, value};
}

ReportTable::Cell ReportTable::integer(qint64 value)
{
    return {Cell::Kind::Number, QString::number(value)};
}

ReportTable::Cell ReportTable::integer(std::optional<int> value)
{
    if (!value)
        return {};
    return integer(static_cast<qint64>(*value));
}

ReportTable::Cell ReportTable::decimal(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return {};
    QString written = QString::number(*value, 'f', decimals);
    if (written.startsWith(QLatin1Char('-')) && written.toDouble() == 0.0)
        written.remove(0, 1); // no "-0.0"
    return {Cell::Kind::Number, written, decimals};
}

ReportTable::Cell ReportTable::percent(std::optional<double> value)
{
    return decimal(value, format::PercentDecimals);
}

ReportTable::Cell ReportTable::seconds(std::optional<double> value)
{
    return decimal(value, format::SecondsDecimals);
}

ReportTable::Cell ReportTable::csat(std::optional<double> value)
{
    return decimal(value, format::CsatDecimals);
}

ReportTable::Cell ReportTable::transfers(std::optional<double> value)
{
    return decimal(value, format::TransfersDecimals);
}

ReportTable::Cell ReportTable::score(std::optional<double> value)
{
    return decimal(value, format::ScoreDecimals);
}

QStringList ReportTable::waitColumns()
{
    return {QStringLiteral("asa_realtime_s"), QStringLiteral("p90_realtime_s"), QStringLiteral("email_reply_s")};
}

QList<ReportTable::Cell> ReportTable::waitCells(const ServiceFigures &f)
{
    return {seconds(f.asaRealtimeSeconds), seconds(f.p90RealtimeSeconds), seconds(f.emailReplySeconds)};
}

void ReportTable::addRow(QList<Cell> cells)
{
    cells.resize(m_columns.size());
    m_rows.append(std::move(cells));
}

ReportTable ReportTable::service(const QList<ServiceReportRow> &rows)
{
    ReportTable t(QStringList{QStringLiteral("period_start"), QStringLiteral("channel"), QStringLiteral("offered"),
                              QStringLiteral("answered"), QStringLiteral("abandoned"),
                              QStringLiteral("short_abandoned"), QStringLiteral("sl_pct"), QStringLiteral("asa_s"),
                              QStringLiteral("p90_wait_s"), QStringLiteral("abandon_pct"), QStringLiteral("aht_s"),
                              QStringLiteral("fcr_pct"), QStringLiteral("csat_mean")} +
                  waitColumns());
    for (const ServiceReportRow &r : rows) {
        const ServiceFigures &f = r.figures;
        t.addRow(QList<Cell>{text(r.periodStart), r.channel ? text(channelId(*r.channel)) : Cell(), integer(f.offered),
                             integer(f.answered), integer(f.abandoned), integer(f.shortAbandoned), percent(f.slPct),
                             seconds(f.asaSeconds), seconds(f.p90WaitSeconds), percent(f.abandonPct),
                             seconds(f.ahtSeconds), percent(f.fcrPct), csat(f.csatMean)} +
                 waitCells(f));
    }
    return t;
}

ReportTable ReportTable::agents(const QList<AgentScorecard> &cards)
{
    ReportTable t(QStringList{QStringLiteral("agent_id"), QStringLiteral("name"), QStringLiteral("team"),
                              QStringLiteral("handled"), QStringLiteral("response_within_target_pct"),
                              QStringLiteral("asa_s"), QStringLiteral("p90_wait_s"), QStringLiteral("aht_s"),
                              QStringLiteral("fcr_pct"), QStringLiteral("csat_mean"), QStringLiteral("csat_top2_pct"),
                              QStringLiteral("csat_responses"), QStringLiteral("transfers_avg"),
                              QStringLiteral("occupancy_pct"), QStringLiteral("adherence_pct"),
                              QStringLiteral("qa_score"), QStringLiteral("composite"), QStringLiteral("rank")} +
                  waitColumns());
    for (const AgentScorecard &a : cards) {
        const ServiceFigures &f = a.conversations;
        t.addRow(QList<Cell>{text(a.agentId), text(a.name), text(a.team), integer(a.handled),
                             percent(a.responseWithinTargetPct), seconds(f.asaSeconds), seconds(f.p90WaitSeconds),
                             seconds(f.ahtSeconds), percent(f.fcrPct), csat(f.csatMean), percent(f.csatTop2Pct),
                             integer(f.csatResponses), transfers(f.transfersAvg), percent(a.occupancyPct),
                             percent(a.adherencePct), score(a.qaScore), score(a.composite), integer(a.rank)} +
                 waitCells(f));
    }
    return t;
}

ReportTable ReportTable::staffing(const ErlangC::Staffing &s)
{
    ReportTable t({QStringLiteral("agents"), QStringLiteral("service_level_pct"), QStringLiteral("asa_s"),
                   QStringLiteral("occupancy_pct"), QStringLiteral("wait_probability_pct"),
                   QStringLiteral("scheduled_agents"), QStringLiteral("traffic_erlangs")});
    t.addRow({integer(static_cast<qint64>(s.agents)), percent(100.0 * s.serviceLevel), seconds(s.asaSeconds),
              percent(100.0 * s.occupancy), percent(100.0 * s.waitProbability),
              integer(static_cast<qint64>(s.scheduledAgents)), decimal(s.trafficErlangs, 2)});
    return t;
}

QByteArray ReportTable::toCsv() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, false);
    csv.writeRow(m_columns);
    for (const QList<Cell> &r : m_rows) {
        QStringList fields;
        fields.reserve(r.size());
        for (const Cell &c : r)
            fields.append(c.text);
        csv.writeRow(fields);
    }
    return bytes;
}

QList<io::TableColumn> ReportTable::tableColumns() const
{
    QList<io::TableColumn> columns;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        io::TableColumn column{m_columns.at(c), {}};
        for (const QList<Cell> &r : m_rows) {
            if (r.at(c).kind == Cell::Kind::Number) {
                column.numberFormat = r.at(c).decimals > 0
                                          ? QStringLiteral("0.") + QString(r.at(c).decimals, QLatin1Char('0'))
                                          : QStringLiteral("0");
                break;
            }
        }
        columns.append(column);
    }
    return columns;
}

bool ReportTable::writeTo(io::TableWriter &writer, const QString &sheetName) const
{
    if (!writer.beginSheet(sheetName, tableColumns()))
        return false;
    for (const QList<Cell> &r : m_rows) {
        QVariantList cells;
        cells.reserve(r.size());
        for (const Cell &c : r) {
            switch (c.kind) {
            case Cell::Kind::Empty:
                cells.append(QVariant());
                break;
            case Cell::Kind::Text:
                cells.append(c.text);
                break;
            case Cell::Kind::Number:
                // The number as the CSV writes it, rounded the same way.
                cells.append(c.decimals > 0 ? QVariant(c.text.toDouble()) : QVariant(c.text.toLongLong()));
                break;
            }
        }
        if (!writer.writeRow(cells))
            return false;
    }
    return true;
}

bool ReportTable::save(const QString &path, io::TableWriter::Format format, const QString &sheetName,
                       QString *error) const
{
    io::TableWriter::Options options;
    options.excelCsv = false;
    io::TableWriter writer(path, format, options);
    if (!writer.open() || !writeTo(writer, sheetName) || !writer.commit()) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

QByteArray ReportTable::toJson() const
{
    QString text = QStringLiteral("[");
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        text += i == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        const QList<Cell> &r = m_rows.at(i);
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                text += QStringLiteral(", ");
            text += jsonString(m_columns.at(c)) + QStringLiteral(": ");
            switch (r.at(c).kind) {
            case Cell::Kind::Empty:
                text += QStringLiteral("null");
                break;
            case Cell::Kind::Text:
                text += jsonString(r.at(c).text);
                break;
            case Cell::Kind::Number:
                text += r.at(c).text;
                break;
            }
        }
        text += QLatin1Char('}');
    }
    text += m_rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return text.toUtf8();
}

} // namespace kefu
