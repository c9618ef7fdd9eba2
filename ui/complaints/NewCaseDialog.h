#pragma once

#include "CaseDialogParts.h"
#include "auth/Session.h"
#include "complaints/CaseChoices.h"
#include "complaints/ComplaintClock.h"
#include "complaints/ComplaintService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kefu {
class Store;
}

namespace kefu::ui {

// Opens a complaint case by hand or from a conversation (complaints.md): channel, customer, order,
// category, priority P1/P2/P3 with what each means and its SLA hours, summary (required), description,
// the agent the complaint is about, the owner, and the conversation it came from (read-only when
// prefilled). The dialog collects a complaints::NewCase; the caller creates it with
// ComplaintService::create — or lets the dialog do it (createOnAccept(), or createCase() for the whole
// round), which shows the service's refusal in the dialog without closing it.
class NewCaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // choices: the owners and categories offered (free text may be typed too).
    explicit NewCaseDialog(const complaints::CaseChoices &choices = {}, QWidget *parent = nullptr);

    // Fills the fields with what is known (from a conversation: channel, customer, order, category, agent,
    // conversation id); a conversation id makes that field read-only. Empty values leave fields as they are.
    void prefill(const complaints::NewCase &values);
    // The SLA hours the priorities' explanations show (defaults: complaints.md's).
    void setSlaHours(const complaints::SlaHours &hours);

    // The case as filled in; createdAt is 0 and id empty (the creator sets the time, the store numbers it).
    complaints::NewCase newCase() const;
    // What is still missing before OK, in the current language; empty when the case can be opened.
    QString missing() const;
    bool isComplete() const { return missing().isEmpty(); }

    // From now on OK creates the case through ComplaintService, created at `now` (when not given: the
    // store's clock at the moment of OK, live::feed::storeNow). On success the dialog emits caseCreated
    // and closes (accepted); a refusal shows in the dialog. Without Permission::RecordComplaints, or on a
    // read-only store, OK is disabled and says why.
    void createOnAccept(const Store &store, const Session &session, std::optional<qint64> now = std::nullopt);
    // The id of the case created by createOnAccept(); empty before.
    QString createdCaseId() const { return m_createdId; }

    // The whole round, modal: reads the store's owners, categories and SLA hours, asks (prefilled), creates
    // the case and returns its id; nothing when cancelled.
    static std::optional<QString> createCase(const Store &store, const Session &session,
                                             const complaints::NewCase &prefill = {}, QWidget *parent = nullptr,
                                             std::optional<qint64> now = std::nullopt);

    // "P1 · urgent" and what a priority means, with its SLA hours.
    static QString priorityTitle(const QString &priority);
    static QString priorityMeaning(const QString &priority, const complaints::SlaHours &hours);

    void accept() override;

signals:
    void caseCreated(const QString &caseId);

private:
    void updateState();
    void updatePriorityMeaning();

    complaints::SlaHours m_hours;
    caseparts::CaseWriter m_writer; // set by createOnAccept()
    QString m_blocked;              // why OK cannot create at all (permission, read-only store)
    QString m_createdId;

    QLineEdit *m_conversation = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_order = nullptr;
    QLineEdit *m_agent = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_priorityMeaning = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kefu::ui
