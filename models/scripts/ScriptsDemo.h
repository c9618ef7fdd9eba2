#pragma once

namespace kefu::demo {

struct DemoWorld;

// The demo's reply-script library: category tree, current scripts and their versions (drawn from the
// scripts stream); gives the floor each script's usage window and popularity, and each conversation
// category the scripts that fit it.
bool writeScripts(DemoWorld &w);

} // namespace kefu::demo
