#include "PaneRegistry.h"

#include "panes/OverviewPane.h"

namespace kefu::ui {

// The one place a pane joins the main window: id, title, icon, position and factory.
// Queue, Complaints, Scripts, Scorecards and Shifts register here as their issues land.
void registerBuiltinPanes(PaneRegistry &registry)
{
    registry.add({QStringLiteral("overview"), "kefu::ui::OverviewPane",
                  QT_TRANSLATE_NOOP("kefu::ui::OverviewPane", "Overview"), QStringLiteral(":/icons/pane-overview.svg"),
                  0, [](Store &store, QWidget *parent) -> QWidget * {
                      return new OverviewPane(store, parent);
                  }});
}

} // namespace kefu::ui
