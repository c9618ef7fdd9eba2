#pragma once

#include "auth/Session.h"
#include "exporting/ExportSource.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace kefu {
class AuditLogModel;
class Store;
} // namespace kefu

namespace kefu::ui {

// The audit log for administrators: filters by user, kind and period (days in the store's time
// zone), a table that pages rows in as it scrolls, and an export of every matching entry to CSV or
// XLSX (TableExport: on a worker thread, with progress and Cancel), which is itself recorded. Without
// Permission::ViewAudit it shows why and nothing else.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    // Writes every entry matching the filters to path (CSV or XLSX by its extension; another one gets
    // ".csv" added) behind the progress dialog, records the export and refreshes the table.
    bool exportTo(const QString &path, int *rows, QString *error);

private:
    void fillPickers();
    void applyFilter();
    void exportEntries();
    void exported(const io::ExportResult &result);
    void updateStatus();

    Store &m_store;
    Session m_session;
    AuditLogModel *m_model = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QString m_lastExport;
};

} // namespace kefu::ui
