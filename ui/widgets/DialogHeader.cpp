#include "DialogHeader.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kefu::ui {

QHBoxLayout *createDialogHeader(QWidget *parent, const QString &heading, const QList<QWidget *> &below,
                                QLabel **headingLabel)
{
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    auto *logo = new QLabel(parent);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/kefudesk.svg")).pixmap(48, 48));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(3);
    auto *title = new QLabel(heading, parent);
    QFont headingFont = title->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    title->setFont(headingFont);
    titles->addWidget(title);
    for (QWidget *widget : below)
        titles->addWidget(widget);
    top->addLayout(titles, 1);
    if (headingLabel)
        *headingLabel = title;
    return top;
}

} // namespace kefu::ui
