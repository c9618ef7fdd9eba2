#include "Upsert.h"

#include <sqlite3.h>

namespace kefu::importing {

void Upsert::addGiven(const Row &shape, std::initializer_list<const char *> tableColumns, int keptWhenNull)
{
    int c = 0;
    for (const char *column : tableColumns) {
        if (c == keptWhenNull)
            addKeptWhenNull(column, 0);
        else if (shape.has(c))
            add(column, c == 0);
        if (c == keptWhenNull || shape.has(c))
            m_given.push_back(c);
        ++c;
    }
    m_givenValues.resize(m_given.size());
}

bool Upsert::prepare(sqlite3 *db, const char *table, QString *error)
{
    // OR FAIL: a one-row statement checks every constraint before it writes, so there is
    // nothing to back out, and SQLite can skip the statement journal it would otherwise keep
    // for each row (most of the cost of a row).
    QByteArray statement = QByteArrayLiteral("INSERT OR FAIL INTO ") + table + " (";
    QByteArray placeholders;
    QByteArray conflict;
    QByteArray set;
    QByteArray differs;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const QByteArray c = m_columns[i];
        const QByteArray parameter = '?' + QByteArray::number(i + 1);
        statement += (i ? ", " : "") + c;
        QByteArray value = "excluded." + c;
        if (m_keepWhenNull[i] >= 0) {
            placeholders += QByteArray(i ? ", " : "") + "coalesce(" + parameter + ", ?"
                            + QByteArray::number(m_keepWhenNull[i] + 1) + ')';
            value = "coalesce(" + parameter + ", " + QByteArray(table) + '.' + c + ')';
        } else {
            placeholders += QByteArray(i ? ", " : "") + parameter;
        }
        if (m_key[i]) {
            conflict += (conflict.isEmpty() ? "" : ", ") + c;
        } else {
            set += (set.isEmpty() ? "" : ", ") + c + " = " + value;
            differs += (differs.isEmpty() ? "" : " OR ") + QByteArray(table) + "." + c + " IS NOT " + value;
        }
    }
    statement += ") VALUES (" + placeholders + ") ON CONFLICT(" + conflict + ")";
    if (set.isEmpty())
        statement += " DO NOTHING";
    else
        statement += " DO UPDATE SET " + set + " WHERE " + differs;
    m_statement = std::make_unique<sql::SqliteStatement>(db, statement);
    if (!m_statement->isValid()) {
        *error = m_statement->errorString();
        return false;
    }
    return true;
}

Outcome Upsert::run(const std::vector<Value> &values)
{
    for (size_t i = 0; i < values.size(); ++i) {
        const int index = int(i) + 1;
        const Value &v = values[i];
        switch (v.type) {
        case Value::Null: m_statement->bindNull(index); break;
        case Value::Int: m_statement->bindInteger(index, v.i); break;
        case Value::Real: m_statement->bindDouble(index, v.d); break;
        case Value::Text: m_statement->bindStaticText(index, v.s); break;
        }
    }
    sqlite3 *db = m_statement->database();
    sqlite3_set_last_insert_rowid(db, -1);
    if (!m_statement->exec())
        return Outcome::Rejected;
    if (m_statement->changes() == 0)
        return Outcome::Unchanged;
    return sqlite3_last_insert_rowid(db) != -1 ? Outcome::Inserted : Outcome::Updated;
}

Outcome Upsert::write(Row &row, const std::vector<Value> &values)
{
    const Outcome written = run(values);
    return written == Outcome::Rejected ? storeRefused(row, errorString()) : written;
}

void bindTextOrNull(sql::SqliteStatement &statement, int index, const QString &value)
{
    if (value.isEmpty())
        statement.bindNull(index);
    else
        statement.bindText(index, value);
}

} // namespace kefu::importing
