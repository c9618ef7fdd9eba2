#pragma once

namespace kefu::ui {

// Registers the icons of resources.qrc. A static library's resources are not registered by
// themselves; every entry point of the user interface calls this (it is idempotent).
void initResources();

} // namespace kefu::ui
