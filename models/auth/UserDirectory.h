#pragma once

#include "Session.h"
#include "exporting/ExportSource.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kefu {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString displayName;
    Role role = Role::Agent;
    QString agentId;
    QString team;
    bool active = true;
    int failedLogins = 0;
    qint64 lockedUntil = 0; // UTC seconds; 0 = not locked
    qint64 createdAt = 0;
};

struct NewUser
{
    QString name;
    QString displayName;
    Role role = Role::Agent;
    QString password;
    QString agentId; // for role agent: whose scorecard is theirs
    QString team;
};

struct SignInResult
{
    bool ok = false;
    std::optional<Session> session;
    QString error; // the same message for an unknown user and a wrong password
};

// The users of a store and signing in. Every change checks the acting session's permission,
// runs in one transaction and writes the audit log in it.
class UserDirectory final
{
public:
    static constexpr int MaxFailedSignIns = 5;
    static constexpr int LockSeconds = 5 * 60;

    explicit UserDirectory(QSqlDatabase db);

    // A store without users is a single-user store.
    bool hasUsers() const;
    std::optional<UserRecord> find(const QString &name) const;
    QList<UserRecord> list() const;
    int activeAdminCount() const;

    // The first user of a store must be an admin; it needs no permission. Later users need ManageUsers.
    bool add(const Session &actor, const NewUser &user, QString *error);
    bool setActive(const Session &actor, const QString &name, bool active, QString *error);
    bool setRole(const Session &actor, const QString &name, Role role, QString *error);
    // An admin resets anyone's password; every user may change their own.
    bool setPassword(const Session &actor, const QString &name, const QString &password, QString *error);

    // Checks name and password at time now (UTC seconds); counts failures and locks the account for
    // LockSeconds after MaxFailedSignIns failures in a row.
    SignInResult signIn(const QString &name, const QString &password, qint64 now);
    // Records in the audit log that session ended (sign out, switch user).
    void recordSignOut(const Session &session);

    // The users as the users dialog lists them, as an export (times in zone), recorded in the audit
    // log as "user.export". The user list is the administrators' business: its rows need both
    // Permission::ManageUsers and Permission::ExportData.
    static io::ExportSource exportSource(const Session &session, const QTimeZone &zone);

private:
    bool checkManageable(const Session &actor, const QString &name, UserRecord *record, QString *error) const;

    mutable QSqlDatabase m_db;
};

} // namespace kefu
