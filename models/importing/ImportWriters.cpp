#include "ImportWriters.h"

#include "auth/AuditLog.h"
#include "complaints/ComplaintCase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <map>

#include <sqlite3.h>

namespace kefu::importing {

// ---------------------------------------------------------------------------------------------
// The columns of each kind (data-formats.md), in the order of the enums below.

namespace {

enum ConversationColumn {
    CId, CChannel, CQueue, CCustomerId, CCustomerTier, CAgentId, CArrivedAt, CAnsweredAt, CEndedAt, CAbandonedAt,
    CWrapSeconds, CTransfers, CResolved, CCsat, CCategory, COrderId, CScriptIds
};
enum AgentColumn { AId, AName, ATeam, ASkillLevel, ACertification, AHiredOn, AActive };
enum StateColumn { SAgentId, SState, SStartedAt, SEndedAt };
enum ShiftColumn { HAgentId, HStart, HEnd, HKind };
enum ReviewColumn { RId, RAgentId, RReviewedAt, RScore, RAutoFail, RReviewer, RConversationId, RComplaintId, RNotes };
enum ComplaintColumn {
    KId, KCreatedAt, KChannel, KCustomerId, KOrderId, KCategory, KPriority, KSummary, KDescription, KOwner
};
enum EventColumn { EComplaintId, EAt, EActor, EKind, EField, EFrom, ETo, ENote };
enum ScriptColumn { PId, PCategory, PTitle, PBody, PTags, PChannels, PStatus, POwner, PUpdatedAt };

const std::initializer_list<Choice> &channelChoices()
{
    static const std::initializer_list<Choice> list = {
        {"chat", {"在线", "聊天", "在线客服", "im"}},
        {"phone", {"电话", "热线", "voice", "call"}},
        {"email", {"邮件", "电子邮件", "e-mail", "mail"}},
        {"social", {"社交", "微信", "微博", "wechat", "weibo"}},
    };
    return list;
}

const std::initializer_list<Choice> &agentStateChoices()
{
    static const std::initializer_list<Choice> list = {
        {"offline", {"离线"}}, {"available", {"空闲", "就绪"}}, {"busy", {"忙碌", "通话中"}},
        {"wrap", {"话后", "话后处理", "wrap-up", "wrapup"}}, {"break", {"小休", "休息"}},
        {"training", {"培训"}}, {"meeting", {"会议"}},
    };
    return list;
}

const std::initializer_list<Choice> &caseStateChoices()
{
    static const std::initializer_list<Choice> list = {
        {"new", {"新建"}}, {"acknowledged", {"已受理"}}, {"investigating", {"处理中"}},
        {"proposed", {"方案已提出"}}, {"awaiting_feedback", {"待客户确认"}}, {"closed", {"已关闭"}},
        {"rejected", {"无效投诉"}},
    };
    return list;
}

} // namespace

const QList<ColumnInfo> &columnsOf(Kind kind)
{
    static const QList<ColumnInfo> conversations = {
        {"id", "会话ID", true},           {"channel", "渠道", true},         {"queue", "队列", false},
        {"customer_id", "客户ID", false}, {"customer_tier", "客户等级", false}, {"agent_id", "工号", false},
        {"arrived_at", "进线时间", true}, {"answered_at", "接起时间", false}, {"ended_at", "结束时间", false},
        {"abandoned_at", "放弃时间", false}, {"wrap_seconds", "话后处理秒数", false},
        {"transfers", "转接次数", false}, {"resolved", "一次解决", false}, {"csat", "满意度", false},
        {"category", "问题分类", false}, {"order_id", "订单号", false}, {"script_ids", "使用话术", false}};
    static const QList<ColumnInfo> agents = {
        {"id", "工号", true},       {"name", "姓名", false},  {"team", "班组", false},  {"skill_level", "技能等级", false},
        {"certification", "认证", false}, {"hired_on", "入职日期", false}, {"active", "在职", false}};
    static const QList<ColumnInfo> states = {{"agent_id", "工号", true}, {"state", "状态", true},
                                             {"started_at", "开始时间", true}, {"ended_at", "结束时间", false}};
    static const QList<ColumnInfo> shifts = {{"agent_id", "工号", true}, {"start", "开始时间", true},
                                             {"end", "结束时间", true}, {"kind", "班次类型", false}};
    static const QList<ColumnInfo> reviews = {
        {"id", "质检ID", true},       {"agent_id", "工号", true},   {"reviewed_at", "质检时间", true},
        {"score", "得分", true},      {"auto_fail", "致命项", false}, {"reviewer", "质检员", false},
        {"conversation_id", "会话ID", false}, {"complaint_id", "投诉ID", false}, {"notes", "备注", false}};
    static const QList<ColumnInfo> complaints = {
        {"id", "投诉ID", true},        {"created_at", "创建时间", true}, {"channel", "渠道", false},
        {"customer_id", "客户ID", false}, {"order_id", "订单号", false}, {"category", "投诉分类", false},
        {"priority", "优先级", false}, {"summary", "摘要", false},     {"description", "描述", false},
        {"owner", "负责人", false}};
    static const QList<ColumnInfo> events = {
        {"complaint_id", "投诉ID", true}, {"at", "时间", true},     {"actor", "操作人", false},
        {"kind", "类型", true},           {"field", "字段", false}, {"from", "原值", false},
        {"to", "新值", false},            {"note", "备注", false}};
    static const QList<ColumnInfo> scripts = {
        {"id", "话术ID", true},     {"category", "分类", false}, {"title", "标题", true},
        {"body", "内容", true},     {"tags", "标签", false},     {"channels", "适用渠道", false},
        {"status", "状态", false},  {"owner", "维护人", false},  {"updated_at", "更新时间", false}};
    switch (kind) {
    case Kind::Conversations: return conversations;
    case Kind::Agents: return agents;
    case Kind::AgentStates: return states;
    case Kind::Shifts: return shifts;
    case Kind::QaReviews: return reviews;
    case Kind::Complaints: return complaints;
    case Kind::ComplaintEvents: return events;
    case Kind::Scripts: return scripts;
    }
    return conversations;
}

// ---------------------------------------------------------------------------------------------
// Row

bool Row::require(int column)
{
    if (!isEmpty(column))
        return true;
    problem(column, QCoreApplication::translate("kefu::importing::Importer", "required, but empty"));
    return false;
}

std::optional<qint64> Row::timestamp(int column)
{
    const std::string_view t = text(column);
    if (t.empty())
        return std::nullopt;
    QString reason;
    const auto v = m_values.timestamp(t, &reason);
    if (!v)
        problem(column, reason);
    return v;
}

std::optional<qint64> Row::integer(int column, qint64 minimum, qint64 maximum)
{
    const std::string_view t = text(column);
    if (t.empty())
        return std::nullopt;
    QString reason;
    const auto v = m_values.integer(t, minimum, maximum, &reason);
    if (!v)
        problem(column, reason);
    return v;
}

std::optional<double> Row::number(int column, double minimum, double maximum)
{
    const std::string_view t = text(column);
    if (t.empty())
        return std::nullopt;
    QString reason;
    const auto v = m_values.number(t, minimum, maximum, &reason);
    if (!v)
        problem(column, reason);
    return v;
}

std::optional<bool> Row::flag(int column)
{
    const std::string_view t = text(column);
    if (t.empty())
        return std::nullopt;
    QString reason;
    const auto v = m_values.flag(t, &reason);
    if (!v)
        problem(column, reason);
    return v;
}

std::optional<QDate> Row::date(int column)
{
    const std::string_view t = text(column);
    if (t.empty())
        return std::nullopt;
    QString reason;
    const auto v = m_values.date(t, &reason);
    if (!v)
        problem(column, reason);
    return v;
}

const char *Row::choice(int column, std::initializer_list<Choice> choices)
{
    const std::string_view t = text(column);
    if (t.empty())
        return nullptr;
    QString reason;
    const char *v = choose(t, choices, &reason);
    if (!v)
        problem(column, reason);
    return v;
}

// ---------------------------------------------------------------------------------------------
// ImportContext

bool ImportContext::ensureAgent(std::string_view id, QString *error)
{
    if (!m_agentsLoaded) {
        m_agentsLoaded = true;
        sql::SqliteStatement all(db, QByteArrayLiteral("SELECT id FROM agents"));
        while (all.nextRow()) {
            const std::string_view v = all.columnBytes(0);
            m_knownAgents.insert(QByteArray(v.data(), qsizetype(v.size())));
        }
        m_insertAgent = std::make_unique<sql::SqliteStatement>(
            db, QByteArrayLiteral("INSERT INTO agents(id, name) VALUES (?1, ?1) ON CONFLICT(id) DO NOTHING"));
    }
    if (m_knownAgents.contains(QByteArray::fromRawData(id.data(), qsizetype(id.size()))))
        return true;
    const QByteArray key(id.data(), qsizetype(id.size()));
    m_insertAgent->bindText(1, id);
    if (!m_insertAgent->exec()) {
        *error = m_insertAgent->errorString();
        return false;
    }
    agentsCreated += m_insertAgent->changes();
    m_knownAgents.insert(key);
    return true;
}

bool ImportContext::ensureTeam(std::string_view name, QString *error)
{
    const QByteArray key(name.data(), qsizetype(name.size()));
    if (m_knownTeams.contains(key))
        return true;
    if (!m_insertTeam)
        m_insertTeam = std::make_unique<sql::SqliteStatement>(
            db, QByteArrayLiteral("INSERT INTO teams(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    m_insertTeam->bindText(1, name);
    if (!m_insertTeam->exec()) {
        *error = m_insertTeam->errorString();
        return false;
    }
    m_knownTeams.insert(key);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Upserts of one table row from the columns the file has.

namespace {

struct Value
{
    enum Type { Null, Int, Real, Text } type = Null;
    qint64 i = 0;
    double d = 0;
    std::string_view s;

    static Value null() { return {}; }
    static Value integer(qint64 v) { return {Int, v, 0, {}}; }
    static Value real(double v) { return {Real, 0, v, {}}; }
    static Value text(std::string_view v) { return v.empty() ? Value{} : Value{Text, 0, 0, v}; }
    template<typename T>
    static Value optional(const std::optional<T> &v)
    {
        if (!v)
            return {};
        if constexpr (std::is_floating_point_v<T>)
            return real(*v);
        else
            return integer(qint64(*v));
    }
};

// INSERT … ON CONFLICT(key) DO UPDATE SET … WHERE something differs: changes() is 0 for a row
// that is already there as it is.
class Upsert final
{
public:
    void add(const char *column, bool key = false)
    {
        m_columns.push_back(column);
        m_key.push_back(key);
        m_keepWhenNull.push_back(-1);
    }
    // A column whose NULL means "not given": an existing row keeps its value, a new row takes the
    // value of column fallback (e.g. an agent's name falls back to the id).
    void addKeptWhenNull(const char *column, size_t fallback)
    {
        m_columns.push_back(column);
        m_key.push_back(false);
        m_keepWhenNull.push_back(int(fallback));
    }
    size_t size() const { return m_columns.size(); }

    bool prepare(sqlite3 *db, const char *table, QString *error)
    {
        // OR FAIL: a one-row statement checks every constraint before it writes, so there is
        // nothing to back out, and SQLite can skip the statement journal it would otherwise keep
        // for each row (most of the cost of a row).
        QByteArray statement = QByteArrayLiteral("INSERT OR FAIL INTO ") + table + " (";
        QByteArray placeholders;
        QByteArray conflict;
        QByteArray set;
        QByteArray differs;
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const QByteArray c = m_columns[i];
            const QByteArray parameter = '?' + QByteArray::number(i + 1);
            statement += (i ? ", " : "") + c;
            QByteArray value = "excluded." + c;
            if (m_keepWhenNull[i] >= 0) {
                placeholders += QByteArray(i ? ", " : "") + "coalesce(" + parameter + ", ?"
                                + QByteArray::number(m_keepWhenNull[i] + 1) + ')';
                value = "coalesce(" + parameter + ", " + QByteArray(table) + '.' + c + ')';
            } else {
                placeholders += QByteArray(i ? ", " : "") + parameter;
            }
            if (m_key[i]) {
                conflict += (conflict.isEmpty() ? "" : ", ") + c;
            } else {
                set += (set.isEmpty() ? "" : ", ") + c + " = " + value;
                differs += (differs.isEmpty() ? "" : " OR ") + QByteArray(table) + "." + c + " IS NOT " + value;
            }
        }
        statement += ") VALUES (" + placeholders + ") ON CONFLICT(" + conflict + ")";
        if (set.isEmpty())
            statement += " DO NOTHING";
        else
            statement += " DO UPDATE SET " + set + " WHERE " + differs;
        m_statement = std::make_unique<sql::SqliteStatement>(db, statement);
        if (!m_statement->isValid()) {
            *error = m_statement->errorString();
            return false;
        }
        return true;
    }

    // Binds values (one per column, in order) and runs it: Inserted, Updated or Unchanged, or
    // Rejected on a store error (errorString()). An insert sets the connection's last rowid; an
    // upsert that updates leaves it alone, so a sentinel tells the two apart.
    Outcome run(const std::vector<Value> &values)
    {
        for (size_t i = 0; i < values.size(); ++i) {
            const int index = int(i) + 1;
            const Value &v = values[i];
            switch (v.type) {
            case Value::Null: m_statement->bindNull(index); break;
            case Value::Int: m_statement->bindInteger(index, v.i); break;
            case Value::Real: m_statement->bindDouble(index, v.d); break;
            case Value::Text: m_statement->bindStaticText(index, v.s); break;
            }
        }
        sqlite3 *db = m_statement->database();
        sqlite3_set_last_insert_rowid(db, -1);
        if (!m_statement->exec())
            return Outcome::Rejected;
        if (m_statement->changes() == 0)
            return Outcome::Unchanged;
        return sqlite3_last_insert_rowid(db) != -1 ? Outcome::Inserted : Outcome::Updated;
    }
    QString errorString() const { return m_statement ? m_statement->errorString() : QString(); }

private:
    std::vector<const char *> m_columns;
    std::vector<bool> m_key;
    std::vector<int> m_keepWhenNull;
    std::unique_ptr<sql::SqliteStatement> m_statement;
};

// A bad row the store itself refused (a CHECK the parsers did not foresee): reported on the row.
Outcome storeRefused(Row &row, const QString &reason)
{
    row.problem(-1, QCoreApplication::translate("kefu::importing::Importer", "the store refused the row: %1").arg(reason));
    return Outcome::Rejected;
}

// Splits "a;b；c" (ASCII or full-width semicolons) into trimmed, non-empty parts.
void splitList(std::string_view text, std::vector<std::string_view> *parts)
{
    static constexpr std::string_view fullWidth = "\xEF\xBC\x9B"; // ；
    while (!text.empty()) {
        size_t cut = text.find(';');
        size_t skip = 1;
        const size_t wide = text.find(fullWidth);
        if (wide != std::string_view::npos && (cut == std::string_view::npos || wide < cut)) {
            cut = wide;
            skip = fullWidth.size();
        }
        const std::string_view part = trimmed(text.substr(0, cut));
        if (!part.empty())
            parts->push_back(part);
        if (cut == std::string_view::npos)
            break;
        text.remove_prefix(cut + skip);
    }
}

// The same for text, distinct parts in their order.
QStringList splitList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[;；]")));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// conversations

class ConversationWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        static const char *const dbColumns[] = {"id", "channel", "queue", "customer_id", "customer_tier", "agent_id",
                                                "arrived_at", "answered_at", "ended_at", "abandoned_at",
                                                "wrap_seconds", "transfers", "resolved", "csat", "category",
                                                "order_id"};
        for (int c = CId; c <= COrderId; ++c) {
            if (shape.has(c)) {
                m_upsert.add(dbColumns[c], c == CId);
                m_present.push_back(c);
            }
        }
        m_values.resize(m_present.size());
        m_scripts = shape.has(CScriptIds);
        // The checks that span columns (answered after arrival, an agent when answered, ended
        // after answering) are made on the row as the file gives it. A file without one of those
        // columns keeps the stored value on update, so the store checks the merged row itself.
        if (!shape.has(CAnsweredAt) || !shape.has(CEndedAt) || !shape.has(CAgentId)) {
            sql::SqliteStatement checks(context.db, QByteArrayLiteral("PRAGMA ignore_check_constraints = OFF"));
            if (!checks.exec()) {
                *error = checks.errorString();
                return false;
            }
        }
        if (!deferIndexes(context, error))
            return false;
        if (m_scripts) {
            m_scriptsOf = std::make_unique<sql::SqliteStatement>(
                context.db, QByteArrayLiteral("SELECT script_id FROM conversation_scripts WHERE conversation_id = ?"
                                              " ORDER BY script_id"));
            m_clearScripts = std::make_unique<sql::SqliteStatement>(
                context.db, QByteArrayLiteral("DELETE FROM conversation_scripts WHERE conversation_id = ?"));
            m_addScript = std::make_unique<sql::SqliteStatement>(
                context.db,
                QByteArrayLiteral("INSERT INTO conversation_scripts(conversation_id, script_id) VALUES (?, ?)"));
        }
        return m_upsert.prepare(context.db, "conversations", error);
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(CId);
        row.require(CChannel);
        row.require(CArrivedAt);
        const char *channel = row.choice(CChannel, channelChoices());
        const char *tier = row.choice(CCustomerTier, {{"vip", {"VIP客户", "会员", "贵宾"}}, {"standard", {"普通", "标准", "普通客户"}}});
        const auto arrived = row.timestamp(CArrivedAt);
        const auto answered = row.timestamp(CAnsweredAt);
        const auto ended = row.timestamp(CEndedAt);
        const auto abandoned = row.timestamp(CAbandonedAt);
        const auto wrap = row.integer(CWrapSeconds, 0, std::numeric_limits<qint64>::max());
        const auto transfers = row.integer(CTransfers, 0, std::numeric_limits<qint64>::max());
        const auto resolved = row.flag(CResolved);
        const auto csat = row.integer(CCsat, 1, 5);
        const std::string_view agent = row.text(CAgentId);
        if (arrived && answered && *answered < *arrived)
            row.problem(CAnsweredAt, QCoreApplication::translate("kefu::importing::Importer", "answered before it arrived (arrived_at is later)"));
        if (answered && ended && *ended < *answered)
            row.problem(CEndedAt, QCoreApplication::translate("kefu::importing::Importer", "ended before it was answered (answered_at is later)"));
        if (arrived && ended && !answered && *ended < *arrived)
            row.problem(CEndedAt, QCoreApplication::translate("kefu::importing::Importer", "ended before it arrived (arrived_at is later)"));
        if (arrived && abandoned && *abandoned < *arrived)
            row.problem(CAbandonedAt, QCoreApplication::translate("kefu::importing::Importer", "abandoned before it arrived (arrived_at is later)"));
        if (answered && agent.empty())
            row.problem(CAgentId, QCoreApplication::translate("kefu::importing::Importer", "an answered conversation needs the answering agent"));
        if (!row.ok())
            return Outcome::Rejected;

        if (!agent.empty() && !context.ensureAgent(agent, &fatal))
            return Outcome::Rejected;
        for (size_t i = 0; i < m_present.size(); ++i) {
            Value v;
            switch (m_present[i]) {
            case CChannel: v = Value::text(channel); break;
            case CCustomerTier: v = Value::text(tier ? std::string_view(tier) : std::string_view("standard")); break;
            case CArrivedAt: v = Value::optional(arrived); break;
            case CAnsweredAt: v = Value::optional(answered); break;
            case CEndedAt: v = Value::optional(ended); break;
            case CAbandonedAt: v = Value::optional(abandoned); break;
            case CWrapSeconds: v = Value::optional(wrap); break;
            case CTransfers: v = Value::optional(transfers); break;
            case CResolved: v = Value::optional(resolved); break;
            case CCsat: v = Value::optional(csat); break;
            default: v = Value::text(row.text(m_present[i])); break;
            }
            m_values[i] = v;
        }
        const Outcome written = m_upsert.run(m_values);
        if (written == Outcome::Rejected)
            return storeRefused(row, m_upsert.errorString());
        if (m_scripts) {
            const int scripts = writeScripts(row, written == Outcome::Inserted);
            if (scripts < 0)
                return Outcome::Rejected;
            if (scripts > 0 && written == Outcome::Unchanged)
                return Outcome::Updated;
        }
        return written;
    }


private:
    // A file that brings more conversations than the store holds is loaded with only the id
    // index and the other indexes rebuilt at the end (sorting once beats updating three indexes
    // per row). All inside the import's transaction: a kill or cancel brings them back as they
    // were. A big store takes a small file row by row, indexes and all.
    bool deferIndexes(ImportContext &context, QString *error)
    {
        sql::SqliteStatement count(context.db, QByteArrayLiteral("SELECT max(rowid) FROM conversations"));
        const qint64 existing = count.nextRow() ? count.columnInteger(0) : 0;
        count.reset();
        constexpr qint64 SmallestRowBytes = 64; // no conversation row of a real export is shorter
        if (existing > context.fileBytes / SmallestRowBytes)
            return true;
        sql::SqliteStatement indexes(context.db,
                                     QByteArrayLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
                                                       " sql IS NOT NULL AND (tbl_name = 'conversations' OR"
                                                       " (tbl_name = 'conversation_scripts' AND ?))"));
        indexes.bindInteger(1, m_scripts ? 1 : 0);
        while (indexes.nextRow())
            m_deferred.push_back({indexes.columnText(0), indexes.columnText(1).toUtf8()});
        for (const auto &[name, sql] : m_deferred) {
            sql::SqliteStatement drop(context.db, "DROP INDEX \"" + name.toUtf8() + '"');
            if (!drop.exec()) {
                *error = drop.errorString();
                return false;
            }
        }
        return true;
    }

    bool finish(ImportContext &context, ImportSummary &, QString *error) override
    {
        for (const auto &[name, statement] : m_deferred) {
            sql::SqliteStatement create(context.db, statement);
            if (!create.exec()) {
                *error = create.errorString();
                return false;
            }
        }
        m_deferred.clear();
        return true;
    }

    // 1 when the conversation's script list changed, 0 when not, -1 on a store error. A new
    // conversation has no scripts yet: nothing to compare.
    int writeScripts(Row &row, bool isNew)
    {
        const std::string_view id = row.text(CId);
        m_wanted.clear();
        splitList(row.text(CScriptIds), &m_wanted);
        std::sort(m_wanted.begin(), m_wanted.end());
        m_wanted.erase(std::unique(m_wanted.begin(), m_wanted.end()), m_wanted.end());
        if (!isNew) {
            m_have.clear();
            m_scriptsOf->bindText(1, id);
            while (m_scriptsOf->nextRow())
                m_have.emplace_back(m_scriptsOf->columnBytes(0));
            if (m_have.size() == m_wanted.size() && std::equal(m_have.begin(), m_have.end(), m_wanted.begin()))
                return 0;
            m_clearScripts->bindText(1, id);
            if (!m_clearScripts->exec()) {
                fatal = m_clearScripts->errorString();
                return -1;
            }
        } else if (m_wanted.empty()) {
            return 0;
        }
        for (const std::string_view script : m_wanted) {
            m_addScript->bindStaticText(1, id);
            m_addScript->bindStaticText(2, script);
            if (!m_addScript->exec()) {
                fatal = m_addScript->errorString();
                return -1;
            }
        }
        return 1;
    }

    std::vector<std::string_view> m_wanted;
    std::vector<std::string> m_have;
    std::vector<std::pair<QString, QByteArray>> m_deferred; // indexes dropped for the load: name, CREATE
    Upsert m_upsert;
    std::vector<int> m_present;
    std::vector<Value> m_values;
    bool m_scripts = false;
    std::unique_ptr<sql::SqliteStatement> m_scriptsOf, m_clearScripts, m_addScript;
};

// ---------------------------------------------------------------------------------------------
// agents

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
        const Outcome written = m_upsert.run(m_values);
        return written == Outcome::Rejected ? storeRefused(row, m_upsert.errorString()) : written;
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

// ---------------------------------------------------------------------------------------------
// agent_states and shifts: keyed by agent and start time

QString localText(qint64 utc, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

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
                                                   .arg(localText(otherStart, m_zone))
                                             : QCoreApplication::translate("kefu::importing::Importer", "overlaps the agent's state from %1 to %2")
                                                   .arg(localText(otherStart, m_zone), localText(otherEnd, m_zone)));
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
                                          .arg(localText(otherStart, m_zone)));
                return Outcome::Rejected;
            }
        }
        m_values = {Value::text(agent), Value::integer(*started), Value::text(state)};
        if (m_endGiven)
            m_values.push_back(Value::optional(ended));
        const Outcome written = m_upsert.run(m_values);
        return written == Outcome::Rejected ? storeRefused(row, m_upsert.errorString()) : written;
    }


private:
    QTimeZone m_zone;
    Upsert m_upsert;
    bool m_endGiven = false;
    std::vector<Value> m_values;
    std::unique_ptr<sql::SqliteStatement> m_before, m_after;
};

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
        const Outcome written = m_upsert.run(values);
        return written == Outcome::Rejected ? storeRefused(row, m_upsert.errorString()) : written;
    }


private:
    Upsert m_upsert;
    bool m_kindGiven = false;
};

// ---------------------------------------------------------------------------------------------
// qa_reviews

class ReviewWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        static const char *const dbColumns[] = {"id", "agent_id", "reviewed_at", "score", "auto_fail", "reviewer",
                                                "conversation_id", "complaint_id", "notes"};
        for (int c = RId; c <= RNotes; ++c) {
            if (shape.has(c)) {
                m_upsert.add(dbColumns[c], c == RId);
                m_present.push_back(c);
            }
        }
        m_values.resize(m_present.size());
        return m_upsert.prepare(context.db, "qa_reviews", error);
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(RId);
        row.require(RAgentId);
        row.require(RReviewedAt);
        row.require(RScore);
        const auto reviewed = row.timestamp(RReviewedAt);
        const auto score = row.number(RScore, 0, 100);
        const auto autoFail = row.flag(RAutoFail);
        if (!row.ok())
            return Outcome::Rejected;
        if (!context.ensureAgent(row.text(RAgentId), &fatal))
            return Outcome::Rejected;
        for (size_t i = 0; i < m_present.size(); ++i) {
            Value v;
            switch (m_present[i]) {
            case RReviewedAt: v = Value::optional(reviewed); break;
            case RScore: v = Value::optional(score); break;
            case RAutoFail: v = Value::integer(autoFail.value_or(false) ? 1 : 0); break;
            default: v = Value::text(row.text(m_present[i])); break;
            }
            m_values[i] = v;
        }
        const Outcome written = m_upsert.run(m_values);
        return written == Outcome::Rejected ? storeRefused(row, m_upsert.errorString()) : written;
    }


private:
    Upsert m_upsert;
    std::vector<int> m_present;
    std::vector<Value> m_values;
};

// ---------------------------------------------------------------------------------------------
// complaints and their events: the case row is what the events lead to

struct CaseRow
{
    bool exists = false;
    qint64 createdAt = 0;
    complaints::CaseState state;
    QString channel, customerId, orderId, description;
};

class CaseStore final
{
public:
    explicit CaseStore(sqlite3 *db)
        : m_select(db, QByteArrayLiteral(
                           "SELECT created_at, channel, customer_id, order_id, category, priority, summary, description,"
                           " owner, state, escalation_level, root_cause, resolution_type, amount, customer_feedback,"
                           " reject_reason, reopen_count, transfers, contact_attempts, acknowledged_at, closed_at,"
                           " awaiting_feedback_s, updated_at FROM complaints WHERE id = ?"))
        , m_update(db, QByteArrayLiteral(
                           "UPDATE complaints SET category = ?2, priority = ?3, summary = ?4, owner = ?5, state = ?6,"
                           " escalation_level = ?7, root_cause = ?8, resolution_type = ?9, amount = ?10,"
                           " customer_feedback = ?11, reject_reason = ?12, reopen_count = ?13, transfers = ?14,"
                           " contact_attempts = ?15, acknowledged_at = ?16, closed_at = ?17, awaiting_feedback_s = ?18,"
                           " updated_at = ?19 WHERE id = ?1"))
        , m_event(db, QByteArrayLiteral("INSERT INTO complaint_events(complaint_id, at, actor, kind, field, from_value,"
                                        " to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    {}

    QString errorString() const
    {
        for (const auto *s : {&m_select, &m_update, &m_event}) {
            if (!s->errorString().isEmpty())
                return s->errorString();
        }
        return {};
    }

    CaseRow load(const QString &id)
    {
        CaseRow row;
        m_select.bindText(1, id);
        if (!m_select.nextRow())
            return row;
        auto text = [&](int i) { return m_select.columnText(i); };
        auto timeOrNone = [&](int i) { return m_select.columnIsNull(i) ? qint64(-1) : m_select.columnInteger(i); };
        row.exists = true;
        row.createdAt = m_select.columnInteger(0);
        row.channel = text(1);
        row.customerId = text(2);
        row.orderId = text(3);
        complaints::CaseState &s = row.state;
        s.category = text(4);
        s.priority = text(5);
        s.summary = text(6);
        row.description = text(7);
        s.owner = text(8);
        s.state = text(9);
        s.level = int(m_select.columnInteger(10));
        s.rootCause = text(11);
        s.resolution = text(12);
        s.amount = m_select.columnIsNull(13) ? QString() : QString::number(m_select.columnDouble(13), 'f', 2);
        s.feedback = text(14);
        s.rejectReason = text(15);
        s.reopenCount = int(m_select.columnInteger(16));
        s.transfers = int(m_select.columnInteger(17));
        s.contactAttempts = int(m_select.columnInteger(18));
        s.acknowledgedAt = timeOrNone(19);
        s.closedAt = timeOrNone(20);
        s.awaitingSeconds = m_select.columnInteger(21);
        s.updatedAt = m_select.columnIsNull(22) ? 0 : m_select.columnInteger(22);
        m_select.reset();
        return row;
    }

    bool save(const QString &id, const complaints::CaseState &s)
    {
        auto textOrNull = [&](int i, const QString &v) {
            if (v.isEmpty())
                m_update.bindNull(i);
            else
                m_update.bindText(i, v);
        };
        auto timeOrNull = [&](int i, qint64 v) {
            if (v < 0)
                m_update.bindNull(i);
            else
                m_update.bindInteger(i, v);
        };
        m_update.bindText(1, id);
        textOrNull(2, s.category);
        m_update.bindText(3, s.priority.isEmpty() ? QStringLiteral("P3") : s.priority);
        textOrNull(4, s.summary);
        textOrNull(5, s.owner);
        m_update.bindText(6, s.state);
        m_update.bindInteger(7, s.level);
        textOrNull(8, s.rootCause);
        textOrNull(9, s.resolution);
        if (s.amount.isEmpty())
            m_update.bindNull(10);
        else
            m_update.bindDouble(10, s.amount.toDouble());
        textOrNull(11, s.feedback);
        textOrNull(12, s.rejectReason);
        m_update.bindInteger(13, s.reopenCount);
        m_update.bindInteger(14, s.transfers);
        m_update.bindInteger(15, s.contactAttempts);
        timeOrNull(16, s.acknowledgedAt);
        timeOrNull(17, s.closedAt);
        // A case still waiting for the customer counts its time up to its last change.
        m_update.bindInteger(18, s.awaitingSeconds);
        timeOrNull(19, s.updatedAt > 0 ? s.updatedAt : -1);
        return m_update.exec();
    }

    bool addEvent(const QString &id, const complaints::CaseEvent &e)
    {
        auto textOrNull = [&](int i, const QString &v) {
            if (v.isEmpty())
                m_event.bindNull(i);
            else
                m_event.bindText(i, v);
        };
        m_event.bindText(1, id);
        m_event.bindInteger(2, e.at);
        textOrNull(3, e.actor);
        m_event.bindText(4, e.kind);
        textOrNull(5, e.field);
        textOrNull(6, e.from);
        textOrNull(7, e.to);
        textOrNull(8, e.note);
        return m_event.exec();
    }

private:
    sql::SqliteStatement m_select, m_update, m_event;
};

class ComplaintWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *) override
    {
        for (int c = KId; c <= KOwner; ++c)
            m_given[c] = shape.has(c);
        m_cases = std::make_unique<CaseStore>(context.db);
        m_insert = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO complaints(id, created_at, channel, customer_id, order_id,"
                                          " category, priority, summary, description, updated_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_plain = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("UPDATE complaints SET created_at = ?2, channel = ?3, customer_id = ?4,"
                                          " order_id = ?5, description = ?6 WHERE id = ?1"));
        return true;
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(KId);
        row.require(KCreatedAt);
        const auto created = row.timestamp(KCreatedAt);
        const char *channel = row.choice(KChannel, channelChoices());
        const char *priority = row.choice(KPriority, {{"P1", {"紧急", "urgent"}}, {"P2", {"高", "high"}}, {"P3", {"普通", "normal"}}});
        if (!row.ok())
            return Outcome::Rejected;
        const QString id = row.string(KId);
        const QString actor = context.session.userName();
        CaseRow existing = m_cases->load(id);
        const QString channelText = channel ? QString::fromLatin1(channel) : QString();

        if (!existing.exists) {
            auto bindOrNull = [&](int i, const QString &v) {
                if (v.isEmpty())
                    m_insert->bindNull(i);
                else
                    m_insert->bindText(i, v);
            };
            m_insert->bindText(1, id);
            m_insert->bindInteger(2, *created);
            bindOrNull(3, channelText);
            bindOrNull(4, row.string(KCustomerId));
            bindOrNull(5, row.string(KOrderId));
            bindOrNull(6, row.string(KCategory));
            m_insert->bindText(7, priority ? QString::fromLatin1(priority) : QStringLiteral("P3"));
            bindOrNull(8, row.string(KSummary));
            bindOrNull(9, row.string(KDescription));
            m_insert->bindInteger(10, *created);
            if (!m_insert->exec())
                return storeRefused(row, m_insert->errorString());
            complaints::CaseState s = m_cases->load(id).state;
            complaints::CaseEvent createdEvent{*created, actor, QStringLiteral("created"), {}, {},
                                               QStringLiteral("new"), QCoreApplication::translate("kefu::importing::Importer", "imported from %1").arg(context.fileName)};
            complaints::CaseRules::apply(s, createdEvent);
            if (!m_cases->addEvent(id, createdEvent))
                return storeRefused(row, m_cases->errorString());
            const QString owner = row.string(KOwner);
            if (!owner.isEmpty()) {
                const complaints::CaseEvent assign{*created, actor, QStringLiteral("owner"), {}, {}, owner, {}};
                complaints::CaseRules::apply(s, assign);
                if (!m_cases->addEvent(id, assign) || !m_cases->save(id, s))
                    return storeRefused(row, m_cases->errorString());
            }
            return Outcome::Inserted;
        }

        // An existing case: plain fields are overwritten; owner, priority, category and summary
        // change through events, as the loop would change them.
        bool changed = false;
        auto plainDiffers = [&](int column, const QString &current, const QString &incoming) {
            return m_given[column] && current != incoming;
        };
        const QString customer = row.string(KCustomerId), order = row.string(KOrderId),
                      description = row.string(KDescription);
        if ((m_given[KCreatedAt] && existing.createdAt != *created) || plainDiffers(KChannel, existing.channel, channelText)
            || plainDiffers(KCustomerId, existing.customerId, customer) || plainDiffers(KOrderId, existing.orderId, order)
            || plainDiffers(KDescription, existing.description, description)) {
            auto bindOrNull = [&](int i, const QString &v) {
                if (v.isEmpty())
                    m_plain->bindNull(i);
                else
                    m_plain->bindText(i, v);
            };
            m_plain->bindText(1, id);
            m_plain->bindInteger(2, *created);
            bindOrNull(3, m_given[KChannel] ? channelText : existing.channel);
            bindOrNull(4, m_given[KCustomerId] ? customer : existing.customerId);
            bindOrNull(5, m_given[KOrderId] ? order : existing.orderId);
            bindOrNull(6, m_given[KDescription] ? description : existing.description);
            if (!m_plain->exec())
                return storeRefused(row, m_plain->errorString());
            changed = true;
        }
        complaints::CaseState s = existing.state;
        std::vector<complaints::CaseEvent> events;
        auto field = [&](int column, const char *name, const QString &current, const QString &incoming) {
            if (m_given[column] && !incoming.isEmpty() && current != incoming)
                events.push_back({context.now, actor, QStringLiteral("field"), QString::fromLatin1(name), current,
                                  incoming, QCoreApplication::translate("kefu::importing::Importer", "changed by an import of %1").arg(context.fileName)});
        };
        field(KPriority, "priority", s.priority, priority ? QString::fromLatin1(priority) : QString());
        field(KCategory, "category", s.category, row.string(KCategory));
        field(KSummary, "summary", s.summary, row.string(KSummary));
        const QString owner = row.string(KOwner);
        if (m_given[KOwner] && !owner.isEmpty() && owner != s.owner)
            events.push_back({context.now, actor, QStringLiteral("owner"), {}, s.owner, owner,
                              QCoreApplication::translate("kefu::importing::Importer", "changed by an import of %1").arg(context.fileName)});
        for (const complaints::CaseEvent &e : events) {
            const complaints::Refusal refusal = complaints::CaseRules::apply(s, e);
            if (refusal.refused()) {
                row.problem(-1, refusal.reason);
                return Outcome::Rejected;
            }
            if (!m_cases->addEvent(id, e))
                return storeRefused(row, m_cases->errorString());
        }
        if (!events.empty()) {
            if (!m_cases->save(id, s))
                return storeRefused(row, m_cases->errorString());
            changed = true;
        }
        return changed ? Outcome::Updated : Outcome::Unchanged;
    }

private:
    bool m_given[KOwner + 1] = {};
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<sql::SqliteStatement> m_insert, m_plain;
};

// Events are collected while reading, then replayed per case in time order with the events the
// store already has, through the same rules as the window.
class ComplaintEventWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &, QString *) override
    {
        m_cases = std::make_unique<CaseStore>(context.db);
        m_existing = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT at, actor, kind, field, from_value, to_value, note"
                                          " FROM complaint_events WHERE complaint_id = ? ORDER BY at, id"));
        return true;
    }

    Outcome write(ImportContext &, Row &row) override
    {
        row.require(EComplaintId);
        row.require(EAt);
        row.require(EKind);
        const auto at = row.timestamp(EAt);
        const char *kind = row.choice(EKind, {{"state", {"状态"}}, {"owner", {"负责人", "转派"}},
                                              {"escalate", {"升级"}}, {"note", {"备注"}},
                                              {"contact_attempt", {"回访", "联系客户"}}, {"field", {"字段"}},
                                              {"created", {"创建"}}});
        QString field, from = row.string(EFrom), to = row.string(ETo);
        if (kind && qstrcmp(kind, "field") == 0) {
            row.require(EField);
            const char *f = row.choice(EField, {{"root_cause", {"根因", "原因"}}, {"resolution_type", {"解决方式", "处理方式"}},
                                                {"amount", {"金额"}}, {"customer_feedback", {"客户反馈"}},
                                                {"priority", {"优先级"}}, {"category", {"分类", "投诉分类"}},
                                                {"summary", {"摘要"}}});
            field = f ? QString::fromLatin1(f) : QString();
        }
        if (kind && qstrcmp(kind, "state") == 0) {
            row.require(ETo);
            const char *toState = row.choice(ETo, caseStateChoices());
            const char *fromState = row.choice(EFrom, caseStateChoices());
            to = toState ? QString::fromLatin1(toState) : to;
            from = fromState ? QString::fromLatin1(fromState) : from;
        }
        if (!row.ok())
            return Outcome::Rejected;
        Pending p;
        p.line = row.line();
        p.event = {*at, row.string(EActor), QString::fromLatin1(kind), field, from, to, row.string(ENote)};
        for (const std::string_view f : row.record().fields)
            p.fields.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
        p.complaintColumn = EComplaintId;
        m_pending[row.string(EComplaintId)].push_back(std::move(p));
        return Outcome::Unchanged; // counted in finish()
    }

    bool finish(ImportContext &context, ImportSummary &summary, QString *error) override
    {
        // write() counted every good row as unchanged; finish() moves them to their outcome.
        for (auto &[id, pending] : m_pending) {
            std::stable_sort(pending.begin(), pending.end(),
                             [](const Pending &a, const Pending &b) { return a.event.at < b.event.at; });
            const CaseRow current = m_cases->load(id);
            if (!current.exists) {
                for (const Pending &p : pending)
                    reject(context, summary, p, EComplaintId,
                           QCoreApplication::translate("kefu::importing::Importer", "there is no complaint %1; import the complaints first").arg(id));
                continue;
            }
            // The history the store has, and the new events merged into it by time.
            struct Step
            {
                complaints::CaseEvent event;
                const Pending *pending = nullptr;
            };
            std::vector<Step> steps;
            m_existing->bindText(1, id);
            while (m_existing->nextRow()) {
                steps.push_back({{m_existing->columnInteger(0), m_existing->columnText(1), m_existing->columnText(2),
                                  m_existing->columnText(3), m_existing->columnText(4), m_existing->columnText(5),
                                  m_existing->columnText(6)},
                                 nullptr});
            }
            if (!m_existing->errorString().isEmpty()) {
                *error = m_existing->errorString();
                return false;
            }
            const size_t known = steps.size();
            for (const Pending &p : pending) {
                const bool duplicate = std::any_of(steps.begin(), steps.begin() + qsizetype(known), [&](const Step &s) {
                    const complaints::CaseEvent &a = s.event, &b = p.event;
                    return a.at == b.at && a.kind == b.kind && a.field == b.field && a.from == b.from
                           && a.to == b.to && a.note == b.note && a.actor == b.actor;
                });
                if (duplicate)
                    continue; // already in the history: unchanged
                steps.push_back({p.event, &p});
            }
            if (steps.size() == known)
                continue;
            std::stable_sort(steps.begin(), steps.end(),
                             [](const Step &a, const Step &b) { return a.event.at < b.event.at; });
            // Replay from the case as it was created.
            complaints::CaseState s;
            s.priority = current.state.priority;
            s.category = current.state.category;
            s.summary = current.state.summary;
            bool wrote = false;
            for (const Step &step : steps) {
                if (step.pending && step.event.at < current.createdAt) {
                    reject(context, summary, *step.pending, EAt, QCoreApplication::translate("kefu::importing::Importer", "is before the complaint was created"));
                    continue;
                }
                complaints::CaseState next = s;
                const complaints::Refusal refusal = complaints::CaseRules::apply(next, step.event);
                if (refusal.refused()) {
                    if (step.pending) {
                        reject(context, summary, *step.pending, columnOf(refusal.column), refusal.reason);
                        continue;
                    }
                    // An event already in the store that no longer fits: kept, the case as it was.
                    continue;
                }
                s = next;
                if (step.pending) {
                    if (!m_cases->addEvent(id, step.event)) {
                        *error = m_cases->errorString();
                        return false;
                    }
                    --summary.unchanged;
                    ++summary.inserted;
                    wrote = true;
                }
            }
            if (wrote && !m_cases->save(id, s)) {
                *error = m_cases->errorString();
                return false;
            }
        }
        return true;
    }

private:
    struct Pending
    {
        qint64 line = 0;
        complaints::CaseEvent event;
        QStringList fields;
        int complaintColumn = 0;
    };

    static int columnOf(const QString &name)
    {
        if (name == QLatin1String("kind"))
            return EKind;
        if (name == QLatin1String("field"))
            return EField;
        if (name == QLatin1String("from"))
            return EFrom;
        if (name == QLatin1String("note"))
            return ENote;
        return ETo;
    }

    void reject(ImportContext &context, ImportSummary &summary, const Pending &p, int column, const QString &reason)
    {
        --summary.unchanged;
        context.lateRejections.push_back({p.line, p.fields, {{column, reason}}});
    }

    std::map<QString, std::vector<Pending>> m_pending;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<sql::SqliteStatement> m_existing;
};

// ---------------------------------------------------------------------------------------------
// scripts: every change is a new version and an audit entry

class ScriptWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *) override
    {
        for (int c = PId; c <= PUpdatedAt; ++c)
            m_given[c] = shape.has(c);
        m_select = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT s.title, s.body, s.tags, s.channels, s.status, s.owner, s.version,"
                                          " c.path FROM scripts s LEFT JOIN script_categories c ON c.id = s.category_id"
                                          " WHERE s.id = ?"));
        m_insert = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO scripts(id, category_id, title, body, tags, channels, status,"
                                          " owner, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
        m_update = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("UPDATE scripts SET category_id = ?2, title = ?3, body = ?4, tags = ?5,"
                                          " channels = ?6, status = ?7, owner = ?8, version = ?9, updated_at = ?10"
                                          " WHERE id = ?1"));
        m_version = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO script_versions(script_id, version, title, body, tags, channels,"
                                          " status, edited_by, edited_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_category = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT id FROM script_categories WHERE path = ?"));
        m_addCategory = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO script_categories(parent_id, name, path) VALUES (?, ?, ?)"));
        return true;
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(PId);
        row.require(PTitle);
        row.require(PBody);
        const char *status = row.choice(PStatus, {{"draft", {"草稿"}}, {"review", {"审核中", "待审核"}},
                                                  {"published", {"已发布", "发布"}}, {"retired", {"已停用", "停用", "已下线"}}});
        const auto updated = row.timestamp(PUpdatedAt);
        if (!row.ok())
            return Outcome::Rejected;
        const QString id = row.string(PId);
        Script incoming;
        incoming.title = row.string(PTitle);
        incoming.body = row.string(PBody);
        incoming.tags = splitList(row.string(PTags)).join(QLatin1Char(';'));
        incoming.channels = channelList(row);
        if (!row.ok())
            return Outcome::Rejected;
        incoming.status = status ? QString::fromLatin1(status) : QStringLiteral("draft");
        incoming.owner = row.string(POwner);
        incoming.category = categoryPath(row.string(PCategory));
        const qint64 at = updated.value_or(context.now);

        m_select->bindText(1, id);
        const bool exists = m_select->nextRow();
        Script current;
        int version = 0;
        if (exists) {
            current = {m_select->columnText(0), m_select->columnText(1), m_select->columnText(2),
                       m_select->columnText(3), m_select->columnText(4), m_select->columnText(5),
                       m_select->columnText(7)};
            version = int(m_select->columnInteger(6));
            m_select->reset();
            // Columns the file lacks keep their values.
            if (!m_given[PTags])
                incoming.tags = current.tags;
            if (!m_given[PChannels])
                incoming.channels = current.channels;
            if (!m_given[PStatus])
                incoming.status = current.status;
            if (!m_given[POwner])
                incoming.owner = current.owner;
            if (!m_given[PCategory])
                incoming.category = current.category;
            if (incoming == current)
                return Outcome::Unchanged;
        }
        qint64 categoryId = -1;
        if (!incoming.category.isEmpty() && !ensureCategory(incoming.category, &categoryId))
            return storeRefused(row, fatal);
        const bool contentChanged = !exists || incoming.title != current.title || incoming.body != current.body
                                    || incoming.tags != current.tags || incoming.channels != current.channels
                                    || incoming.status != current.status;
        const int newVersion = contentChanged ? version + 1 : version;
        sql::SqliteStatement &write = exists ? *m_update : *m_insert;
        auto bindOrNull = [&](int i, const QString &v) {
            if (v.isEmpty())
                write.bindNull(i);
            else
                write.bindText(i, v);
        };
        write.bindText(1, id);
        if (categoryId >= 0)
            write.bindInteger(2, categoryId);
        else
            write.bindNull(2);
        write.bindText(3, incoming.title);
        write.bindText(4, incoming.body);
        bindOrNull(5, incoming.tags);
        bindOrNull(6, incoming.channels);
        write.bindText(7, incoming.status);
        bindOrNull(8, incoming.owner);
        if (exists) {
            write.bindInteger(9, newVersion);
            write.bindInteger(10, std::max(at, qint64(0)));
        } else {
            write.bindInteger(9, at);
            write.bindInteger(10, at);
        }
        if (!write.exec())
            return storeRefused(row, write.errorString());
        if (contentChanged) {
            m_version->bindText(1, id);
            m_version->bindInteger(2, newVersion);
            m_version->bindText(3, incoming.title);
            m_version->bindText(4, incoming.body);
            if (incoming.tags.isEmpty()) m_version->bindNull(5); else m_version->bindText(5, incoming.tags);
            if (incoming.channels.isEmpty()) m_version->bindNull(6); else m_version->bindText(6, incoming.channels);
            m_version->bindText(7, incoming.status);
            m_version->bindText(8, context.session.userName());
            m_version->bindInteger(9, at);
            m_version->bindText(10, QCoreApplication::translate("kefu::importing::Importer", "imported from %1").arg(context.fileName));
            if (!m_version->exec())
                return storeRefused(row, m_version->errorString());
        }
        // Every change to a script is in the audit log.
        QJsonObject before, after;
        if (exists)
            before = current.json(version);
        after = incoming.json(newVersion);
        QString auditError;
        if (!audit::record(context.connection, context.session,
                           exists ? QStringLiteral("script.import_update") : QStringLiteral("script.import_add"),
                           QStringLiteral("script"), id, before, after, context.fileName, &auditError)) {
            fatal = auditError;
            return Outcome::Rejected;
        }
        return exists ? Outcome::Updated : Outcome::Inserted;
    }

private:
    struct Script
    {
        QString title, body, tags, channels, status, owner, category;
        bool operator==(const Script &) const = default;
        QJsonObject json(int version) const
        {
            return {{QStringLiteral("title"), title},   {QStringLiteral("tags"), tags},
                    {QStringLiteral("channels"), channels}, {QStringLiteral("status"), status},
                    {QStringLiteral("owner"), owner},   {QStringLiteral("category"), category},
                    {QStringLiteral("version"), version}, {QStringLiteral("body_chars"), int(body.size())}};
        }
    };

    QString channelList(Row &row)
    {
        QStringList out;
        for (const QString &part : splitList(row.string(PChannels))) {
            const QByteArray utf8 = part.toUtf8();
            QString reason;
            const char *channel = choose(std::string_view(utf8.constData(), size_t(utf8.size())), channelChoices(), &reason);
            if (!channel) {
                row.problem(PChannels, reason);
                continue;
            }
            if (!out.contains(QString::fromLatin1(channel)))
                out.append(QString::fromLatin1(channel));
        }
        return out.join(QLatin1Char(';'));
    }

    static QString categoryPath(const QString &text)
    {
        QStringList parts;
        for (const QString &p : text.split(QRegularExpression(QStringLiteral("[/／>]")))) {
            if (!p.trimmed().isEmpty())
                parts.append(p.trimmed());
        }
        return parts.join(QLatin1Char('/'));
    }

    bool ensureCategory(const QString &path, qint64 *id)
    {
        const auto cached = m_categories.constFind(path);
        if (cached != m_categories.constEnd()) {
            *id = cached.value();
            return true;
        }
        qint64 parent = -1;
        QString prefix;
        for (const QString &part : path.split(QLatin1Char('/'))) {
            prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
            m_category->bindText(1, prefix);
            if (m_category->nextRow()) {
                parent = m_category->columnInteger(0);
                m_category->reset();
                continue;
            }
            if (parent >= 0)
                m_addCategory->bindInteger(1, parent);
            else
                m_addCategory->bindNull(1);
            m_addCategory->bindText(2, part);
            m_addCategory->bindText(3, prefix);
            if (!m_addCategory->exec()) {
                fatal = m_addCategory->errorString();
                return false;
            }
            parent = sqlite3_last_insert_rowid(m_addCategory->database());
        }
        m_categories.insert(path, parent);
        *id = parent;
        return true;
    }

    bool m_given[PUpdatedAt + 1] = {};
    QHash<QString, qint64> m_categories;
    std::unique_ptr<sql::SqliteStatement> m_select, m_insert, m_update, m_version, m_category, m_addCategory;
};

} // namespace

std::unique_ptr<KindWriter> writerFor(Kind kind, const QTimeZone &zone)
{
    switch (kind) {
    case Kind::Conversations: return std::make_unique<ConversationWriter>();
    case Kind::Agents: return std::make_unique<AgentWriter>();
    case Kind::AgentStates: return std::make_unique<AgentStateWriter>(zone);
    case Kind::Shifts: return std::make_unique<ShiftWriter>();
    case Kind::QaReviews: return std::make_unique<ReviewWriter>();
    case Kind::Complaints: return std::make_unique<ComplaintWriter>();
    case Kind::ComplaintEvents: return std::make_unique<ComplaintEventWriter>();
    case Kind::Scripts: return std::make_unique<ScriptWriter>();
    }
    return nullptr;
}

} // namespace kefu::importing
