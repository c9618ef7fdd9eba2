#pragma once

#include "Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace kefu {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // UTC seconds
    QString userName;
    QString kind;
    QString entity;
    QString entityId;
    QString before; // JSON object text, or empty
    QString after;
    QString note;
};

struct AuditFilter
{
    QString userName; // exact, case-insensitive; empty = everyone
    QString kind;     // exact, or a prefix ending in '.' ("user." = every user change); empty = all
    qint64 from = 0;  // UTC seconds, inclusive; 0 = open
    qint64 to = 0;    // UTC seconds, exclusive; 0 = open
};

// The append-only record of who changed what (the store refuses UPDATE and DELETE on it).
namespace audit {

// Records one change, inside the caller's transaction. before/after are the changed fields.
bool record(const QSqlDatabase &db, const Session &session, const QString &kind, const QString &entity,
            const QString &entityId, const QJsonObject &before, const QJsonObject &after, const QString &note = {},
            QString *error = nullptr);

// Entries matching filter, newest first, at most limit, older than beforeId when it is > 0 (paging).
// Needs Permission::ViewAudit.
bool query(const QSqlDatabase &db, const Session &session, const AuditFilter &filter, int limit, qint64 beforeId,
           QList<AuditEntry> *entries, QString *error);

// How many entries match filter; nullopt with *error when the count failed. Needs Permission::ViewAudit.
std::optional<qint64> count(const QSqlDatabase &db, const Session &session, const AuditFilter &filter,
                            QString *error = nullptr);

// The distinct kinds and user names in the log, for filter pickers.
QStringList kinds(const QSqlDatabase &db);
QStringList userNames(const QSqlDatabase &db);

} // namespace audit
} // namespace kefu
