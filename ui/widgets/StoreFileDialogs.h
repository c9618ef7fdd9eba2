#pragma once

#include "store/Store.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace kefu::ui {

// The ways a user gets a store from the desktop: open a file, create an empty one, create a demo
// store. Each asks for the file, reports failures in a dialog (Store::open never overwrites a
// file) and returns nullptr when the user cancelled or it failed.
class StoreFileDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::StoreFileDialogs)

public:
    // ~/KefuDesk, where new stores are offered by default.
    static QString defaultFolder();

    static std::unique_ptr<Store> chooseAndOpen(QWidget *parent, const StoreOptions &base);
    static std::unique_ptr<Store> chooseAndCreateEmpty(QWidget *parent, const StoreOptions &base);
    static std::unique_ptr<Store> chooseAndCreateDemo(QWidget *parent, const StoreOptions &base);

    // Opens path with options; on failure shows the reason and returns nullptr.
    static std::unique_ptr<Store> open(QWidget *parent, const QString &path, const StoreOptions &options);
    // Creates a store at path and fills it with demo data on a worker thread behind a progress
    // dialog that can cancel. A cancelled or failed run leaves no file behind that was not there.
    static std::unique_ptr<Store> createDemo(QWidget *parent, const QString &path, const StoreOptions &base);

    static void showOpenError(QWidget *parent, const QString &reason);
};

} // namespace kefu::ui
