#include "ComplaintsDemo.h"

#include "ComplaintCase.h"
#include "demoworld/DemoWorld.h"
#include "qa/QaDemo.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kefu::demo {

using seeded::splitMix;
using seeded::streamSeed;

// Complaint cases: events that follow complaints.md, and the row that results from them.

static const QStringList &caseStates()
{
    static const QStringList states = {
        QStringLiteral("new"),      QStringLiteral("acknowledged"),      QStringLiteral("investigating"),
        QStringLiteral("proposed"), QStringLiteral("awaiting_feedback"), QStringLiteral("closed"),
        QStringLiteral("rejected")};
    return states;
}

struct CaseEvent
{
    qint64 at = 0;
    QString actor;
    QString kind;
    QString field;
    QString from;
    QString to;
    QString note;
};

struct CaseRecord
{
    int index = 0;
    QString id;
    qint64 createdAt = 0;
    Channel channel = Channel::Chat;
    QString customerId;
    QString orderId;
    QString category;
    QString priority;
    QString summary;
    QString description;
    int agent = -1;
    qint64 conversation = 0;
    // Current values, replayed from the events.
    QString state = QStringLiteral("new");
    QString owner;
    int level = 1;
    QString rootCause;
    QString resolution;
    double amount = -1.0;
    QString feedback;
    QString rejectReason;
    int reopenCount = 0;
    int transfers = 0;
    int attempts = 0;
    qint64 acknowledgedAt = -1;
    qint64 closedAt = -1;
    qint64 awaitingSince = -1;
    qint64 awaitingTotal = 0;
    qint64 updatedAt = 0;
    std::vector<CaseEvent> events;
};

// Appends events while they happen before asOf, applying each to the record like a replay would.

namespace {

class CaseBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::DemoGenerator)

public:
    CaseBuilder(CaseRecord &record, qint64 asOf, const QString &stopAt)
        : m_record(record)
        , m_asOf(asOf)
        , m_stopAt(stopAt)
    {}

    bool stopped() const { return m_stopped; }
    const CaseRecord &record() const { return m_record; }

    bool add(qint64 at, const QString &actor, const QString &kind, const QString &field, const QString &from,
             const QString &to, const QString &note)
    {
        if (m_stopped)
            return false;
        if (!m_record.events.empty())
            at = std::max(at, m_record.events.back().at + 1);
        if (at > m_asOf) {
            m_stopped = true;
            return false;
        }
        // The case follows complaints.md through the same rules as imports and the complaints
        // pane; the generator only ever proposes events those rules accept.
        complaints::CaseState state = caseState();
        const complaints::CaseEvent event{at, actor, kind, field, from, to, note};
        const complaints::Refusal refusal = complaints::CaseRules::apply(state, event);
        if (refusal.refused()) {
            qWarning("demo: case %s: %s", qPrintable(m_record.id), qPrintable(refusal.reason));
            m_stopped = true;
            return false;
        }
        m_record.events.push_back({at, actor, kind, field, from, to, note});
        m_record.updatedAt = at;
        m_record.state = state.state;
        m_record.owner = state.owner;
        m_record.level = state.level;
        m_record.priority = state.priority;
        m_record.rootCause = state.rootCause;
        m_record.resolution = state.resolution;
        m_record.amount = state.amount.isEmpty() ? -1.0 : state.amount.toDouble();
        m_record.feedback = state.feedback;
        m_record.rejectReason = state.rejectReason;
        m_record.reopenCount = state.reopenCount;
        m_record.transfers = state.transfers;
        m_record.attempts = state.contactAttempts;
        m_record.acknowledgedAt = state.acknowledgedAt;
        m_record.closedAt = state.closedAt;
        m_record.awaitingSince = state.awaitingSince;
        m_record.awaitingTotal = state.awaitingSeconds;
        if ((kind == QLatin1String("state") && to == m_stopAt) ||
            (kind == QLatin1String("created") && m_stopAt == QLatin1String("new")))
            m_stopped = true;
        return true;
    }
    bool state(qint64 at, const QString &actor, const QString &to, const QString &note = {})
    {
        return add(at, actor, QStringLiteral("state"), {}, m_record.state, to, note);
    }
    bool field(qint64 at, const QString &actor, const QString &name, const QString &value, const QString &note = {})
    {
        QString from;
        if (name == QLatin1String("root_cause"))
            from = m_record.rootCause;
        else if (name == QLatin1String("resolution_type"))
            from = m_record.resolution;
        else if (name == QLatin1String("amount"))
            from = m_record.amount >= 0 ? QString::number(m_record.amount, 'f', 2) : QString();
        else if (name == QLatin1String("customer_feedback"))
            from = m_record.feedback;
        else if (name == QLatin1String("priority"))
            from = m_record.priority;
        return add(at, actor, QStringLiteral("field"), name, from, value, note);
    }
    bool owner(qint64 at, const QString &actor, const QString &to, const QString &note = {})
    {
        return add(at, actor, QStringLiteral("owner"), {}, m_record.owner, to, note);
    }
    bool escalate(qint64 at, const QString &actor, int to, const QString &note)
    {
        return add(at, actor, QStringLiteral("escalate"), {}, QString::number(m_record.level), QString::number(to),
                   note);
    }

private:
    complaints::CaseState caseState() const
    {
        complaints::CaseState s;
        s.state = m_record.state;
        s.owner = m_record.owner;
        s.level = m_record.level;
        s.priority = m_record.priority;
        s.category = m_record.category;
        s.summary = m_record.summary;
        s.rootCause = m_record.rootCause;
        s.resolution = m_record.resolution;
        s.amount = m_record.amount >= 0 ? QString::number(m_record.amount, 'f', 2) : QString();
        s.feedback = m_record.feedback;
        s.rejectReason = m_record.rejectReason;
        s.reopenCount = m_record.reopenCount;
        s.transfers = m_record.transfers;
        s.contactAttempts = m_record.attempts;
        s.acknowledgedAt = m_record.acknowledgedAt;
        s.closedAt = m_record.closedAt;
        s.awaitingSince = m_record.awaitingSince;
        s.awaitingSeconds = m_record.awaitingTotal;
        s.updatedAt = m_record.updatedAt;
        return s;
    }

    CaseRecord &m_record;
    qint64 m_asOf;
    QString m_stopAt;
    bool m_stopped = false;
};

double complaintWave(int offsetFromPeak)
{
    return offsetFromPeak >= 1 && offsetFromPeak <= 10 ? 2.2 : 1.0;
}

QString resolutionFor(const QString &rootCause, Random &rng)
{
    struct Option
    {
        const char *type;
        double weight;
    };
    std::vector<Option> options;
    if (rootCause == QLatin1String("product_quality"))
        options = {{"refund", 4}, {"exchange", 3}, {"repair", 2}, {"compensation", 1}};
    else if (rootCause == QLatin1String("description_mismatch"))
        options = {{"refund", 4}, {"exchange", 2}, {"coupon", 2}, {"explanation", 1}};
    else if (rootCause == QLatin1String("logistics"))
        options = {{"compensation", 3}, {"coupon", 3}, {"explanation", 2}, {"refund", 1}};
    else if (rootCause == QLatin1String("after_sales"))
        options = {{"refund", 3}, {"explanation", 2}, {"coupon", 2}, {"exchange", 1}};
    else if (rootCause == QLatin1String("payment_coupon"))
        options = {{"coupon", 4}, {"refund", 2}, {"explanation", 2}};
    else if (rootCause == QLatin1String("service_attitude"))
        options = {{"explanation", 4}, {"coupon", 3}, {"compensation", 1}};
    else if (rootCause == QLatin1String("system_fault"))
        options = {{"compensation", 3}, {"coupon", 3}, {"explanation", 2}};
    else
        options = {{"explanation", 4}, {"other", 2}, {"coupon", 1}};
    std::vector<double> w;
    for (const Option &o : options)
        w.push_back(o.weight);
    return QString::fromLatin1(options[size_t(rng.weighted(cumulate(w)))].type);
}

double amountFor(const QString &resolution, Random &rng)
{
    if (resolution == QLatin1String("refund")) {
        const double yuan = std::round(rng.logNormal(150.0, 0.8));
        return yuan + (rng.chance(0.4) ? 0.9 : 0.0);
    }
    if (resolution == QLatin1String("coupon")) {
        static const int values[] = {5, 10, 10, 20, 20, 30, 50};
        return values[rng.below(7)];
    }
    return std::round(rng.logNormal(40.0, 0.7));
}

bool needsAmount(const QString &resolution)
{
    return resolution == QLatin1String("refund") || resolution == QLatin1String("coupon") ||
           resolution == QLatin1String("compensation");
}

const QStringList &rootCauses()
{
    static const QStringList causes = {QStringLiteral("product_quality"), QStringLiteral("description_mismatch"),
                                       QStringLiteral("logistics"),       QStringLiteral("after_sales"),
                                       QStringLiteral("payment_coupon"),  QStringLiteral("service_attitude"),
                                       QStringLiteral("system_fault"),    QStringLiteral("other")};
    return causes;
}

// Plays one case forward from created_at through the closed loop, until asOf (or stopAt) ends it.
} // namespace

ComplaintsDemo::ComplaintsDemo(DemoWorld &world)
    : m_world(world)
{
    // Complaints: a sample of unhappy conversations becomes cases.
    m_caseTarget =
        int(std::clamp(300.0 * std::sqrt(double(world.options.agents) * world.dayCount / 3600.0), 40.0, 1500.0));
    m_sourceTarget = m_caseTarget * 55 / 100;
}

ComplaintsDemo::~ComplaintsDemo() = default;

void ComplaintsDemo::offer(const ComplaintSource &source, int offsetFromPeak)
{
    Random &rng = m_world.rngCases;
    // After the promotion comes a wave of complaints (late parcels, quality): sampled with more weight.
    if (!rng.chance(complaintWave(offsetFromPeak) / complaintWave(1)))
        return;
    ++m_seen;
    if (int(m_sources.size()) < m_sourceTarget) {
        m_sources.push_back(source);
    } else {
        const qint64 j = rng.below(m_seen);
        if (j < m_sourceTarget)
            m_sources[size_t(j)] = source;
    }
}

void ComplaintsDemo::buildCase(CaseRecord &r, const ComplaintTemplate &tpl, const QString &stopAt, double scale,
                               quint64 caseSeed)
{
    DemoWorld &w = m_world;
    Random rng(caseSeed);
    r.state = QStringLiteral("new");
    r.owner.clear();
    r.level = 1;
    r.rootCause.clear();
    r.resolution.clear();
    r.amount = -1.0;
    r.feedback.clear();
    r.rejectReason.clear();
    r.reopenCount = r.transfers = r.attempts = 0;
    r.acknowledgedAt = r.closedAt = r.awaitingSince = -1;
    r.awaitingTotal = 0;
    r.events.clear();
    CaseBuilder b(r, w.asOf, stopAt);

    const bool p1 = r.priority == QLatin1String("P1");
    const double pace = (p1 ? 0.25 : (r.priority == QLatin1String("P2") ? 0.55 : 1.0)) * scale;
    const bool slow = rng.chance(0.14);
    auto later = [&](qint64 from, double loMinutes, double hiMinutes, bool staff = true, bool slowable = true) {
        qint64 t =
            from + qint64(rng.uniform(loMinutes, hiMinutes) * Minute * pace * (slow && slowable ? 2.6 : 1.0)) + 1;
        if (staff && !p1 && scale >= 1.0)
            t = w.toWorkingHours(t, rng, 8, 22);
        return t;
    };
    auto note = [&]() {
        return rng.pick(w.caseNotes);
    };
    const QString creator = r.agent >= 0 ? w.agents[size_t(r.agent)].name : QStringLiteral("系统");
    if (!b.add(r.createdAt, creator, QStringLiteral("created"), {}, {}, QStringLiteral("new"), r.summary))
        return;

    const double rejectRoll = stopAt.isEmpty() ? rng.uniform() : (stopAt == QLatin1String("rejected") ? 0.0 : 1.0);
    const bool reject = rejectRoll < 0.08;
    const int rejectStage = reject ? rng.between(0, 2) : -1;
    const QStringList rejectReasons = {
        QStringLiteral("重复投诉，已合并至原投诉单处理"), QStringLiteral("经核实不属实：物流签收记录与客户描述不符"),
        QStringLiteral("非本店订单，已引导客户联系对应商家"), QStringLiteral("客户误解活动规则，已解释，非服务问题"),
        QStringLiteral("恶意索赔，证据不足，按规则不予受理")};
    qint64 t = r.createdAt;
    if (rejectStage == 0) {
        const qint64 at = later(t, 30, 360);
        b.state(at, w.qaLead, QStringLiteral("rejected"), rng.pick(rejectReasons));
        return;
    }
    // Dispatch: an owner first (not a transfer), then the acknowledgement.
    double ackHi = p1 ? 110 : (r.priority == QLatin1String("P2") ? 380 : 1300);
    t = later(t, 3, ackHi * (rng.chance(0.1) ? 2.2 : 0.7), true, false);
    QString owner = rng.pick(w.qaStaff);
    if (!b.owner(t, w.qaLead, owner))
        return;
    t += rng.between(1, 15) * Minute;
    if (!b.state(t, owner, QStringLiteral("acknowledged"), rng.chance(0.5) ? note() : QString()))
        return;
    if (rejectStage == 1) {
        const qint64 at = later(t, 60, 600);
        b.state(at, owner, QStringLiteral("rejected"), rng.pick(rejectReasons));
        return;
    }
    t = later(t, 10, 180);
    if (!b.state(t, owner, QStringLiteral("investigating")))
        return;

    // Investigation: notes, sometimes a priority change, transfers and escalations.
    const int notes = rng.between(1, 3);
    for (int i = 0; i < notes; ++i) {
        t = later(t, 30, 360);
        if (!b.add(t, owner, QStringLiteral("note"), {}, {}, {}, note()))
            return;
    }
    if (!p1 && stopAt.isEmpty() && rng.chance(0.12)) {
        // Waiting for the warehouse, quality control or the courier: the case sits for days.
        t = later(t, 20, 240);
        if (!b.add(t, owner, QStringLiteral("note"), {}, {}, {}, QStringLiteral("已提交相关部门核查，等待回复")))
            return;
        t = later(t, 720, 3 * 1440, false, false);
    }
    if (r.priority == QLatin1String("P3") && rng.chance(0.05)) {
        t = later(t, 10, 120);
        if (!b.field(t, owner, QStringLiteral("priority"), QStringLiteral("P2"),
                     QStringLiteral("客户多次来电催促，升级处理")))
            return;
    }
    const double transferRoll = rng.uniform();
    int transfers = transferRoll < 0.75 ? 0 : (transferRoll < 0.92 ? 1 : (transferRoll < 0.98 ? 2 : 4));
    for (int i = 0; i < transfers; ++i) {
        QString next = rng.pick(w.qaStaff);
        if (next == owner)
            next = w.leads.value(qsizetype(rng.below(w.leads.size())), w.qaLead);
        if (next == owner)
            continue;
        t = later(t, 20, 240);
        if (!b.owner(t, owner, next, QStringLiteral("转交：涉及跨部门协调")))
            return;
        owner = next;
    }
    auto escalateTo = [&](int level, const QString &why) {
        if (r.level >= level)
            return true;
        t = later(t, 10, 120);
        if (!b.escalate(t, owner, level, why))
            return false;
        const QString next = level == 2 ? w.qaLead : w.manager;
        if (next != owner) {
            t += rng.between(1, 10) * Minute;
            if (!b.owner(t, owner, next))
                return false;
            owner = next;
        }
        return true;
    };
    const double escalateP = p1 ? 0.5 : (r.priority == QLatin1String("P2") ? 0.2 : 0.07);
    if (rng.chance(escalateP)) {
        if (!escalateTo(2, QStringLiteral("客户情绪激动，升级质检主管处理")))
            return;
        if (rng.chance(0.25) && !escalateTo(3, QStringLiteral("涉及金额较大/舆情风险，升级客服经理")))
            return;
    }
    if (rejectStage == 2) {
        const qint64 at = later(t, 60, 600);
        b.state(at, owner, QStringLiteral("rejected"), rng.pick(rejectReasons));
        return;
    }

    // Proposal cycles until the customer's feedback closes the case (once reopened, at most).
    const QString templateCause = rootCauses().contains(tpl.rootCause) ? tpl.rootCause : QStringLiteral("other");
    bool allowReopen = stopAt.isEmpty() ? rng.chance(0.07) : stopAt == QLatin1String("reopened");
    bool withdrawn = false;
    bool refused = false;
    for (int cycle = 0; cycle < 4; ++cycle) {
        const QString cause =
            r.rootCause.isEmpty() ? (rng.chance(0.9) ? templateCause : rng.pick(rootCauses())) : r.rootCause;
        t = later(t, 60, 900);
        if (cause != r.rootCause && !b.field(t, owner, QStringLiteral("root_cause"), cause))
            return;
        QString resolution = resolutionFor(cause, rng);
        if (resolution == r.resolution && needsAmount(resolution) && r.amount >= 0) {
            // A second offer of the same kind is worth more.
            t += rng.between(1, 5) * Minute;
            if (!b.field(t, owner, QStringLiteral("amount"), QString::number(std::round(r.amount * 1.5), 'f', 2)))
                return;
        } else {
            t += rng.between(1, 10) * Minute;
            if (!b.field(t, owner, QStringLiteral("resolution_type"), resolution))
                return;
            if (needsAmount(resolution)) {
                t += rng.between(1, 5) * Minute;
                if (!b.field(t, owner, QStringLiteral("amount"), QString::number(amountFor(resolution, rng), 'f', 2)))
                    return;
            }
        }
        t += rng.between(2, 30) * Minute;
        if (!b.state(t, owner, QStringLiteral("proposed"), rng.chance(0.4) ? note() : QString()))
            return;
        if (!withdrawn && stopAt.isEmpty() && rng.chance(0.05)) {
            withdrawn = true;
            t = later(t, 20, 240);
            if (!b.state(t, owner, QStringLiteral("investigating"),
                         QStringLiteral("方案撤回：仓库反馈可换新，重新评估")))
                return;
            continue;
        }
        t += rng.between(5, 90) * Minute;
        if (!b.state(t, owner, QStringLiteral("awaiting_feedback"), QStringLiteral("已将处理方案告知客户，等待确认")))
            return;
        if (!refused && stopAt.isEmpty() && rng.chance(0.1)) {
            refused = true;
            t = later(t, 120, 1800, false);
            if (!b.state(t, owner, QStringLiteral("investigating"), QStringLiteral("客户不接受方案，要求提高补偿")))
                return;
            continue;
        }
        // The customer answers (or not) in their own time.
        const double fb = rng.uniform();
        const QString feedback = fb < 0.72
                                     ? QStringLiteral("satisfied")
                                     : (fb < 0.86 ? QStringLiteral("unsatisfied") : QStringLiteral("unreachable"));
        // The customer answers in their own time (not counted against the SLA): hours, often days.
        t += qint64(std::clamp(rng.logNormal(30.0 * Hour, 0.9), double(Hour), 8.0 * Day) * std::min(1.0, scale));
        if (feedback == QLatin1String("unreachable")) {
            const int attempts = rng.between(2, 3);
            for (int i = 0; i < attempts; ++i) {
                if (i > 0)
                    t = later(t, 120, 900);
                if (!b.add(t, owner, QStringLiteral("contact_attempt"), {}, {}, {},
                           i + 1 == attempts ? QStringLiteral("第%1次回访：电话无人接听，短信已发送").arg(i + 1)
                                             : QStringLiteral("第%1次回访：电话未接通").arg(i + 1)))
                    return;
            }
        } else if (feedback == QLatin1String("unsatisfied")) {
            if (!escalateTo(2, QStringLiteral("客户对结果不满意，升级复核")))
                return;
        }
        t += rng.between(5, 60) * Minute;
        if (!b.field(t, owner, QStringLiteral("customer_feedback"), feedback))
            return;
        t += rng.between(1, 20) * Minute;
        if (!b.state(t, owner, QStringLiteral("closed"), rng.chance(0.5) ? note() : QString()))
            return;
        if (!allowReopen)
            break;
        allowReopen = false;
        t = later(t, 1440, 10 * 1440, false);
        if (!b.state(t, owner, QStringLiteral("investigating"), QStringLiteral("客户反馈问题再次出现，重新处理")))
            return;
    }
}

bool ComplaintsDemo::write(QaDemo &qa)
{
    DemoWorld &w = m_world;
    Random &rng = w.rngCases;
    // Linked cases come from the sampled conversations; the rest from the floor at large.
    std::sort(m_sources.begin(), m_sources.end(),
              [](const ComplaintSource &a, const ComplaintSource &b) { return a.conversation < b.conversation; });
    std::vector<double> dayWeights;
    for (int d = 0; d < w.dayCount; ++d)
        dayWeights.push_back(w.days[size_t(d)].volume * complaintWave(w.days[size_t(d)].offsetFromPeak));
    const std::vector<double> dayCumulative = cumulate(dayWeights);

    const int total = std::max<int>(m_caseTarget, int(m_sources.size()));
    m_cases.resize(size_t(total));
    for (int i = 0; i < total; ++i) {
        CaseRecord &r = m_cases[size_t(i)];
        r.index = i;
        const double pr = rng.uniform();
        r.priority = pr < 0.08 ? QStringLiteral("P1") : (pr < 0.38 ? QStringLiteral("P2") : QStringLiteral("P3"));
        int categoryIndex = 0;
        if (i < int(m_sources.size())) {
            const ComplaintSource &src = m_sources[size_t(i)];
            r.agent = src.agent;
            r.conversation = src.conversation;
            r.channel = src.channel;
            r.customerId = w.customerId(src.customer);
            r.orderId = w.orderText(src.order);
            const qint64 latest = w.asOf - rng.between(60, 1800);
            r.createdAt = std::min(latest, src.at + rng.between64(20 * Minute, 36 * Hour));
            r.createdAt = std::max(r.createdAt, src.at + 60);
            if (r.createdAt > w.asOf)
                r.createdAt = w.asOf;
            categoryIndex = src.category;
        } else {
            const int d = rng.weighted(dayCumulative);
            r.createdAt = w.localTime(d, rng.between64(8 * Hour, 23 * Hour));
            if (r.createdAt > w.asOf)
                r.createdAt = w.asOf - rng.between(60, 4 * 3600);
            r.createdAt = std::max(r.createdAt, w.days.front().start + 8 * Hour);
            const double ch = rng.uniform();
            r.channel = ch < 0.35 ? Channel::Phone
                                  : (ch < 0.7 ? Channel::Chat : (ch < 0.85 ? Channel::Social : Channel::Email));
            const bool vip = rng.chance(0.12);
            r.customerId = w.customerId(vip ? quint32(rng.below(w.vipPool))
                                            : w.vipPool + quint32(rng.below(w.customerPool - w.vipPool)));
            categoryIndex = int(rng.below(qint64(w.categories.size())));
        }
        // A template of the same category when there is one.
        QList<int> fitting;
        for (int k = 0; k < w.complaintTemplates.size(); ++k) {
            if (w.complaintTemplates.at(k).category == w.categories[size_t(categoryIndex)].name)
                fitting.append(k);
        }
        const ComplaintTemplate &tpl = w.complaintTemplates.at(
            fitting.isEmpty() ? int(rng.below(w.complaintTemplates.size())) : rng.pick(fitting));
        r.category = tpl.category;
        r.summary = tpl.summary;
        r.description = tpl.description;
        if (i >= int(m_sources.size()) && r.orderId.isEmpty() && rng.chance(0.85)) {
            quint64 low = 100000000000000000ULL;
            r.orderId = QString::number(low + rng.bits() % (9 * low));
        }
    }
    std::vector<size_t> byTime(m_cases.size());
    for (size_t i = 0; i < byTime.size(); ++i)
        byTime[i] = i;
    std::sort(byTime.begin(), byTime.end(), [&w, this](size_t a, size_t b) {
        return m_cases[a].createdAt != m_cases[b].createdAt ? m_cases[a].createdAt < m_cases[b].createdAt : a < b;
    });
    auto templateOf = [&w, this](const CaseRecord &r) -> const ComplaintTemplate & {
        for (const ComplaintTemplate &tpl : w.complaintTemplates) {
            if (tpl.summary == r.summary && tpl.category == r.category)
                return tpl;
        }
        return w.complaintTemplates.front();
    };
    const quint64 caseSeedBase = streamSeed(w.options.seed, 9);
    for (CaseRecord &r : m_cases)
        buildCase(r, templateOf(r), {}, 1.0, splitMix(caseSeedBase + quint64(r.index)));

    // Every state of the loop appears, and some reopened cases: force the most recent cases where missing.
    QStringList wanted = caseStates();
    wanted.append(QStringLiteral("reopened"));
    auto shows = [](const CaseRecord &r, const QString &state) {
        return state == QLatin1String("reopened") ? r.reopenCount > 0 : r.state == state;
    };
    // A few cases of every state already present are kept as they are, so that forcing cannot remove them.
    std::vector<bool> forced(m_cases.size(), false);
    QStringList missing;
    for (const QString &state : std::as_const(wanted)) {
        const bool open = state != QLatin1String("closed") && state != QLatin1String("rejected") &&
                          state != QLatin1String("reopened");
        int need = open ? std::max(1, int(m_cases.size()) / 150) : 1;
        for (auto it = byTime.rbegin(); it != byTime.rend() && need > 0; ++it) {
            if (!forced[*it] && shows(m_cases[*it], state)) {
                forced[*it] = true;
                --need;
            }
        }
        for (; need > 0; --need)
            missing.append(state);
    }
    for (const QString &state : std::as_const(missing)) {
        // Reopened and closed cases need time: take an older case for them.
        const bool needsTime = state == QLatin1String("reopened") || state == QLatin1String("closed");
        for (size_t k = 0; k < byTime.size(); ++k) {
            const size_t idx =
                needsTime ? byTime[byTime.size() / 2 - std::min(byTime.size() / 2, k)] : byTime[byTime.size() - 1 - k];
            if (forced[idx])
                continue;
            CaseRecord &r = m_cases[idx];
            const QString stop =
                state == QLatin1String("reopened") || state == QLatin1String("closed") ? QString() : state;
            bool ok = false;
            for (int attempt = 0; attempt < 8 && !ok; ++attempt) {
                const double scale = std::pow(0.5, attempt);
                buildCase(r, templateOf(r), state == QLatin1String("reopened") ? state : stop, scale,
                          splitMix(caseSeedBase + quint64(r.index) + 7919ULL * quint64(attempt + 1)));
                ok = shows(r, state);
            }
            if (ok) {
                forced[idx] = true;
                break;
            }
            buildCase(r, templateOf(r), {}, 1.0, splitMix(caseSeedBase + quint64(r.index)));
            if (k > 40)
                break;
        }
    }

    // Ids in creation order: TS + local date + running number of that day.
    QString lastDate;
    int dayNumber = 0;
    for (size_t k : byTime) {
        CaseRecord &r = m_cases[k];
        const QString date =
            QDateTime::fromSecsSinceEpoch(r.createdAt, w.zone).date().toString(QStringLiteral("yyyyMMdd"));
        dayNumber = date == lastDate ? dayNumber + 1 : 1;
        lastDate = date;
        r.id = QStringLiteral("TS%1%2").arg(date).arg(dayNumber, 3, 10, QLatin1Char('0'));
    }

    QSqlQuery c(w.db), e(w.db);
    if (!c.prepare(QStringLiteral(
            "INSERT INTO complaints(id, created_at, channel, customer_id, order_id, category, priority, summary,"
            " description, owner, agent_id, conversation_id, state, escalation_level, root_cause, resolution_type,"
            " amount, customer_feedback, reject_reason, reopen_count, transfers, contact_attempts, acknowledged_at,"
            " closed_at, awaiting_feedback_s, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(c));
    if (!e.prepare(QStringLiteral("INSERT INTO complaint_events(complaint_id, at, actor, kind, field, from_value,"
                                  " to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(e));
    auto text = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    auto time = [](qint64 t) {
        return t >= 0 ? QVariant(t) : QVariant();
    };
    for (size_t k : byTime) {
        const CaseRecord &r = m_cases[k];
        c.addBindValue(r.id);
        c.addBindValue(r.createdAt);
        c.addBindValue(channelId(r.channel));
        c.addBindValue(text(r.customerId));
        c.addBindValue(text(r.orderId));
        c.addBindValue(text(r.category));
        c.addBindValue(r.priority);
        c.addBindValue(text(r.summary));
        c.addBindValue(text(r.description));
        c.addBindValue(text(r.owner));
        c.addBindValue(r.agent >= 0 ? QVariant(w.agents[size_t(r.agent)].id) : QVariant());
        c.addBindValue(r.conversation > 0 ? QVariant(w.conversationId(r.conversation)) : QVariant());
        c.addBindValue(r.state);
        c.addBindValue(r.level);
        c.addBindValue(text(r.rootCause));
        c.addBindValue(text(r.resolution));
        c.addBindValue(r.amount >= 0 ? QVariant(r.amount) : QVariant());
        c.addBindValue(text(r.feedback));
        c.addBindValue(text(r.rejectReason));
        c.addBindValue(r.reopenCount);
        c.addBindValue(r.transfers);
        c.addBindValue(r.attempts);
        c.addBindValue(time(r.acknowledgedAt));
        c.addBindValue(time(r.closedAt));
        c.addBindValue(r.awaitingTotal);
        c.addBindValue(r.updatedAt);
        if (!c.exec())
            return w.fail(sql::errorText(c));
        ++w.counts.complaints;
        for (const CaseEvent &ev : r.events) {
            e.addBindValue(r.id);
            e.addBindValue(ev.at);
            e.addBindValue(text(ev.actor));
            e.addBindValue(ev.kind);
            e.addBindValue(text(ev.field));
            e.addBindValue(text(ev.from));
            e.addBindValue(text(ev.to));
            e.addBindValue(text(ev.note));
            if (!e.exec())
                return w.fail(sql::errorText(e));
            ++w.counts.complaintEvents;
        }
        // QA also reviews the conversation behind some closed cases.
        if (r.agent >= 0 && r.closedAt >= 0 && rng.chance(0.4)) {
            QaPick pick;
            pick.conversation = r.conversation;
            pick.at = r.closedAt;
            pick.agent = r.agent;
            pick.complaintId = r.id;
            qa.addComplaintReview(pick);
        }
    }
    return true;
}

} // namespace kefu::demo
