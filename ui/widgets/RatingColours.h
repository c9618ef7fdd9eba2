#pragma once

#include "metrics/Rating.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace kefu::ui {

// The one place where a rating becomes a colour: the queue's tiles and tables, the scorecards and
// their PDF. As a delegate it draws the item roles of models/ (core/ItemRoles): a rated cell in its
// rating's colour (on a light tint when tinted), a muted row grey, an emphasised cell bold.
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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Cells m_cells;
};

} // namespace kefu::ui
