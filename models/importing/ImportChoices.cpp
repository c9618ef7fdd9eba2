#include "ImportChoices.h"

namespace kefu::importing {

const std::initializer_list<Choice> &channelChoices()
{
    static const std::initializer_list<Choice> list = {
        {"chat", {"在线", "聊天", "在线客服", "im"}},
        {"phone", {"电话", "热线", "voice", "call"}},
        {"email", {"邮件", "电子邮件", "e-mail", "mail"}},
        {"social", {"社交", "微信", "微博", "wechat", "weibo"}},
    };
    return list;
}

const std::initializer_list<Choice> &agentStateChoices()
{
    static const std::initializer_list<Choice> list = {
        {"offline", {"离线"}}, {"available", {"空闲", "就绪"}}, {"busy", {"忙碌", "通话中"}},
        {"wrap", {"话后", "话后处理", "wrap-up", "wrapup"}}, {"break", {"小休", "休息"}},
        {"training", {"培训"}}, {"meeting", {"会议"}},
    };
    return list;
}

const std::initializer_list<Choice> &caseStateChoices()
{
    static const std::initializer_list<Choice> list = {
        {"new", {"新建"}}, {"acknowledged", {"已受理"}}, {"investigating", {"处理中"}},
        {"proposed", {"方案已提出"}}, {"awaiting_feedback", {"待客户确认"}}, {"closed", {"已关闭"}},
        {"rejected", {"无效投诉"}},
    };
    return list;
}

} // namespace kefu::importing
