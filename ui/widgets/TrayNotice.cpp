#include "TrayNotice.h"

#include <QApplication>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace kefu::ui {

TrayNotice::TrayNotice(QWidget *pane, QString toolTip)
    : QObject(pane)
    , m_pane(pane)
    , m_toolTip(std::move(toolTip))
{}

void TrayNotice::show(const QString &title, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (QWidget *w = m_pane->window()) {
                w->showNormal();
                w->raise();
                w->activateWindow();
            }
        });
        m_tray->show();
    }
    m_tray->setToolTip(m_toolTip);
    m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 10000);
}

} // namespace kefu::ui
