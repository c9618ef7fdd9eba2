#include "ReportCommands.h"

#include "agents/Teams.h"

#include "CommandSupport.h"
#include "live/FeedStatus.h"

#include "shell/Gui.h"
#include "auth/AuditedExport.h"
#include "auth/UserDirectory.h"
#include "complaints/ComplaintExport.h"
#include "complaints/ComplaintReport.h"
#include "core/Logging.h"
#include "exporting/TableWriter.h"
#include "metrics/AgentMetrics.h"
#include "metrics/ErlangC.h"
#include "metrics/ReportTable.h"
#include "metrics/ServiceMetrics.h"
#include "scorecards/ScorecardPdf.h"
#include "scorecards/ScorecardBook.h"
#include "scorecards/ScorecardXlsx.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

namespace kefu::app {

namespace {

enum class Format { Csv, Json, Xlsx, Pdf };

// --format: csv or json, and xlsx and pdf where the command allows them (report; the caller refuses
// pdf for a report that has none).
std::optional<Format> formatFrom(const QString &value, bool xlsxAllowed, QString *error)
{
    const QString v = value.toLower();
    if (v == QLatin1String("csv"))
        return Format::Csv;
    if (v == QLatin1String("json"))
        return Format::Json;
    if (v == QLatin1String("xlsx") && xlsxAllowed)
        return Format::Xlsx;
    if (v == QLatin1String("pdf") && xlsxAllowed)
        return Format::Pdf;
    if (xlsxAllowed)
        *error = tr("--format: %1 is not csv, json, xlsx or pdf").arg(value);
    else
        *error = tr("--format: %1 is not csv or json").arg(value);
    return std::nullopt;
}

// The format an --out file's extension selects when --format is not given.
QString formatOfFileName(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return QStringLiteral("pdf");
    if (io::TableWriter::formatForFileName(fileName) == io::TableWriter::Format::Xlsx)
        return QStringLiteral("xlsx");
    return QStringLiteral("csv");
}

// The value of option name in args, given as "--name value" or "--name=value" (empty when absent).
QString optionValue(const QStringList &args, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == option && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(option + QLatin1Char('=')))
            return args.at(i).mid(option.size() + 1);
    }
    return {};
}

// A date written YYYY-MM-DD, or nothing.
std::optional<QDate> dateFrom(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// A number, optionally with a trailing % for the percentages.
std::optional<double> numberFrom(QString text, bool allowPercentSign)
{
    text = text.trimmed();
    if (allowPercentSign && text.endsWith(QLatin1Char('%')))
        text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Writes bytes to the standard output.
bool writeOutput(const QByteArray &bytes, QString *error)
{
    out().flush();
    if (std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout) !=
            static_cast<std::size_t>(bytes.size()) ||
        std::fflush(stdout) != 0) {
        *error = tr("could not write to the standard output");
        return false;
    }
    return true;
}

// Writes bytes to a new file at path (a temporary file of audit::exportFile).
bool writeFile(const QByteArray &bytes, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.close();
    return true;
}

// The audit log's name for the command line when nobody signs in: not a person, and (with its space)
// never a user's name, as "kefudesk simulate" is for the feed.
const QString CommandLineActor = QStringLiteral("kefudesk report");

// Who an export to a file is recorded as (docs/decisions.md "Structure (issue 11)"): the one person of
// a single-user store; on a store with users, whoever signs in with --user, else the command line
// itself with the operating system's user added to *details. Reading needs no sign-in, so neither
// does an export.
std::optional<Session> exportSession(Store &store, const QCommandLineParser &parser, const GlobalOptions &global,
                                     QVariantMap *details, QString *error)
{
    if (!parser.isSet(global.user) && UserDirectory(store.database()).hasUsers()) {
        details->insert(QStringLiteral("os_user"), Session::singleUser().userName());
        return Session::signedIn(0, CommandLineActor, Role::Agent);
    }
    std::optional<Session> session = signInForChange(store, parser, global, error);
    if (session && !session->require(Permission::ExportData, error))
        return std::nullopt;
    return session;
}

// Says on stderr where an export went and that it is in the audit log; stdout keeps "Wrote …".
void tellAudited(const QString &command, const QString &path, const Session &session)
{
    err() << QStringLiteral("kefudesk %1: ").arg(command)
          << tr("wrote %1; the export is recorded in the audit log (data.export, by %2).")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), session.userName())
          << '\n';
    err().flush();
}

} // namespace

const char *reportSynopsis()
{
    return "agents|service|complaints --from D --to D [--by day|interval|hour | category|root_cause|owner|team] "
           "[--channel C] [--team T] [--format csv|json|xlsx|pdf] [--out FILE] [--lang zh_CN|en]";
}

bool reportWritesPdf(const QStringList &args)
{
    const QString format = optionValue(args, QStringLiteral("format"));
    if (!format.isEmpty())
        return format.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    return formatOfFileName(optionValue(args, QStringLiteral("out"))) == QLatin1String("pdf");
}

const char *staffingSynopsis()
{
    return "--arrivals N --interval-min M --aht S --target-sl P --target-s T [--max-occupancy P] "
           "[--shrinkage P] [--concurrency K] [--format csv|json]";
}

int runReport(const QStringList &args)
{
    const QString name = QStringLiteral("report");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("agents (scorecards), service (service level) or complaints (the complaint loop)."));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day of the period (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last day of the period, included (YYYY-MM-DD)."),
                                tr("DATE"));
    const QCommandLineOption by(QStringLiteral("by"),
                                tr("service: one row per day, interval (the store's 15, 30 or 60 minutes) or hour, "
                                   "and channel (default day). complaints: one row per category, root_cause, owner "
                                   "or team (the team of the agent the complaint is about); default one row, all."),
                                tr("BUCKET"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("service: only chat, phone, email or social."),
                                     tr("CHANNEL"));
    const QCommandLineOption team(QStringLiteral("team"), tr("agents: only this team."), tr("TEAM"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("csv, json, xlsx or pdf. xlsx: an Excel workbook (agents: one sheet per view: scorecards, components, "
           "weekly trends, definitions); pdf (agents and complaints): a printable A4 report; agents: a team summary "
           "page and one page per agent with charts; complaints: a summary page with the figures and charts, the "
           "table by --by, then the overdue cases. Both need --out. Default: from the --out file's extension (.xlsx, "
           ".pdf), csv otherwise."),
        tr("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Write to this file instead of the standard output."),
                                     tr("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the xlsx and pdf texts: zh_CN or en (default: the language chosen "
                                     "in the window, else the system's)."),
                                  tr("LANG"));
    parser.addOptions({from, to, by, channel, team, format, outFile, lang});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, name, reportSynopsis(), tr("Service-level report, agent scorecards and the complaint report."),
                      &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(name, tr("say which report: agents, service or complaints"));
    if (positional.size() > 1)
        return usageError(name, tr("unexpected argument %1").arg(positional.at(1)));
    const QString kind = positional.constFirst();
    if (kind != QLatin1String("agents") && kind != QLatin1String("service") && kind != QLatin1String("complaints"))
        return usageError(name, tr("%1 is not a report: agents, service or complaints").arg(kind));
    const bool service = kind == QLatin1String("service");
    const bool complaints = kind == QLatin1String("complaints");
    if (!(kind == QLatin1String("agents")) && parser.isSet(team))
        return usageError(name, tr("--team applies to report agents"));
    if (kind == QLatin1String("agents") && parser.isSet(by))
        return usageError(name, tr("--by applies to report service and report complaints"));
    if (!service && parser.isSet(channel))
        return usageError(name, tr("--channel applies to report service"));
    std::optional<complaints::ComplaintGrouping> grouping;
    if (complaints) {
        grouping = complaints::complaintGroupingFromText(parser.value(by));
        if (!grouping)
            return usageError(name, tr("--by: %1 is not category, root_cause, owner or team").arg(parser.value(by)));
    }

    QString error;
    const QString formatName = parser.isSet(format) ? parser.value(format) : formatOfFileName(parser.value(outFile));
    const std::optional<Format> outputFormat = formatFrom(formatName, true, &error);
    if (!outputFormat)
        return usageError(name, error);
    if (*outputFormat == Format::Pdf && service)
        return usageError(name, tr("--format pdf is written for report agents and report complaints; use csv, json or "
                                   "xlsx here"));
    if (*outputFormat == Format::Xlsx && !parser.isSet(outFile))
        return usageError(name, tr("--format xlsx writes an Excel workbook, which needs a file: add --out FILE.xlsx"));
    if (*outputFormat == Format::Pdf && !parser.isSet(outFile))
        return usageError(name, tr("--format pdf writes a PDF document, which needs a file: add --out FILE.pdf"));
    if (parser.isSet(lang) && parser.value(lang) != QLatin1String("zh_CN") && parser.value(lang) != QLatin1String("en"))
        return usageError(name, tr("--lang: %1 is not zh_CN or en").arg(parser.value(lang)));
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(name, tr("--from and --to are required (YYYY-MM-DD, both days included)"));
    const std::optional<QDate> first = dateFrom(parser.value(from));
    if (!first)
        return usageError(name, tr("--from: %1 is not a date (YYYY-MM-DD)").arg(parser.value(from)));
    const std::optional<QDate> last = dateFrom(parser.value(to));
    if (!last)
        return usageError(name, tr("--to: %1 is not a date (YYYY-MM-DD)").arg(parser.value(to)));
    if (*last < *first)
        return usageError(name, tr("--to %1 is before --from %2").arg(parser.value(to), parser.value(from)));

    ServiceReportOptions serviceOptions;
    if (service) {
        const QString bucket = parser.isSet(by) ? parser.value(by) : QStringLiteral("day");
        if (bucket == QLatin1String("day"))
            serviceOptions.by = ServiceBucket::Day;
        else if (bucket == QLatin1String("interval"))
            serviceOptions.by = ServiceBucket::Interval;
        else if (bucket == QLatin1String("hour"))
            serviceOptions.by = ServiceBucket::Hour;
        else
            return usageError(name, tr("--by: %1 is not day, interval or hour").arg(bucket));
        if (parser.isSet(channel)) {
            serviceOptions.channel = channelFromText(parser.value(channel));
            if (!serviceOptions.channel)
                return usageError(name,
                                  tr("--channel: %1 is not chat, phone, email or social (or 在线, 电话, 邮件, 社交媒体)")
                                      .arg(parser.value(channel)));
        }
    }

    // An export to a file writes its audit record, so the store is opened for writing then (docs/decisions.md
    // "Exports": a store opened read-only cannot export); the standard output is not a file and reads only.
    const bool toFile = parser.isSet(outFile);
    std::unique_ptr<Store> store = openStore(parser, global, name, !toFile, &exitCode);
    if (!store)
        return exitCode;
    if (store->needsUpgrade())
        return failure(name, tr("the store %1 was written by an older KefuDesk; open it once in the window (or with a "
                                "command that writes) to upgrade it, then report.")
                                 .arg(store->path()));
    const std::optional<ReportPeriod> period = ReportPeriod::fromDates(*first, *last, store->timeZone());
    if (!period)
        return usageError(name, tr("no period from %1 to %2").arg(parser.value(from), parser.value(to)));

    QSqlDatabase db = store->database();
    if (parser.isSet(team)) {
        // A misspelt team would give a report with a header and no agent: say so instead.
        const QStringList teams = agents::teamNames(db);
        if (!teams.contains(parser.value(team)))
            return failure(name, tr("--team: the store has no team %1; its teams: %2")
                                     .arg(parser.value(team),
                                          teams.isEmpty() ? tr("none") : teams.join(QStringLiteral(", "))));
    }
    const QString path = parser.value(outFile);
    QVariantMap details{{QStringLiteral("command"), QString(QStringLiteral("report ") + kind)},
                        {QStringLiteral("from"), first->toString(Qt::ISODate)},
                        {QStringLiteral("to"), last->toString(Qt::ISODate)}};
    std::optional<Session> session;
    if (toFile) {
        session = exportSession(*store, parser, global, &details, &error);
        if (!session)
            return failure(name, error);
    }
    // The store's now: a live feed's data time when the store has a feed, as the panes use.
    const qint64 now = live::feed::storeNow(db, QDateTime::currentSecsSinceEpoch());
    if (kind == QLatin1String("agents") && (*outputFormat == Format::Xlsx || *outputFormat == Format::Pdf)) {
        // The scorecard book: the agents, the team pooled, the component means, 12 weeks of trends.
        ui::applyLanguage(parser.value(lang));
        scorecards::BookOptions options;
        options.first = *first;
        options.last = *last;
        options.team = parser.value(team);
        options.now = now;
        options.trendWeeks = 12;
        const std::optional<scorecards::ScorecardBook> book =
            scorecards::buildBook(db, store->timeZone(), options, &error);
        if (!book)
            return failure(name, error);
        const bool pdf = *outputFormat == Format::Pdf;
        const auto write = [&](const QString &staged, QString *writeError) {
            return pdf ? ui::writeScorecardPdf(*book, staged, writeError)
                       : scorecards::writeScorecardXlsx(*book, staged, writeError);
        };
        details.insert(QStringLiteral("team"), options.team);
        details.insert(QStringLiteral("agents"), int(book->cards.size()));
        details.insert(QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx"));
        if (!audit::exportFile(db, *session, QStringLiteral("data.export"), QStringLiteral("scorecards"), details, path,
                               write, &error))
            return failure(name, error);
        out() << tr("Wrote %1 (%2 agents).").arg(QFileInfo(path).absoluteFilePath()).arg(book->cards.size()) << '\n';
        out().flush();
        tellAudited(name, path, *session);
        return ExitOk;
    }
    if (complaints && toFile) {
        // The same file as the complaints pane's Export… (ui/complaints/ComplaintExport).
        ui::applyLanguage(parser.value(lang));
        ui::ComplaintExportRequest request;
        request.path = path;
        request.first = *first;
        request.last = *last;
        request.grouping = *grouping;
        request.format = formatName.toLower();
        request.now = now;
        request.details = details;
        ui::ComplaintExportSummary written;
        if (!ui::exportComplaintReport(db, store->timeZone(), *session, request, &error, &written))
            return failure(name, error);
        if (written.format == QLatin1String("pdf"))
            out() << tr("Wrote %1 (%2 pages; %3 overdue cases).")
                         .arg(QFileInfo(path).absoluteFilePath())
                         .arg(written.pages)
                         .arg(written.overdue)
                  << '\n';
        else
            out() << tr("Wrote %1 (%2 rows).").arg(QFileInfo(path).absoluteFilePath()).arg(written.rows) << '\n';
        out().flush();
        tellAudited(name, path, *session);
        return ExitOk;
    }
    std::optional<ReportTable> table;
    if (complaints) {
        const QList<complaints::ComplaintRow> rows =
            complaints::ComplaintReport::read(db, period->startUtc(), period->endUtc(), *grouping, &error);
        if (!error.isEmpty())
            return failure(name, error);
        table = complaints::ComplaintReport::table(rows);
    } else if (service) {
        serviceOptions.now = now;
        const auto rows = ServiceMetrics::report(db, *period, serviceOptions, &error);
        if (!rows)
            return failure(name, error);
        table = ReportTable::service(*rows);
    } else {
        AgentReportOptions agentOptions;
        agentOptions.now = now;
        agentOptions.team = parser.value(team);
        const auto cards = AgentMetrics::report(db, *period, agentOptions, &error);
        if (!cards)
            return failure(name, error);
        table = ReportTable::agents(*cards);
    }
    if (!toFile) {
        const QByteArray bytes = *outputFormat == Format::Csv ? table->toCsv() : table->toJson();
        if (!writeOutput(bytes, &error))
            return failure(name, error);
        return ExitOk;
    }
    // The file and its audit record, both or neither; xlsx through the same writer as the window's exports.
    const auto write = [&](const QString &staged, QString *writeError) {
        if (*outputFormat == Format::Xlsx)
            return table->save(staged, io::TableWriter::Format::Xlsx, kind, writeError);
        return writeFile(*outputFormat == Format::Csv ? table->toCsv() : table->toJson(), staged, writeError);
    };
    if (service) {
        details.insert(QStringLiteral("by"), parser.isSet(by) ? parser.value(by) : QStringLiteral("day"));
        details.insert(QStringLiteral("channel"), parser.value(channel));
    } else {
        details.insert(QStringLiteral("team"), parser.value(team));
    }
    details.insert(QStringLiteral("rows"), table->rowCount());
    details.insert(QStringLiteral("format"), formatName.toLower());
    if (!audit::exportFile(db, *session, QStringLiteral("data.export"),
                           service ? QStringLiteral("service_level") : QStringLiteral("scorecards"),
                           details, path,
                           write, &error))
        return failure(name, error);
    out() << tr("Wrote %1 (%2 rows).").arg(QFileInfo(path).absoluteFilePath()).arg(table->rowCount()) << '\n';
    out().flush();
    tellAudited(name, path, *session);
    return ExitOk;
}

int runStaffing(const QStringList &args)
{
    const QString name = QStringLiteral("staffing");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption arrivals(QStringLiteral("arrivals"), tr("Contacts arriving in the interval."),
                                      QStringLiteral("N"));
    const QCommandLineOption intervalMinutes(QStringLiteral("interval-min"), tr("Length of the interval in minutes."),
                                             QStringLiteral("M"));
    const QCommandLineOption aht(QStringLiteral("aht"), tr("Average handle time in seconds."), QStringLiteral("S"));
    const QCommandLineOption targetSl(QStringLiteral("target-sl"),
                                      tr("Service-level target in percent (e.g. 80), below 100."), QStringLiteral("P"));
    const QCommandLineOption targetSeconds(QStringLiteral("target-s"), tr("Answer within this many seconds."),
                                           QStringLiteral("T"));
    const QCommandLineOption maxOccupancy(QStringLiteral("max-occupancy"), tr("Highest occupancy in percent."),
                                          QStringLiteral("P"));
    const QCommandLineOption shrinkage(QStringLiteral("shrinkage"),
                                       tr("Shrinkage in percent: time paid but not available (default 0)."),
                                       QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Contacts an agent handles at once, for chat (default 1)."),
                                         QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT"),
                                    QStringLiteral("csv"));
    parser.addOptions(
        {arrivals, intervalMinutes, aht, targetSl, targetSeconds, maxOccupancy, shrinkage, concurrency, format});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, name, staffingSynopsis(), tr("Agents needed for one interval, by Erlang C."),
                      &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
    QString error;
    const std::optional<Format> outputFormat = formatFrom(parser.value(format), false, &error);
    if (!outputFormat)
        return usageError(name, error);
    for (const QCommandLineOption *required : {&arrivals, &intervalMinutes, &aht, &targetSl, &targetSeconds}) {
        if (!parser.isSet(*required))
            return usageError(name, tr("--%1 is required").arg(required->names().constFirst()));
    }

    // Each value with its range; a message names the option and what it accepts.
    struct Check
    {
        const QCommandLineOption *option;
        bool percent;
        double minimum;
        bool minimumIncluded;
        double maximum;
        bool maximumIncluded;
        const char *range;
    };
    const QList<Check> checks = {
        {&arrivals, false, 0, true, 1e9, true, QT_TRANSLATE_NOOP("kefu::app", "0 or more")},
        {&intervalMinutes, false, 0, false, 1440, true, QT_TRANSLATE_NOOP("kefu::app", "above 0 and at most 1440")},
        {&aht, false, 0, false, 1e7, true, QT_TRANSLATE_NOOP("kefu::app", "above 0")},
        {&targetSl, true, 0, true, 100, false, QT_TRANSLATE_NOOP("kefu::app", "from 0 to below 100 (percent)")},
        {&targetSeconds, false, 0, true, 1e7, true, QT_TRANSLATE_NOOP("kefu::app", "0 or more")},
        {&maxOccupancy, true, 0, false, 100, true, QT_TRANSLATE_NOOP("kefu::app", "above 0 and at most 100 (percent)")},
        {&shrinkage, true, 0, true, 100, false, QT_TRANSLATE_NOOP("kefu::app", "from 0 to below 100 (percent)")},
        {&concurrency, false, 1, true, 100, true, QT_TRANSLATE_NOOP("kefu::app", "from 1 to 100")},
    };
    QHash<const QCommandLineOption *, double> values;
    for (const Check &c : checks) {
        if (!parser.isSet(*c.option) && c.option->defaultValues().isEmpty())
            continue;
        const QString text = parser.value(*c.option);
        const std::optional<double> v = numberFrom(text, c.percent);
        const bool inRange = v && (c.minimumIncluded ? *v >= c.minimum : *v > c.minimum) &&
                             (c.maximumIncluded ? *v <= c.maximum : *v < c.maximum);
        if (!inRange)
            return usageError(name, tr("--%1: %2 is not a number %3")
                                        .arg(c.option->names().constFirst(), text,
                                             QCoreApplication::translate("kefu::app", c.range)));
        // "--target-sl 0.8" means 80 %, not 0.8 %: a plain fraction is refused rather than misread.
        if (c.percent && *v > 0 && *v < 1 && !text.trimmed().endsWith(QLatin1Char('%')))
            return usageError(name, tr("--%1: %2 looks like a fraction; give percent, e.g. %3 (or %2% if you mean "
                                       "%2 percent)")
                                        .arg(c.option->names().constFirst(), text)
                                        .arg(*v * 100, 0, 'g', 4));
        values.insert(c.option, *v);
    }
    const std::optional<double> occupancyLimit =
        values.contains(&maxOccupancy) ? std::optional<double>(values.value(&maxOccupancy) / 100.0) : std::nullopt;
    const std::optional<ErlangC::Staffing> staffing =
        ErlangC::requiredAgents(values.value(&arrivals), values.value(&intervalMinutes) * 60.0, values.value(&aht),
                                values.value(&targetSl) / 100.0, values.value(&targetSeconds), occupancyLimit,
                                values.value(&shrinkage) / 100.0, values.value(&concurrency));
    if (!staffing)
        return failure(name, tr("no number of agents reaches this target; check the figures."));
    const ReportTable table = ReportTable::staffing(*staffing);
    if (!writeOutput(*outputFormat == Format::Csv ? table.toCsv() : table.toJson(), &error))
        return failure(name, error);
    return ExitOk;
}

} // namespace kefu::app
