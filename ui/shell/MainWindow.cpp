#include "MainWindow.h"

#include "Appearance.h"
#include "users/AuditLogDialog.h"
#include "qa/QaFormsDialog.h"
#include "store/StoreSettings.h"
#include "store/StoreWorker.h"
#include "qa/QaReviewsDialog.h"
#include "users/FirstAdminDialog.h"
#include "Gui.h"
#include "importing/ImportWizard.h"
#include "Language.h"
#include "widgets/Pane.h"
#include "PaneRegistry.h"
#include "users/PermissionLabels.h"
#include "RecentStores.h"
#include "StoreBanner.h"
#include "widgets/Resources.h"
#include "users/SignInDialog.h"
#include "widgets/StoreFileDialogs.h"
#include "widgets/StoreLabels.h"
#include "settings/StoreSettingsDialog.h"
#include "users/UsersDialog.h"
#include "auth/UserDirectory.h"
#include "core/Formats.h"
#include "core/Logging.h"
#include "widgets/ElidedLabel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QDateTime>

namespace kefu::ui {

namespace {

const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString StateKey = QStringLiteral("ui/mainWindowState");
const QString LastPaneKey = QStringLiteral("ui/lastPane");
constexpr int PaneIdRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : MainWindow(std::move(store), Options(), parent)
{}

MainWindow::MainWindow(std::unique_ptr<Store> store, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_options(options)
{
    Q_ASSERT(m_store);
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kefudesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildNavigation();
    layout->addWidget(m_navigation->parentWidget());
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    // What a signed-out window shows instead of the panes: nothing of the store's data.
    m_signedOutPage = new QWidget(m_stack);
    m_signedOutPage->setObjectName(QStringLiteral("signedOutPage"));
    auto *signedOutLayout = new QVBoxLayout(m_signedOutPage);
    m_signedOutText = new QLabel(m_signedOutPage);
    m_signedOutText->setAlignment(Qt::AlignCenter);
    m_signedOutText->setWordWrap(true);
    m_signedOutText->setForegroundRole(QPalette::PlaceholderText);
    signedOutLayout->addWidget(m_signedOutText);
    m_stack->addWidget(m_signedOutPage);
    // The banner says at once when the store is damaged or read-only, above whatever pane is shown.
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banner = new StoreBanner(central);
    column->addWidget(m_banner);
    column->addWidget(m_stack, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    connect(&m_health, &QFutureWatcher<HealthResult>::finished, this, &MainWindow::healthCheckFinished);

    retranslateUi();
    resize(1280, 800);

    QString firstPane;
    if (m_options.interactive) {
        QSettings settings;
        restoreGeometry(settings.value(GeometryKey).toByteArray());
        restoreState(settings.value(StateKey).toByteArray());
        firstPane = settings.value(LastPaneKey).toString();
        RecentStores::add(m_store->path());
    }
    if (!PaneRegistry::instance().find(firstPane) && m_navigation->count() > 0)
        firstPane = m_navigation->item(0)->data(PaneIdRole).toString();
    m_paneAfterSignIn = firstPane;

    std::optional<Session> session = std::exchange(m_options.session, std::nullopt);
    const bool hasUsers = UserDirectory(m_store->database()).hasUsers();
    // A window without dialogs (a screenshot) shows a store with users without a sign-in, read-only.
    m_viewWithoutSignIn = !m_options.interactive && hasUsers;
    if (!session && (!m_options.interactive || !hasUsers))
        session = Session::singleUser();
    if (session)
        applySession(session);
    else
        beginSignIn();
    updateStoreStatus();
}

MainWindow::~MainWindow()
{
    // Panes, dialogs, the health check and the feed's state read through connections of m_store: they
    // end before it does (a feed read still running used to open its connection from a deleted store).
    m_health.waitForFinished();
    m_feed.waitForFinished();
    delete m_signInDialog.data();
    closeToolDialogs();
    destroyPanes();
}

void MainWindow::buildNavigation()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Base);
    panel->setFixedWidth(216);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(12, 16, 12, 12);
    v->setSpacing(12);

    auto *brand = new QHBoxLayout;
    brand->setSpacing(10);
    auto *logo = new QLabel(panel);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/kefudesk.svg")).pixmap(36, 36));
    brand->addWidget(logo);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    m_brandTitle = new QLabel(panel);
    QFont titleFont = m_brandTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_brandTitle->setFont(titleFont);
    m_brandSubtitle = new QLabel(panel);
    m_brandSubtitle->setForegroundRole(QPalette::PlaceholderText);
    names->addWidget(m_brandTitle);
    names->addWidget(m_brandSubtitle);
    brand->addLayout(names, 1);
    v->addLayout(brand);

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("paneList"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.08);
    m_navigation->setFont(navFont);
    for (const PaneDescriptor &descriptor : PaneRegistry::instance().panes()) {
        auto *item = new QListWidgetItem(descriptor.icon(), descriptor.translatedTitle(), m_navigation);
        item->setData(PaneIdRole, descriptor.id);
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPane(m_navigation->item(row)->data(PaneIdRole).toString());
    });
    v->addWidget(m_navigation, 1);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction =
        m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/store-new.svg")), QString(), this, &MainWindow::newStore);
    m_newAction->setObjectName(QStringLiteral("actionNewStore"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction =
        m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/store-open.svg")), QString(), this, &MainWindow::openStore);
    m_openAction->setObjectName(QStringLiteral("actionOpenStore"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    m_demoAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/store-demo.svg")), QString(), this,
                                         &MainWindow::createDemoStore);
    m_demoAction->setObjectName(QStringLiteral("actionCreateDemoStore"));
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importData);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    updateRecentMenu();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    const QList<PaneDescriptor> panes = PaneRegistry::instance().panes();
    for (int i = 0; i < panes.size(); ++i) {
        auto *action = m_viewMenu->addAction(panes[i].icon(), panes[i].translatedTitle());
        action->setObjectName(QStringLiteral("actionPane_") + panes[i].id);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        const QString id = panes[i].id;
        connect(action, &QAction::triggered, this, [this, id] { showPane(id); });
        m_paneActions << action;
    }
    m_viewMenu->addSeparator();
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::reloadCurrentPane);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();

    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *appearanceGroup = new QActionGroup(this);
    auto addAppearance = [&](Appearance appearance, const QString &name) {
        QAction *action = m_appearanceMenu->addAction(QString());
        action->setObjectName(name);
        action->setCheckable(true);
        appearanceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, appearance] { chooseAppearance(int(appearance)); });
        return action;
    };
    m_appearanceSystem = addAppearance(Appearance::System, QStringLiteral("actionAppearanceSystem"));
    m_appearanceLight = addAppearance(Appearance::Light, QStringLiteral("actionAppearanceLight"));
    m_appearanceDark = addAppearance(Appearance::Dark, QStringLiteral("actionAppearanceDark"));
    const Appearance appearance = currentAppearance();
    (appearance == Appearance::Light  ? m_appearanceLight
     : appearance == Appearance::Dark ? m_appearanceDark
                                      : m_appearanceSystem)
        ->setChecked(true);

    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    const QString saved = m_options.interactive ? savedLanguage() : currentLanguage();
    // Language names are shown in their own language, whatever the current one is.
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                      {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setChecked(saved == code);
        languageGroup->addAction(action);
        const QString language = code;
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }
    m_languageMenu->addSeparator();
    m_languageSystem = m_languageMenu->addAction(QString());
    m_languageSystem->setObjectName(QStringLiteral("actionLanguageSystem"));
    m_languageSystem->setCheckable(true);
    m_languageSystem->setChecked(saved.isEmpty());
    languageGroup->addAction(m_languageSystem);
    connect(m_languageSystem, &QAction::triggered, this, [this] { chooseLanguage(QString()); });

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_settingsAction = m_toolsMenu->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(), this,
                                              &MainWindow::editStoreSettings);
    m_settingsAction->setObjectName(QStringLiteral("actionStoreSettings"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_toolsMenu->addSeparator();
    m_usersAction = m_toolsMenu->addAction(QString(), this, &MainWindow::manageUsers);
    m_usersAction->setObjectName(QStringLiteral("actionUsers"));
    m_auditAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showAuditLog);
    m_auditAction->setObjectName(QStringLiteral("actionAuditLog"));
    m_toolsMenu->addSeparator();
    m_qaReviewsAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showQaReviews);
    m_qaReviewsAction->setObjectName(QStringLiteral("actionQaReviews"));
    m_qaReviewsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_qaFormsAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showQaForms);
    m_qaFormsAction->setObjectName(QStringLiteral("actionQaForms"));
    m_toolsMenu->setToolTipsVisible(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_logFolderAction = m_helpMenu->addAction(QString(), this, &MainWindow::openLogFolder);
    m_logFolderAction->setObjectName(QStringLiteral("actionOpenLogFolder"));
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_statusPath = new ElidedLabel(bar);
    m_statusPath->setObjectName(QStringLiteral("statusStorePath"));
    bar->addWidget(m_statusPath, 1);
    m_statusPath->setContentsMargins(6, 0, 6, 0);
    m_statusMode = new QLabel(bar);
    m_statusMode->setObjectName(QStringLiteral("statusStoreMode"));
    bar->addPermanentWidget(m_statusMode);
    m_statusTimeZone = new QLabel(bar);
    m_statusTimeZone->setObjectName(QStringLiteral("statusTimeZone"));
    bar->addPermanentWidget(m_statusTimeZone);
    m_statusUser = new QLabel(bar);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    bar->addPermanentWidget(m_statusUser);
    m_statusFeed = new QLabel(bar);
    m_statusFeed->setObjectName(QStringLiteral("statusFeed"));
    bar->addPermanentWidget(m_statusFeed);
    m_statusHealth = new QLabel(bar);
    m_statusHealth->setObjectName(QStringLiteral("statusHealth"));
    bar->addPermanentWidget(m_statusHealth);
    for (QLabel *label : {m_statusMode, m_statusTimeZone, m_statusUser, m_statusFeed, m_statusHealth})
        label->setContentsMargins(8, 0, 8, 0);
    m_feedTimer = new QTimer(this);
    m_feedTimer->setInterval(5000);
    connect(m_feedTimer, &QTimer::timeout, this, &MainWindow::checkFeed);
    connect(&m_feed, &QFutureWatcherBase::finished, this, [this] {
        const FeedRead read = m_feed.result();
        m_feedWatermark = read.watermark;
        m_feedStaleAfter = read.staleAfter;
        m_feedSilence.observe(read.watermark, QDateTime::currentSecsSinceEpoch());
        showFeedState();
    });
}

void MainWindow::retranslateUi()
{
    m_brandTitle->setText(tr("KefuDesk"));
    m_brandSubtitle->setText(tr("Supervisor workstation"));
    const QList<PaneDescriptor> panes = PaneRegistry::instance().panes();
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (const PaneDescriptor *d = PaneRegistry::instance().find(item->data(PaneIdRole).toString()))
            item->setText(d->translatedTitle());
    }
    for (int i = 0; i < m_paneActions.size() && i < panes.size(); ++i)
        m_paneActions[i]->setText(panes[i].translatedTitle());

    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New store…"));
    m_newAction->setStatusTip(tr("Create a new, empty store file"));
    m_openAction->setText(tr("&Open store…"));
    m_openAction->setStatusTip(tr("Open an existing store file"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_demoAction->setText(tr("Create &demo store…"));
    m_demoAction->setStatusTip(tr("Create a new store filled with a realistic demo team"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(tr("Import conversations, agents, shifts and more from a CSV or XLSX file"));
    m_signOutAction->setText(tr("Sign &out / Switch user…"));
    m_quitAction->setText(tr("&Quit"));

    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    m_appearanceSystem->setText(tr("&System"));
    m_appearanceLight->setText(tr("&Light"));
    m_appearanceDark->setText(tr("&Dark"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageSystem->setText(tr("&System language"));

    m_toolsMenu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("Store &settings…"));
    m_settingsAction->setStatusTip(tr("Targets, thresholds, weights and the time zone of this store"));
    m_usersAction->setText(tr("&Users…"));
    m_usersAction->setStatusTip(tr("Add users, disable them, reset passwords and change roles"));
    m_auditAction->setText(tr("&Audit log…"));
    m_qaReviewsAction->setText(tr("QA &reviews…"));
    m_qaReviewsAction->setStatusTip(tr("The QA reviews of the agents: filter, read, export, and score a new one"));
    m_qaFormsAction->setText(tr("QA &forms…"));
    m_qaFormsAction->setStatusTip(tr("The QA forms: sections, items, weights, scales, critical items; versioned"));
    m_auditAction->setStatusTip(tr("Who changed what and when; exportable"));
    m_signedOutText->setText(tr("Signed out. Sign in to see this store's data."));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About KefuDesk"));
    m_logFolderAction->setText(tr("Open &log folder"));

    updateRecentMenu();
    updateActions();
    updateStoreStatus();
}

void MainWindow::updateStoreStatus()
{
    showFeedState();
    m_banner->showStateOf(*m_store);
    const QFileInfo file(m_store->path());
    setWindowTitle(tr("KefuDesk — %1").arg(file.fileName()));
    m_statusPath->setText(QDir::toNativeSeparators(m_store->path()));
    m_statusMode->setText(tr("Mode: %1").arg(StoreLabels::modeTitle(*m_store)));
    m_statusMode->setToolTip(StoreLabels::modeExplanation(*m_store));
    m_statusTimeZone->setText(StoreLabels::timeZoneTitle(m_store->timeZone()));
    m_statusTimeZone->setToolTip(tr("Days, intervals and shifts of this store are counted in this time zone."));
    if (!m_session) {
        m_statusUser->setText(tr("Signed out"));
        m_statusUser->setToolTip(QString());
    } else if (m_session->isSingleUser() && m_viewWithoutSignIn) {
        m_statusUser->setText(tr("View without sign-in"));
        m_statusUser->setToolTip(tr("This window only shows the store; it was opened without signing in."));
    } else if (m_session->isSingleUser()) {
        m_statusUser->setText(PermissionLabels::singleUserTitle());
        m_statusUser->setToolTip(PermissionLabels::singleUserExplanation());
    } else {
        m_statusUser->setText(PermissionLabels::userTitle(m_userDisplayName, m_session->userName(), m_session->role()));
        m_statusUser->setToolTip(
            tr("Signed in as %1. File → Sign out / Switch user… signs out.").arg(m_session->userName()));
    }

    QString health;
    QString healthTip;
    switch (m_healthState) {
    case Health::Unknown:
        break;
    case Health::Checking:
        health = tr("Checking the store…");
        break;
    case Health::Ok:
        health = tr("Store healthy");
        healthTip = m_healthFindings.join(QLatin1Char('\n'));
        break;
    case Health::Damaged:
        health = tr("Store damaged");
        healthTip = m_healthFindings.join(QLatin1Char('\n'));
        break;
    case Health::Failed:
        health = tr("Store check failed");
        healthTip = m_healthFindings.join(QLatin1Char('\n'));
        break;
    }
    m_statusHealth->setText(health);
    m_statusHealth->setToolTip(healthTip);
    if (m_healthState == Health::Damaged || m_healthState == Health::Failed) {
        QPalette p = m_statusHealth->palette();
        p.setColor(QPalette::WindowText, QColor(0xe5, 0x48, 0x4d));
        m_statusHealth->setPalette(p);
    } else {
        m_statusHealth->setPalette(QPalette()); // follow the appearance
    }
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList paths = m_options.interactive ? RecentStores::paths() : QStringList();
    int n = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        ++n;
        const QString text =
            tr("&%1 %2  (%3)").arg(n).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        QAction *action = m_recentMenu->addAction(text);
        if (!info.isFile()) {
            action->setEnabled(false);
            action->setToolTip(tr("The file no longer exists"));
        } else {
            action->setToolTip(QDir::toNativeSeparators(path));
            connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
        }
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent stores"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear list"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, this, [this] {
            RecentStores::clear();
            RecentStores::add(m_store->path());
            updateRecentMenu();
        });
    }
}

QWidget *MainWindow::showPane(const QString &id)
{
    const PaneDescriptor *descriptor = PaneRegistry::instance().find(id);
    if (!descriptor || !m_session)
        return nullptr;
    QWidget *widget = m_panes.value(id);
    if (!widget) {
        widget = descriptor->factory(*m_store, *m_session, m_stack);
        if (!widget)
            return nullptr;
        widget->setProperty("paneId", id);
        m_panes.insert(id, widget);
        if (auto *pane = qobject_cast<Pane *>(widget)) {
            connect(pane, &Pane::storeSettingsRequested, this, &MainWindow::editStoreSettings);
            connect(pane, &Pane::openRequested, this, [this](const QString &paneId, const QString &item) {
                if (auto *target = qobject_cast<Pane *>(showPane(paneId)))
                    target->showItem(item);
            });
        }
        m_stack->addWidget(widget);
    }
    m_stack->setCurrentWidget(widget);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PaneIdRole).toString() == id) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(row);
            break;
        }
    }
    return widget;
}

QString MainWindow::currentPaneId() const
{
    QWidget *current = m_stack->currentWidget();
    return current ? current->property("paneId").toString() : QString();
}

QWidget *MainWindow::pane(const QString &id) const
{
    return m_panes.value(id);
}

void MainWindow::destroyPanes()
{
    // Deleting a pane waits for its background work, which reads through m_store.
    for (QWidget *widget : std::as_const(m_panes)) {
        m_stack->removeWidget(widget);
        delete widget;
    }
    m_panes.clear();
}

void MainWindow::setStore(std::unique_ptr<Store> store)
{
    if (!store)
        return;
    std::optional<Session> session;
    if (!m_options.interactive || !UserDirectory(store->database()).hasUsers())
        session = Session::singleUser();
    replaceStore(std::move(store), session);
}

void MainWindow::setStore(std::unique_ptr<Store> store, const Session &session)
{
    if (store)
        replaceStore(std::move(store), session);
}

void MainWindow::replaceStore(std::unique_ptr<Store> store, const std::optional<Session> &session)
{
    const QString paneId = currentPaneId();
    if (!paneId.isEmpty())
        m_paneAfterSignIn = paneId;
    // Everything that reads the old store ends before it closes.
    delete m_signInDialog.data();
    m_signInPending = false;
    closeToolDialogs();
    m_health.waitForFinished();
    m_feed.waitForFinished();
    m_feedWatermark.reset();
    m_feedSilence = live::FeedSilence();
    destroyPanes();
    m_session.reset();
    m_store = std::move(store);
    m_healthState = Health::Unknown;
    m_healthFindings.clear();
    if (m_options.interactive)
        RecentStores::add(m_store->path());
    logging::info(
        QStringLiteral("Opened the store %1 (%2 mode)").arg(m_store->path(), Store::modeName(m_store->mode())));
    if (session)
        applySession(session);
    else
        beginSignIn();
    updateStoreStatus();
    updateRecentMenu();
    m_healthCheckDue = true;
    if (isVisible() && m_options.interactive)
        startHealthCheck();
    checkFeed();
    m_feedTimer->start();
    emit storeChanged();
}

void MainWindow::checkFeed()
{
    if (!m_store || m_feed.isRunning())
        return;
    m_feed.setFuture(runOnWorker(
        *m_store,
        [](QSqlDatabase &db) {
            FeedRead read;
            read.watermark = live::feed::latest(db);
            read.staleAfter = StoreSettings::value(db, QStringLiteral("alert.feed_stale_s")).toLongLong();
            return read;
        },
        [](const QString &) { return FeedRead(); }));
}

// The status bar's word on the live feed: none, live, or silent since when (the queue monitor
// has the details).
void MainWindow::showFeedState()
{
    if (!m_feedWatermark) {
        m_statusFeed->hide();
        return;
    }
    const live::FeedWatermark &w = *m_feedWatermark;
    const bool stale = m_feedSilence.isStale(QDateTime::currentSecsSinceEpoch(), m_feedStaleAfter);
    const QString asOf = format::dateTime(w.asOf, m_store->timeZone());
    m_statusFeed->setText(stale ? tr("Feed %1: silent, data as of %2").arg(w.source, asOf)
                                : tr("Feed %1: live").arg(w.source));
    m_statusFeed->setToolTip(tr("The live data feed writes a watermark every second; the queue monitor shows the "
                                "floor as of its last one."));
    QPalette p = m_statusFeed->palette();
    p.setColor(QPalette::WindowText, stale ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    m_statusFeed->setPalette(p);
    m_statusFeed->show();
}

const Session &MainWindow::session() const
{
    static const Session nobody = Session::signedIn(0, QString(), Role::Agent);
    return m_session ? *m_session : nobody;
}

void MainWindow::applySession(const std::optional<Session> &session)
{
    // What a pane shows may depend on who looks: another person or role gets fresh panes.
    if (m_session && session
        && (m_session->userName() != session->userName() || m_session->role() != session->role())) {
        const QString paneId = currentPaneId();
        if (!paneId.isEmpty())
            m_paneAfterSignIn = paneId;
        destroyPanes();
        m_stack->setCurrentWidget(m_signedOutPage);
    }
    m_session = session;
    m_userDisplayName.clear();
    if (m_session && !m_session->isSingleUser()) {
        if (const std::optional<UserRecord> user = UserDirectory(m_store->database()).find(m_session->userName()))
            m_userDisplayName = user->displayName;
    }
    if (m_session) {
        m_navigation->setEnabled(true);
        if (currentPaneId().isEmpty()) {
            QString id = m_paneAfterSignIn;
            if (!PaneRegistry::instance().find(id) && m_navigation->count() > 0)
                id = m_navigation->item(0)->data(PaneIdRole).toString();
            if (!id.isEmpty())
                showPane(id);
        }
    } else {
        const QString paneId = currentPaneId();
        if (!paneId.isEmpty())
            m_paneAfterSignIn = paneId;
        closeToolDialogs();
        destroyPanes();
        m_stack->setCurrentWidget(m_signedOutPage);
        {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->clearSelection();
            m_navigation->setCurrentRow(-1);
        }
        m_navigation->setEnabled(false);
    }
    updateActions();
    updateStoreStatus();
    emit sessionChanged();
}

void MainWindow::beginSignIn()
{
    if (m_session)
        applySession(std::nullopt);
    else
        updateActions();
    if (m_signInDialog)
        return;
    // The dialog opens over the window; a window not shown yet opens it when it is.
    m_signInPending = true;
    if (isVisible())
        openSignInDialog();
}

void MainWindow::openSignInDialog()
{
    if (!m_signInPending || m_signInDialog)
        return;
    m_signInPending = false;
    auto *dialog = new SignInDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    // The dialog deletes itself later; from now on the window is done with it.
    connect(dialog, &QDialog::finished, this, [this] { m_signInDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySession(dialog->session()); });
    connect(dialog, &QDialog::rejected, this, &MainWindow::signInRefused);
    dialog->open();
}

void MainWindow::signInRefused()
{
    logging::info(QStringLiteral("Sign-in to %1 cancelled: the store is closed").arg(m_store->path()));
    emit signInCancelled();
    close();
}

void MainWindow::signOut()
{
    if (!m_session || m_session->isSingleUser())
        return;
    logging::info(QStringLiteral("%1 signed out of %2").arg(m_session->userName(), m_store->path()));
    UserDirectory(m_store->database()).recordSignOut(*m_session);
    beginSignIn();
}

void MainWindow::refreshSession()
{
    if (!m_session || m_session->isSingleUser())
        return;
    const std::optional<UserRecord> user = UserDirectory(m_store->database()).find(m_session->userName());
    if (!user || !user->active) {
        beginSignIn();
        return;
    }
    if (user->role != m_session->role() || user->displayName != m_userDisplayName)
        applySession(Session::signedIn(user->id, user->name, user->role, user->agentId, user->team));
}

void MainWindow::updateActions()
{
    const bool signedIn = m_session.has_value();
    const bool hasUsers = signedIn && !m_session->isSingleUser();
    m_signOutAction->setEnabled(hasUsers);
    m_signOutAction->setToolTip(
        hasUsers ? tr("End the session of %1 and sign in again, as the same or another user").arg(m_session->userName())
        : signedIn ? tr("This store has no users, so nobody signs in. Add an administrator under Tools → Users "
                        "to require sign-in.")
                   : QString());
    auto follow = [this, signedIn](QAction *action, Permission permission) {
        const bool allowed = signedIn && m_session->can(permission);
        action->setEnabled(allowed);
        action->setToolTip(allowed || !signedIn ? QString() : PermissionLabels::onlyRolesMay(permission));
    };
    follow(m_usersAction, Permission::ManageUsers);
    follow(m_auditAction, Permission::ViewAudit);
    // Everyone signed in may read reviews (agents their own) and forms; editing follows permissions inside.
    m_qaReviewsAction->setEnabled(signedIn);
    m_qaFormsAction->setEnabled(signedIn);
    follow(m_importAction, Permission::ImportData);
    if (m_importAction->isEnabled() && !m_store->isWritable()) {
        m_importAction->setEnabled(false);
        m_importAction->setToolTip(m_store->writeRefusal());
    }
    // Everyone may read the store settings; the dialog shows what the session may not change read-only.
    m_settingsAction->setEnabled(signedIn);
    m_refreshAction->setEnabled(signedIn);
    for (QAction *action : std::as_const(m_paneActions))
        action->setEnabled(signedIn);
}

void MainWindow::closeToolDialogs()
{
    delete m_toolDialog.data();
}

void MainWindow::startHealthCheck()
{
    if (m_health.isRunning())
        return;
    m_healthCheckDue = false;
    m_healthState = Health::Checking;
    m_healthFindings.clear();
    updateStoreStatus();
    const Store &store = *m_store;
    m_health.setFuture(runOnWorker(
        store,
        [&store](QSqlDatabase &db) {
            HealthResult result;
            result.ran = true;
            result.report = maintenance::check(store, db, true);
            return result;
        },
        [](const QString &reason) {
            HealthResult result;
            result.report.ok = false;
            result.report.findings << reason;
            return result;
        }));
}

void MainWindow::healthCheckFinished()
{
    const HealthResult result = m_health.result();
    const maintenance::CheckReport &report = result.report;
    m_healthFindings = report.findings;
    m_healthState = report.ok ? Health::Ok : result.ran ? Health::Damaged : Health::Failed;
    // Nothing is built on a damaged file: every connection of the store refuses writes from now on.
    if (m_healthState == Health::Damaged)
        m_store->refuseWritesAfterDamage();
    updateActions();
    updateStoreStatus();
    if (report.ok)
        logging::info(QStringLiteral("Store check of %1: ok").arg(m_store->path()));
    else
        logging::error(QStringLiteral("Store check of %1 found problems: %2")
                           .arg(m_store->path(), report.findings.join(QStringLiteral("; "))));
    emit healthChecked(report.ok);

    if (m_healthState == Health::Damaged && m_options.interactive) {
        QMessageBox box(QMessageBox::Warning, tr("The store is damaged"),
                        tr("KefuDesk found problems in the store %1.").arg(QDir::toNativeSeparators(m_store->path())),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("storeDamagedBox"));
        box.setInformativeText(tr("Stop entering data in this store and restore it from your latest backup. "
                                  "Keep the damaged file (and any -journal or -wal file beside it) until the "
                                  "restored store has been checked: it may still be needed for recovery."));
        box.setDetailedText(report.findings.join(QLatin1Char('\n')));
        box.exec();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    openSignInDialog();
    if (m_healthCheckDue && m_options.interactive) {
        m_healthCheckDue = false;
        // After the first paint, so that the window appears before any disk-bound work starts.
        QTimer::singleShot(0, this, &MainWindow::startHealthCheck);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.interactive) {
        QSettings settings;
        settings.setValue(GeometryKey, saveGeometry());
        settings.setValue(StateKey, saveState());
        settings.setValue(LastPaneKey, currentPaneId().isEmpty() ? m_paneAfterSignIn : currentPaneId());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::adoptStore(std::unique_ptr<Store> store, std::optional<Session> session)
{
    if (!store)
        return;
    if (!session && m_options.interactive && UserDirectory(store->database()).hasUsers()) {
        SignInDialog dialog(*store, this);
        if (dialog.exec() != QDialog::Accepted) {
            logging::info(QStringLiteral("Sign-in to %1 cancelled: the store is closed").arg(store->path()));
            return;
        }
        session = dialog.session();
    }
    replaceStore(std::move(store), session.value_or(Session::singleUser()));
}

void MainWindow::newStore()
{
    std::unique_ptr<Store> store = StoreFileDialogs::chooseAndCreateEmpty(this, m_options.storeOptions);
    if (!store)
        return;
    // A new store asks for its first administrator; without one it stays single-user.
    const std::optional<Session> admin = FirstAdminDialog::ask(*store, this);
    adoptStore(std::move(store), admin);
}

void MainWindow::openStore()
{
    adoptStore(StoreFileDialogs::chooseAndOpen(this, m_options.storeOptions), std::nullopt);
}

void MainWindow::openRecent(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == m_store->path())
        return;
    StoreOptions options = m_options.storeOptions;
    options.create = false;
    adoptStore(StoreFileDialogs::open(this, path, options), std::nullopt);
}

void MainWindow::createDemoStore()
{
    adoptStore(StoreFileDialogs::chooseAndCreateDemo(this, m_options.storeOptions), std::nullopt);
}

void MainWindow::manageUsers()
{
    if (!m_session || !m_session->can(Permission::ManageUsers))
        return;
    if (m_session->isSingleUser()) {
        // The first administrator ends the single-user store: from then on everyone signs in.
        if (!m_store->isWritable()) {
            QMessageBox::information(this, tr("Users"), m_store->writeRefusal());
            return;
        }
        const std::optional<Session> admin = FirstAdminDialog::ask(*m_store, this);
        if (!admin)
            return;
        applySession(admin);
    }
    closeToolDialogs();
    auto *dialog = new UsersDialog(*m_store, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_toolDialog = dialog;
    // Queued: the session may end, which closes the dialogs, and this one is still finishing.
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshSession, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::showAuditLog()
{
    if (!m_session || !m_session->can(Permission::ViewAudit))
        return;
    closeToolDialogs();
    auto *dialog = new AuditLogDialog(*m_store, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_toolDialog = dialog;
    dialog->open();
}

void MainWindow::showQaReviews()
{
    if (!m_session)
        return;
    closeToolDialogs();
    auto *dialog = new QaReviewsDialog(*m_store, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_toolDialog = dialog;
    // A new review moves the QA scores of the scorecards.
    connect(dialog, &QaReviewsDialog::reviewAdded, this, &MainWindow::dataImported);
    dialog->open();
}

void MainWindow::showQaForms()
{
    if (!m_session)
        return;
    closeToolDialogs();
    auto *dialog = new QaFormsDialog(*m_store, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_toolDialog = dialog;
    dialog->open();
}

void MainWindow::importData()
{
    if (!m_session || !m_session->can(Permission::ImportData) || !m_store->isWritable())
        return;
    closeToolDialogs();
    auto *wizard = new ImportWizard(*m_store, *m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_toolDialog = wizard;
    connect(wizard, &ImportWizard::imported, this, &MainWindow::dataImported);
    wizard->open();
}

void MainWindow::dataImported()
{
    updateStoreStatus();
    for (QWidget *widget : std::as_const(m_panes)) {
        if (auto *p = qobject_cast<Pane *>(widget))
            p->reload();
    }
}

void MainWindow::editStoreSettings()
{
    if (!m_session)
        return;
    StoreSettingsDialog dialog(*m_store, *m_session, this);
    if (dialog.exec() != QDialog::Accepted || dialog.changedKeys().isEmpty())
        return;
    logging::info(QStringLiteral("Store settings changed: %1").arg(dialog.changedKeys().join(QStringLiteral(", "))));
    updateStoreStatus();
    for (QWidget *widget : std::as_const(m_panes)) {
        if (auto *p = qobject_cast<Pane *>(widget))
            p->reload();
    }
}

void MainWindow::reloadCurrentPane()
{
    if (auto *p = qobject_cast<Pane *>(m_stack->currentWidget()))
        p->reload();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About KefuDesk"),
                       tr("<h3>KefuDesk %1</h3>"
                          "<p>The supervisor workstation for e-commerce customer-service floors: live queue, "
                          "complaints, reply scripts, agent scorecards and shifts.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(KEFUDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::openLogFolder()
{
    const QString folder = logging::logDirectory();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        QMessageBox::information(this, tr("Open log folder"), tr("This session writes no log file."));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(this, tr("Open log folder"),
                                 tr("The log files are in %1.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::chooseAppearance(int appearance)
{
    const auto chosen = static_cast<Appearance>(appearance);
    applyAppearance(chosen);
    if (m_options.interactive)
        saveAppearance(chosen);
    updateStoreStatus();
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (m_options.interactive)
        saveLanguage(language);
    // Installing the translators sends LanguageChange to every window: each retranslates itself.
    applyLanguage(language);
}

} // namespace kefu::ui
