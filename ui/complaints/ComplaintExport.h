#pragma once

#include "auth/Session.h"
#include "complaints/CaseList.h"
#include "complaints/ComplaintReport.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariantMap>

namespace kefu::ui {

// What `kefudesk report complaints --out FILE` and the complaints pane's Export… write: one function
// for both, so that the two files are the same.
struct ComplaintExportRequest
{
    QString path;
    QDate first; // local days of the store, both included: the cohort of the cases created in them
    QDate last;
    complaints::ComplaintGrouping grouping = complaints::ComplaintGrouping::None;
    QString format;      // csv, json, xlsx or pdf; empty: from the file's extension (csv for any other)
    qint64 now = 0;      // the store's now (live::feed::storeNow): the PDF's overdue cases are read at it
    complaints::CaseFilter overdueScope; // the cases the PDF's overdue list may hold (an agent's own); empty: all
    QVariantMap details; // more for the audit record (the command line's command and user)
};

// What was written.
struct ComplaintExportSummary
{
    QString format;
    int rows = 0;    // the table's rows (the PDF: the groups of --by, 0 without one)
    int pages = 0;   // the PDF's pages
    int overdue = 0; // the PDF's overdue cases
};

// The format a request asks for: csv, json, xlsx or pdf.
QString complaintExportFormat(const ComplaintExportRequest &request);

// Writes the complaint report of the period to request.path with its audit record (both or neither):
// the table of cli.md's columns as CSV, JSON or an XLSX sheet, or the PDF (a summary page with the
// charts, the table by grouping, then the overdue cases). Runs on any thread with that thread's
// connection (the PDF needs a QGuiApplication). False with *error on failure.
bool exportComplaintReport(QSqlDatabase &db, const QTimeZone &zone, const Session &session,
                           const ComplaintExportRequest &request, QString *error,
                           ComplaintExportSummary *summary = nullptr);

} // namespace kefu::ui
