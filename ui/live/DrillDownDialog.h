#pragma once

#include "auth/Session.h"
#include "live/DrillDown.h"
#include "live/DrillDownModel.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimeZone>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kefu {
class Store;
}

namespace kefu::ui {

class NewCaseDialog;

// The contacts behind a tile or a chart interval, read on a worker thread, with their outcome
// (answered within the threshold, late, abandoned, short abandon, waiting, in progress). "Open a
// complaint…" (button, context menu, Ctrl+Shift+N) opens a complaint case from the selected contact,
// for people who may record complaints.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    using Outcome = live::DrillDownModel::Outcome;

    DrillDownDialog(const Store &store, const Session &session, const live::DrillDownQuery &query,
                    const ServiceRules &rules, const QTimeZone &zone, const QString &title, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // For tests: the rows once loaded.
    int rowCount() const;
    bool isLoaded() const { return m_loaded; }
    void setOutcomeFilter(Outcome outcome);
    // The contact selected (one row), if any.
    std::optional<live::DrillDownRow> selectedContact() const;
    // Opens the new-case dialog prefilled from the selected contact (window-modal, deleted when closed)
    // and returns it; nothing when no contact is selected or complaints may not be recorded.
    NewCaseDialog *openComplaint();

signals:
    void loaded();
    // A complaint was opened from one of the contacts.
    void complaintOpened(const QString &caseId);

private:
    void showResult();
    void updateComplaintAction();

    QFutureWatcher<std::pair<std::optional<live::DrillDownResult>, QString>> m_watcher;
    QLabel *m_summary = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_openComplaint = nullptr;
    QPushButton *m_openComplaintButton = nullptr;
    QLabel *m_status = nullptr;
    live::DrillDownModel *m_model = nullptr;
    live::OutcomeFilter *m_proxy = nullptr;
    const Store &m_store;
    Session m_session;
    QString m_mayNotRecord; // why complaints cannot be opened here; empty when they can
    QTimeZone m_zone;
    bool m_loaded = false;
};

} // namespace kefu::ui
