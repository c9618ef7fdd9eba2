// agent_states (data-formats.md): intervals of an agent's state, keyed by agent and start, never overlapping.

#include "core/Formats.h"
#include "importing/ImportChoices.h"
#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

#include <limits>

namespace kefu::agents {

namespace {

using namespace importing;

enum StateColumn { SAgentId, SState, SStartedAt, SEndedAt };

class AgentStateWriter final : public KindWriter
{
public:
    explicit AgentStateWriter(const QTimeZone &zone)
        : m_zone(zone)
    {}

    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        m_upsert.add("agent_id", true);
        m_upsert.add("started_at", true);
        m_upsert.add("state");
        m_endGiven = shape.has(SEndedAt);
        if (m_endGiven)
            m_upsert.add("ended_at");
        m_before = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT started_at, ended_at FROM agent_states WHERE agent_id = ?"
                                          " AND started_at < ? ORDER BY started_at DESC LIMIT 1"));
        m_after = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT started_at, ended_at FROM agent_states WHERE agent_id = ?"
                                          " AND started_at > ? ORDER BY started_at LIMIT 1"));
        return m_upsert.prepare(context.db, "agent_states", error);
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(SAgentId);
        row.require(SState);
        row.require(SStartedAt);
        const char *state = row.choice(SState, agentStateChoices());
        const auto started = row.timestamp(SStartedAt);
        const auto ended = row.timestamp(SEndedAt);
        if (started && ended && *ended < *started)
            row.problem(SEndedAt, QCoreApplication::translate("kefu::importing::Importer", "ends before it starts"));
        if (!row.ok())
            return Outcome::Rejected;
        const std::string_view agent = row.text(SAgentId);
        if (!context.ensureAgent(agent, &fatal))
            return Outcome::Rejected;
        // Intervals of one agent must not overlap: look at the neighbours on either side.
        const qint64 end = ended.value_or(std::numeric_limits<qint64>::max());
        m_before->bindText(1, agent);
        m_before->bindInteger(2, *started);
        if (m_before->nextRow()) {
            const bool open = m_before->columnIsNull(1);
            const qint64 otherStart = m_before->columnInteger(0);
            const qint64 otherEnd = m_before->columnInteger(1);
            m_before->reset();
            if (open || otherEnd > *started) {
                row.problem(SStartedAt, open ? QCoreApplication::translate("kefu::importing::Importer", "overlaps the agent's state that starts at %1 and has no end")
                                                   .arg(format::dateTimeSeconds(otherStart, m_zone))
                                             : QCoreApplication::translate("kefu::importing::Importer", "overlaps the agent's state from %1 to %2")
                                                   .arg(format::dateTimeSeconds(otherStart, m_zone), format::dateTimeSeconds(otherEnd, m_zone)));
                return Outcome::Rejected;
            }
        }
        m_after->bindText(1, agent);
        m_after->bindInteger(2, *started);
        if (m_after->nextRow()) {
            const qint64 otherStart = m_after->columnInteger(0);
            m_after->reset();
            if (otherStart < end) {
                row.problem(SEndedAt, QCoreApplication::translate("kefu::importing::Importer", "overlaps the agent's next state, which starts at %1")
                                          .arg(format::dateTimeSeconds(otherStart, m_zone)));
                return Outcome::Rejected;
            }
        }
        m_values = {Value::text(agent), Value::integer(*started), Value::text(state)};
        if (m_endGiven)
            m_values.push_back(Value::optional(ended));
        return m_upsert.write(row, m_values);
    }

private:
    QTimeZone m_zone;
    Upsert m_upsert;
    bool m_endGiven = false;
    std::vector<Value> m_values;
    std::unique_ptr<sql::SqliteStatement> m_before, m_after;
};

} // namespace

importing::ImportKind agentStateImportKind()
{
    return {importing::Kind::AgentStates, "agent_states",
            QT_TRANSLATE_NOOP("kefu::importing::Importer", "Agent states"),
            {{"agent_id", "工号", true},
             {"state", "状态", true},
             {"started_at", "开始时间", true},
             {"ended_at", "结束时间", false}},
            &importing::newWriter<AgentStateWriter>};
}

} // namespace kefu::agents
