#include "PaneRegistry.h"

#include "widgets/Resources.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace kefu::ui {

QString PaneDescriptor::translatedTitle() const
{
    return QCoreApplication::translate(titleContext, title);
}

QIcon PaneDescriptor::icon() const
{
    initResources();
    if (iconPath.isEmpty())
        return {};
    // The SVGs are drawn in the accent colour; on the selection highlight they turn white.
    const QIcon source(iconPath);
    QIcon icon;
    for (const int side : {16, 22, 32, 44, 64}) {
        const QPixmap normal = source.pixmap(QSize(side, side));
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), Qt::white);
        painter.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

PaneRegistry &PaneRegistry::instance()
{
    // Registration is explicit: static initialisers in a static library are dropped by the linker.
    static PaneRegistry registry;
    static const bool registered = (registerBuiltinPanes(registry), true);
    Q_UNUSED(registered);
    return registry;
}

bool PaneRegistry::add(PaneDescriptor pane)
{
    if (pane.id.isEmpty() || !pane.factory || find(pane.id))
        return false;
    const auto at = std::upper_bound(m_panes.begin(), m_panes.end(), pane.order,
                                     [](int order, const PaneDescriptor &p) { return order < p.order; });
    m_panes.insert(at, std::move(pane));
    return true;
}

QList<PaneDescriptor> PaneRegistry::panes() const
{
    return m_panes;
}

const PaneDescriptor *PaneRegistry::find(const QString &id) const
{
    for (const PaneDescriptor &p : m_panes) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList PaneRegistry::ids() const
{
    QStringList list;
    for (const PaneDescriptor &p : m_panes)
        list << p.id;
    return list;
}

} // namespace kefu::ui
