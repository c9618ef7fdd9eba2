#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace kefu::ui {

// The red that error and refusal texts use, readable on the light and the dark palette.
QColor errorColour(const QPalette &palette);

// A word-wrapped label for inline error text, in errorColour. With reservedLines > 0 it keeps room
// for that many lines from the start, so that a dialog does not jump when a message appears.
QLabel *createErrorLabel(const QString &objectName, QWidget *parent, int reservedLines = 2);

} // namespace kefu::ui
