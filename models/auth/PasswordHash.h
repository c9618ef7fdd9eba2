#pragma once

#include <QString>

namespace kefu::password {

// At least this many characters.
constexpr int MinimumLength = 8;

// Empty when password is acceptable for user name, else the reason it is refused.
QString weakness(const QString &password, const QString &userName);

// An Argon2id hash in libsodium's self-describing string form (salt and costs included);
// empty on failure (out of memory).
QString hash(const QString &password);

// True when password matches the stored hash.
bool verify(const QString &storedHash, const QString &password);

} // namespace kefu::password
