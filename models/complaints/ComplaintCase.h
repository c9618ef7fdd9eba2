#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kefu::complaints {

// One event of a case's history (complaint_events): kind created, state, owner, escalate, note,
// contact_attempt or field.
struct CaseEvent
{
    qint64 at = 0;
    QString actor;
    QString kind;
    QString field; // for kind field: root_cause, resolution_type, amount, customer_feedback, priority, category, summary
    QString from;
    QString to;
    QString note;
};

// The current values of a case as its events lead to them: the rules of complaints.md. The
// import replays events through apply(); the complaints pane will drive the loop through it too.
struct CaseState
{
    QString state = QStringLiteral("new");
    QString owner;
    int level = 1;
    QString priority = QStringLiteral("P3");
    QString category;
    QString summary;
    QString rootCause;
    QString resolution;
    QString amount; // as written, e.g. "120.00"; empty = none
    QString feedback;
    QString rejectReason;
    int reopenCount = 0;
    int transfers = 0;
    int contactAttempts = 0;
    qint64 acknowledgedAt = -1; // first acknowledgement
    qint64 closedAt = -1;       // last closing
    qint64 awaitingSince = -1;
    qint64 awaitingSeconds = 0; // time spent in awaiting_feedback
    qint64 updatedAt = 0;
};

// Why an event is refused: the event's column at fault ("to", "from", "field", "note", "kind")
// and the reason in the current language.
struct Refusal
{
    QString column;
    QString reason;
    bool refused() const { return !reason.isEmpty(); }
};

class CaseRules final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::complaints::CaseRules)

public:
    static const QStringList &states();
    static const QStringList &rootCauses();
    static const QStringList &resolutionTypes();
    static const QStringList &feedbacks();
    static const QStringList &eventKinds();
    static const QStringList &fields();
    // Whether complaints.md allows the transition.
    static bool allows(const QString &from, const QString &to);
    // A state's name in the current language.
    static QString stateTitle(const QString &state);

    // Applies event to state when the rules allow it; otherwise leaves state as it was and says
    // why. A `from` that is given must be the case's current value.
    static Refusal apply(CaseState &state, const CaseEvent &event);
};

} // namespace kefu::complaints
