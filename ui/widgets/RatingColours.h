#pragma once

#include "metrics/Rating.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace kefu::ui {

// The one place where a rating becomes a colour: the queue's tiles and tables, the scorecards and
// their PDF, and the legend (RatingLegend) that explains them. As a delegate it draws the item roles of
// models/ (core/ItemRoles): a rated cell in its rating's colour (on a light tint when tinted), a muted
// row grey, an emphasised cell bold; and its tooltip says what the colour means there
// ("Red: past the chat threshold of 15 s", from RatingNoteRole).
class RatingColours final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Cells { Plain, Tinted };
    explicit RatingColours(Cells cells, QObject *parent = nullptr);

    // Green, amber, red; invalid for None (the palette's text colour applies).
    static QColor of(Rating rating);
    // The translucent background of a rated cell; invalid for None.
    static QColor tint(Rating rating);
    // Rows out of play (an offline agent, an acknowledged alert).
    static QColor muted();
    // A card's accent bar (the queue's tiles): the rating's colour, the palette's highlight for None.
    static QColor accent(Rating rating, const QPalette &palette);
    // The colour's name for people: "Green", "Amber", "Red"; empty for None.
    static QString colourName(Rating rating);
    static QString mutedName();
    // "Red: past the chat threshold of 15 s": the colour's name and what it means where it shows (the
    // rating's name when note is empty); note alone for None.
    static QString describe(Rating rating, const QString &note);
    // A cell's tooltip: the model's own (ToolTipRole) and, for a coloured cell, what its colour means.
    static QString toolTip(const QModelIndex &index);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Cells m_cells;
};

} // namespace kefu::ui
