#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace kefu::ui {

// A new password typed twice, with the reason it is refused (password::weakness) or that the two
// differ shown under it as it is typed. Adds its rows to a dialog's form.
class NewPasswordFields final : public QObject
{
    Q_OBJECT

public:
    NewPasswordFields(QFormLayout *form, QWidget *parent);

    // The password is checked against this user name (it must not contain it).
    void setUserName(const QString &userName);
    QString password() const;
    // Strong enough and typed the same twice.
    bool isAcceptable() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *reasonLabel() const { return m_reason; }

signals:
    void changed();

private:
    void update();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_reason = nullptr;
    QString m_userName;
};

} // namespace kefu::ui
