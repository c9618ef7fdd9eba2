#include "LiveReader.h"

#include "store/Sql.h"
#include "store/SqliteStatement.h"
#include "store/StoreSettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kefu::live {

namespace {

// The columns every conversation read takes, in this order.
constexpr char ConversationColumns[] =
    "rowid, id, channel, queue, customer_tier, category, agent_id, arrived_at, answered_at, ended_at, abandoned_at,"
    " wrap_seconds, transfers, resolved, csat";
constexpr char StateColumns[] = "id, agent_id, state, started_at, ended_at";

QByteArray statementText(const char *columns, const char *rest)
{
    return QByteArray("SELECT ") + columns + ' ' + rest;
}

std::optional<qint64> optionalInteger(const sql::SqliteStatement &s, int column)
{
    return s.columnIsNull(column) ? std::nullopt : std::optional<qint64>(s.columnInteger(column));
}

QString text(const sql::SqliteStatement &s, int column)
{
    return QString::fromUtf8(s.columnBytes(column));
}

std::optional<ConversationRow> conversationFrom(const sql::SqliteStatement &s)
{
    const std::optional<Channel> channel = channelFromUtf8(s.columnBytes(2));
    if (!channel)
        return std::nullopt;
    ConversationRow row;
    row.rowid = s.columnInteger(0);
    row.id = text(s, 1);
    row.queue = text(s, 3);
    row.vip = s.columnBytes(4) == "vip";
    row.category = text(s, 5);
    row.agentId = std::string(s.columnBytes(6));
    row.c.channel = *channel;
    row.c.arrivedAt = s.columnInteger(7);
    row.c.answeredAt = optionalInteger(s, 8);
    row.c.endedAt = optionalInteger(s, 9);
    row.c.abandonedAt = optionalInteger(s, 10);
    row.c.wrapSeconds = optionalInteger(s, 11);
    row.c.transfers = optionalInteger(s, 12);
    row.c.resolved = optionalInteger(s, 13);
    row.c.csat = optionalInteger(s, 14);
    return row;
}

std::optional<StateRow> stateFrom(const sql::SqliteStatement &s)
{
    const std::optional<AgentState> state = agentStateFromUtf8(s.columnBytes(2));
    if (!state)
        return std::nullopt;
    StateRow row;
    row.id = s.columnInteger(0);
    row.agentId = std::string(s.columnBytes(1));
    row.state = *state;
    row.startedAt = s.columnInteger(3);
    row.endedAt = optionalInteger(s, 4);
    return row;
}

// After the last nextRow(): false with *error when the read ended on an error, not at the end.
bool readToEnd(const sql::SqliteStatement &s, QString *error)
{
    return s.lastErrorCode() == 0 || sql::fail(error, s.errorString());
}

bool readMax(const QSqlDatabase &db, const char *statement, qint64 *value, QString *error)
{
    sql::SqliteStatement max(db, QByteArray(statement));
    if (!max.nextRow())
        return sql::fail(error, max.errorString());
    *value = max.columnInteger(0);
    max.reset();
    return true;
}

} // namespace

QByteArray LiveReader::openConversationsSql()
{
    return statementText(ConversationColumns, "FROM conversations WHERE ended_at IS NULL AND abandoned_at IS NULL"
                                              " AND arrived_at >= ?");
}

QByteArray LiveReader::openStatesSql()
{
    return statementText(StateColumns, "FROM agent_states WHERE ended_at IS NULL");
}

LiveReader::LiveReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

LiveReader::~LiveReader() = default;

bool LiveReader::beginRead(QString *error)
{
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return sql::fail(error, sql::errorText(begin));
    return true;
}

void LiveReader::endRead()
{
    QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
}

std::optional<FeedWatermark> LiveReader::watermark(QString *error)
{
    return feed::latest(m_db, error);
}

LiveSettings LiveReader::settings(bool withTimeZone)
{
    LiveSettings s;
    if (withTimeZone)
        s.timeZoneId = StoreSettings::value(m_db, StoreSettings::TimeZone).toString();
    s.rules = ServiceRules::fromStore(m_db);
    s.intervalMinutes = StoreSettings::value(m_db, StoreSettings::IntervalMinutes).toInt();
    s.staffing = StaffingRules::fromStore(m_db);
    s.waitAlertSeconds = StoreSettings::value(m_db, QStringLiteral("alert.wait_s")).toLongLong();
    s.breakAlertSeconds = StoreSettings::value(m_db, QStringLiteral("alert.break_s")).toLongLong();
    s.feedStaleSeconds = StoreSettings::value(m_db, QStringLiteral("alert.feed_stale_s")).toLongLong();
    s.occupancyMinPct = StoreSettings::value(m_db, QStringLiteral("target.occupancy_min_pct")).toDouble();
    s.occupancyMaxPct = StoreSettings::value(m_db, QStringLiteral("target.occupancy_max_pct")).toDouble();
    return s;
}

double LiveReader::forecastMultiplier(QDate day)
{
    return Forecast::multiplier(m_db, day);
}

std::optional<DayForecast> LiveReader::forecast(const QTimeZone &zone, QDate day, int intervalMinutes, QString *error)
{
    return Forecast::compute(m_db, zone, day, intervalMinutes, error);
}

bool LiveReader::lastConversationRowid(qint64 *rowid, QString *error)
{
    return readMax(m_db, "SELECT coalesce(max(rowid), 0) FROM conversations", rowid, error);
}

bool LiveReader::lastStateId(qint64 *id, QString *error)
{
    return readMax(m_db, "SELECT coalesce(max(id), 0) FROM agent_states", id, error);
}

bool LiveReader::conversationsOfDay(qint64 from, qint64 to, qint64 upTo, const ConversationSink &sink, QString *error)
{
    sql::SqliteStatement day(m_db, statementText(ConversationColumns, "FROM conversations WHERE arrived_at >= ?"
                                                                      " AND arrived_at < ? AND rowid <= ?"));
    day.bindInteger(1, from);
    day.bindInteger(2, to);
    day.bindInteger(3, upTo);
    while (day.nextRow()) {
        ++m_rowsRead;
        if (const std::optional<ConversationRow> row = conversationFrom(day))
            sink(*row);
    }
    return readToEnd(day, error);
}

bool LiveReader::endedStatesOfDay(qint64 from, qint64 to, qint64 upTo, const StateSink &sink, QString *error)
{
    sql::SqliteStatement states(m_db, statementText(StateColumns, "FROM agent_states WHERE started_at >= ?"
                                                                  " AND started_at < ? AND ended_at IS NOT NULL"
                                                                  " AND id <= ?"));
    states.bindInteger(1, from);
    states.bindInteger(2, to);
    states.bindInteger(3, upTo);
    while (states.nextRow()) {
        ++m_rowsRead;
        if (const std::optional<StateRow> row = stateFrom(states))
            sink(*row);
    }
    return readToEnd(states, error);
}

bool LiveReader::conversationsAfter(qint64 *rowid, const ConversationSink &sink, QString *error)
{
    sql::SqliteStatement conversations(m_db, statementText(ConversationColumns, "FROM conversations WHERE rowid > ?"));
    conversations.bindInteger(1, *rowid);
    while (conversations.nextRow()) {
        ++m_rowsRead;
        *rowid = std::max(*rowid, conversations.columnInteger(0));
        if (const std::optional<ConversationRow> row = conversationFrom(conversations))
            sink(*row);
    }
    return readToEnd(conversations, error);
}

bool LiveReader::statesAfter(qint64 *id, const StateSink &sink, QString *error)
{
    sql::SqliteStatement states(m_db, statementText(StateColumns, "FROM agent_states WHERE id > ?"));
    states.bindInteger(1, *id);
    while (states.nextRow()) {
        ++m_rowsRead;
        *id = std::max(*id, states.columnInteger(0));
        if (const std::optional<StateRow> row = stateFrom(states))
            sink(*row);
    }
    return readToEnd(states, error);
}

bool LiveReader::openConversations(qint64 since, std::vector<ConversationRow> &rows, QString *error)
{
    // Within one read transaction no row lies beyond the last rowid read: no bound needed, and none
    // wanted — it would steer SQLite away from the partial index.
    sql::SqliteStatement s(m_db, openConversationsSql());
    s.bindInteger(1, since);
    while (s.nextRow()) {
        ++m_rowsRead;
        if (std::optional<ConversationRow> row = conversationFrom(s))
            rows.push_back(std::move(*row));
    }
    return readToEnd(s, error);
}

bool LiveReader::openStates(std::vector<StateRow> &rows, QString *error)
{
    sql::SqliteStatement s(m_db, openStatesSql());
    while (s.nextRow()) {
        ++m_rowsRead;
        if (std::optional<StateRow> row = stateFrom(s))
            rows.push_back(std::move(*row));
    }
    return readToEnd(s, error);
}

bool LiveReader::conversation(qint64 rowid, std::optional<ConversationRow> *row, QString *error)
{
    if (!m_conversationByRowid)
        m_conversationByRowid = std::make_unique<sql::SqliteStatement>(
            m_db, statementText(ConversationColumns, "FROM conversations WHERE rowid = ?"));
    sql::SqliteStatement &s = *m_conversationByRowid;
    s.bindInteger(1, rowid);
    row->reset();
    if (s.nextRow()) {
        ++m_rowsRead;
        *row = conversationFrom(s);
    }
    const bool ok = readToEnd(s, error);
    s.reset();
    return ok;
}

bool LiveReader::state(qint64 id, std::optional<StateRow> *row, QString *error)
{
    if (!m_stateById)
        m_stateById =
            std::make_unique<sql::SqliteStatement>(m_db, statementText(StateColumns, "FROM agent_states WHERE id = ?"));
    sql::SqliteStatement &s = *m_stateById;
    s.bindInteger(1, id);
    row->reset();
    if (s.nextRow()) {
        ++m_rowsRead;
        *row = stateFrom(s);
    }
    const bool ok = readToEnd(s, error);
    s.reset();
    return ok;
}

bool LiveReader::activeAgents(std::vector<AgentRow> &agents, QString *error)
{
    sql::SqliteStatement s(m_db, QByteArrayLiteral("SELECT id, name, coalesce(team, '') FROM agents WHERE active = 1"
                                                   " ORDER BY team, name, id"));
    while (s.nextRow()) {
        AgentRow a;
        a.key = std::string(s.columnBytes(0));
        a.id = text(s, 0);
        a.name = text(s, 1);
        a.team = text(s, 2);
        agents.push_back(std::move(a));
    }
    return readToEnd(s, error);
}

} // namespace kefu::live
