#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kefu {

// The roles of ../shared/spec and docs/roles.md. Stored in users.role by id().
enum class Role { Admin, Lead, Qa, Trainer, Agent };

// What a person may do. Every model operation that changes data, or shows data beyond the
// person's own, asks Session::require() for one of these; the UI only mirrors the answer.
enum class Permission {
    ManageUsers,        // add users, disable them, reset passwords, change roles
    EditStoreSettings,  // time zone, interval and every other store-wide setting
    EditTargets,        // targets, weights, service-level thresholds, alert thresholds, complaint SLA hours
    EditShifts,         // the roster
    EditScripts,        // create reply scripts and edit drafts
    ReviewScripts,      // review, publish and retire reply scripts
    RecordComplaints,   // open a complaint case, add notes and contact attempts
    MoveComplaints,     // move complaint cases through their states, assign, escalate, reopen
    EditQaForms,        // QA forms and their versions
    EnterQaReviews,     // score agents with a QA form
    ViewAllScorecards,  // every agent's scorecard (without it: only one's own)
    ImportData,         // import files, fill a store with demo data
    ExportData,         // export tables and reports
    ViewAudit,          // read and export the audit log
};

struct RoleInfo
{
    Role role;
    const char *id;    // stored value: admin, lead, qa, trainer, agent
    const char *title; // QT_TRANSLATE_NOOP("kefu::Permissions", …)
};

namespace permissions {

const QList<RoleInfo> &roles();
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
// roleFromId, or the title the window shows (English or Chinese): "lead", "Team lead", "班组长".
std::optional<Role> roleFromText(const QString &text);
// The role's name in the current language.
QString roleTitle(Role role);

const QList<Permission> &all();
QString permissionId(Permission permission);
// What the permission allows, in the current language (for messages and docs).
QString permissionTitle(Permission permission);

// The one matrix: whether role has permission.
bool allows(Role role, Permission permission);

} // namespace permissions
} // namespace kefu
