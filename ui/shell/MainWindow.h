#pragma once

#include "auth/Session.h"
#include "store/Store.h"
#include "store/StoreMaintenance.h"

#include "live/FeedStatus.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace kefu::ui {

class ElidedLabel;
class SignInDialog;
class StoreBanner;

// The main window: the panes of PaneRegistry in a navigation list and a stack, the menus, and a
// status bar with the store, its mode, time zone, the signed-in user and the store's health.
// Owns the open store; opening another store replaces the panes, not the window.
//
// Holds the session of the person working. An interactive window on a store that has users shows
// no pane until a sign-in succeeded; cancelling the sign-in closes the window with its store
// (signInCancelled()). A store without users is a single-user store. Menu actions follow the
// session's permissions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        // Dialogs, QSettings (geometry, recent stores, last pane) and the start-up health check.
        // Off for screenshots.
        bool interactive = true;
        // Shared mode and time-zone override of the command line, for every store opened here.
        StoreOptions storeOptions;
        // A session already established for the store (its first administrator, just added). Without
        // it an interactive window asks for a sign-in when the store has users; a window that is not
        // interactive (screenshots) works as a single-user store.
        std::optional<Session> session;
    };

    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    MainWindow(std::unique_ptr<Store> store, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    // Closes the current store and shows store instead; the window and its state stay. An interactive
    // window asks for a sign-in when the store has users.
    void setStore(std::unique_ptr<Store> store);
    // The same with the session already established for store.
    void setStore(std::unique_ptr<Store> store, const Session &session);

    // The person working. While signed out (isSignedIn() false) it is a nameless agent and no data
    // is shown.
    const Session &session() const;
    bool isSignedIn() const { return m_session.has_value(); }
    // File ▸ Sign out / Switch user…: ends the session, hides the panes and asks for a sign-in.
    void signOut();

    // Shows the pane with id, creating it on first use; nullptr when no such pane is registered.
    QWidget *showPane(const QString &id);
    QString currentPaneId() const;
    // The pane widget of id when it was created, else nullptr.
    QWidget *pane(const QString &id) const;

    // Runs PRAGMA quick_check (and the other quick checks) on a worker thread; the result appears
    // in the status bar, damage in the banner above the panes (and in a warning dialog when the window
    // is interactive), and a damaged store refuses every write from then on.
    void startHealthCheck();
    // True once a health check has finished (healthChecked was emitted) for the current store.
    bool healthKnown() const { return m_healthState != Health::Unknown && m_healthState != Health::Checking; }

signals:
    void storeChanged();
    void healthChecked(bool ok);
    // Signed in, signed out, or the session's role changed.
    void sessionChanged();
    // The sign-in was cancelled: the window closes with its store.
    void signInCancelled();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void buildStatusBar();
    void retranslateUi();
    void updateStoreStatus();
    void updateRecentMenu();
    void destroyPanes();
    void healthCheckFinished();
    void replaceStore(std::unique_ptr<Store> store, const std::optional<Session> &session);
    // Takes a store from the File menu: signs in first when it has users; cancelling keeps the current store.
    void adoptStore(std::unique_ptr<Store> store, std::optional<Session> session);
    void beginSignIn();
    void openSignInDialog();
    void signInRefused();
    void applySession(const std::optional<Session> &session);
    void refreshSession();
    void updateActions();
    void closeToolDialogs();
    void manageUsers();
    void showAuditLog();
    void importData();
    void dataImported();

    void newStore();
    void openStore();
    void openRecent(const QString &path);
    void createDemoStore();
    void editStoreSettings();
    void showQaReviews();
    void showQaForms();
    void reloadCurrentPane();
    void about();
    void openLogFolder();
    void chooseAppearance(int appearance);
    void chooseLanguage(const QString &language);

    struct HealthResult
    {
        bool ran = false; // false: the check could not even connect
        maintenance::CheckReport report;
    };

    std::unique_ptr<Store> m_store;
    bool m_viewWithoutSignIn = false;
    Options m_options;
    std::optional<Session> m_session;
    QString m_userDisplayName;
    QPointer<SignInDialog> m_signInDialog;
    bool m_signInPending = false;
    QPointer<QDialog> m_toolDialog;
    QString m_paneAfterSignIn;
    QFutureWatcher<HealthResult> m_health;
    // The live feed's state for the status bar, read every few seconds on a worker thread.
    struct FeedRead
    {
        std::optional<live::FeedWatermark> watermark;
        qint64 staleAfter = 60; // alert.feed_stale_s
    };
    QFutureWatcher<FeedRead> m_feed;
    live::FeedSilence m_feedSilence;
    qint64 m_feedStaleAfter = 60;
    QTimer *m_feedTimer = nullptr;
    QLabel *m_statusFeed = nullptr;
    std::optional<live::FeedWatermark> m_feedWatermark;
    void checkFeed();
    void showFeedState();
    bool m_healthCheckDue = true;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    StoreBanner *m_banner = nullptr;
    QWidget *m_signedOutPage = nullptr;
    QLabel *m_signedOutText = nullptr;
    QLabel *m_brandTitle = nullptr;
    QLabel *m_brandSubtitle = nullptr;
    QHash<QString, QWidget *> m_panes;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_qaReviewsAction = nullptr;
    QAction *m_qaFormsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_logFolderAction = nullptr;
    QAction *m_appearanceSystem = nullptr;
    QAction *m_appearanceLight = nullptr;
    QAction *m_appearanceDark = nullptr;
    QAction *m_languageSystem = nullptr;
    QList<QAction *> m_paneActions;

    ElidedLabel *m_statusPath = nullptr;
    QLabel *m_statusMode = nullptr;
    QLabel *m_statusTimeZone = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusHealth = nullptr;
    enum class Health { Unknown, Checking, Ok, Damaged, Failed };
    Health m_healthState = Health::Unknown;
    QStringList m_healthFindings;
};

} // namespace kefu::ui
