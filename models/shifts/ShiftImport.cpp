// shifts (data-formats.md): an agent's planned shifts, keyed by agent and start.

#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

namespace kefu::shifts {

namespace {

using namespace importing;

enum ShiftColumn { HAgentId, HStart, HEnd, HKind };

class ShiftWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        m_upsert.add("agent_id", true);
        m_upsert.add("start_at", true);
        m_upsert.add("end_at");
        m_kindGiven = shape.has(HKind);
        if (m_kindGiven)
            m_upsert.add("kind");
        return m_upsert.prepare(context.db, "shifts", error);
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(HAgentId);
        row.require(HStart);
        row.require(HEnd);
        const auto start = row.timestamp(HStart);
        const auto end = row.timestamp(HEnd);
        if (start && end && *end <= *start)
            row.problem(HEnd, QCoreApplication::translate("kefu::importing::Importer", "a shift must end after it starts"));
        if (!row.ok())
            return Outcome::Rejected;
        const std::string_view agent = row.text(HAgentId);
        if (!context.ensureAgent(agent, &fatal))
            return Outcome::Rejected;
        std::vector<Value> values = {Value::text(agent), Value::integer(*start), Value::integer(*end)};
        if (m_kindGiven)
            values.push_back(Value::text(row.text(HKind)));
        return m_upsert.write(row, values);
    }

private:
    Upsert m_upsert;
    bool m_kindGiven = false;
};

} // namespace

importing::ImportKind shiftImportKind()
{
    return {importing::Kind::Shifts, "shifts", QT_TRANSLATE_NOOP("kefu::importing::Importer", "Shifts"),
            {{"agent_id", "工号", true},
             {"start", "开始时间", true},
             {"end", "结束时间", true},
             {"kind", "班次类型", false}},
            &importing::newWriter<ShiftWriter>};
}

} // namespace kefu::shifts
