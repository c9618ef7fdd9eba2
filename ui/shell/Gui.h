#pragma once

#include "store/Store.h"

#include <QSize>
#include <QString>

class QApplication;

// What app/main.cpp asks of the user interface. Everything else in ui/ is behind these calls.
namespace kefu::ui {

struct GuiOptions
{
    QString storePath;         // empty: the last store used, else the first-start dialog
    StoreOptions storeOptions; // shared / time-zone override from the command line
    QString language;          // "zh_CN", "en" or empty for the saved choice / the system's
};

// Loads KefuDesk's and Qt's translations for language ("zh_CN", "en"; empty = the saved choice,
// else the system's) and installs them on the application. Returns the language actually used.
QString applyLanguage(const QString &language);

// Runs the desktop session: first-start dialog when needed, the main window, recent stores.
int runDesktop(QApplication &app, const GuiOptions &options);

// Renders the main window showing pane (an id of PaneRegistry, or "window" for the default
// view) at size into a PNG at outFile, on the store at storePath. No display is needed when
// the application runs on the offscreen platform. item: shown in the pane first (Pane::showItem: a
// complaint case's id, or "charts" for the complaints pane's charts). False with a reason on failure.
bool renderScreenshot(const QString &storePath, const StoreOptions &storeOptions, const QString &pane,
                      const QSize &size, const QString &outFile, QString *error, const QString &item = {});

} // namespace kefu::ui
