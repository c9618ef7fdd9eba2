#include "ComplaintCase.h"

#include "core/Vocabulary.h"

#include <QSet>

#include <cmath>

namespace kefu::complaints {

namespace {

template<typename E, typename Id>
QStringList idsOf(int count, Id id)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << id(E(i));
    return ids;
}

} // namespace

const QStringList &CaseRules::states()
{
    static const QStringList list = idsOf<ComplaintState>(ComplaintStateCount, complaintStateId);
    return list;
}

const QStringList &CaseRules::rootCauses()
{
    static const QStringList list = idsOf<RootCause>(RootCauseCount, rootCauseId);
    return list;
}

const QStringList &CaseRules::resolutionTypes()
{
    static const QStringList list = idsOf<ResolutionType>(ResolutionTypeCount, resolutionTypeId);
    return list;
}

const QStringList &CaseRules::feedbacks()
{
    static const QStringList list = idsOf<CustomerFeedback>(CustomerFeedbackCount, customerFeedbackId);
    return list;
}

const QStringList &CaseRules::eventKinds()
{
    static const QStringList list = {QStringLiteral("created"), QStringLiteral("state"),
                                     QStringLiteral("owner"),   QStringLiteral("escalate"),
                                     QStringLiteral("note"),    QStringLiteral("contact_attempt"),
                                     QStringLiteral("field")};
    return list;
}

const QStringList &CaseRules::fields()
{
    static const QStringList list = {QStringLiteral("root_cause"), QStringLiteral("resolution_type"),
                                     QStringLiteral("amount"),     QStringLiteral("customer_feedback"),
                                     QStringLiteral("priority"),   QStringLiteral("category"),
                                     QStringLiteral("summary")};
    return list;
}

bool CaseRules::allows(const QString &from, const QString &to)
{
    static const QSet<QString> allowed = {QStringLiteral("new>acknowledged"),
                                          QStringLiteral("acknowledged>investigating"),
                                          QStringLiteral("investigating>proposed"),
                                          QStringLiteral("proposed>awaiting_feedback"),
                                          QStringLiteral("awaiting_feedback>closed"),
                                          QStringLiteral("proposed>investigating"),
                                          QStringLiteral("awaiting_feedback>investigating"),
                                          QStringLiteral("closed>investigating"),
                                          QStringLiteral("new>rejected"),
                                          QStringLiteral("acknowledged>rejected"),
                                          QStringLiteral("investigating>rejected")};
    return allowed.contains(from + QLatin1Char('>') + to);
}

QString CaseRules::stateTitle(const QString &state)
{
    if (state == QLatin1String("new"))
        return tr("new");
    if (state == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (state == QLatin1String("investigating"))
        return tr("investigating");
    if (state == QLatin1String("proposed"))
        return tr("proposed");
    if (state == QLatin1String("awaiting_feedback"))
        return tr("awaiting feedback");
    if (state == QLatin1String("closed"))
        return tr("closed");
    if (state == QLatin1String("rejected"))
        return tr("rejected");
    return state;
}

namespace {

bool needsAmount(const QString &resolution)
{
    return resolution == QLatin1String("refund") || resolution == QLatin1String("coupon") ||
           resolution == QLatin1String("compensation");
}

QString *fieldOf(CaseState &s, const QString &field)
{
    if (field == QLatin1String("root_cause"))
        return &s.rootCause;
    if (field == QLatin1String("resolution_type"))
        return &s.resolution;
    if (field == QLatin1String("amount"))
        return &s.amount;
    if (field == QLatin1String("customer_feedback"))
        return &s.feedback;
    if (field == QLatin1String("priority"))
        return &s.priority;
    if (field == QLatin1String("category"))
        return &s.category;
    if (field == QLatin1String("summary"))
        return &s.summary;
    return nullptr;
}

} // namespace

Refusal CaseRules::apply(CaseState &s, const CaseEvent &e)
{
    auto refuse = [](const QString &column, const QString &reason) {
        return Refusal{column, reason};
    };
    const QString &kind = e.kind;
    if (!eventKinds().contains(kind))
        return refuse(QStringLiteral("kind"),
                      tr("\"%1\" is not an event kind (%2)").arg(kind, eventKinds().join(QStringLiteral(", "))));

    if (kind == QLatin1String("state")) {
        const QString &to = e.to;
        if (!states().contains(to))
            return refuse(QStringLiteral("to"),
                          tr("\"%1\" is not a case state (%2)").arg(to, states().join(QStringLiteral(", "))));
        if (!e.from.isEmpty() && e.from != s.state)
            return refuse(QStringLiteral("from"),
                          tr("the case is %1 at this time, not %2").arg(stateTitle(s.state), stateTitle(e.from)));
        if (!allows(s.state, to))
            return refuse(QStringLiteral("to"),
                          tr("a case cannot go from %1 to %2").arg(stateTitle(s.state), stateTitle(to)));
        if (to == QLatin1String("acknowledged") && s.owner.isEmpty())
            return refuse(QStringLiteral("to"), tr("acknowledging needs an owner first"));
        if (to == QLatin1String("proposed")) {
            if (s.rootCause.isEmpty())
                return refuse(QStringLiteral("to"), tr("a proposal needs a root cause first"));
            if (s.resolution.isEmpty())
                return refuse(QStringLiteral("to"), tr("a proposal needs a resolution type first"));
            if (needsAmount(s.resolution) && s.amount.isEmpty())
                return refuse(QStringLiteral("to"), tr("a %1 needs an amount first").arg(s.resolution));
        }
        if (to == QLatin1String("closed")) {
            if (s.feedback.isEmpty())
                return refuse(QStringLiteral("to"), tr("closing needs the customer's feedback first"));
            if (s.feedback == QLatin1String("unreachable") && s.contactAttempts < 2)
                return refuse(QStringLiteral("to"),
                              tr("closing as unreachable needs at least two contact attempts (%1 recorded)")
                                  .arg(s.contactAttempts));
            if (s.feedback == QLatin1String("unsatisfied") && s.level < 2 && e.note.trimmed().isEmpty())
                return refuse(QStringLiteral("to"), tr("closing with an unsatisfied customer needs escalation "
                                                       "level 2 or a supervisor's override note"));
        }
        if (to == QLatin1String("rejected") && e.note.trimmed().isEmpty())
            return refuse(QStringLiteral("note"), tr("rejecting needs a reason in the note"));

        if (s.state == QLatin1String("awaiting_feedback") && s.awaitingSince >= 0) {
            s.awaitingSeconds += std::max<qint64>(0, e.at - s.awaitingSince);
            s.awaitingSince = -1;
        }
        if (s.state == QLatin1String("closed") && to == QLatin1String("investigating"))
            ++s.reopenCount;
        s.state = to;
        if (to == QLatin1String("acknowledged") && s.acknowledgedAt < 0)
            s.acknowledgedAt = e.at;
        if (to == QLatin1String("closed"))
            s.closedAt = e.at;
        if (to == QLatin1String("awaiting_feedback"))
            s.awaitingSince = e.at;
        if (to == QLatin1String("rejected"))
            s.rejectReason = e.note;
    } else if (kind == QLatin1String("owner")) {
        if (e.to.trimmed().isEmpty())
            return refuse(QStringLiteral("to"), tr("the new owner is missing"));
        if (!e.from.isEmpty() && e.from != s.owner)
            return refuse(QStringLiteral("from"),
                          tr("the case's owner at this time is \"%1\", not \"%2\"").arg(s.owner, e.from));
        if (!s.owner.isEmpty() && s.owner != e.to)
            ++s.transfers;
        s.owner = e.to;
    } else if (kind == QLatin1String("escalate")) {
        bool ok = false;
        const int level = e.to.toInt(&ok);
        if (!ok || level < 1 || level > 3)
            return refuse(QStringLiteral("to"), tr("\"%1\" is not an escalation level (1, 2 or 3)").arg(e.to));
        if (!e.from.isEmpty() && e.from != QString::number(s.level))
            return refuse(QStringLiteral("from"),
                          tr("the case is at level %1 at this time, not %2").arg(s.level).arg(e.from));
        if (level <= s.level)
            return refuse(QStringLiteral("to"),
                          tr("the case is already at level %1; escalating must raise it").arg(s.level));
        s.level = level;
    } else if (kind == QLatin1String("contact_attempt")) {
        ++s.contactAttempts;
    } else if (kind == QLatin1String("field")) {
        QString *value = fieldOf(s, e.field);
        if (!value)
            return refuse(QStringLiteral("field"),
                          tr("\"%1\" is not a field of a case (%2)").arg(e.field, fields().join(QStringLiteral(", "))));
        const QString &to = e.to;
        if (!e.from.isEmpty()) {
            // Amounts compare as numbers (the store writes them with two decimals).
            bool fromIsNumber = false, valueIsNumber = false;
            const double fromAmount = e.from.toDouble(&fromIsNumber);
            const double currentAmount = value->toDouble(&valueIsNumber);
            const bool same = e.field == QLatin1String("amount") && fromIsNumber && valueIsNumber
                                  ? std::abs(fromAmount - currentAmount) < 0.005
                                  : e.from == *value;
            if (!same)
                return refuse(QStringLiteral("from"),
                              tr("the case's %1 at this time is \"%2\", not \"%3\"").arg(e.field, *value, e.from));
        }
        if (e.field == QLatin1String("root_cause") && !rootCauses().contains(to))
            return refuse(QStringLiteral("to"),
                          tr("\"%1\" is not a root cause (%2)").arg(to, rootCauses().join(QStringLiteral(", "))));
        if (e.field == QLatin1String("resolution_type") && !resolutionTypes().contains(to))
            return refuse(
                QStringLiteral("to"),
                tr("\"%1\" is not a resolution type (%2)").arg(to, resolutionTypes().join(QStringLiteral(", "))));
        if (e.field == QLatin1String("customer_feedback") && !feedbacks().contains(to))
            return refuse(QStringLiteral("to"),
                          tr("\"%1\" is not a customer feedback (%2)").arg(to, feedbacks().join(QStringLiteral(", "))));
        if (e.field == QLatin1String("priority") && to != QLatin1String("P1") && to != QLatin1String("P2") &&
            to != QLatin1String("P3"))
            return refuse(QStringLiteral("to"), tr("\"%1\" is not a priority (P1, P2, P3)").arg(to));
        if (e.field == QLatin1String("amount") && !to.isEmpty()) {
            bool ok = false;
            const double amount = to.toDouble(&ok);
            if (!ok || !std::isfinite(amount) || amount < 0)
                return refuse(QStringLiteral("to"), tr("\"%1\" is not an amount of 0 or more").arg(to));
        }
        *value = to;
    }
    // note and created change nothing but the time of the last change.
    s.updatedAt = std::max(s.updatedAt, e.at);
    return {};
}

} // namespace kefu::complaints
