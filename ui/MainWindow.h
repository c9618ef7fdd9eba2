#pragma once

#include "store/Store.h"
#include "store/StoreMaintenance.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace kefu::ui {

class ElidedLabel;

// The main window: the panes of PaneRegistry in a navigation list and a stack, the menus, and a
// status bar with the store, its mode, time zone, the signed-in user and the store's health.
// Owns the open store; opening another store replaces the panes, not the window.
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
    };

    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    MainWindow(std::unique_ptr<Store> store, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    // Closes the current store and shows store instead; the window and its state stay.
    void setStore(std::unique_ptr<Store> store);

    // Shows the pane with id, creating it on first use; nullptr when no such pane is registered.
    QWidget *showPane(const QString &id);
    QString currentPaneId() const;
    // The pane widget of id when it was created, else nullptr.
    QWidget *pane(const QString &id) const;

    // Runs PRAGMA quick_check (and the other quick checks) on a worker thread; the result appears
    // in the status bar, and damage in a warning dialog when the window is interactive.
    void startHealthCheck();

signals:
    void storeChanged();
    void healthChecked(bool ok);

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

    void newStore();
    void openStore();
    void openRecent(const QString &path);
    void createDemoStore();
    void editStoreSettings();
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
    Options m_options;
    QFutureWatcher<HealthResult> m_health;
    bool m_healthCheckDue = true;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
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
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
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
