#include "Gui.h"

#include "Appearance.h"
#include "users/FirstAdminDialog.h"
#include "FirstStartDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "widgets/Pane.h"
#include "PaneRegistry.h"
#include "RecentStores.h"
#include "widgets/Resources.h"
#include "widgets/StoreFileDialogs.h"
#include "core/Logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QImageWriter>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

namespace kefu::ui {

namespace {

// How long a screenshot waits for a pane's background loading before giving up.
constexpr int ReadyTimeoutMs = 120000;

// The texts of this file, in their own translation context.
class GuiText final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::Gui)
};

// A store to work in, with the session of its first administrator when one was just added.
struct StartingStore
{
    std::unique_ptr<Store> store;
    std::optional<Session> session;
};

// A store just created empty asks for its first administrator; without one it stays single-user.
StartingStore withFirstAdmin(std::unique_ptr<Store> store, QWidget *parent)
{
    StartingStore start;
    if (store && store->wasCreated())
        start.session = FirstAdminDialog::ask(*store, parent);
    start.store = std::move(store);
    return start;
}

// The first-start dialog until the user has a store or quits.
StartingStore chooseStore(const GuiOptions &options)
{
    for (;;) {
        FirstStartDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return {};
        std::unique_ptr<Store> store;
        switch (dialog.choice()) {
        case FirstStartDialog::Choice::CreateDemo:
            store = StoreFileDialogs::chooseAndCreateDemo(&dialog, options.storeOptions);
            break;
        case FirstStartDialog::Choice::CreateEmpty:
            if ((store = StoreFileDialogs::chooseAndCreateEmpty(&dialog, options.storeOptions)))
                return withFirstAdmin(std::move(store), &dialog);
            break;
        case FirstStartDialog::Choice::OpenExisting:
            store = StoreFileDialogs::chooseAndOpen(&dialog, options.storeOptions);
            break;
        case FirstStartDialog::Choice::None:
            return {};
        }
        if (store)
            return {std::move(store), std::nullopt};
    }
}

// The store to start with: the one given, else the most recent that still exists, else the
// first-start dialog until the user has a store or quits.
StartingStore startingStore(const GuiOptions &options)
{
    std::unique_ptr<Store> store;
    if (!options.storePath.isEmpty()) {
        StoreOptions storeOptions = options.storeOptions;
        if (!QFileInfo::exists(options.storePath) && !storeOptions.readOnly) {
            const auto answer = QMessageBox::question(
                nullptr, GuiText::tr("KefuDesk"),
                GuiText::tr("The store %1 does not exist yet. Create a new, empty store there?")
                    .arg(QDir::toNativeSeparators(QFileInfo(options.storePath).absoluteFilePath())));
            storeOptions.create = answer == QMessageBox::Yes;
        }
        if (QFileInfo::exists(options.storePath) || storeOptions.create)
            store = StoreFileDialogs::open(nullptr, options.storePath, storeOptions);
    } else {
        const QString recent = RecentStores::mostRecentExisting();
        if (!recent.isEmpty()) {
            StoreOptions storeOptions = options.storeOptions;
            storeOptions.create = false;
            store = StoreFileDialogs::open(nullptr, recent, storeOptions);
        }
    }
    if (store)
        return withFirstAdmin(std::move(store), nullptr);
    return chooseStore(options);
}

} // namespace

int runDesktop(QApplication &app, const GuiOptions &options)
{
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kefudesk.svg")));
    applyAppearance(savedAppearance());
    applyLanguage(options.language);

    StartingStore start = startingStore(options);
    for (;;) {
        if (!start.store)
            return 0;
        logging::info(QStringLiteral("Opened the store %1 (%2 mode)")
                          .arg(start.store->path(), Store::modeName(start.store->mode())));
        MainWindow::Options windowOptions;
        windowOptions.storeOptions = options.storeOptions;
        windowOptions.storeOptions.create = false;
        windowOptions.session = std::move(start.session);
        bool signInCancelled = false;
        {
            MainWindow window(std::move(start.store), windowOptions);
            QObject::connect(&window, &MainWindow::signInCancelled, &window, [&signInCancelled] {
                signInCancelled = true;
                QCoreApplication::exit(0);
            });
            window.show();
            const int result = app.exec();
            if (!signInCancelled)
                return result;
        }
        // Cancelling the sign-in closed that store: back to the choice of a store, where Quit quits.
        start = chooseStore(options);
    }
}

bool renderScreenshot(const QString &storePath, const StoreOptions &storeOptions, const QString &pane,
                      const QSize &size, const QString &outFile, QString *error, const QString &item)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(GuiText::tr("a screenshot needs a QApplication"));
    if (outFile.isEmpty())
        return fail(GuiText::tr("no output file was given"));

    const PaneRegistry &registry = PaneRegistry::instance();
    const bool wholeWindow = pane.isEmpty() || pane == QLatin1String("window");
    if (!wholeWindow && !registry.find(pane)) {
        return fail(
            GuiText::tr("pane %1 is not available in this version; available: %2")
                .arg(pane, (QStringList{QStringLiteral("window")} + registry.ids()).join(QStringLiteral(", "))));
    }

    QString openError;
    std::unique_ptr<Store> store = Store::open(storePath, storeOptions, &openError);
    if (!store)
        return fail(openError);

    MainWindow::Options options;
    options.interactive = false; // also: no sign-in; the window reads the store as a single-user store
    options.storeOptions = storeOptions;
    MainWindow window(std::move(store), options);
    // The store's health as a user's window shows it (a damaged store's banner and status), checked
    // while the pane loads.
    window.startHealthCheck();
    const QString paneId = wholeWindow ? (registry.ids().isEmpty() ? QString() : registry.ids().constFirst()) : pane;
    QWidget *widget = paneId.isEmpty() ? nullptr : window.showPane(paneId);
    if (!paneId.isEmpty() && !widget)
        return fail(GuiText::tr("pane %1 could not be created").arg(paneId));

    const QSize target = size.isValid() && !size.isEmpty() ? size : QSize(1280, 800);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(target);
    window.show();

    if (auto *p = qobject_cast<Pane *>(widget); p && !item.isEmpty())
        p->showItem(item);
    if (auto *p = qobject_cast<Pane *>(widget); p && !p->isReady()) {
        QEventLoop loop;
        QObject::connect(p, &Pane::ready, &loop, &QEventLoop::quit);
        QTimer::singleShot(ReadyTimeoutMs, &loop, &QEventLoop::quit);
        if (!p->isReady())
            loop.exec();
        if (!p->isReady())
            return fail(GuiText::tr("pane %1 did not finish loading its data in %2 seconds")
                            .arg(paneId)
                            .arg(ReadyTimeoutMs / 1000));
    }
    if (!window.healthKnown()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::healthChecked, &loop, &QEventLoop::quit);
        QTimer::singleShot(ReadyTimeoutMs, &loop, &QEventLoop::quit);
        if (!window.healthKnown())
            loop.exec();
    }
    // Let layouts settle and deferred updates land before grabbing.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    window.resize(target);
    QCoreApplication::processEvents();

    const QImage image = window.grab().toImage();
    QImageWriter writer(outFile, "png");
    if (!writer.write(image))
        return fail(GuiText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(outFile), writer.errorString()));
    logging::info(
        QStringLiteral("Screenshot of %1 written to %2").arg(wholeWindow ? QStringLiteral("window") : pane, outFile));
    return true;
}

} // namespace kefu::ui
