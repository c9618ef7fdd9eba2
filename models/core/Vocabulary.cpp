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

// The id, the English name or an alias, trimmed and in any case.
template<typename E, std::size_t N>
std::optional<E> fromText(const Term (&terms)[N], QStringView text)
{
    const QStringView wanted = text.trimmed();
    auto same = [wanted](const char *word) {
        return wanted.compare(QString::fromUtf8(word), Qt::CaseInsensitive) == 0;
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

} // namespace kefu
