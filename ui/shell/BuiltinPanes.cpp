#include "PaneRegistry.h"

#include "complaints/ComplaintsPane.h"
#include "overview/OverviewPane.h"
#include "live/QueuePane.h"
#include "scorecards/ScorecardsPane.h"

namespace kefu::ui {

// The one place a pane joins the main window: id, title, icon, position and factory.
// Scripts and Shifts register here as their issues land.
void registerBuiltinPanes(PaneRegistry &registry)
{
    registry.add({QStringLiteral("overview"), "kefu::ui::OverviewPane",
                  QT_TRANSLATE_NOOP("kefu::ui::OverviewPane", "Overview"), QStringLiteral(":/icons/pane-overview.svg"),
                  0, [](Store &store, const Session &, QWidget *parent) -> QWidget * {
                      return new OverviewPane(store, parent);
                  }});
    registry.add({QStringLiteral("queue"), "kefu::ui::QueuePane",
                  QT_TRANSLATE_NOOP("kefu::ui::QueuePane", "Queue monitor"), QStringLiteral(":/icons/pane-queue.svg"),
                  10, [](Store &store, const Session &session, QWidget *parent) -> QWidget * {
                      return new QueuePane(store, session, parent);
                  }});
    registry.add({QStringLiteral("complaints"), "kefu::ui::ComplaintsPane",
                  QT_TRANSLATE_NOOP("kefu::ui::ComplaintsPane", "Complaints"),
                  QStringLiteral(":/icons/pane-complaints.svg"), 20,
                  [](Store &store, const Session &session, QWidget *parent) -> QWidget * {
                      return new ComplaintsPane(store, session, parent);
                  }});
    registry.add({QStringLiteral("scorecards"), "kefu::ui::ScorecardsPane",
                  QT_TRANSLATE_NOOP("kefu::ui::ScorecardsPane", "Agent scorecards"),
                  QStringLiteral(":/icons/pane-scorecards.svg"), 40,
                  [](Store &store, const Session &session, QWidget *parent) -> QWidget * {
                      return new ScorecardsPane(store, session, parent);
                  }});
}

} // namespace kefu::ui
