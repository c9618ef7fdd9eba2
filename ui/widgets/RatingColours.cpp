#include "RatingColours.h"

#include "core/ItemRoles.h"

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
