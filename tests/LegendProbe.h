#pragma once

// What a pane's colours say: the colours its legend explains, and a check that every coloured cell of a
// table (drawn by RatingColours) is one of them and says in its tooltip what its colour means.
#include "core/ItemRoles.h"
#include "widgets/RatingColours.h"
#include "widgets/RatingLegend.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kefu::test {

inline QSet<QRgb> legendColours(const ui::RatingLegend &legend)
{
    QSet<QRgb> colours;
    for (const ui::RatingLegend::Entry &e : legend.entries())
        if (e.colour.isValid())
            colours.insert(e.colour.rgb());
    return colours;
}

// The colour RatingColours gives a cell (invalid: the palette's text colour).
inline QColor cellColour(const QModelIndex &index)
{
    const QColor rated = ui::RatingColours::of(Rating(index.data(RatingRole).toInt()));
    if (rated.isValid())
        return rated;
    return index.data(MutedRole).toBool() ? ui::RatingColours::muted() : QColor();
}

// Every coloured cell of model: its colour in key, a tooltip that starts with the colour's name. Adds
// the colours seen to seen; returns the problems found.
inline QStringList checkColouredCells(const QAbstractItemModel &model, const QSet<QRgb> &key, QSet<QRgb> *seen)
{
    QStringList problems;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QColor colour = cellColour(index);
            if (!colour.isValid())
                continue;
            seen->insert(colour.rgb());
            const QString where = QStringLiteral("%1 row %2 column %3").arg(model.objectName()).arg(r).arg(c);
            if (!key.contains(colour.rgb()))
                problems << where + QStringLiteral(": colour %1 not in the legend").arg(colour.name());
            const auto rating = Rating(index.data(RatingRole).toInt());
            const QString name =
                rating == Rating::None ? ui::RatingColours::mutedName() : ui::RatingColours::colourName(rating);
            const QString tip = ui::RatingColours::toolTip(index);
            if (!tip.contains(name + QLatin1Char(':')))
                problems << where + QStringLiteral(": tooltip \"%1\" does not say %2").arg(tip, name);
        }
    }
    return problems;
}

} // namespace kefu::test
