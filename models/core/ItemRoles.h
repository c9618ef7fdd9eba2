#pragma once

#include <QtCore/qnamespace.h>

namespace kefu {

// Roles the item models of every slice answer besides Qt's own. Models hold no colours or fonts:
// ui/widgets/RatingColours draws these roles, the same way in every pane.
enum ItemRole {
    RatingRole = Qt::UserRole + 100, // int(Rating): the cell's figure against its target or limit
    MutedRole,                       // bool: the row is out of play (an offline agent, an acknowledged alert)
    EmphasisRole,                    // bool: the cell stands out (a VIP, an open alert, a rank)
    RatingNoteRole,                  // QString: what the cell's rating (or muted row) means there ("past the
                                     // chat threshold of 15 s"); the delegate's tooltip names the colour first
};

} // namespace kefu
