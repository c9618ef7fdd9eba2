#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace kefu::ui {

// A pane's notices in the system tray (the queue's alerts, the complaints' near-due and overdue cases):
// one tray icon per pane, made at the first notice; a click on the message brings the window forward.
// Nothing shows where there is no tray, nor on the offscreen platform.
class TrayNotice final : public QObject
{
    Q_OBJECT

public:
    // pane: whose window a click brings forward; toolTip: the icon's ("KefuDesk queue monitor").
    TrayNotice(QWidget *pane, QString toolTip);

    void show(const QString &title, const QString &body);

private:
    QWidget *m_pane;
    QString m_toolTip;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace kefu::ui
