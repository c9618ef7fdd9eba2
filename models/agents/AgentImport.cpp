// agents (data-formats.md): the agents and the teams they name.

#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

namespace kefu::agents {

namespace {

using namespace importing;

enum AgentColumn { AId, AName, ATeam, ASkillLevel, ACertification, AHiredOn, AActive };

class AgentWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        static const char *const dbColumns[] = {"id", "name", "team", "skill_level", "certification", "hired_on",
                                                "active"};
        for (int c = AId; c <= AActive; ++c) {
            // A new agent needs a name: the id stands in when the file has none (or an empty one);
            // an agent the store has keeps the name it has then.
            if (c == AName)
                m_upsert.addKeptWhenNull(dbColumns[c], 0);
            else if (shape.has(c))
                m_upsert.add(dbColumns[c], c == AId);
            if (c == AName || shape.has(c))
                m_present.push_back(c);
        }
        m_values.resize(m_present.size());
        return m_upsert.prepare(context.db, "agents", error);
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(AId);
        const qint64 skill = row.text(ASkillLevel).empty() ? 0 : skillLevel(row);
        const char *certification = row.choice(
            ACertification, {{"assistant", {"助理客服", "助理"}}, {"senior", {"高级客服", "高级"}}, {"expert", {"专家客服", "专家"}}});
        const auto hired = row.date(AHiredOn);
        const auto active = row.flag(AActive);
        if (!row.ok())
            return Outcome::Rejected;
        const std::string_view team = row.text(ATeam);
        if (!team.empty() && !context.ensureTeam(team, &fatal))
            return Outcome::Rejected;
        QByteArray hiredText = hired ? hired->toString(Qt::ISODate).toLatin1() : QByteArray();
        for (size_t i = 0; i < m_present.size(); ++i) {
            Value v;
            switch (m_present[i]) {
            case AName: v = Value::text(row.text(AName)); break;
            case ASkillLevel: v = skill > 0 ? Value::integer(skill) : Value::null(); break;
            case ACertification: v = Value::text(certification ? std::string_view(certification) : std::string_view()); break;
            case AHiredOn: v = Value::text(std::string_view(hiredText.constData(), size_t(hiredText.size()))); break;
            case AActive: v = Value::integer(active.value_or(true) ? 1 : 0); break;
            default: v = Value::text(row.text(m_present[i])); break;
            }
            m_values[i] = v;
        }
        return m_upsert.write(row, m_values);
    }

private:
    qint64 skillLevel(Row &row)
    {
        const char *level = row.choice(ASkillLevel, {{"1", {"基础", "basic", "1.0"}}, {"2", {"进阶", "intermediate", "2.0"}},
                                                     {"3", {"专家", "expert", "3.0"}}});
        return level ? qint64(level[0] - '0') : 0;
    }
    Upsert m_upsert;
    std::vector<int> m_present;
    std::vector<Value> m_values;
};

} // namespace

importing::ImportKind agentImportKind()
{
    return {importing::Kind::Agents, "agents", QT_TRANSLATE_NOOP("kefu::importing::Importer", "Agents"),
            {{"id", "工号", true},
             {"name", "姓名", false},
             {"team", "班组", false},
             {"skill_level", "技能等级", false},
             {"certification", "认证", false},
             {"hired_on", "入职日期", false},
             {"active", "在职", false}},
            [](const QTimeZone &) -> std::unique_ptr<importing::KindWriter> {
                return std::make_unique<AgentWriter>();
            }};
}

} // namespace kefu::agents
