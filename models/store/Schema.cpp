#include "Schema.h"

#include "Sql.h"
#include "Store.h"

#include <QSqlQuery>

namespace kefu::schema {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    // Timestamps are INTEGER seconds since 1970-01-01 UTC; dates are TEXT 'YYYY-MM-DD'.
    list.append({1, QStringLiteral("contact history: teams, agents, conversations, agent states, shifts, settings"),
                 {
                     QStringLiteral("CREATE TABLE IF NOT EXISTS settings ("
                                    " key TEXT PRIMARY KEY NOT NULL,"
                                    " value TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS teams ("
                                    " name TEXT PRIMARY KEY NOT NULL,"
                                    " lead TEXT)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS agents ("
                                    " id TEXT PRIMARY KEY NOT NULL,"
                                    " name TEXT NOT NULL,"
                                    " team TEXT REFERENCES teams(name) ON UPDATE CASCADE,"
                                    " skill_level INTEGER CHECK (skill_level BETWEEN 1 AND 3),"
                                    " certification TEXT CHECK (certification IN ('assistant','senior','expert')),"
                                    " hired_on TEXT,"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)))"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS agents_team ON agents(team)"),
                     QStringLiteral(
                         "CREATE TABLE IF NOT EXISTS conversations ("
                         " id TEXT NOT NULL UNIQUE,"
                         " channel TEXT NOT NULL CHECK (channel IN ('chat','phone','email','social')),"
                         " queue TEXT,"
                         " customer_id TEXT,"
                         " customer_tier TEXT NOT NULL DEFAULT 'standard' CHECK (customer_tier IN ('vip','standard')),"
                         " agent_id TEXT REFERENCES agents(id),"
                         " arrived_at INTEGER NOT NULL,"
                         " answered_at INTEGER CHECK (answered_at >= arrived_at),"
                         " ended_at INTEGER,"
                         " abandoned_at INTEGER,"
                         " wrap_seconds INTEGER CHECK (wrap_seconds >= 0),"
                         " transfers INTEGER CHECK (transfers >= 0),"
                         " resolved INTEGER CHECK (resolved IN (0,1)),"
                         " csat INTEGER CHECK (csat BETWEEN 1 AND 5),"
                         " category TEXT,"
                         " order_id TEXT,"
                         " CHECK (answered_at IS NULL OR agent_id IS NOT NULL),"
                         " CHECK (ended_at IS NULL OR answered_at IS NULL OR ended_at >= answered_at))"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_arrived ON conversations(arrived_at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_agent ON conversations(agent_id, arrived_at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_channel ON conversations(channel, arrived_at)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS conversation_scripts ("
                                    " conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                                    " script_id TEXT NOT NULL,"
                                    " PRIMARY KEY (conversation_id, script_id)) WITHOUT ROWID"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS conversation_scripts_script"
                                    " ON conversation_scripts(script_id)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS agent_states ("
                                    " id INTEGER PRIMARY KEY,"
                                    " agent_id TEXT NOT NULL REFERENCES agents(id),"
                                    " state TEXT NOT NULL CHECK (state IN"
                                    "  ('offline','available','busy','wrap','break','training','meeting')),"
                                    " started_at INTEGER NOT NULL,"
                                    " ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),"
                                    " UNIQUE (agent_id, started_at))"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS agent_states_started ON agent_states(started_at)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS shifts ("
                                    " id INTEGER PRIMARY KEY,"
                                    " agent_id TEXT NOT NULL REFERENCES agents(id),"
                                    " start_at INTEGER NOT NULL,"
                                    " end_at INTEGER NOT NULL CHECK (end_at > start_at),"
                                    " kind TEXT,"
                                    " UNIQUE (agent_id, start_at))"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS shifts_start ON shifts(start_at)"),
                 }});

    list.append({2, QStringLiteral("quality and complaints: QA forms and reviews, complaint cases and their events"),
                 {
                     QStringLiteral("CREATE TABLE IF NOT EXISTS qa_forms ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)))"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS qa_form_versions ("
                                    " id INTEGER PRIMARY KEY,"
                                    " form_id INTEGER NOT NULL REFERENCES qa_forms(id),"
                                    " version INTEGER NOT NULL,"
                                    " created_at INTEGER NOT NULL,"
                                    " created_by TEXT,"
                                    " UNIQUE (form_id, version))"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS qa_form_sections ("
                                    " id INTEGER PRIMARY KEY,"
                                    " form_version_id INTEGER NOT NULL REFERENCES qa_form_versions(id),"
                                    " position INTEGER NOT NULL,"
                                    " title TEXT NOT NULL,"
                                    " weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0))"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS qa_form_items ("
                                    " id INTEGER PRIMARY KEY,"
                                    " section_id INTEGER NOT NULL REFERENCES qa_form_sections(id),"
                                    " position INTEGER NOT NULL,"
                                    " text TEXT NOT NULL,"
                                    " weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),"
                                    " scale TEXT NOT NULL DEFAULT 'binary' CHECK (scale IN ('binary','3-point','5-point')),"
                                    " allow_na INTEGER NOT NULL DEFAULT 0 CHECK (allow_na IN (0,1)),"
                                    " critical INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0,1)))"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS qa_reviews ("
                                    " id TEXT PRIMARY KEY NOT NULL,"
                                    " agent_id TEXT NOT NULL REFERENCES agents(id),"
                                    " reviewed_at INTEGER NOT NULL,"
                                    " score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),"
                                    " auto_fail INTEGER NOT NULL DEFAULT 0 CHECK (auto_fail IN (0,1)),"
                                    " reviewer TEXT,"
                                    " conversation_id TEXT,"
                                    " complaint_id TEXT,"
                                    " notes TEXT,"
                                    " form_version_id INTEGER REFERENCES qa_form_versions(id))"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS qa_reviews_agent ON qa_reviews(agent_id, reviewed_at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS qa_reviews_reviewed ON qa_reviews(reviewed_at)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS qa_review_answers ("
                                    " review_id TEXT NOT NULL REFERENCES qa_reviews(id) ON DELETE CASCADE,"
                                    " item_id INTEGER NOT NULL REFERENCES qa_form_items(id),"
                                    " value REAL," // NULL = not applicable
                                    " PRIMARY KEY (review_id, item_id)) WITHOUT ROWID"),
                     QStringLiteral(
                         "CREATE TABLE IF NOT EXISTS complaints ("
                         " id TEXT PRIMARY KEY NOT NULL,"
                         " created_at INTEGER NOT NULL,"
                         " channel TEXT CHECK (channel IN ('chat','phone','email','social')),"
                         " customer_id TEXT,"
                         " order_id TEXT,"
                         " category TEXT,"
                         " priority TEXT NOT NULL DEFAULT 'P3' CHECK (priority IN ('P1','P2','P3')),"
                         " summary TEXT,"
                         " description TEXT,"
                         " owner TEXT,"
                         " agent_id TEXT REFERENCES agents(id),"
                         " conversation_id TEXT,"
                         // the fields below are the current values, kept in step with complaint_events
                         " state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new','acknowledged','investigating',"
                         "  'proposed','awaiting_feedback','closed','rejected')),"
                         " escalation_level INTEGER NOT NULL DEFAULT 1 CHECK (escalation_level BETWEEN 1 AND 3),"
                         " root_cause TEXT CHECK (root_cause IN ('product_quality','description_mismatch','logistics',"
                         "  'after_sales','payment_coupon','service_attitude','system_fault','other')),"
                         " resolution_type TEXT CHECK (resolution_type IN ('refund','exchange','repair','coupon',"
                         "  'compensation','explanation','other')),"
                         " amount REAL CHECK (amount >= 0),"
                         " customer_feedback TEXT CHECK (customer_feedback IN ('satisfied','unsatisfied','unreachable')),"
                         " reject_reason TEXT,"
                         " reopen_count INTEGER NOT NULL DEFAULT 0,"
                         " transfers INTEGER NOT NULL DEFAULT 0,"
                         " contact_attempts INTEGER NOT NULL DEFAULT 0,"
                         " acknowledged_at INTEGER," // first acknowledgement
                         " closed_at INTEGER,"       // last closing
                         " awaiting_feedback_s INTEGER NOT NULL DEFAULT 0," // time spent waiting for the customer
                         " updated_at INTEGER)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaints_created ON complaints(created_at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaints_state ON complaints(state, created_at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaints_owner ON complaints(owner)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaints_agent ON complaints(agent_id)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS complaint_events ("
                                    " id INTEGER PRIMARY KEY,"
                                    " complaint_id TEXT NOT NULL REFERENCES complaints(id),"
                                    " at INTEGER NOT NULL,"
                                    " actor TEXT,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('created','state','owner','escalate','note',"
                                    "  'contact_attempt','field')),"
                                    " field TEXT CHECK (field IS NULL OR field IN ('root_cause','resolution_type',"
                                    "  'amount','customer_feedback','priority','category','summary')),"
                                    " from_value TEXT,"
                                    " to_value TEXT,"
                                    " note TEXT)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaint_events_complaint"
                                    " ON complaint_events(complaint_id, at)"),
                     QStringLiteral("CREATE TRIGGER IF NOT EXISTS complaint_events_no_update"
                                    " BEFORE UPDATE ON complaint_events BEGIN"
                                    " SELECT RAISE(ABORT, 'complaint_events is append-only'); END"),
                     QStringLiteral("CREATE TRIGGER IF NOT EXISTS complaint_events_no_delete"
                                    " BEFORE DELETE ON complaint_events BEGIN"
                                    " SELECT RAISE(ABORT, 'complaint_events is append-only'); END"),
                 }});

    list.append({3, QStringLiteral("reply scripts: categories, scripts and their versions"),
                 {
                     QStringLiteral("CREATE TABLE IF NOT EXISTS script_categories ("
                                    " id INTEGER PRIMARY KEY,"
                                    " parent_id INTEGER REFERENCES script_categories(id),"
                                    " name TEXT NOT NULL,"
                                    " path TEXT NOT NULL UNIQUE)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS scripts ("
                                    " id TEXT PRIMARY KEY NOT NULL,"
                                    " category_id INTEGER REFERENCES script_categories(id),"
                                    " title TEXT NOT NULL,"
                                    " body TEXT NOT NULL,"
                                    " tags TEXT,"
                                    " channels TEXT,"
                                    " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
                                    "  ('draft','review','published','retired')),"
                                    " owner TEXT,"
                                    " version INTEGER NOT NULL DEFAULT 1,"
                                    " created_at INTEGER NOT NULL,"
                                    " updated_at INTEGER NOT NULL)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS scripts_category ON scripts(category_id)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS scripts_status ON scripts(status, updated_at)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS script_versions ("
                                    " script_id TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,"
                                    " version INTEGER NOT NULL,"
                                    " title TEXT NOT NULL,"
                                    " body TEXT NOT NULL,"
                                    " tags TEXT,"
                                    " channels TEXT,"
                                    " status TEXT NOT NULL,"
                                    " edited_by TEXT,"
                                    " edited_at INTEGER NOT NULL,"
                                    " note TEXT,"
                                    " PRIMARY KEY (script_id, version)) WITHOUT ROWID"),
                 }});

    list.append({4, QStringLiteral("people and accountability: roles, users, audit log"),
                 {
                     QStringLiteral("CREATE TABLE IF NOT EXISTS roles ("
                                    " name TEXT PRIMARY KEY NOT NULL,"
                                    " title TEXT NOT NULL,"
                                    " title_zh TEXT NOT NULL)"),
                     QStringLiteral("INSERT OR IGNORE INTO roles(name, title, title_zh) VALUES"
                                    " ('admin','Administrator','管理员'),"
                                    " ('lead','Team lead','班组长'),"
                                    " ('qa','QA','质检'),"
                                    " ('trainer','Trainer','培训师'),"
                                    " ('agent','Agent','坐席')"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS users ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                                    " display_name TEXT,"
                                    " role TEXT NOT NULL REFERENCES roles(name),"
                                    " agent_id TEXT REFERENCES agents(id),"
                                    " team TEXT REFERENCES teams(name) ON UPDATE CASCADE,"
                                    " password_hash TEXT,"
                                    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),"
                                    " failed_logins INTEGER NOT NULL DEFAULT 0,"
                                    " locked_until INTEGER,"
                                    " created_at INTEGER NOT NULL)"),
                     QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log ("
                                    " id INTEGER PRIMARY KEY,"
                                    " at INTEGER NOT NULL,"
                                    " user_name TEXT,"
                                    " kind TEXT NOT NULL,"
                                    " entity TEXT,"
                                    " entity_id TEXT,"
                                    " before_value TEXT,"
                                    " after_value TEXT,"
                                    " note TEXT)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log(user_name, at)"),
                     QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log"
                                    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                     QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log"
                                    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                 }});
    list.append({5, QStringLiteral("live floor: the feed's watermark, forecast multipliers, indexes of open contacts and states"),
                 {
                     // One row per feed (the simulator, a platform connector): the data it has written is complete
                     // up to as_of; written_at is the wall clock of the write, speed the feed's clock rate
                     // (1 = real time; the simulator can run faster). A window extrapolates its "now" from them.
                     QStringLiteral("CREATE TABLE IF NOT EXISTS feed_status ("
                                    " source TEXT PRIMARY KEY NOT NULL,"
                                    " as_of INTEGER NOT NULL,"
                                    " written_at INTEGER NOT NULL,"
                                    " speed REAL NOT NULL DEFAULT 1 CHECK (speed > 0),"
                                    " note TEXT)"),
                     // The lead's multiplier on the forecast of one local date (a promotion day: 618, 双11).
                     QStringLiteral("CREATE TABLE IF NOT EXISTS forecast_days ("
                                    " day TEXT PRIMARY KEY NOT NULL,"
                                    " multiplier REAL NOT NULL CHECK (multiplier > 0 AND multiplier <= 20),"
                                    " note TEXT,"
                                    " set_by TEXT,"
                                    " set_at INTEGER NOT NULL)"),
                     // The live view reads what is still open many times a second: a contact neither ended nor
                     // abandoned (waiting or in progress), an agent state not yet ended. History rows are all
                     // closed, so these indexes stay as small as the floor.
                     QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_open ON conversations(arrived_at)"
                                    " WHERE ended_at IS NULL AND abandoned_at IS NULL"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS agent_states_open ON agent_states(agent_id)"
                                    " WHERE ended_at IS NULL"),
                 }});
    list.append({6, QStringLiteral("QA: reviews by form version"),
                 {
                     // The QA forms editor counts each version's reviews; the review list filters by form.
                     QStringLiteral("CREATE INDEX IF NOT EXISTS qa_reviews_form_version ON qa_reviews(form_version_id)"),
                 }});
    list.append({7, QStringLiteral("complaints: a customer's cases and conversations"),
                 {
                     // A case's detail lists the customer's other cases and their conversations.
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaints_customer ON complaints(customer_id, created_at)"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_customer"
                                    " ON conversations(customer_id, arrived_at)"),
                     // The complaints pane's list, newest first (created_at, id) by state, owner or agent: its
                     // first page reads these indexes alone and sorts no table rows.
                     QStringLiteral("DROP INDEX IF EXISTS complaints_state"),
                     QStringLiteral("CREATE INDEX complaints_state ON complaints(state, created_at, id)"),
                     QStringLiteral("DROP INDEX IF EXISTS complaints_owner"),
                     QStringLiteral("CREATE INDEX complaints_owner ON complaints(owner, created_at, id)"),
                     QStringLiteral("DROP INDEX IF EXISTS complaints_agent"),
                     QStringLiteral("CREATE INDEX complaints_agent ON complaints(agent_id, created_at, id)"),
                     // The start of a case's wait for the customer (awaitingSinceSql): one probe per case.
                     QStringLiteral("CREATE INDEX IF NOT EXISTS complaint_events_awaiting ON complaint_events(complaint_id, at)"
                                    " WHERE kind = 'state' AND to_value = 'awaiting_feedback'"),
                 }});
    return list;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int currentVersion(QSqlDatabase &db, QString *error)
{
    const QVariant v = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, error);
    return v.isValid() ? v.toInt() : -1;
}

bool apply(QSqlDatabase &db, const Migration &migration, QString *error)
{
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    for (const QString &statement : migration.statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = QStringLiteral("schema step %1: %2").arg(migration.version).arg(sql::errorText(query));
            return false;
        }
    }
    // PRAGMA values cannot be bound; both numbers are compile-time constants of this file.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))
        || !pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(Store::ApplicationId))) {
        if (error)
            *error = sql::errorText(pragma);
        return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

bool migrateTo(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int from = currentVersion(db, error);
    if (from < 0)
        return false;
    for (const Migration &m : migrations()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        if (!apply(db, m, error))
            return false;
    }
    return true;
}

QStringList expectedTables()
{
    return {QStringLiteral("settings"),         QStringLiteral("teams"),
            QStringLiteral("agents"),           QStringLiteral("conversations"),
            QStringLiteral("conversation_scripts"), QStringLiteral("agent_states"),
            QStringLiteral("shifts"),           QStringLiteral("qa_forms"),
            QStringLiteral("qa_form_versions"), QStringLiteral("qa_form_sections"),
            QStringLiteral("qa_form_items"),    QStringLiteral("qa_reviews"),
            QStringLiteral("qa_review_answers"), QStringLiteral("complaints"),
            QStringLiteral("complaint_events"), QStringLiteral("script_categories"),
            QStringLiteral("scripts"),          QStringLiteral("script_versions"),
            QStringLiteral("roles"),            QStringLiteral("users"),
            QStringLiteral("audit_log"),        QStringLiteral("feed_status"),
            QStringLiteral("forecast_days")};
}

} // namespace kefu::schema
