#pragma once

#include "scorecards/ScorecardBook.h"

#include <QImage>
#include <QString>

class QPainter;

namespace kefu::ui {

// The scorecard book as a printable PDF: A4 portrait at 300 dpi, texts in the current language.
// First the team summary (title with period and team, the team's pooled figures, the targets and
// weights used, every agent by rank; continued on further pages when the agents do not fit), then one
// page per agent in the book's order (name, id, team, period; the components with value, target,
// score and weight coloured against the target; composite and rank; a radar of the six component
// scores against the team's mean; the weekly trends). Every page has a footer with its number and the
// generation time. The text font is a CJK-capable family (scorecardFontFamily()), embedded by Qt's
// PDF engine. Needs a QGuiApplication (the command line starts one on the offscreen platform).
// Written to path.partial and renamed over path when complete (pdf::writePdf); on failure nothing is
// left behind and *error says why.
bool writeScorecardPdf(const scorecards::ScorecardBook &book, const QString &path, QString *error);

// Pages writeScorecardPdf() writes for book.
int scorecardPageCount(const scorecards::ScorecardBook &book);
// One page (0 = the team summary) painted as writeScorecardPdf() paints it, on a white A4 image of
// dpi dots per inch: for previews and the documentation's screenshots.
QImage renderScorecardPage(const scorecards::ScorecardBook &book, int page, int dpi);
// The same page on any paint device (a preview, a recorder of its texts): the painter's origin at the
// content's top left, dpi its dots per inch.
void paintScorecardPage(QPainter &painter, const scorecards::ScorecardBook &book, int page, int dpi);

// The family the scorecard PDF writes with: that of every PDF (widgets/PdfPage, pdf::fontFamily()).
QString scorecardFontFamily();

} // namespace kefu::ui
