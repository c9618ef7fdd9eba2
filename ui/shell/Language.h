#pragma once

#include <QString>
#include <QStringList>

namespace kefu::ui {

// The user interface languages: "zh_CN" and "en". The choice is kept in QSettings ("ui/language");
// an empty choice follows the system.
QStringList availableLanguages();
QString savedLanguage();
void saveLanguage(const QString &language);
// The language to use for a request: a supported one as given, else the saved choice, else the system's.
QString resolveLanguage(const QString &requested);
// The language whose translations are installed now ("en" before applyLanguage()).
QString currentLanguage();

} // namespace kefu::ui
