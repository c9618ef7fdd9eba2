// conversations (data-formats.md): the conversation rows and the reply scripts each one used.

#include "importing/ImportChoices.h"
#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

#include <algorithm>
#include <limits>

namespace kefu::metrics {

namespace {

using namespace importing;

enum ConversationColumn {
    CId, CChannel, CQueue, CCustomerId, CCustomerTier, CAgentId, CArrivedAt, CAnsweredAt, CEndedAt, CAbandonedAt,
    CWrapSeconds, CTransfers, CResolved, CCsat, CCategory, COrderId, CScriptIds
};

class ConversationWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        // script_ids is not a column of the table: it fills conversation_scripts.
        m_upsert.addGiven(shape, {"id", "channel", "queue", "customer_id", "customer_tier", "agent_id", "arrived_at",
                                  "answered_at", "ended_at", "abandoned_at", "wrap_seconds", "transfers", "resolved",
                                  "csat", "category", "order_id"});
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
        const Outcome written = m_upsert.writeGiven(row, [&](int column) {
            switch (column) {
            case CChannel: return Value::text(channel);
            case CCustomerTier: return Value::text(tier ? std::string_view(tier) : std::string_view("standard"));
            case CArrivedAt: return Value::optional(arrived);
            case CAnsweredAt: return Value::optional(answered);
            case CEndedAt: return Value::optional(ended);
            case CAbandonedAt: return Value::optional(abandoned);
            case CWrapSeconds: return Value::optional(wrap);
            case CTransfers: return Value::optional(transfers);
            case CResolved: return Value::optional(resolved);
            case CCsat: return Value::optional(csat);
            default: return Value::text(row.text(column));
            }
        });
        if (written == Outcome::Rejected)
            return written;
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
    bool m_scripts = false;
    std::unique_ptr<sql::SqliteStatement> m_scriptsOf, m_clearScripts, m_addScript;
};

} // namespace

importing::ImportKind conversationImportKind()
{
    return {importing::Kind::Conversations, "conversations",
            QT_TRANSLATE_NOOP("kefu::importing::Importer", "Conversations"),
            {{"id", "会话ID", true},
             {"channel", "渠道", true},
             {"queue", "队列", false},
             {"customer_id", "客户ID", false},
             {"customer_tier", "客户等级", false},
             {"agent_id", "工号", false},
             {"arrived_at", "进线时间", true},
             {"answered_at", "接起时间", false},
             {"ended_at", "结束时间", false},
             {"abandoned_at", "放弃时间", false},
             {"wrap_seconds", "话后处理秒数", false},
             {"transfers", "转接次数", false},
             {"resolved", "一次解决", false},
             {"csat", "满意度", false},
             {"category", "问题分类", false},
             {"order_id", "订单号", false},
             {"script_ids", "使用话术", false}},
            &importing::newWriter<ConversationWriter>};
}

} // namespace kefu::metrics
