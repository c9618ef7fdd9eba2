#include "Vocabulary.h"

#include <QCoreApplication>

namespace kefu {

namespace {

// One word: its id in the store and files, and the source text of its translated name.
struct Term
{
    const char *id;
    const char *name;
};

constexpr Term channelTerms[] = {
    {"chat", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Chat")},
    {"email", QT_TRANSLATE_NOOP("kefu::Vocabulary", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Phone")},
    {"social", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Social")},
};

constexpr Term agentStateTerms[] = {
    {"available", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Available")},
    {"busy", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Busy")},
    {"wrap", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Wrap-up")},
    {"break", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Break")},
    {"training", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Training")},
    {"meeting", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Meeting")},
    {"offline", QT_TRANSLATE_NOOP("kefu::Vocabulary", "Offline")},
};

constexpr Term complaintStateTerms[] = {
    {"new", QT_TRANSLATE_NOOP("kefu::Vocabulary", "new")},
    {"acknowledged", QT_TRANSLATE_NOOP("kefu::Vocabulary", "acknowledged")},
    {"investigating", QT_TRANSLATE_NOOP("kefu::Vocabulary", "investigating")},
    {"proposed", QT_TRANSLATE_NOOP("kefu::Vocabulary", "proposed")},
    {"awaiting_feedback", QT_TRANSLATE_NOOP("kefu::Vocabulary", "awaiting feedback")},
    {"closed", QT_TRANSLATE_NOOP("kefu::Vocabulary", "closed")},
    {"rejected", QT_TRANSLATE_NOOP("kefu::Vocabulary", "rejected")},
};

constexpr Term scriptStatusTerms[] = {
    {"draft", QT_TRANSLATE_NOOP("kefu::Vocabulary", "draft")},
    {"review", QT_TRANSLATE_NOOP("kefu::Vocabulary", "in review")},
    {"published", QT_TRANSLATE_NOOP("kefu::Vocabulary", "published")},
    {"retired", QT_TRANSLATE_NOOP("kefu::Vocabulary", "retired")},
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

QString translated(const Term &term)
{
    return QCoreApplication::translate("kefu::Vocabulary", term.name);
}

} // namespace

QString channelId(Channel channel) { return QLatin1StringView(termOf(channelTerms, channel).id); }
std::optional<Channel> channelFromId(QStringView id) { return fromId<Channel>(channelTerms, id); }
std::optional<Channel> channelFromUtf8(QByteArrayView id) { return fromUtf8<Channel>(channelTerms, id); }
QString channelName(Channel channel) { return translated(termOf(channelTerms, channel)); }

QString agentStateId(AgentState state) { return QLatin1StringView(termOf(agentStateTerms, state).id); }
QByteArrayView agentStateUtf8(AgentState state) { return QByteArrayView(termOf(agentStateTerms, state).id); }
std::optional<AgentState> agentStateFromId(QStringView id) { return fromId<AgentState>(agentStateTerms, id); }
std::optional<AgentState> agentStateFromUtf8(QByteArrayView id) { return fromUtf8<AgentState>(agentStateTerms, id); }
QString agentStateName(AgentState state) { return translated(termOf(agentStateTerms, state)); }

QString complaintStateId(ComplaintState state) { return QLatin1StringView(termOf(complaintStateTerms, state).id); }
std::optional<ComplaintState> complaintStateFromId(QStringView id)
{
    return fromId<ComplaintState>(complaintStateTerms, id);
}
QString complaintStateName(ComplaintState state) { return translated(termOf(complaintStateTerms, state)); }

QString scriptStatusId(ScriptStatus status) { return QLatin1StringView(termOf(scriptStatusTerms, status).id); }
std::optional<ScriptStatus> scriptStatusFromId(QStringView id) { return fromId<ScriptStatus>(scriptStatusTerms, id); }
QString scriptStatusName(ScriptStatus status) { return translated(termOf(scriptStatusTerms, status)); }

} // namespace kefu
