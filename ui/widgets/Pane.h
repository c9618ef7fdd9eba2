#pragma once

#include <QWidget>

namespace kefu::ui {

// Base of the panes of the main window. A pane that loads its data in the background says so
// through isReady()/ready(), so that a screenshot waits for real content, not for "loading…".
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual bool isReady() const { return true; }
    // Reloads the pane's data (View ▸ Refresh, or after the store's settings changed).
    virtual void reload() {}
    // Shows one item of the pane (a complaint case by its id) when another pane asks for it.
    virtual void showItem(const QString &item) { Q_UNUSED(item); }

signals:
    void ready();
    // The pane asks for the store settings dialog (targets, weights, thresholds); the main window
    // opens it and reloads the panes when something changed.
    void storeSettingsRequested();
    // The pane asks the main window to show another pane at one of its items (showItem), e.g. the
    // complaints pane at the case just opened from a conversation of the queue monitor.
    void openRequested(const QString &paneId, const QString &item);
};

} // namespace kefu::ui
