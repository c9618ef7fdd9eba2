#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace kefu {
class Session;
class Store;
}

namespace kefu::ui {

// One pane of the main window's navigation. The title is kept untranslated and translated at
// use with its own context, so that switching the language needs no new registration.
struct PaneDescriptor
{
    // The pane is made for the signed-in session; another person or role gets a new pane.
    using Factory = std::function<QWidget *(Store &store, const Session &session, QWidget *parent)>;

    QString id;               // stable, used on the command line: "overview", "queue", …
    const char *titleContext; // translation context of title
    const char *title;        // QT_TRANSLATE_NOOP(titleContext, "…")
    QString iconPath;         // an SVG in the resources, e.g. ":/icons/pane-overview.svg"
    int order = 0;            // position in the navigation, smallest first
    Factory factory;

    QString translatedTitle() const;
    QIcon icon() const;
};

// The panes this build knows. Every pane registers itself in registerBuiltinPanes()
// (BuiltinPanes.cpp), the one place a new pane is added.
class PaneRegistry final
{
public:
    static PaneRegistry &instance();

    // False when a pane with the same id is already registered.
    bool add(PaneDescriptor pane);
    // Registered panes, ordered by PaneDescriptor::order.
    QList<PaneDescriptor> panes() const;
    const PaneDescriptor *find(const QString &id) const;
    QStringList ids() const;

private:
    PaneRegistry() = default;
    QList<PaneDescriptor> m_panes;
};

// Defined in BuiltinPanes.cpp.
void registerBuiltinPanes(PaneRegistry &registry);

} // namespace kefu::ui
