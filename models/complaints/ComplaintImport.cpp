// complaints and complaint_events (data-formats.md): the case row is what its events lead to, through the
// same rules (CaseRules) as the window.

#include "CaseStore.h"
#include "ComplaintCase.h"
#include "importing/ImportChoices.h"
#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

#include <algorithm>
#include <map>

namespace kefu::complaints {

namespace {

using namespace importing;

enum ComplaintColumn {
    KId, KCreatedAt, KChannel, KCustomerId, KOrderId, KCategory, KPriority, KSummary, KDescription, KOwner
};
enum EventColumn { EComplaintId, EAt, EActor, EKind, EField, EFrom, ETo, ENote };


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
            m_insert->bindText(1, id);
            m_insert->bindInteger(2, *created);
            bindTextOrNull(*m_insert, 3, channelText);
            bindTextOrNull(*m_insert, 4, row.string(KCustomerId));
            bindTextOrNull(*m_insert, 5, row.string(KOrderId));
            bindTextOrNull(*m_insert, 6, row.string(KCategory));
            m_insert->bindText(7, priority ? QString::fromLatin1(priority) : QStringLiteral("P3"));
            bindTextOrNull(*m_insert, 8, row.string(KSummary));
            bindTextOrNull(*m_insert, 9, row.string(KDescription));
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
            m_plain->bindText(1, id);
            m_plain->bindInteger(2, *created);
            bindTextOrNull(*m_plain, 3, m_given[KChannel] ? channelText : existing.channel);
            bindTextOrNull(*m_plain, 4, m_given[KCustomerId] ? customer : existing.customerId);
            bindTextOrNull(*m_plain, 5, m_given[KOrderId] ? order : existing.orderId);
            bindTextOrNull(*m_plain, 6, m_given[KDescription] ? description : existing.description);
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
            // A closed set's value as people write it ("after-sales", "支付/优惠券"), stored as its id.
            const std::initializer_list<Choice> *values = nullptr;
            if (field == QLatin1String("root_cause"))
                values = &rootCauseChoices();
            else if (field == QLatin1String("resolution_type"))
                values = &resolutionTypeChoices();
            else if (field == QLatin1String("customer_feedback"))
                values = &customerFeedbackChoices();
            if (values) {
                if (const char *v = row.isEmpty(ETo) ? nullptr : row.choice(ETo, *values))
                    to = QString::fromLatin1(v);
                if (const char *v = row.isEmpty(EFrom) ? nullptr : row.choice(EFrom, *values))
                    from = QString::fromLatin1(v);
            }
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

} // namespace

importing::ImportKind complaintImportKind()
{
    return {importing::Kind::Complaints, "complaints", QT_TRANSLATE_NOOP("kefu::importing::Importer", "Complaints"),
            {{"id", "投诉ID", true},
             {"created_at", "创建时间", true},
             {"channel", "渠道", false},
             {"customer_id", "客户ID", false},
             {"order_id", "订单号", false},
             {"category", "投诉分类", false},
             {"priority", "优先级", false},
             {"summary", "摘要", false},
             {"description", "描述", false},
             {"owner", "负责人", false}},
            &importing::newWriter<ComplaintWriter>};
}

importing::ImportKind complaintEventImportKind()
{
    return {importing::Kind::ComplaintEvents, "complaint_events",
            QT_TRANSLATE_NOOP("kefu::importing::Importer", "Complaint events"),
            {{"complaint_id", "投诉ID", true},
             {"at", "时间", true},
             {"actor", "操作人", false},
             {"kind", "类型", true},
             {"field", "字段", false},
             {"from", "原值", false},
             {"to", "新值", false},
             {"note", "备注", false}},
            &importing::newWriter<ComplaintEventWriter>};
}

} // namespace kefu::complaints
