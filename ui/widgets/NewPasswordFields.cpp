#include "NewPasswordFields.h"
#include "ErrorLabel.h"

#include "auth/PasswordHash.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kefu::ui {

NewPasswordFields::NewPasswordFields(QFormLayout *form, QWidget *parent)
    : QObject(parent)
{
    m_password = new QLineEdit(parent);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_reason = createErrorLabel(QStringLiteral("passwordReason"), parent);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(QString(), m_reason);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    update();
}

void NewPasswordFields::setUserName(const QString &userName)
{
    m_userName = userName.trimmed();
    update();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

bool NewPasswordFields::isAcceptable() const
{
    return password::weakness(m_password->text(), m_userName).isEmpty() && m_repeat->text() == m_password->text();
}

void NewPasswordFields::update()
{
    QString text;
    bool problem = false;
    const QString typed = m_password->text();
    if (typed.isEmpty()) {
        text = tr("At least %1 characters, with at least 3 different ones, not containing the user name.")
                   .arg(password::MinimumLength);
    } else if (const QString weak = password::weakness(typed, m_userName); !weak.isEmpty()) {
        text = weak;
        problem = true;
    } else if (m_repeat->text().isEmpty()) {
        text = tr("Type the password again to confirm it.");
    } else if (m_repeat->text() != typed) {
        text = tr("The two passwords differ.");
        problem = true;
    } else {
        text = tr("The password is acceptable.");
    }
    m_reason->setText(text);
    QPalette p = m_reason->parentWidget()->palette();
    if (problem)
        p.setColor(QPalette::WindowText, errorColour(p));
    else
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_reason->setPalette(p);
    emit changed();
}

} // namespace kefu::ui
