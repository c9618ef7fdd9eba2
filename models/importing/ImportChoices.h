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

} // namespace kefu::importing
