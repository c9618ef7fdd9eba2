#pragma once

#include <QString>

namespace kefu::ui {

// Light / Dark / System appearance. Qt 6.4 has no colour-scheme API: Light and Dark use the
// Fusion style with a palette of our own, System keeps the platform's style and palette.
enum class Appearance { System, Light, Dark };

QString appearanceKey(Appearance appearance); // "system", "light", "dark"
Appearance appearanceFromKey(const QString &key);

// The choice kept in QSettings ("ui/appearance"); System when none was made.
Appearance savedAppearance();
void saveAppearance(Appearance appearance);

// Sets the style and palette of the running QApplication.
void applyAppearance(Appearance appearance);
// The appearance last applied (System before any call).
Appearance currentAppearance();

} // namespace kefu::ui
