#include "Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace kefu::logging {

namespace {

QString g_dir;

void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

QString logDirectory()
{
    return g_dir;
}

void initialise(const QString &dir, bool console)
{
    g_dir = dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                + QStringLiteral("/logs")
                          : dir;
    std::vector<spdlog::sink_ptr> sinks;
    if (QDir().mkpath(g_dir)) {
        try {
            const QString file = QDir(g_dir).filePath(QStringLiteral("kefudesk.log"));
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(),
                                                                                   5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log folder must not stop the application; the console sink still works.
        }
    }
#ifndef NDEBUG
    console = true;
#endif
    if (console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>("kefudesk", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
}

void info(const QString &message)
{
    spdlog::info("{}", message.toStdString());
}

void warn(const QString &message)
{
    spdlog::warn("{}", message.toStdString());
}

void error(const QString &message)
{
    spdlog::error("{}", message.toStdString());
}

} // namespace kefu::logging
