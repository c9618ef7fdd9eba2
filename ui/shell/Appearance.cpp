#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace kefu::ui {

namespace {

const QString SettingsKey = QStringLiteral("ui/appearance");

struct PlatformLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    return look;
}

Appearance g_current = Appearance::System;

QPalette darkPalette()
{
    const QColor window(0x20, 0x22, 0x25);
    const QColor base(0x2b, 0x2d, 0x31);
    const QColor alternate(0x31, 0x33, 0x38);
    const QColor button(0x33, 0x35, 0x3a);
    const QColor text(0xe4, 0xe6, 0xeb);
    const QColor disabledText(0x80, 0x84, 0x8c);
    const QColor highlight(0x2f, 0x6f, 0xdf);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x40, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5c, 0x60, 0x68));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x48, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2a, 0x4e, 0x8f));
    return p;
}

} // namespace

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance appearanceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Appearance::Light;
    if (key == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

Appearance savedAppearance()
{
    return appearanceFromKey(QSettings().value(SettingsKey).toString());
}

void saveAppearance(Appearance appearance)
{
    QSettings().setValue(SettingsKey, appearanceKey(appearance));
}

Appearance currentAppearance()
{
    return g_current;
}

void applyAppearance(Appearance appearance)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    PlatformLook &look = platformLook();
    if (!look.captured) {
        look.captured = true;
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
    }
    switch (appearance) {
    case Appearance::System:
        QApplication::setStyle(QStyleFactory::create(look.styleName));
        QApplication::setPalette(look.palette);
        break;
    case Appearance::Light: {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette light = fusion->standardPalette();
        QApplication::setStyle(fusion);
        QApplication::setPalette(light);
        break;
    }
    case Appearance::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    g_current = appearance;
}

} // namespace kefu::ui
