#pragma once

#include "auth/Session.h"
#include "ImportRow.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace kefu::importing {

// What the writers share: the connection, who imports, and the agents that exist.
class ImportContext final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::importing::Importer)

public:
    ImportContext(const QSqlDatabase &qtConnection, sqlite3 *handle, const Session &who, const QString &name)
        : connection(qtConnection)
        , db(handle)
        , session(who)
        , fileName(name)
    {}

    QSqlDatabase connection; // the Qt connection over db (the audit log is written through it)
    sqlite3 *db;
    Session session;
    QString fileName;
    qint64 now = 0;
    qint64 fileBytes = 0;
    qint64 agentsCreated = 0;

    // Creates the agent (named by its id) when no agent has that id; false on a store error.
    bool ensureAgent(std::string_view id, QString *error);
    bool ensureTeam(std::string_view name, QString *error);

    // A rejected row found after reading (complaint events replay at the end).
    struct LateRejection
    {
        qint64 line = 0;
        QStringList fields;
        std::vector<RowProblem> problems;
    };
    std::vector<LateRejection> lateRejections;

private:
    QSet<QByteArray> m_knownAgents;
    QSet<QByteArray> m_knownTeams;
    bool m_agentsLoaded = false;
    std::unique_ptr<sql::SqliteStatement> m_insertAgent;
    std::unique_ptr<sql::SqliteStatement> m_insertTeam;
};

} // namespace kefu::importing
