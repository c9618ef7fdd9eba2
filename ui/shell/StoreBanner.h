#pragma once

#include <QFrame>

class QLabel;

namespace kefu {
class Store;
}

namespace kefu::ui {

// The strip above the panes that says at once what is wrong with the open store: damaged (red: stop
// entering data, restore a backup) or read-only (amber: why, and that changes are refused). Hidden
// while the store can be written.
class StoreBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit StoreBanner(QWidget *parent = nullptr);
    // Shows what store's state calls for (nothing for a writable store), in the current language.
    void showStateOf(const Store &store);

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace kefu::ui
