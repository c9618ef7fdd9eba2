#include "ComplaintExport.h"

#include "ComplaintPdf.h"
#include "auth/AuditedExport.h"
#include "metrics/ReportPeriod.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kefu::ui {

namespace {

QString groupingText(complaints::ComplaintGrouping g)
{
    switch (g) {
    case complaints::ComplaintGrouping::None:
        return QStringLiteral("all");
    case complaints::ComplaintGrouping::Category:
        return QStringLiteral("category");
    case complaints::ComplaintGrouping::RootCause:
        return QStringLiteral("root_cause");
    case complaints::ComplaintGrouping::Owner:
        return QStringLiteral("owner");
    case complaints::ComplaintGrouping::Team:
        return QStringLiteral("team");
    }
    return QStringLiteral("all");
}

bool writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

QString complaintExportFormat(const ComplaintExportRequest &request)
{
    if (!request.format.isEmpty())
        return request.format.toLower();
    const QString suffix = QFileInfo(request.path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("pdf") || suffix == QLatin1String("json"))
        return suffix;
    return QStringLiteral("csv");
}

bool exportComplaintReport(QSqlDatabase &db, const QTimeZone &zone, const Session &session,
                           const ComplaintExportRequest &request, QString *error, ComplaintExportSummary *summary)
{
    const auto period = ReportPeriod::fromDates(request.first, request.last, zone);
    if (!period) {
        if (error)
            *error = QCoreApplication::translate("kefu::ui::ComplaintExport", "no period from %1 to %2")
                         .arg(request.first.toString(Qt::ISODate), request.last.toString(Qt::ISODate));
        return false;
    }
    ComplaintExportSummary done;
    done.format = complaintExportFormat(request);
    QVariantMap details = request.details;
    details.insert(QStringLiteral("from"), request.first.toString(Qt::ISODate));
    details.insert(QStringLiteral("to"), request.last.toString(Qt::ISODate));
    details.insert(QStringLiteral("by"), groupingText(request.grouping));
    details.insert(QStringLiteral("format"), done.format);
    bool ok = false;
    if (done.format == QLatin1String("pdf")) {
        // The summary with its charts, the table by grouping, the overdue cases at the store's now.
        ComplaintPdfRequest pdf;
        pdf.first = request.first;
        pdf.last = request.last;
        pdf.grouping = request.grouping;
        pdf.now = request.now;
        pdf.overdueScope = request.overdueScope;
        const std::optional<ComplaintPdfData> data = readComplaintPdfData(db, zone, pdf, error);
        if (!data)
            return false;
        done.rows = int(data->rows.size());
        done.pages = complaintPageCount(*data);
        done.overdue = int(data->overdue.size());
        details.insert(QStringLiteral("rows"), done.rows);
        details.insert(QStringLiteral("overdue"), done.overdue);
        ok = audit::exportFile(db, session, QStringLiteral("data.export"), QStringLiteral("complaints"), details,
                               request.path,
                               [&](const QString &staged, QString *writeError) {
                                   return writeComplaintPdf(*data, staged, writeError);
                               },
                               error);
    } else {
        QString readError;
        const QList<complaints::ComplaintRow> grouped =
            complaints::ComplaintReport::read(db, period->startUtc(), period->endUtc(), request.grouping, &readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return false;
        }
        const ReportTable table = complaints::ComplaintReport::table(grouped);
        done.rows = table.rowCount();
        details.insert(QStringLiteral("rows"), done.rows);
        const QString format = done.format;
        ok = audit::exportFile(db, session, QStringLiteral("data.export"), QStringLiteral("complaints"), details,
                               request.path,
                               [&](const QString &staged, QString *writeError) {
                                   if (format == QLatin1String("xlsx"))
                                       return table.save(staged, io::TableWriter::Format::Xlsx,
                                                         QStringLiteral("complaints"), writeError);
                                   return writeBytes(format == QLatin1String("json") ? table.toJson() : table.toCsv(),
                                                     staged, writeError);
                               },
                               error);
    }
    if (ok && summary)
        *summary = done;
    return ok;
}

} // namespace kefu::ui
