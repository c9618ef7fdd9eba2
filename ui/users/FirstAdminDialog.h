#pragma once

#include "auth/Session.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kefu {
class Store;
}

namespace kefu::ui {

class NewPasswordFields;

// Asks a new, empty store for its first administrator: name, display name and a password typed
// twice, refused with its reason while it is weak. Cancelling keeps a single-user store.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(Store &store, QWidget *parent = nullptr);

    // The new administrator, signed in, after the dialog was accepted.
    std::optional<Session> session() const { return m_session; }

    // Runs the dialog on a store without users; the administrator's session, or nullopt when the
    // store stays single-user (cancelled, read-only, or it has users already).
    static std::optional<Session> ask(Store &store, QWidget *parent);

public slots:
    void accept() override;

private:
    void updateButtons();

    Store &m_store;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Session> m_session;
};

} // namespace kefu::ui
