#include "UserDirectory.h"
#include "auth/AuditedExport.h"

#include "AuditLog.h"
#include "PasswordHash.h"
#include "core/Formats.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kefu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::UserDirectory", text);
}

QString badCredentials()
{
    return QCoreApplication::translate("kefu::UserDirectory", "Unknown user name or wrong password.");
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

UserRecord recordFrom(const QSqlQuery &q)
{
    UserRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.displayName = q.value(2).toString();
    r.role = permissions::roleFromId(q.value(3).toString()).value_or(Role::Agent);
    r.agentId = q.value(4).toString();
    r.team = q.value(5).toString();
    r.active = q.value(6).toInt() == 1;
    r.failedLogins = q.value(7).toInt();
    r.lockedUntil = q.value(8).toLongLong();
    r.createdAt = q.value(9).toLongLong();
    return r;
}

const QString selectUsers = QStringLiteral("SELECT id, name, display_name, role, agent_id, team, active, "
                                           "failed_logins, locked_until, created_at FROM users");

} // namespace

UserDirectory::UserDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool UserDirectory::hasUsers() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT 1 FROM users LIMIT 1")).isValid();
}

std::optional<UserRecord> UserDirectory::find(const QString &name) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectUsers + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    UserRecord r = recordFrom(q);
    q.finish();
    return r;
}

QList<UserRecord> UserDirectory::list() const
{
    QList<UserRecord> users;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(selectUsers + QStringLiteral(" ORDER BY name"))) {
        while (q.next())
            users << recordFrom(q);
    }
    return users;
}

int UserDirectory::activeAdminCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1")).toInt();
}

bool UserDirectory::add(const Session &actor, const NewUser &user, QString *error)
{
    const bool first = !hasUsers();
    if (first && user.role != Role::Admin)
        return sql::fail(error, tr("The first user of a store must be an administrator."));
    if (!first && !actor.require(Permission::ManageUsers, error))
        return false;
    const QString name = user.name.trimmed();
    static const QRegularExpression namePattern(QStringLiteral("^[^\\s]{1,64}$"));
    if (!namePattern.match(name).hasMatch())
        return sql::fail(error, tr("The user name must be 1 to 64 characters without spaces."));
    if (find(name))
        return sql::fail(error, tr("A user named %1 already exists.").arg(name));
    const QString weak = password::weakness(user.password, name);
    if (!weak.isEmpty())
        return sql::fail(error, weak);
    if (user.role == Role::Agent && !user.agentId.isEmpty()
        && !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {user.agentId}).isValid())
        return sql::fail(error, tr("There is no agent with the id %1.").arg(user.agentId));
    if (!user.team.isEmpty()
        && !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM teams WHERE name = ?"), {user.team}).isValid())
        return sql::fail(error, tr("There is no team named %1.").arg(user.team));
    const QString hashed = password::hash(user.password);
    if (hashed.isEmpty())
        return sql::fail(error, tr("The password could not be hashed (out of memory)."));

    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    const QString roleId = permissions::roleId(user.role);
    if (!sql::exec(m_db,
                   QStringLiteral("INSERT INTO users(name, display_name, role, agent_id, team, password_hash, "
                                  "active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
                   {name, nullable(user.displayName), roleId, nullable(user.agentId), nullable(user.team), hashed,
                    QDateTime::currentSecsSinceEpoch()},
                   error))
        return false;
    // The first admin is recorded as themself: before them there was nobody to name.
    const Session recorder = first ? Session::signedIn(0, name, Role::Admin) : actor;
    QJsonObject after{{QStringLiteral("name"), name}, {QStringLiteral("role"), roleId}};
    if (!user.displayName.isEmpty())
        after.insert(QStringLiteral("display_name"), user.displayName);
    if (!user.agentId.isEmpty())
        after.insert(QStringLiteral("agent_id"), user.agentId);
    if (!user.team.isEmpty())
        after.insert(QStringLiteral("team"), user.team);
    if (!audit::record(m_db, recorder, QStringLiteral("user.add"), QStringLiteral("user"), name, {}, after, {}, error))
        return false;
    return tx.commit() || sql::fail(error, tx.errorString());
}

bool UserDirectory::checkManageable(const Session &actor, const QString &name, UserRecord *record,
                                    QString *error) const
{
    if (!actor.require(Permission::ManageUsers, error))
        return false;
    const std::optional<UserRecord> found = find(name);
    if (!found)
        return sql::fail(error, tr("There is no user named %1.").arg(name));
    *record = *found;
    return true;
}

bool UserDirectory::setActive(const Session &actor, const QString &name, bool active, QString *error)
{
    UserRecord user;
    if (!checkManageable(actor, name, &user, error))
        return false;
    if (user.active == active)
        return true;
    if (!active && user.role == Role::Admin && activeAdminCount() <= 1)
        return sql::fail(error, tr("%1 is the last active administrator and cannot be disabled.").arg(user.name));
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    if (!sql::exec(m_db, QStringLiteral("UPDATE users SET active = ?, failed_logins = 0, locked_until = NULL WHERE id = ?"),
                   {active ? 1 : 0, user.id}, error))
        return false;
    if (!audit::record(m_db, actor, active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                       QStringLiteral("user"), user.name, {{QStringLiteral("active"), user.active}},
                       {{QStringLiteral("active"), active}}, {}, error))
        return false;
    return tx.commit() || sql::fail(error, tx.errorString());
}

bool UserDirectory::setRole(const Session &actor, const QString &name, Role role, QString *error)
{
    UserRecord user;
    if (!checkManageable(actor, name, &user, error))
        return false;
    if (user.role == role)
        return true;
    if (user.role == Role::Admin && user.active && activeAdminCount() <= 1)
        return sql::fail(error, tr("%1 is the last active administrator and cannot be given another role.").arg(user.name));
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    if (!sql::exec(m_db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {permissions::roleId(role), user.id},
                   error))
        return false;
    if (!audit::record(m_db, actor, QStringLiteral("user.role"), QStringLiteral("user"), user.name,
                       {{QStringLiteral("role"), permissions::roleId(user.role)}},
                       {{QStringLiteral("role"), permissions::roleId(role)}}, {}, error))
        return false;
    return tx.commit() || sql::fail(error, tx.errorString());
}

bool UserDirectory::setPassword(const Session &actor, const QString &name, const QString &newPassword,
                                QString *error)
{
    const std::optional<UserRecord> user = find(name);
    const bool self = user && !actor.isSingleUser() && actor.userId() == user->id;
    if (!self && !actor.require(Permission::ManageUsers, error))
        return false;
    if (!user)
        return sql::fail(error, tr("There is no user named %1.").arg(name));
    const QString weak = password::weakness(newPassword, user->name);
    if (!weak.isEmpty())
        return sql::fail(error, weak);
    const QString hashed = password::hash(newPassword);
    if (hashed.isEmpty())
        return sql::fail(error, tr("The password could not be hashed (out of memory)."));
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    if (!sql::exec(m_db,
                   QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL "
                                  "WHERE id = ?"),
                   {hashed, user->id}, error))
        return false;
    // Never the password or its hash: only that it changed.
    if (!audit::record(m_db, actor, QStringLiteral("user.password"), QStringLiteral("user"), user->name, {}, {},
                       self ? tr("changed their own password") : tr("password reset"), error))
        return false;
    return tx.commit() || sql::fail(error, tx.errorString());
}

SignInResult UserDirectory::signIn(const QString &name, const QString &password, qint64 now)
{
    SignInResult result;
    const std::optional<UserRecord> user = find(name);
    if (!user) {
        // Spend the same time as a real check, so that timing does not tell which names exist.
        static const QString decoy = password::hash(QStringLiteral("decoy-password-for-timing"));
        password::verify(decoy, password);
        result.error = badCredentials();
        return result;
    }
    if (user->lockedUntil > now) {
        result.error = tr("Too many failed sign-ins: this account is locked until %1.")
                           .arg(format::clock(user->lockedUntil, QTimeZone::systemTimeZone()));
        return result;
    }
    const QString storedHash =
        sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user->id}).toString();
    const Session recorder = Session::signedIn(user->id, user->name, user->role, user->agentId, user->team);
    if (!password::verify(storedHash, password)) {
        const int failures = user->failedLogins + 1;
        const bool lock = failures >= MaxFailedSignIns;
        sql::WriteTransaction tx(m_db);
        sql::exec(m_db, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                  {lock ? 0 : failures, lock ? QVariant(now + LockSeconds) : QVariant(QMetaType::fromType<qint64>()),
                   user->id});
        audit::record(m_db, recorder, lock ? QStringLiteral("user.locked") : QStringLiteral("user.signin_failed"),
                      QStringLiteral("user"), user->name, {}, {{QStringLiteral("failed_sign_ins"), failures}});
        tx.commit();
        result.error = badCredentials();
        return result;
    }
    if (!user->active) {
        result.error = tr("The account %1 is disabled; ask an administrator.").arg(user->name);
        return result;
    }
    sql::WriteTransaction tx(m_db);
    sql::exec(m_db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"), {user->id});
    audit::record(m_db, recorder, QStringLiteral("user.signin"), QStringLiteral("user"), user->name, {}, {});
    tx.commit();
    result.ok = true;
    result.session = recorder;
    return result;
}

} // namespace kefu

namespace kefu {

void UserDirectory::recordSignOut(const Session &session)
{
    if (session.isSingleUser())
        return;
    sql::WriteTransaction tx(m_db);
    if (audit::record(m_db, session, QStringLiteral("user.signout"), QStringLiteral("user"), session.userName(), {}, {}))
        tx.commit();
}

io::ExportSource UserDirectory::exportSource(const Session &session, const QTimeZone &zone)
{
    io::ExportSource source;
    source.sheetName = tr("Users");
    for (const char *title :
         {QT_TRANSLATE_NOOP("kefu::UserDirectory", "User name"),
          QT_TRANSLATE_NOOP("kefu::UserDirectory", "Display name"), QT_TRANSLATE_NOOP("kefu::UserDirectory", "Role"),
          QT_TRANSLATE_NOOP("kefu::UserDirectory", "Agent id"), QT_TRANSLATE_NOOP("kefu::UserDirectory", "Team"),
          QT_TRANSLATE_NOOP("kefu::UserDirectory", "Active"), QT_TRANSLATE_NOOP("kefu::UserDirectory", "Locked until")})
        source.columns.append({tr(title), {}});
    source.rows = [session, zone](const QSqlDatabase &db, const io::RowSink &emitRow, QString *error) {
        if (!session.require(Permission::ManageUsers, error) || !session.require(Permission::ExportData, error))
            return false;
        QList<UserRecord> users;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(selectUsers + QStringLiteral(" ORDER BY name")))
                return sql::fail(error, sql::errorText(q));
            while (q.next())
                users << recordFrom(q);
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const UserRecord &user : std::as_const(users)) {
            if (!emitRow({user.name, user.displayName, permissions::roleTitle(user.role), user.agentId, user.team,
                          user.active ? tr("Yes") : tr("No"),
                          user.lockedUntil > now ? QVariant(QDateTime::fromSecsSinceEpoch(user.lockedUntil, zone))
                                                 : QVariant()}))
                break;
        }
        return true;
    };
    source.record = audit::exportRecord(session, QStringLiteral("user.export"), QStringLiteral("users"));
    return source;
}

} // namespace kefu
