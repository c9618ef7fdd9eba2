#pragma once

#include "complaints/CaseList.h"
#include "complaints/ComplaintCharts.h"
#include "complaints/ComplaintReport.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

class QPainter;

namespace kefu::ui {

// Everything the complaints report PDF shows, read once (readComplaintPdfData) and painted without the
// store: a value a worker hands to the UI thread, or the command line to the writer.
struct ComplaintPdfData
{
    QDate first; // the period, both days included: the cohort of the cases created in it
    QDate last;
    QTimeZone zone; // the store's: days, weeks and times on the pages
    complaints::ComplaintGrouping grouping = complaints::ComplaintGrouping::None;
    QList<complaints::ComplaintRow> rows; // the cohort grouped as `--by` groups it; empty without a grouping
    complaints::ComplaintCharts charts;   // the cohort's totals, Paretos, time to close, SLA per week
    // The open cases past their acknowledge or resolve due at generatedAt, whatever their creation date
    // (an action list, not a part of the cohort), most overdue first (then by id); within the request's
    // overdueScope.
    QList<complaints::CaseListRow> overdue;
    qint64 generatedAt = 0; // UTC seconds: the instant the clocks of the overdue cases are read at
};

// What readComplaintPdfData() reads.
struct ComplaintPdfRequest
{
    QDate first;
    QDate last;
    complaints::ComplaintGrouping grouping = complaints::ComplaintGrouping::None;
    // The store's now (live::feed::storeNow: a live feed's data time when the store has a feed).
    qint64 now = 0;
    // Which cases the overdue list may hold, as the list filters them (an agent's own cases, a team); empty:
    // every case of the store. overdueOnly is set here.
    complaints::CaseFilter overdueScope;
};

// Reads the PDF's data through the complaints models (the cohort, its grouping and charts, the
// overdue list page by page); runs no SQL of its own. Empty with *error on a database error or an
// invalid period.
std::optional<ComplaintPdfData> readComplaintPdfData(QSqlDatabase &db, const QTimeZone &zone,
                                                     const ComplaintPdfRequest &request, QString *error);

// The complaints report as a printable PDF: A4 portrait at 300 dpi, texts in the current language.
// First the summary page: the title with the period, the generation time and the time zone; the
// cohort's figures (cli.md's columns by name); four charts painted with QPainter (the Pareto of
// categories and of root causes, bars of cases and their cumulative share on a 0–100 % right axis;
// the time from creation to closing; acknowledged and resolved on time per week), each with its
// colours' key; then, with a grouping, the grouped table (continued on further pages). Then the
// overdue cases (id, priority, state, owner, summary, created, due, overdue by), continued as
// needed, or "No overdue cases". Every page has a footer with its number and the generation time.
// Written to path.partial and renamed over path when complete (pdf::writePdf); on failure nothing
// is left behind and *error says why. Needs a QGuiApplication.
bool writeComplaintPdf(const ComplaintPdfData &data, const QString &path, QString *error);

// Pages writeComplaintPdf() writes for data.
int complaintPageCount(const ComplaintPdfData &data);
// The first page of the overdue cases (the pages before it are the summary's).
int complaintOverduePage(const ComplaintPdfData &data);
// One page (0 = the summary) painted as writeComplaintPdf() paints it, on a white A4 image of dpi dots
// per inch: for previews and the documentation's screenshots.
QImage renderComplaintPage(const ComplaintPdfData &data, int page, int dpi);
// The same page on any paint device (a preview, a recorder of its texts): the painter's origin at the
// content's top left, dpi its dots per inch.
void paintComplaintPage(QPainter &painter, const ComplaintPdfData &data, int page, int dpi);

} // namespace kefu::ui
