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

class ElidedLabel;

// Asks for a user name and password and signs in to a store that has users. A refusal (the same
// message for an unknown name and a wrong password, a disabled or locked account) shows under the
// fields and the dialog stays open; the password is cleared, never shown.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Store &store, QWidget *parent = nullptr);

    // The session after the dialog was accepted.
    std::optional<Session> session() const { return m_session; }

    // The last user who signed in to the store at path on this computer (QSettings), or empty.
    static QString lastUserName(const QString &storePath);
    static void rememberUserName(const QString &storePath, const QString &userName);

public slots:
    void accept() override;

private:
    void updateButtons();

    Store &m_store;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Session> m_session;
};

} // namespace kefu::ui
