#pragma once

// The closed sets several kinds read, with the aliases teams write for them (data-formats.md).

#include "ImportValues.h"

namespace kefu::importing {

// chat, phone, email, social.
const std::initializer_list<Choice> &channelChoices();
// offline, available, busy, wrap, break, training, meeting.
const std::initializer_list<Choice> &agentStateChoices();
// The states of a complaint case (complaints.md).
const std::initializer_list<Choice> &caseStateChoices();
// What a proposal and a closing record (complaints.md): root causes, resolution types, feedbacks.
const std::initializer_list<Choice> &rootCauseChoices();
const std::initializer_list<Choice> &resolutionTypeChoices();
const std::initializer_list<Choice> &customerFeedbackChoices();

} // namespace kefu::importing
