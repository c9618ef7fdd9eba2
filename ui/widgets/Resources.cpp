#include "Resources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerKefuDeskResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace kefu::ui {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, registerKefuDeskResources);
}

} // namespace kefu::ui
