#include "SignInDialog.h"

#include "widgets/Resources.h"
#include "auth/UserDirectory.h"
#include "core/Logging.h"
#include "store/Store.h"
#include "widgets/DialogHeader.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ErrorLabel.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

QString lastUserKey(const QString &storePath)
{
    // A hash: a path holds slashes, which QSettings reads as groups.
    const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
    return QStringLiteral("signIn/lastUser_") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace

QString SignInDialog::lastUserName(const QString &storePath)
{
    return QSettings().value(lastUserKey(storePath)).toString();
}

void SignInDialog::rememberUserName(const QString &storePath, const QString &userName)
{
    QSettings().setValue(lastUserKey(storePath), userName);
}

SignInDialog::SignInDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    initResources();
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — KefuDesk"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *path = new ElidedLabel(this);
    path->setText(QDir::toNativeSeparators(store.path()));
    path->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QLabel(tr("This store has users: sign in with your own name. What you change is recorded "
                               "under it."),
                            this);
    text->setWordWrap(true);
    QLabel *heading = nullptr;
    layout->addLayout(createDialogHeader(this, tr("Sign in to %1").arg(QFileInfo(store.path()).fileName()),
                                         {path, text}, &heading));
    heading->setObjectName(QStringLiteral("signInHeading"));

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signInUserName"));
    m_name->setText(lastUserName(store.path()));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = createErrorLabel(QStringLiteral("signInError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("signInButton"));
    ok->setText(tr("&Sign in"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("signInCancelButton"));
    cancel->setToolTip(tr("Close this store without signing in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    updateButtons();
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
    setMinimumWidth(440);
    // The wrapped texts take the height they need at that width.
    adjustSize();
}

void SignInDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_password->text().isEmpty())
        return;
    UserDirectory users(m_store.database());
    const SignInResult result = users.signIn(name, m_password->text(), QDateTime::currentSecsSinceEpoch());
    m_password->clear();
    if (!result.ok || !result.session) {
        logging::info(QStringLiteral("Sign-in to %1 as %2 refused").arg(m_store.path(), name));
        m_error->setText(result.error);
        m_password->setFocus();
        return;
    }
    m_session = result.session;
    rememberUserName(m_store.path(), result.session->userName());
    logging::info(QStringLiteral("Signed in to %1 as %2").arg(m_store.path(), result.session->userName()));
    m_error->clear();
    QDialog::accept();
}

} // namespace kefu::ui
