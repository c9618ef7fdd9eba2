#include "Permissions.h"

#include <QHash>

#include <QCoreApplication>

namespace kefu::permissions {

namespace {

struct PermissionInfo
{
    Permission permission;
    const char *id;
    const char *title;
    // Admin, Lead, Qa, Trainer, Agent
    bool allowed[5];
};

// The permission matrix. docs/roles.md shows the same table; tst_permissions checks every cell.
const PermissionInfo matrix[] = {
    //                                                                                 admin  lead   qa     trainer agent
    {Permission::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("kefu::Permissions", "manage users"),
     {true, false, false, false, false}},
    {Permission::EditStoreSettings, "edit_store_settings",
     QT_TRANSLATE_NOOP("kefu::Permissions", "change the store settings"), {true, false, false, false, false}},
    {Permission::EditTargets, "edit_targets", QT_TRANSLATE_NOOP("kefu::Permissions", "change targets and thresholds"),
     {true, true, false, false, false}},
    {Permission::EditShifts, "edit_shifts", QT_TRANSLATE_NOOP("kefu::Permissions", "edit shifts"),
     {true, true, false, false, false}},
    {Permission::EditScripts, "edit_scripts", QT_TRANSLATE_NOOP("kefu::Permissions", "create and edit reply scripts"),
     {false, false, false, true, false}},
    {Permission::ReviewScripts, "review_scripts",
     QT_TRANSLATE_NOOP("kefu::Permissions", "review and publish reply scripts"), {false, true, true, false, false}},
    {Permission::RecordComplaints, "record_complaints", QT_TRANSLATE_NOOP("kefu::Permissions", "record complaints"),
     {true, true, true, false, true}},
    {Permission::MoveComplaints, "move_complaints",
     QT_TRANSLATE_NOOP("kefu::Permissions", "move complaints through their states"), {true, true, true, false, false}},
    {Permission::EditQaForms, "edit_qa_forms", QT_TRANSLATE_NOOP("kefu::Permissions", "edit QA forms"),
     {false, true, true, false, false}},
    {Permission::EnterQaReviews, "enter_qa_reviews", QT_TRANSLATE_NOOP("kefu::Permissions", "enter QA reviews"),
     {false, true, true, false, false}},
    {Permission::ViewAllScorecards, "view_all_scorecards",
     QT_TRANSLATE_NOOP("kefu::Permissions", "see every agent's scorecard"), {true, true, true, true, false}},
    {Permission::ImportData, "import_data", QT_TRANSLATE_NOOP("kefu::Permissions", "import data"),
     {true, true, false, false, false}},
    {Permission::ExportData, "export_data", QT_TRANSLATE_NOOP("kefu::Permissions", "export data"),
     {true, true, true, true, true}},
    {Permission::ViewAudit, "view_audit", QT_TRANSLATE_NOOP("kefu::Permissions", "read the audit log"),
     {true, false, false, false, false}},
};

const PermissionInfo &infoOf(Permission permission)
{
    for (const PermissionInfo &info : matrix) {
        if (info.permission == permission)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

const QList<RoleInfo> &roles()
{
    static const QList<RoleInfo> list = {
        {Role::Admin, "admin", QT_TRANSLATE_NOOP("kefu::Permissions", "Administrator")},
        {Role::Lead, "lead", QT_TRANSLATE_NOOP("kefu::Permissions", "Team lead")},
        {Role::Qa, "qa", QT_TRANSLATE_NOOP("kefu::Permissions", "QA")},
        {Role::Trainer, "trainer", QT_TRANSLATE_NOOP("kefu::Permissions", "Trainer")},
        {Role::Agent, "agent", QT_TRANSLATE_NOOP("kefu::Permissions", "Agent")},
    };
    return list;
}

QString roleId(Role role)
{
    for (const RoleInfo &info : roles()) {
        if (info.role == role)
            return QString::fromLatin1(info.id);
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (const RoleInfo &info : roles()) {
        if (id.trimmed().compare(QLatin1String(info.id), Qt::CaseInsensitive) == 0)
            return info.role;
    }
    return std::nullopt;
}

std::optional<Role> roleFromText(const QString &text)
{
    // The title the window shows, in English or Chinese, besides the id.
    static const QHash<QString, Role> chinese = {{QStringLiteral("管理员"), Role::Admin},
                                                 {QStringLiteral("系统管理员"), Role::Admin},
                                                 {QStringLiteral("班组长"), Role::Lead},
                                                 {QStringLiteral("客服主管"), Role::Lead},
                                                 {QStringLiteral("质检"), Role::Qa},
                                                 {QStringLiteral("质检员"), Role::Qa},
                                                 {QStringLiteral("培训师"), Role::Trainer},
                                                 {QStringLiteral("坐席"), Role::Agent},
                                                 {QStringLiteral("客服"), Role::Agent}};
    if (const std::optional<Role> role = roleFromId(text))
        return role;
    const QString wanted = text.trimmed();
    for (const RoleInfo &info : roles()) {
        if (wanted.compare(QLatin1String(info.title), Qt::CaseInsensitive) == 0)
            return info.role;
    }
    const auto it = chinese.constFind(wanted);
    return it == chinese.constEnd() ? std::nullopt : std::optional<Role>(*it);
}

QString roleTitle(Role role)
{
    for (const RoleInfo &info : roles()) {
        if (info.role == role)
            return QCoreApplication::translate("kefu::Permissions", info.title);
    }
    return {};
}

const QList<Permission> &all()
{
    static const QList<Permission> list = [] {
        QList<Permission> l;
        for (const PermissionInfo &info : matrix)
            l << info.permission;
        return l;
    }();
    return list;
}

QString permissionId(Permission permission)
{
    return QString::fromLatin1(infoOf(permission).id);
}

QString permissionTitle(Permission permission)
{
    return QCoreApplication::translate("kefu::Permissions", infoOf(permission).title);
}

bool allows(Role role, Permission permission)
{
    return infoOf(permission).allowed[static_cast<int>(role)];
}

} // namespace kefu::permissions
