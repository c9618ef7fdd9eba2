#pragma once

#include <QColor>

#include <functional>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QLabel;
class QWidget;

// Small parts the panes share, so that they look alike.
namespace kefu::ui::parts {

// The pane's big bold title, added to header.
QLabel *addPaneTitle(QWidget *pane, QBoxLayout *header);

// A pane's period: its label, the presets' combo box and the first and last day (ISO, with a calendar),
// added to header; the names periodPreset, periodFrom and periodTo. dateEdited runs when a date is
// changed by hand (the pane reloads when its preset is Custom).
struct PeriodFields
{
    QLabel *label = nullptr;
    QComboBox *preset = nullptr;
    QDateEdit *from = nullptr;
    QDateEdit *to = nullptr;
};
PeriodFields addPeriodFields(QWidget *pane, QBoxLayout *header, const std::function<void()> &dateEdited);

// Paints widget as a rounded card from its palette (Base, a soft Mid border), with a 4-px accent bar
// on the left when accent is valid: call from paintEvent().
void paintCard(QWidget *widget, const QColor &accent);

} // namespace kefu::ui::parts
