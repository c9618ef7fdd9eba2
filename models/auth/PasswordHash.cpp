#include "PasswordHash.h"

#include <QCoreApplication>
#include <QSet>

#include <sodium.h>

namespace kefu::password {

namespace {

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString weakness(const QString &password, const QString &userName)
{
    if (password.isEmpty())
        return QCoreApplication::translate("kefu::password", "The password is empty.");
    if (password.size() < MinimumLength)
        return QCoreApplication::translate("kefu::password", "The password is too short: use at least %1 characters.")
            .arg(MinimumLength);
    if (QSet<QChar>(password.cbegin(), password.cend()).size() < 3)
        return QCoreApplication::translate("kefu::password", "The password repeats too few different characters.");
    if (!userName.isEmpty() && password.contains(userName, Qt::CaseInsensitive))
        return QCoreApplication::translate("kefu::password", "The password must not contain the user name.");
    return {};
}

QString hash(const QString &password)
{
    if (!initialised())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                   crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                   crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!initialised() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_argon2id_STRBYTES)
        return false;
    char buffer[crypto_pwhash_argon2id_STRBYTES] = {};
    memcpy(buffer, stored.constData(), static_cast<size_t>(stored.size()));
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_argon2id_str_verify(buffer, utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace kefu::password
