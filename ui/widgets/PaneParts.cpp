#include "PaneParts.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace kefu::ui::parts {

QLabel *addPaneTitle(QWidget *pane, QBoxLayout *header)
{
    auto *title = new QLabel(pane);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    header->addWidget(title);
    header->addSpacing(16);
    return title;
}

PeriodFields addPeriodFields(QWidget *pane, QBoxLayout *header, const std::function<void()> &dateEdited)
{
    PeriodFields f;
    f.label = new QLabel(pane);
    header->addWidget(f.label);
    f.preset = new QComboBox(pane);
    f.preset->setObjectName(QStringLiteral("periodPreset"));
    f.label->setBuddy(f.preset);
    header->addWidget(f.preset);
    f.from = new QDateEdit(pane);
    f.from->setObjectName(QStringLiteral("periodFrom"));
    f.to = new QDateEdit(pane);
    f.to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : {f.from, f.to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        header->addWidget(edit);
        QObject::connect(edit, &QDateEdit::editingFinished, pane, dateEdited);
    }
    return f;
}

bool enableCustomDates(const PeriodFields &period)
{
    const bool custom = period.preset->currentData().toInt() == int(PeriodPreset::Custom);
    period.from->setEnabled(custom);
    period.to->setEnabled(custom);
    return custom;
}

void choosePeriod(const PeriodFields &period, PeriodPreset preset, QDate first, QDate last,
                  const std::function<void()> &sameAgain)
{
    if (preset == PeriodPreset::Custom) {
        const QSignalBlocker a(period.from);
        const QSignalBlocker b(period.to);
        period.from->setDate(first);
        period.to->setDate(last);
    }
    const int index = period.preset->findData(int(preset));
    if (index == period.preset->currentIndex())
        sameAgain();
    else
        period.preset->setCurrentIndex(index);
}

void paintCard(QWidget *widget, const QColor &accent)
{
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(widget->rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    painter.fillPath(path, widget->palette().color(QPalette::Base));
    QColor border = widget->palette().color(QPalette::Mid);
    border.setAlpha(110);
    painter.setPen(QPen(border, 1));
    painter.drawPath(path);
    if (accent.isValid()) {
        painter.setClipPath(path);
        painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), accent);
    }
}

} // namespace kefu::ui::parts
