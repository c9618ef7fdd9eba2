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

signals:
    void ready();
};

} // namespace kefu::ui
