#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace kefu {

namespace {

// One word: its id in the store and files, the source text of its translated name, and other ways people
// write it (the Chinese name the window shows first, then the words of the platforms' exports).
struct Term
{
    const char *id;
    const char *name;
    std::initializer_list<const char *> aliases;
};

const Term channelTerms[] = {
    {"chat", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Chat"), {"在线", "聊天", "在线客服", "im"}},
    {"email", QT_TRANSLATE_NOOP("kefu::Vocabulary", "E-mail"), {"邮件", "电子邮件", "e-mail", "mail"}},
    {"phone", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Phone"), {"电话", "热线", "voice", "call"}},
    {"social",
     QT_TRANSLATE_NOOP("kefu::Vocabulary", "Social"),
     {"社交媒体", "社交", "微信", "微博", "wechat", "weibo"}},
};

const Term agentStateTerms[] = {
    {"available", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Available"), {"空闲", "就绪"}},
    {"busy", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Busy"), {"忙碌", "通话中"}},
    {"wrap", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Wrap-up"), {"话后", "话后处理", "wrap-up", "wrapup"}},
    {"break", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Break"), {"小休", "休息"}},
    {"training", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Training"), {"培训"}},
    {"meeting", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Meeting"), {"会议"}},
    {"offline", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Offline"), {"离线"}},
};

const Term complaintStateTerms[] = {
    {"new", QT_TRANSLATE_NOOP("kefu::Vocabulary", "new"), {"新建"}},
    {"acknowledged", QT_TRANSLATE_NOOP("kefu::Vocabulary", "acknowledged"), {"已受理"}},
    {"investigating", QT_TRANSLATE_NOOP("kefu::Vocabulary", "investigating"), {"处理中"}},
    {"proposed", QT_TRANSLATE_NOOP("kefu::Vocabulary", "proposed"), {"方案已提出"}},
    {"awaiting_feedback", QT_TRANSLATE_NOOP("kefu::Vocabulary", "awaiting feedback"), {"待客户确认"}},
    {"closed", QT_TRANSLATE_NOOP("kefu::Vocabulary", "closed"), {"已关闭"}},
    {"rejected", QT_TRANSLATE_NOOP("kefu::Vocabulary", "rejected"), {"无效投诉"}},
};

const Term scriptStatusTerms[] = {
    {"draft", QT_TRANSLATE_NOOP("kefu::Vocabulary", "draft"), {"草稿"}},
    {"review", QT_TRANSLATE_NOOP("kefu::Vocabulary", "in review"), {"待审核", "审核中"}},
    {"published", QT_TRANSLATE_NOOP("kefu::Vocabulary", "published"), {"已发布", "发布"}},
    {"retired", QT_TRANSLATE_NOOP("kefu::Vocabulary", "retired"), {"已停用", "停用", "已下线"}},
};

const Term rootCauseTerms[] = {
    {"product_quality", QT_TRANSLATE_NOOP("kefu::Vocabulary", "product quality"), {"商品质量", "质量问题"}},
    {"description_mismatch", QT_TRANSLATE_NOOP("kefu::Vocabulary", "description mismatch"), {"描述不符", "货不对板"}},
    {"logistics", QT_TRANSLATE_NOOP("kefu::Vocabulary", "logistics"), {"物流", "快递"}},
    {"after_sales", QT_TRANSLATE_NOOP("kefu::Vocabulary", "after-sales"), {"售后", "aftersales"}},
    {"payment_coupon", QT_TRANSLATE_NOOP("kefu::Vocabulary", "payment/coupon"), {"支付/优惠券", "支付", "优惠券问题"}},
    {"service_attitude", QT_TRANSLATE_NOOP("kefu::Vocabulary", "service attitude"), {"服务态度"}},
    {"system_fault", QT_TRANSLATE_NOOP("kefu::Vocabulary", "system fault"), {"系统故障"}},
    {"other", QT_TRANSLATE_NOOP("kefu::Vocabulary", "other"), {"其他", "其它"}},
};

const Term resolutionTypeTerms[] = {
    {"refund", QT_TRANSLATE_NOOP("kefu::Vocabulary", "refund"), {"退款"}},
    {"exchange", QT_TRANSLATE_NOOP("kefu::Vocabulary", "exchange"), {"换货"}},
    {"repair", QT_TRANSLATE_NOOP("kefu::Vocabulary", "repair"), {"维修"}},
    {"coupon", QT_TRANSLATE_NOOP("kefu::Vocabulary", "coupon"), {"优惠券"}},
    {"compensation", QT_TRANSLATE_NOOP("kefu::Vocabulary", "compensation"), {"补偿", "赔偿"}},
    {"explanation", QT_TRANSLATE_NOOP("kefu::Vocabulary", "explanation"), {"解释说明", "解释"}},
    {"other", QT_TRANSLATE_NOOP("kefu::Vocabulary", "other"), {"其他", "其它"}},
};

const Term customerFeedbackTerms[] = {
    {"satisfied", QT_TRANSLATE_NOOP("kefu::Vocabulary", "satisfied"), {"满意"}},
    {"unsatisfied", QT_TRANSLATE_NOOP("kefu::Vocabulary", "unsatisfied"), {"不满意", "dissatisfied"}},
    {"unreachable", QT_TRANSLATE_NOOP("kefu::Vocabulary", "unreachable"), {"联系不上", "无法联系"}},
};

static_assert(std::size(rootCauseTerms) == RootCauseCount);
static_assert(std::size(resolutionTypeTerms) == ResolutionTypeCount);
static_assert(std::size(customerFeedbackTerms) == CustomerFeedbackCount);
static_assert(std::size(channelTerms) == ChannelCount);
static_assert(std::size(agentStateTerms) == AgentStateCount);
static_assert(std::size(complaintStateTerms) == ComplaintStateCount);
static_assert(std::size(scriptStatusTerms) == ScriptStatusCount);

template<typename E, std::size_t N>
const Term &termOf(const Term (&terms)[N], E value)
{
    return terms[static_cast<std::size_t>(value) < N ? static_cast<std::size_t>(value) : 0];
}

template<typename E, std::size_t N>
std::optional<E> fromUtf8(const Term (&terms)[N], QByteArrayView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QByteArrayView(terms[i].id))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
std::optional<E> fromId(const Term (&terms)[N], QStringView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1StringView(terms[i].id))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// The id, the English name or an alias, in any case and with any separators (foldedWord).
template<typename E, std::size_t N>
std::optional<E> fromText(const Term (&terms)[N], QStringView text)
{
    const std::string wanted = foldedWord(text.toUtf8().toStdString());
    auto same = [&wanted](const char *word) {
        return foldedWord(word) == wanted;
    };
    for (std::size_t i = 0; i < N; ++i) {
        if (same(terms[i].id) || same(terms[i].name) ||
            std::any_of(terms[i].aliases.begin(), terms[i].aliases.end(), same))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

QString translated(const Term &term)
{
    return QCoreApplication::translate("kefu::Vocabulary", term.name);
}

} // namespace

QString channelId(Channel channel)
{
    return QLatin1StringView(termOf(channelTerms, channel).id);
}
std::optional<Channel> channelFromId(QStringView id)
{
    return fromId<Channel>(channelTerms, id);
}
std::optional<Channel> channelFromUtf8(QByteArrayView id)
{
    return fromUtf8<Channel>(channelTerms, id);
}
QString channelName(Channel channel)
{
    return translated(termOf(channelTerms, channel));
}
std::optional<Channel> channelFromText(QStringView text)
{
    return fromText<Channel>(channelTerms, text);
}
std::initializer_list<const char *> channelAliases(Channel channel)
{
    return termOf(channelTerms, channel).aliases;
}

QString agentStateId(AgentState state)
{
    return QLatin1StringView(termOf(agentStateTerms, state).id);
}
QByteArrayView agentStateUtf8(AgentState state)
{
    return QByteArrayView(termOf(agentStateTerms, state).id);
}
std::optional<AgentState> agentStateFromId(QStringView id)
{
    return fromId<AgentState>(agentStateTerms, id);
}
std::optional<AgentState> agentStateFromUtf8(QByteArrayView id)
{
    return fromUtf8<AgentState>(agentStateTerms, id);
}
QString agentStateName(AgentState state)
{
    return translated(termOf(agentStateTerms, state));
}
std::optional<AgentState> agentStateFromText(QStringView text)
{
    return fromText<AgentState>(agentStateTerms, text);
}
std::initializer_list<const char *> agentStateAliases(AgentState state)
{
    return termOf(agentStateTerms, state).aliases;
}

QString complaintStateId(ComplaintState state)
{
    return QLatin1StringView(termOf(complaintStateTerms, state).id);
}
std::optional<ComplaintState> complaintStateFromId(QStringView id)
{
    return fromId<ComplaintState>(complaintStateTerms, id);
}
QString complaintStateName(ComplaintState state)
{
    return translated(termOf(complaintStateTerms, state));
}
std::optional<ComplaintState> complaintStateFromText(QStringView text)
{
    return fromText<ComplaintState>(complaintStateTerms, text);
}

QString scriptStatusId(ScriptStatus status)
{
    return QLatin1StringView(termOf(scriptStatusTerms, status).id);
}
std::optional<ScriptStatus> scriptStatusFromId(QStringView id)
{
    return fromId<ScriptStatus>(scriptStatusTerms, id);
}
std::initializer_list<const char *> complaintStateAliases(ComplaintState state)
{
    return termOf(complaintStateTerms, state).aliases;
}
std::initializer_list<const char *> scriptStatusAliases(ScriptStatus status)
{
    return termOf(scriptStatusTerms, status).aliases;
}
QString scriptStatusName(ScriptStatus status)
{
    return translated(termOf(scriptStatusTerms, status));
}
std::optional<ScriptStatus> scriptStatusFromText(QStringView text)
{
    return fromText<ScriptStatus>(scriptStatusTerms, text);
}

QString rootCauseId(RootCause cause)
{
    return QLatin1StringView(termOf(rootCauseTerms, cause).id);
}
std::optional<RootCause> rootCauseFromId(QStringView id)
{
    return fromId<RootCause>(rootCauseTerms, id);
}
QString rootCauseName(RootCause cause)
{
    return translated(termOf(rootCauseTerms, cause));
}
std::optional<RootCause> rootCauseFromText(QStringView text)
{
    return fromText<RootCause>(rootCauseTerms, text);
}
std::initializer_list<const char *> rootCauseAliases(RootCause cause)
{
    return termOf(rootCauseTerms, cause).aliases;
}

QString resolutionTypeId(ResolutionType type)
{
    return QLatin1StringView(termOf(resolutionTypeTerms, type).id);
}
std::optional<ResolutionType> resolutionTypeFromId(QStringView id)
{
    return fromId<ResolutionType>(resolutionTypeTerms, id);
}
QString resolutionTypeName(ResolutionType type)
{
    return translated(termOf(resolutionTypeTerms, type));
}
std::optional<ResolutionType> resolutionTypeFromText(QStringView text)
{
    return fromText<ResolutionType>(resolutionTypeTerms, text);
}
std::initializer_list<const char *> resolutionTypeAliases(ResolutionType type)
{
    return termOf(resolutionTypeTerms, type).aliases;
}

QString customerFeedbackId(CustomerFeedback feedback)
{
    return QLatin1StringView(termOf(customerFeedbackTerms, feedback).id);
}
std::optional<CustomerFeedback> customerFeedbackFromId(QStringView id)
{
    return fromId<CustomerFeedback>(customerFeedbackTerms, id);
}
QString customerFeedbackName(CustomerFeedback feedback)
{
    return translated(termOf(customerFeedbackTerms, feedback));
}
std::optional<CustomerFeedback> customerFeedbackFromText(QStringView text)
{
    return fromText<CustomerFeedback>(customerFeedbackTerms, text);
}
std::initializer_list<const char *> customerFeedbackAliases(CustomerFeedback feedback)
{
    return termOf(customerFeedbackTerms, feedback).aliases;
}

std::string foldedWord(std::string_view text)
{
    static constexpr std::string_view wideSlash = "\xEF\xBC\x8F";  // ／
    static constexpr std::string_view wideHyphen = "\xEF\xBC\x8D"; // －
    std::string out;
    out.reserve(text.size());
    bool separator = false;
    for (size_t i = 0; i < text.size();) {
        const std::string_view rest = text.substr(i);
        char c = text[i];
        size_t width = 1;
        bool isSeparator = c == ' ' || c == '\t' || c == '-' || c == '/' || c == '_';
        if (rest.starts_with(wideSlash) || rest.starts_with(wideHyphen)) {
            isSeparator = true;
            width = 3;
        }
        i += width;
        if (isSeparator) {
            separator = !out.empty();
            continue;
        }
        if (separator)
            out.push_back('_');
        separator = false;
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        out.push_back(c);
    }
    return out;
}

} // namespace kefu
