#pragma once

// Writing a row of a kind into its table: the values of one row and the upsert that writes them.

#include "ImportRow.h"
#include "store/SqliteStatement.h"

#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kefu::importing {

// One value of a row as Upsert binds it; text points into the record being read.
struct Value
{
    enum Type { Null, Int, Real, Text } type = Null;
    qint64 i = 0;
    double d = 0;
    std::string_view s;

    static Value null() { return {}; }
    static Value integer(qint64 v) { return {Int, v, 0, {}}; }
    static Value real(double v) { return {Real, 0, v, {}}; }
    static Value text(std::string_view v) { return v.empty() ? Value{} : Value{Text, 0, 0, v}; }
    template<typename T>
    static Value optional(const std::optional<T> &v)
    {
        if (!v)
            return {};
        if constexpr (std::is_floating_point_v<T>)
            return real(*v);
        else
            return integer(qint64(*v));
    }
};

// INSERT … ON CONFLICT(key) DO UPDATE SET … WHERE something differs: changes() is 0 for a row
// that is already there as it is.
class Upsert final
{
public:
    void add(const char *column, bool key = false)
    {
        m_columns.push_back(column);
        m_key.push_back(key);
        m_keepWhenNull.push_back(-1);
    }
    // A column whose NULL means "not given": an existing row keeps its value, a new row takes the
    // value of column fallback (e.g. an agent's name falls back to the id).
    void addKeptWhenNull(const char *column, size_t fallback)
    {
        m_columns.push_back(column);
        m_key.push_back(false);
        m_keepWhenNull.push_back(int(fallback));
    }
    // The kind's columns that the file has, each as the table column tableColumns[c] of the kind's
    // column c (the first is the key). The column keptWhenNull, when given, is added whether the
    // file has it or not, kept when NULL with the key as its fallback (see addKeptWhenNull).
    void addGiven(const Row &shape, std::initializer_list<const char *> tableColumns, int keptWhenNull = -1);
    size_t size() const { return m_columns.size(); }

    bool prepare(sqlite3 *db, const char *table, QString *error);

    // Binds values (one per column, in order) and runs it: Inserted, Updated or Unchanged, or
    // Rejected on a store error (errorString()). An insert sets the connection's last rowid; an
    // upsert that updates leaves it alone, so a sentinel tells the two apart.
    Outcome run(const std::vector<Value> &values);
    // run(), with a store error reported as the row's problem.
    Outcome write(Row &row, const std::vector<Value> &values);
    // write() of the columns addGiven() added: the value of the kind's column c is valueOf(c).
    template<typename ValueOf>
    Outcome writeGiven(Row &row, ValueOf valueOf)
    {
        for (size_t i = 0; i < m_given.size(); ++i)
            m_givenValues[i] = valueOf(m_given[i]);
        return write(row, m_givenValues);
    }
    QString errorString() const { return m_statement ? m_statement->errorString() : QString(); }

private:
    std::vector<const char *> m_columns;
    std::vector<bool> m_key;
    std::vector<int> m_keepWhenNull;
    std::vector<int> m_given; // the kind's columns addGiven() added, in order
    std::vector<Value> m_givenValues;
    std::unique_ptr<sql::SqliteStatement> m_statement;
};

// Binds text, or NULL for an empty one (an empty field is absent, never an empty string).
void bindTextOrNull(sql::SqliteStatement &statement, int index, const QString &value);

} // namespace kefu::importing
