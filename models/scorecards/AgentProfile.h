#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kefu::scorecards {

// What the agent detail shows besides the figures: who the agent is, their QA reviews and the
// complaint cases linked to them.
struct AgentProfile
{
    QString id;
    QString name;
    QString team;
    std::optional<int> skillLevel;
    QString certification; // assistant, senior, expert or empty
    QDate hiredOn;
    bool active = true;

    struct Review
    {
        QString id;
        qint64 reviewedAt = 0;
        double score = 0;
        bool autoFail = false;
        QString reviewer;
        QString conversationId;
        QString complaintId;
        QString notes;
    };
    struct Complaint
    {
        QString id;
        qint64 createdAt = 0;
        QString category;
        QString priority;
        QString state;
        QString summary;
    };
    QList<Review> reviews;       // reviewed in the period, newest first
    QList<Complaint> complaints; // created in the period, or still open, newest first
};

// Reads the profile of agentId for the local dates first..last; empty with *error when the agent is
// unknown or the store cannot be read.
std::optional<AgentProfile> loadAgentProfile(QSqlDatabase &db, const QTimeZone &zone, const QString &agentId,
                                             QDate first, QDate last, QString *error);

} // namespace kefu::scorecards
