#pragma once

#include <QList>
#include <QString>

class QHBoxLayout;
class QLabel;
class QWidget;

namespace kefu::ui {

// The top of the sign-in dialogs: the KefuDesk logo beside a large bold heading and, under it,
// the given widgets (a path, an explanation). Returns the layout to add and the heading label.
QHBoxLayout *createDialogHeader(QWidget *parent, const QString &heading, const QList<QWidget *> &below,
                                QLabel **headingLabel = nullptr);

} // namespace kefu::ui
