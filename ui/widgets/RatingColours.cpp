#include "RatingColours.h"

#include "core/ItemRoles.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace kefu::ui {

RatingColours::RatingColours(Cells cells, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cells(cells)
{}

QColor RatingColours::of(Rating rating)
{
    switch (rating) {
    case Rating::OnTarget:
        return QColor(0x2e, 0x7d, 0x32);
    case Rating::Near:
        return QColor(0xb2, 0x6a, 0x00);
    case Rating::Off:
        return QColor(0xc6, 0x28, 0x28);
    case Rating::None:
        break;
    }
    return {};
}

QColor RatingColours::tint(Rating rating)
{
    QColor c = of(rating);
    if (c.isValid())
        c.setAlpha(36);
    return c;
}

QColor RatingColours::muted()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor RatingColours::accent(Rating rating, const QPalette &palette)
{
    const QColor colour = of(rating);
    return colour.isValid() ? colour : palette.color(QPalette::Highlight);
}

QString RatingColours::colourName(Rating rating)
{
    return rating::pick(rating, tr("Green"), tr("Amber"), tr("Red"));
}

QString RatingColours::mutedName()
{
    return tr("Grey");
}

QString RatingColours::describe(Rating rating, const QString &note)
{
    if (rating == Rating::None)
        return note;
    return tr("%1: %2").arg(colourName(rating), note.isEmpty() ? rating::name(rating) : note);
}

QString RatingColours::toolTip(const QModelIndex &index)
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    const auto rating = Rating(index.data(RatingRole).toInt());
    const QString note = index.data(RatingNoteRole).toString();
    QString meaning;
    if (rating != Rating::None)
        meaning = describe(rating, note);
    else if (index.data(MutedRole).toBool() && !note.isEmpty())
        meaning = tr("%1: %2").arg(mutedName(), note);
    if (meaning.isEmpty() || own.isEmpty())
        return own.isEmpty() ? meaning : own;
    return own + QLatin1Char('\n') + meaning;
}

bool RatingColours::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTip(index);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

void RatingColours::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto rating = Rating(index.data(RatingRole).toInt());
    // A rating speaks louder than a muted row: an offline agent's long AHT still shows amber.
    QColor colour = of(rating);
    if (!colour.isValid() && index.data(MutedRole).toBool())
        colour = muted();
    if (colour.isValid())
        option->palette.setBrush(QPalette::Text, colour);
    if (m_cells == Cells::Tinted && rating != Rating::None)
        option->backgroundBrush = tint(rating);
    if (index.data(EmphasisRole).toBool()) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    }
}

} // namespace kefu::ui
