#pragma once

#include <QColor>

#include "metrics/ReportPeriod.h"

#include <QDate>

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
// The presets' items carry int(PeriodPreset) as their data. The date fields are enabled only for Custom;
// returns whether it is chosen.
bool enableCustomDates(const PeriodFields &period);
// Chooses preset (for Custom with the dates first and last, set without signals). The combo box says so
// when the preset changes; when it is the one shown already, sameAgain runs instead.
void choosePeriod(const PeriodFields &period, PeriodPreset preset, QDate first, QDate last,
                  const std::function<void()> &sameAgain);

// Paints widget as a rounded card from its palette (Base, a soft Mid border), with a 4-px accent bar
// on the left when accent is valid: call from paintEvent().
void paintCard(QWidget *widget, const QColor &accent);

} // namespace kefu::ui::parts
