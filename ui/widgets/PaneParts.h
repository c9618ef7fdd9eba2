#pragma once

#include <QColor>

class QBoxLayout;
class QLabel;
class QWidget;

// Small parts the panes share, so that they look alike.
namespace kefu::ui::parts {

// The pane's big bold title, added to header.
QLabel *addPaneTitle(QWidget *pane, QBoxLayout *header);

// Paints widget as a rounded card from its palette (Base, a soft Mid border), with a 4-px accent bar
// on the left when accent is valid: call from paintEvent().
void paintCard(QWidget *widget, const QColor &accent);

} // namespace kefu::ui::parts
