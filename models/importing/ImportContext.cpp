#include "ImportContext.h"

namespace kefu::importing {

bool ImportContext::ensureAgent(std::string_view id, QString *error)
{
    if (!m_agentsLoaded) {
        m_agentsLoaded = true;
        sql::SqliteStatement all(db, QByteArrayLiteral("SELECT id FROM agents"));
        while (all.nextRow()) {
            const std::string_view v = all.columnBytes(0);
            m_knownAgents.insert(QByteArray(v.data(), qsizetype(v.size())));
        }
        m_insertAgent = std::make_unique<sql::SqliteStatement>(
            db, QByteArrayLiteral("INSERT INTO agents(id, name) VALUES (?1, ?1) ON CONFLICT(id) DO NOTHING"));
    }
    if (m_knownAgents.contains(QByteArray::fromRawData(id.data(), qsizetype(id.size()))))
        return true;
    const QByteArray key(id.data(), qsizetype(id.size()));
    m_insertAgent->bindText(1, id);
    if (!m_insertAgent->exec()) {
        *error = m_insertAgent->errorString();
        return false;
    }
    agentsCreated += m_insertAgent->changes();
    m_knownAgents.insert(key);
    return true;
}

bool ImportContext::ensureTeam(std::string_view name, QString *error)
{
    const QByteArray key(name.data(), qsizetype(name.size()));
    if (m_knownTeams.contains(key))
        return true;
    if (!m_insertTeam)
        m_insertTeam = std::make_unique<sql::SqliteStatement>(
            db, QByteArrayLiteral("INSERT INTO teams(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    m_insertTeam->bindText(1, name);
    if (!m_insertTeam->exec()) {
        *error = m_insertTeam->errorString();
        return false;
    }
    m_knownTeams.insert(key);
    return true;
}

} // namespace kefu::importing
