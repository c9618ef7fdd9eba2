#include "FirstAdminDialog.h"

#include "widgets/Resources.h"
#include "SignInDialog.h"
#include "auth/UserDirectory.h"
#include "core/Logging.h"
#include "store/Store.h"
#include "widgets/DialogHeader.h"
#include "widgets/ErrorLabel.h"
#include "widgets/NewPasswordFields.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kefu::ui {

std::optional<Session> FirstAdminDialog::ask(Store &store, QWidget *parent)
{
    if (store.isReadOnly() || UserDirectory(store.database()).hasUsers())
        return std::nullopt;
    FirstAdminDialog dialog(store, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

FirstAdminDialog::FirstAdminDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    initResources();
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("First administrator"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *text = new QLabel(tr("The administrator adds the other users and decides what each may do. Once there "
                               "is an administrator, everyone signs in and every change is recorded under a "
                               "name.<br><br>Without one, the store stays single-user: anyone who opens the "
                               "file may do everything. You can add an administrator later under Tools → "
                               "Users."),
                            this);
    text->setWordWrap(true);
    layout->addLayout(createDialogHeader(this, tr("Who administers this store?"), {text}));

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstAdminName"));
    m_name->setPlaceholderText(tr("for signing in, e.g. wangfang"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("firstAdminDisplayName"));
    m_displayName->setPlaceholderText(tr("as colleagues see it, e.g. Wang Fang"));
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    m_password = new NewPasswordFields(form, this);
    layout->addLayout(form);

    m_error = createErrorLabel(QStringLiteral("firstAdminError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("firstAdminCreateButton"));
    ok->setText(tr("&Add administrator"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("firstAdminSkipButton"));
    cancel->setText(tr("&Keep single-user"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_password->setUserName(name);
        updateButtons();
    });
    connect(m_password, &NewPasswordFields::changed, this, &FirstAdminDialog::updateButtons);
    updateButtons();
    m_name->setFocus();
    setMinimumWidth(500);
    // The wrapped texts take the height they need at that width.
    adjustSize();
}

void FirstAdminDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && m_password->isAcceptable());
}

void FirstAdminDialog::accept()
{
    UserDirectory users(m_store.database());
    auto refuse = [this](const QString &message) {
        m_error->setText(message);
    };
    if (users.hasUsers()) {
        refuse(tr("This store has users already: sign in instead."));
        return;
    }
    if (!m_password->isAcceptable())
        return;
    NewUser admin;
    admin.name = m_name->text().trimmed();
    admin.displayName = m_displayName->text().trimmed();
    admin.role = Role::Admin;
    admin.password = m_password->password();
    QString error;
    // The first user of a store needs no permission; the directory insists that it is an admin.
    if (!users.add(Session::singleUser(), admin, &error)) {
        refuse(error);
        return;
    }
    const SignInResult result = users.signIn(admin.name, admin.password, QDateTime::currentSecsSinceEpoch());
    if (!result.ok || !result.session) {
        refuse(result.error);
        return;
    }
    m_session = result.session;
    SignInDialog::rememberUserName(m_store.path(), admin.name);
    logging::info(QStringLiteral("Added the first administrator %1 to %2").arg(admin.name, m_store.path()));
    QDialog::accept();
}

} // namespace kefu::ui
