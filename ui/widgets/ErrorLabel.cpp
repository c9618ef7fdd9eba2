#include "ErrorLabel.h"

#include <QLabel>

namespace kefu::ui {

QColor errorColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
}

QLabel *createErrorLabel(const QString &objectName, QWidget *parent, int reservedLines)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette errorPalette = label->palette();
    errorPalette.setColor(QPalette::WindowText, errorColour(parent ? parent->palette() : errorPalette));
    label->setPalette(errorPalette);
    if (reservedLines > 0) {
        label->setMinimumHeight(reservedLines * label->fontMetrics().lineSpacing());
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    return label;
}

} // namespace kefu::ui
