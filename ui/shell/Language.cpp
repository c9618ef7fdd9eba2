#include "Language.h"

#include "Gui.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace kefu::ui {

namespace {

const QString SettingsKey = QStringLiteral("ui/language");

QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_current = QStringLiteral("en");

QString normalised(const QString &language)
{
    const QString l = language.trimmed();
    if (l.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (l.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    return {};
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString savedLanguage()
{
    return normalised(QSettings().value(SettingsKey).toString());
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(SettingsKey, normalised(language));
}

QString resolveLanguage(const QString &requested)
{
    QString language = normalised(requested);
    if (language.isEmpty())
        language = savedLanguage();
    if (language.isEmpty()) {
        for (const QString &name : QLocale::system().uiLanguages()) {
            language = normalised(name);
            if (!language.isEmpty())
                break;
        }
    }
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QString currentLanguage()
{
    return g_current;
}

QString applyLanguage(const QString &language)
{
    const QString resolved = resolveLanguage(language);
    QCoreApplication *app = QCoreApplication::instance();

    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);

    QLocale::setDefault(resolved == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator; // there is no qtbase_en: Qt's source texts are English
    }

    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/kefudesk_") + resolved)) {
        QCoreApplication::installTranslator(appTranslator);
        g_appTranslator = appTranslator;
    } else {
        delete appTranslator;
        logging::warn(QStringLiteral("The translations for %1 are missing from this build").arg(resolved));
    }
    g_current = resolved;
    return resolved;
}

} // namespace kefu::ui
