#pragma once

#include "ComplaintCase.h"

#include "auth/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kefu::complaints {

// What a person does to a case: each becomes one or more events (complaints.md "Audit trail").
enum class CaseAction {
    Assign,      // set or change the owner (a change after the first is a transfer)
    Acknowledge, // take the case (an owner is needed; given here or already set)
    Investigate, // start investigating; from proposed it withdraws the offer, from awaiting the customer refused
    Propose,     // root cause, resolution type and (for refund, coupon, compensation) an amount
    SendForConfirmation, // ask the customer to accept the proposal: the resolve clock pauses
    ContactAttempt,      // a recorded attempt to reach the customer
    Note,                // a note on the case
    Close,               // with the customer's feedback (and a supervisor's override note where needed)
    Reject,              // invalid, with a reason
    Reopen,              // a closed case goes back to investigating
    Escalate,            // raise the level (1 → 2 → 3), optionally with a new owner
};

// What an action asks for; only the fields the action needs are read.
struct ActionInput
{
    CaseAction action = CaseAction::Note;
    QString owner;
    QString note;
    QString rootCause;
    QString resolution;
    QString amount;
    QString feedback;
    int level = 0;
};

// A case to open.
struct NewCase
{
    QString id; // empty: KefuDesk numbers it (C-YYYYMMDD-NNNN)
    qint64 createdAt = 0;
    QString channel;
    QString customerId;
    QString orderId;
    QString category;
    QString priority = QStringLiteral("P3");
    QString summary;
    QString description;
    QString owner;
    QString agentId;
    QString conversationId;
};

// The outcome of an action: done, refused by the rules or permissions (nothing changed), or the case
// changed since it was read (nothing changed; reload).
struct ActionResult
{
    enum class Status { Done, Refused, Stale, Failed };
    Status status = Status::Failed;
    QString message;      // why, in the user's language
    qint64 lastEvent = 0; // the case's newest event id after a Done (the token for the next action)
    bool ok() const { return status == Status::Done; }
};

// The complaint workflow: every action is checked against the permission matrix and the rules of
// complaints.md, and written as events, the case row and an audit record in one transaction.
// Optimistic: the caller passes the newest event id it has seen; if another desktop acted since, the
// action is refused as stale with who changed the case and when.
class ComplaintService final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::complaints::ComplaintService)

public:
    // zone: the store's (Store::timeZone), for case numbers by local day and times in messages.
    ComplaintService(QSqlDatabase db, Session session, QTimeZone zone);

    // The actions complaints.md allows from state (the window offers only these).
    static QList<CaseAction> allowedActions(const QString &state);
    // The action's name in the current language.
    static QString actionTitle(CaseAction action);
    // The permission an action needs.
    static Permission permissionFor(CaseAction action);

    // Opens a case: the row, its `created` event (and the assignment when an owner is given), an
    // audit record. Returns the case id.
    std::optional<QString> create(const NewCase &c, QString *error);

    // The id of the case's newest event (0 when none): the token act() checks.
    qint64 lastEventId(const QString &caseId, QString *error = nullptr) const;

    ActionResult act(const QString &caseId, qint64 expectedLastEvent, const ActionInput &input, qint64 now);

private:
    QSqlDatabase m_db;
    Session m_session;
    QTimeZone m_zone;
};

} // namespace kefu::complaints
