#pragma once

#include "ComplaintCase.h"
#include "ComplaintClock.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kefu::complaints {

// One line of a case's timeline: an event as complaint_events holds it.
struct TimelineEntry
{
    qint64 id = 0;
    CaseEvent event;
};

// A conversation of the case's customer (or the one the case was opened from).
struct LinkedConversation
{
    QString id;
    QString channel;
    qint64 arrivedAt = 0;
    QString agentId;
    QString agentName;
    QString category;
    QString orderId;
    bool openedFrom = false; // the conversation the case was opened from
};

// Another case of the same customer.
struct OtherCase
{
    QString id;
    qint64 createdAt = 0;
    QString state;
    QString priority;
    QString summary;
};

// Everything the complaints pane shows of one case: its row, its timeline oldest first, its clock at
// `now`, the customer's conversations and other cases (newest first, up to RelatedLimit each).
struct CaseDetail
{
    Q_DECLARE_TR_FUNCTIONS(kefu::complaints::CaseDetail)

public:
    static constexpr int RelatedLimit = 20;

    QString id;
    qint64 createdAt = 0;
    QString channel;
    QString customerId;
    QString orderId;
    QString description;
    QString agentId;
    QString agentName;
    QString team;
    QString conversationId;
    CaseState state; // the current values (state, owner, level, fields, counters)
    ClockFacts facts;
    CaseClock clock;
    QList<TimelineEntry> timeline;
    qint64 lastEvent = 0; // the newest event's id: the token of ComplaintService::act()
    QList<LinkedConversation> conversations;
    QList<OtherCase> otherCases;

    // Reads the case; nothing (and *error empty) when there is no such case, nothing with *error set on
    // a database error. One read transaction, so the row and its events agree.
    static std::optional<CaseDetail> load(QSqlDatabase &db, const QString &id, qint64 now, QString *error);

    // What an entry changed, in the current language: "State: investigating → proposed",
    // "Assigned to 李娜", "Transferred: 李娜 → 王芳", "Root cause: logistics", "Contact attempt" (the note apart).
    static QString describe(const CaseEvent &event);
    // A field's value as people read it (root causes, resolution types, feedbacks and states by their
    // names in the current language; others as written).
    static QString valueText(const QString &field, const QString &value);
};

} // namespace kefu::complaints
