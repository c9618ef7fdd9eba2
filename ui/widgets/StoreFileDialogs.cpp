#include "StoreFileDialogs.h"

#include "core/Logging.h"
#include "demo/DemoGenerator.h"
#include "store/StoreWorker.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>

#include <atomic>

namespace kefu::ui {

namespace {

QString storeFilter()
{
    return StoreFileDialogs::tr("KefuDesk stores (*.sqlite *.db *.kefudesk);;All files (*)");
}

// A new file name, refusing existing files: creating a store never replaces anything.
QString askNewStorePath(QWidget *parent, const QString &title, const QString &suggestedName)
{
    const QString folder = StoreFileDialogs::defaultFolder();
    QDir().mkpath(folder);
    QString suggestion = QDir(folder).filePath(suggestedName);
    for (int n = 2; QFileInfo::exists(suggestion) && n < 100; ++n)
        suggestion =
            QDir(folder).filePath(QFileInfo(suggestedName).completeBaseName() + QStringLiteral("-%1.sqlite").arg(n));
    for (;;) {
        QString path = QFileDialog::getSaveFileName(parent, title, suggestion, storeFilter(), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".sqlite");
        if (!QFileInfo::exists(path))
            return path;
        QMessageBox::warning(parent, title,
                             StoreFileDialogs::tr("The file %1 already exists. KefuDesk does not overwrite files: "
                                                  "choose a new name, or open the existing store instead.")
                                 .arg(QDir::toNativeSeparators(path)));
        suggestion = path;
    }
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

struct DemoResult
{
    bool ok = false;
    QString error;
};

} // namespace

QString StoreFileDialogs::defaultFolder()
{
    return QDir::home().filePath(QStringLiteral("KefuDesk"));
}

void StoreFileDialogs::showOpenError(QWidget *parent, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("The store could not be opened"), reason, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("storeErrorBox"));
    box.exec();
}

std::unique_ptr<Store> StoreFileDialogs::open(QWidget *parent, const QString &path, const StoreOptions &options)
{
    QString error;
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    if (!store) {
        logging::warn(QStringLiteral("Opening the store %1 failed: %2").arg(path, error));
        showOpenError(parent, error);
    }
    return store;
}

std::unique_ptr<Store> StoreFileDialogs::chooseAndOpen(QWidget *parent, const StoreOptions &base)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open store"), defaultFolder(), storeFilter());
    if (path.isEmpty())
        return {};
    StoreOptions options = base;
    options.create = false;
    return open(parent, path, options);
}

std::unique_ptr<Store> StoreFileDialogs::chooseAndCreateEmpty(QWidget *parent, const StoreOptions &base)
{
    const QString path = askNewStorePath(parent, tr("New store"), QStringLiteral("kefudesk.sqlite"));
    if (path.isEmpty())
        return {};
    StoreOptions options = base;
    options.create = true;
    options.readOnly = false;
    return open(parent, path, options);
}

std::unique_ptr<Store> StoreFileDialogs::chooseAndCreateDemo(QWidget *parent, const StoreOptions &base)
{
    const QString path = askNewStorePath(parent, tr("Create demo store"), QStringLiteral("demo.sqlite"));
    if (path.isEmpty())
        return {};
    return createDemo(parent, path, base);
}

std::unique_ptr<Store> StoreFileDialogs::createDemo(QWidget *parent, const QString &path, const StoreOptions &base)
{
    StoreOptions options = base;
    options.create = true;
    options.readOnly = false;
    const bool existedBefore = QFileInfo::exists(path);
    QString error;
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    if (!store) {
        showOpenError(parent, error);
        return {};
    }
    auto discard = [&store, &path, existedBefore] {
        store.reset();
        if (!existedBefore)
            removeStoreFiles(path);
    };
    {
        QSqlDatabase db = store->database();
        QString emptyError;
        if (!DemoGenerator::storeIsEmpty(db, &emptyError)) {
            const QString reason = emptyError.isEmpty()
                                       ? tr("The store %1 already holds data. Demo data goes into a new, empty "
                                            "store only; nothing was changed.")
                                             .arg(QDir::toNativeSeparators(store->path()))
                                       : emptyError;
            discard();
            showOpenError(parent, reason);
            return {};
        }
    }

    const DemoOptions demoOptions;
    QProgressDialog progress(
        tr("Creating the demo store: %1 agents, %2 days of history…").arg(demoOptions.agents).arg(demoOptions.days),
        tr("Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Create demo store"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::atomic_bool cancel = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel, &progress] {
        cancel = true;
        progress.setLabelText(tr("Cancelling…"));
    });

    const QTimeZone zone = store->timeZone();
    const Store &target = *store;
    QProgressDialog *dialog = &progress; // outlives the worker: the loop below waits for it
    QFutureWatcher<DemoResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<DemoResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(runOnWorker(
        target,
        [zone, demoOptions, &cancel, dialog](QSqlDatabase &db) {
            DemoResult result;
            DemoGenerator generator(db, zone, demoOptions);
            const DemoGenerator::Progress report = [&cancel, dialog](int percent, const QString &stage) {
                QMetaObject::invokeMethod(
                    dialog,
                    [dialog, percent, stage, &cancel] {
                        if (dialog->wasCanceled()) {
                            cancel = true; // also when cancelled by Escape or closing, not only the button
                            return;
                        }
                        dialog->setValue(percent);
                        if (!stage.isEmpty())
                            dialog->setLabelText(stage);
                    },
                    Qt::QueuedConnection);
                return !cancel.load();
            };
            result.ok = generator.run(report, &result.error);
            return result;
        },
        [](const QString &reason) {
            DemoResult result;
            result.error = reason;
            return result;
        }));
    if (!watcher.isFinished())
        loop.exec();
    const DemoResult result = watcher.result();
    progress.hide();

    if (cancel.load()) {
        discard();
        logging::info(QStringLiteral("Creating the demo store %1 was cancelled").arg(path));
        return {};
    }
    if (!result.ok) {
        discard();
        logging::warn(QStringLiteral("Creating the demo store %1 failed: %2").arg(path, result.error));
        QMessageBox::warning(parent, tr("Create demo store"),
                             tr("The demo store could not be created: %1").arg(result.error));
        return {};
    }
    logging::info(QStringLiteral("Created the demo store %1").arg(store->path()));
    return store;
}

} // namespace kefu::ui
