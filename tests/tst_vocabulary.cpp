// The one vocabulary: every word round-trips through its id, and what people type finds it.
#include "core/Vocabulary.h"

#include <QTest>

using namespace kefu;

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void wordsFoldAcrossSeparatorsAndCase()
    {
        QCOMPARE(foldedWord("After-Sales"), std::string("after_sales"));
        QCOMPARE(foldedWord(" payment / coupon "), std::string("payment_coupon"));
        QCOMPARE(foldedWord("description__mismatch"), std::string("description_mismatch"));
        QCOMPARE(foldedWord("支付／优惠券"), foldedWord("支付/优惠券"));
        QCOMPARE(rootCauseFromText(u"description mismatch"), std::optional<RootCause>(RootCause::DescriptionMismatch));
        QCOMPARE(rootCauseFromText(u"售后"), std::optional<RootCause>(RootCause::AfterSales));
        QCOMPARE(rootCauseFromText(u"Payment/Coupon"), std::optional<RootCause>(RootCause::PaymentCoupon));
        QCOMPARE(resolutionTypeFromText(u"解释说明"), std::optional<ResolutionType>(ResolutionType::Explanation));
        QCOMPARE(customerFeedbackFromText(u"联系不上"), std::optional<CustomerFeedback>(CustomerFeedback::Unreachable));
        QCOMPARE(customerFeedbackFromText(u"maybe"), std::nullopt);
        for (int i = 0; i < RootCauseCount; ++i)
            QCOMPARE(rootCauseFromId(rootCauseId(RootCause(i))), std::optional<RootCause>(RootCause(i)));
        for (int i = 0; i < ResolutionTypeCount; ++i)
            QCOMPARE(resolutionTypeFromId(resolutionTypeId(ResolutionType(i))), std::optional<ResolutionType>(ResolutionType(i)));
        for (int i = 0; i < CustomerFeedbackCount; ++i)
            QCOMPARE(customerFeedbackFromId(customerFeedbackId(CustomerFeedback(i))), std::optional<CustomerFeedback>(CustomerFeedback(i)));
    }

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
