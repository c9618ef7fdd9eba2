#pragma once

namespace kefu::demo {

struct DemoWorld;

// The demo's teams, their leads, QA staff, trainers and agents with their traits (drawn from the people
// stream); sizes the skill groups and the customer pools.
bool writeTeamsAndAgents(DemoWorld &w);

} // namespace kefu::demo
