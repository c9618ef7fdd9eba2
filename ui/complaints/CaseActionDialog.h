#pragma once

#include "CaseDialogParts.h"
#include "auth/Session.h"
#include "complaints/ComplaintService.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kefu {
class Store;
}

namespace kefu::complaints {
struct CaseDetail;
}

namespace kefu::ui {

// What CaseActionDialog shows and checks of a case: its current values.
struct CaseActionFacts
{
    QString caseId;
    QString summary;
    QString state = QStringLiteral("new"); // the state's id
    QString owner;
    int level = 1;
    int contactAttempts = 0;
    QString rootCause; // the current proposal (ids), offered again when proposing anew
    QString resolution;
    QString amount;
    qint64 lastEvent = 0; // the token of ComplaintService::act()

    static CaseActionFacts of(const complaints::CaseDetail &detail);
};

// One step of a complaint case (complaints.md "What each step requires"): asks exactly what the action
// needs and returns it as a complaints::ActionInput with ids, not translated names. OK stays disabled,
// with a line in red saying what is missing, until every required field is filled:
//   Assign: an owner other than the current one (optional note). Acknowledge: an owner (prefilled).
//   Investigate, SendForConfirmation: an optional note. Propose: root cause, resolution type, an amount
//   (two decimals, ≥ 0) for refund, coupon and compensation only. ContactAttempt, Note: the note.
//   Close: the feedback; unreachable needs two recorded contact attempts; unsatisfied below level 2
//   needs an override note (the service allows it to team leads and administrators only).
//   Reject, Reopen: a reason. Escalate: a level above the current one, optionally a new owner.
// Either read input() after exec() and call ComplaintService::act() yourself, or let the dialog act
// (actOnAccept(), or run() for the whole round): a refusal then shows in the dialog, which stays open.
class CaseActionDialog final : public QDialog
{
    Q_OBJECT

public:
    // owners: the names offered in the owner fields (free text may be typed too).
    CaseActionDialog(complaints::CaseAction action, const CaseActionFacts &facts, const QStringList &owners = {},
                     QWidget *parent = nullptr);

    complaints::CaseAction action() const { return m_action; }
    // The values as filled in; only the fields the action reads are set.
    complaints::ActionInput input() const;
    // What is still missing before OK, in the current language; empty when the input is complete.
    QString missing() const;
    bool isComplete() const { return missing().isEmpty(); }

    // From now on OK acts on the case through ComplaintService at `now` (when not given: the store's
    // clock at the moment of OK, live::feed::storeNow) with facts.lastEvent as the token. Done closes the
    // dialog (accepted); a refusal or a failure shows in the dialog; a stale case shows why and disables
    // OK (reload the case). Without the permission, or on a read-only store, OK is disabled and says why.
    void actOnAccept(const Store &store, const Session &session, std::optional<qint64> now = std::nullopt);
    // The outcome of the last try of actOnAccept(); nothing before one.
    std::optional<complaints::ActionResult> actionResult() const { return m_result; }

    // The whole round, modal: asks, acts, and returns the last outcome (Done, or the refusal or stale
    // answer the person cancelled after); nothing when cancelled before any try.
    static std::optional<complaints::ActionResult> run(const Store &store, const Session &session,
                                                       complaints::CaseAction action, const CaseActionFacts &facts,
                                                       const QStringList &owners, QWidget *parent,
                                                       std::optional<qint64> now = std::nullopt);

    // "Level 2 · senior / QA" (complaints.md "Escalation and transfers").
    static QString levelTitle(int level);

    void accept() override;

private:
    void addNote(const QString &label, const QString &placeholder);
    QComboBox *addOwner(const QString &label, const QStringList &owners, const QString &placeholder);
    void updateState();
    void updateCloseInfo();
    void showMessage(const QString &message);

    complaints::CaseAction m_action;
    CaseActionFacts m_facts;
    std::optional<complaints::ActionResult> m_result;
    caseparts::CaseWriter m_writer; // set by actOnAccept()
    QString m_blocked;              // why OK cannot act at all (permission, read-only store, stale case)

    QLabel *m_info = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_rootCause = nullptr;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_feedback = nullptr;
    QLabel *m_feedbackInfo = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace kefu::ui
