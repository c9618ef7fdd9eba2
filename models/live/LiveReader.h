#pragma once

#include "FeedStatus.h"
#include "Forecast.h"
#include "LiveRows.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <vector>

namespace kefu::sql {
class SqliteStatement;
}

namespace kefu::live {

// What the live view takes from the store's settings.
struct LiveSettings
{
    QString timeZoneId; // the store's own; read only when asked for
    ServiceRules rules;
    int intervalMinutes = 30;
    StaffingRules staffing;
    qint64 waitAlertSeconds = 0;
    qint64 breakAlertSeconds = 0;
    qint64 feedStaleSeconds = 0;
    double occupancyMinPct = 0;
    double occupancyMaxPct = 0;
};

// All the store reading of the live floor, in one place (the seam for another database): runs the
// statements on one connection of one thread and hands over plain rows (LiveRows.h). Counts the
// rows it reads. A row whose channel or state KefuDesk does not know is skipped.
class LiveReader final
{
public:
    using ConversationSink = std::function<void(const ConversationRow &)>;
    using StateSink = std::function<void(const StateRow &)>;

    explicit LiveReader(QSqlDatabase db);
    ~LiveReader();
    LiveReader(const LiveReader &) = delete;
    LiveReader &operator=(const LiveReader &) = delete;

    // Everything read between the two sees one snapshot of the store (one read transaction).
    bool beginRead(QString *error);
    void endRead();

    std::optional<FeedWatermark> watermark(QString *error);
    LiveSettings settings(bool withTimeZone);
    double forecastMultiplier(QDate day);
    std::optional<DayForecast> forecast(const QTimeZone &zone, QDate day, int intervalMinutes, QString *error);

    // The highest conversation rowid and agent state id (0 when none); false with *error on a failure.
    bool lastConversationRowid(qint64 *rowid, QString *error);
    bool lastStateId(qint64 *id, QString *error);
    // Conversations that arrived in [from, to) with a rowid up to upTo.
    bool conversationsOfDay(qint64 from, qint64 to, qint64 upTo, const ConversationSink &sink, QString *error);
    // Ended agent states that started in [from, to) with an id up to upTo.
    bool endedStatesOfDay(qint64 from, qint64 to, qint64 upTo, const StateSink &sink, QString *error);
    // Rows above *rowid / *id, which move on to the highest read (also of a row skipped).
    bool conversationsAfter(qint64 *rowid, const ConversationSink &sink, QString *error);
    bool statesAfter(qint64 *id, const StateSink &sink, QString *error);
    // Open contacts (neither ended nor abandoned) that arrived from since on, and open agent states,
    // through their partial indexes.
    bool openConversations(qint64 since, std::vector<ConversationRow> &rows, QString *error);
    bool openStates(std::vector<StateRow> &rows, QString *error);
    // One row by its key: *row is empty when it is gone (or skipped).
    bool conversation(qint64 rowid, std::optional<ConversationRow> *row, QString *error);
    bool state(qint64 id, std::optional<StateRow> *row, QString *error);
    // The active agents in the floor's order.
    bool activeAgents(std::vector<AgentRow> &agents, QString *error);

    qint64 rowsRead() const { return m_rowsRead; }
    void resetRowsRead() { m_rowsRead = 0; }

    // The statements of the open rows, for the tests that check they use the partial indexes.
    static QByteArray openConversationsSql();
    static QByteArray openStatesSql();

private:
    QSqlDatabase m_db;
    qint64 m_rowsRead = 0;
    std::unique_ptr<sql::SqliteStatement> m_conversationByRowid;
    std::unique_ptr<sql::SqliteStatement> m_stateById;
};

} // namespace kefu::live
