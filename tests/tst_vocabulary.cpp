// The one vocabulary: every word round-trips through its id, and what people type finds it.
#include "core/Vocabulary.h"

#include <QTest>

using namespace kefu;

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTripInOrder()
    {
        QStringList channels;
        for (Channel c : AllChannels) {
            QCOMPARE(channelFromId(channelId(c)), std::optional<Channel>(c));
            QCOMPARE(channelFromUtf8(channelId(c).toUtf8()), std::optional<Channel>(c));
            QVERIFY(!channelName(c).isEmpty());
            channels << channelId(c);
        }
        // Report order: alphabetical, as the reports sort them.
        QCOMPARE(channels, (QStringList{QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("phone"),
                                        QStringLiteral("social")}));
        QStringList states;
        for (AgentState s : AllAgentStates) {
            QCOMPARE(agentStateFromUtf8(agentStateUtf8(s)), std::optional<AgentState>(s));
            QCOMPARE(agentStateFromId(agentStateId(s)), std::optional<AgentState>(s));
            states << agentStateId(s);
        }
        QCOMPARE(states.first(), QStringLiteral("available"));
        QCOMPARE(states.last(), QStringLiteral("offline"));
        for (ComplaintState s : AllComplaintStates)
            QCOMPARE(complaintStateFromId(complaintStateId(s)), std::optional<ComplaintState>(s));
        QCOMPARE(complaintStateId(ComplaintState::AwaitingFeedback), QStringLiteral("awaiting_feedback"));
        for (ScriptStatus s : AllScriptStatuses)
            QCOMPARE(scriptStatusFromId(scriptStatusId(s)), std::optional<ScriptStatus>(s));
        QVERIFY(!channelFromId(u"Chat")); // ids are exact; what people type goes through fromText
    }

    void whatPeopleTypeFindsTheWord()
    {
        QCOMPARE(channelFromText(u" 在线 "), std::optional<Channel>(Channel::Chat));
        QCOMPARE(channelFromText(u"E-MAIL"), std::optional<Channel>(Channel::Email));
        QCOMPARE(channelFromText(u"社交媒体"), std::optional<Channel>(Channel::Social));
        QCOMPARE(channelFromText(u"Phone"), std::optional<Channel>(Channel::Phone));
        QVERIFY(!channelFromText(u"fax"));
        QCOMPARE(agentStateFromText(u"小休"), std::optional<AgentState>(AgentState::Break));
        QCOMPARE(agentStateFromText(u"Wrap-up"), std::optional<AgentState>(AgentState::Wrap));
        QCOMPARE(complaintStateFromText(u"待客户确认"),
                 std::optional<ComplaintState>(ComplaintState::AwaitingFeedback));
        QCOMPARE(scriptStatusFromText(u"已发布"), std::optional<ScriptStatus>(ScriptStatus::Published));
        QVERIFY(isRealTime(Channel::Phone) && !isRealTime(Channel::Email));
        QVERIFY(adheresToSchedule(AgentState::Meeting) && !adheresToSchedule(AgentState::Break));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
