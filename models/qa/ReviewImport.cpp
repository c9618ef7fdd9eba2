// qa_reviews (data-formats.md): QA reviews scored elsewhere.

#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

namespace kefu::qa {

namespace {

using namespace importing;

enum ReviewColumn { RId, RAgentId, RReviewedAt, RScore, RAutoFail, RReviewer, RConversationId, RComplaintId, RNotes };

class ReviewWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *error) override
    {
        m_upsert.addGiven(shape, {"id", "agent_id", "reviewed_at", "score", "auto_fail", "reviewer", "conversation_id",
                                  "complaint_id", "notes"});
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
        return m_upsert.writeGiven(row, [&](int column) {
            switch (column) {
            case RReviewedAt: return Value::optional(reviewed);
            case RScore: return Value::optional(score);
            case RAutoFail: return Value::integer(autoFail.value_or(false) ? 1 : 0);
            default: return Value::text(row.text(column));
            }
        });
    }

private:
    Upsert m_upsert;
};

} // namespace

importing::ImportKind reviewImportKind()
{
    return {importing::Kind::QaReviews, "qa_reviews", QT_TRANSLATE_NOOP("kefu::importing::Importer", "QA reviews"),
            {{"id", "质检ID", true},
             {"agent_id", "工号", true},
             {"reviewed_at", "质检时间", true},
             {"score", "得分", true},
             {"auto_fail", "致命项", false},
             {"reviewer", "质检员", false},
             {"conversation_id", "会话ID", false},
             {"complaint_id", "投诉ID", false},
             {"notes", "备注", false}},
            &importing::newWriter<ReviewWriter>};
}

} // namespace kefu::qa
