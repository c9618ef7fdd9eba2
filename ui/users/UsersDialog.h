#pragma once

#include "auth/Session.h"
#include "exporting/ExportSource.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kefu {
class Store;
}

namespace kefu::ui {

// The users of a store, for administrators: add, disable and enable (never delete: the audit log
// keeps their names), reset a password, change a role. Every change goes through UserDirectory with
// the session, which refuses what the session may not do; a refusal shows the directory's message.
// The list exports to CSV or XLSX (with Permission::ManageUsers and Permission::ExportData).
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DisplayNameColumn,
        RoleColumn,
        AgentColumn,
        TeamColumn,
        ActiveColumn,
        LockedColumn,
        ColumnCount
    };

    UsersDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    // The user name of the selected row, or empty.
    QString selectedUserName() const;
    void selectUser(const QString &name);
    // Reads the users again.
    void reload();
    // Writes the users to path (CSV or XLSX by its extension; another one gets ".csv" added) behind
    // the progress dialog and records the export in the audit log.
    bool exportTo(const QString &path, int *rows, QString *error);

signals:
    // A user was added or changed.
    void usersChanged();

private:
    void addUser();
    void toggleActive();
    void resetPassword();
    void changeRole();
    void updateButtons();
    void changed(const QString &selectName);
    void showRefusal(QWidget *parent, const QString &message);
    void exportUsers();
    void showExported(const io::ExportResult &result);

    Store &m_store;
    Session m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggleActive = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;
};

} // namespace kefu::ui
