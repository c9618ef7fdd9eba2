#pragma once

#include "ScorecardBook.h"

#include <QString>

namespace kefu::scorecards {

// The scorecard book as an Excel workbook, one sheet per view, texts in the current language:
//  - Scorecards: every column of `report agents` (cli.md's order) per agent, the team's pooled row last;
//  - Components: per agent (and the team) each component's value, target, weight, score and the
//    team's mean score;
//  - Weekly trends (when the book has trends): per agent and week, then the team per week;
//  - Definitions: the period, team, time zone, targets, weights and thresholds used.
// Typed cells (numbers rounded as the CSV writes them, an empty metric as an empty cell), header rows
// bold and frozen. Written to path.partial and renamed over path when complete (io::TableWriter); on
// failure nothing is left behind and *error says why, naming the file.
bool writeScorecardXlsx(const ScorecardBook &book, const QString &path, QString *error);

} // namespace kefu::scorecards
