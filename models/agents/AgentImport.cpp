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
        // A new agent needs a name: the id stands in when the file has none (or an empty one);
        // an agent the store has keeps the name it has then.
        m_upsert.addGiven(shape, {"id", "name", "team", "skill_level", "certification", "hired_on", "active"}, AName);
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
        return m_upsert.writeGiven(row, [&](int column) {
            switch (column) {
            case ASkillLevel: return skill > 0 ? Value::integer(skill) : Value::null();
            case ACertification: return Value::text(certification ? std::string_view(certification) : std::string_view());
            case AHiredOn: return Value::text(std::string_view(hiredText.constData(), size_t(hiredText.size())));
            case AActive: return Value::integer(active.value_or(true) ? 1 : 0);
            default: return Value::text(row.text(column));
            }
        });
    }

private:
    qint64 skillLevel(Row &row)
    {
        const char *level = row.choice(ASkillLevel, {{"1", {"基础", "basic", "1.0"}}, {"2", {"进阶", "intermediate", "2.0"}},
                                                     {"3", {"专家", "expert", "3.0"}}});
        return level ? qint64(level[0] - '0') : 0;
    }
    Upsert m_upsert;
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
            &importing::newWriter<AgentWriter>};
}

} // namespace kefu::agents
