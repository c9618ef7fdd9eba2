#pragma once

// Test-only loader of the worked example in shared/spec/examples (metrics.md): its CSV files go
// into a store with plain SQL, timestamps read in the example's zone. The files hold no quoted
// fields, so a split on commas is enough; the real import lives elsewhere.
#include "store/Sql.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace kefu::test {

#ifdef KEFUDESK_SPEC_DIR
inline QString examplesDir()
{
    return QStringLiteral(KEFUDESK_SPEC_DIR "/examples");
}
#endif

// The rows of a small CSV file without quoted fields; the header first.
inline QList<QStringList> readSimpleCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char(',')));
    }
    return rows;
}

// "YYYY-MM-DD HH:MM:SS" on the wall clock of zone, as UTC seconds.
inline qint64 localToUtc(const QString &text, const QTimeZone &zone)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    return QDateTime(date, time, zone).toSecsSinceEpoch();
}

// Inserts the rows of one example file into table; empty fields become NULL, timestamp columns UTC
// seconds, and the file's columns are renamed by columnNames where the schema names them otherwise.
inline bool insertCsv(QSqlDatabase &db, const QString &path, const QString &table, const QTimeZone &zone,
                      const QStringList &timestampColumns, const QHash<QString, QString> &columnNames, QString *error)
{
    const QList<QStringList> rows = readSimpleCsv(path, error);
    if (rows.isEmpty()) {
        if (error->isEmpty())
            *error = path + QStringLiteral(": empty");
        return false;
    }
    const QStringList header = rows.constFirst();
    QStringList columns;
    QStringList marks;
    for (const QString &name : header) {
        columns << columnNames.value(name, name);
        marks << QStringLiteral("?");
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))))) {
        *error = sql::errorText(insert);
        return false;
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &fields = rows.at(r);
        if (fields.size() != header.size()) {
            *error = QStringLiteral("%1:%2: %3 fields, the header has %4")
                         .arg(path)
                         .arg(r + 1)
                         .arg(fields.size())
                         .arg(header.size());
            return false;
        }
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const QString &value = fields.at(c);
            if (value.isEmpty())
                insert.bindValue(int(c), QVariant());
            else if (timestampColumns.contains(header.at(c)))
                insert.bindValue(int(c), localToUtc(value, zone));
            else
                insert.bindValue(int(c), value);
        }
        if (!insert.exec()) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(r + 1).arg(sql::errorText(insert));
            return false;
        }
    }
    return true;
}

// Loads agents (and their teams), conversations, agent_states, shifts and qa_reviews of dir into db.
inline bool loadExampleData(QSqlDatabase &db, const QString &dir, const QTimeZone &zone, QString *error)
{
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    const QList<QStringList> agents = readSimpleCsv(dir + QStringLiteral("/agents.csv"), error);
    if (agents.isEmpty())
        return false;
    const qsizetype teamColumn = agents.constFirst().indexOf(QStringLiteral("team"));
    for (qsizetype r = 1; r < agents.size(); ++r) {
        if (teamColumn >= 0 && !agents.at(r).value(teamColumn).isEmpty() &&
            !sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO teams(name) VALUES (?)"),
                       {agents.at(r).value(teamColumn)}, error))
            return false;
    }
    const QHash<QString, QString> none;
    if (!insertCsv(db, dir + QStringLiteral("/agents.csv"), QStringLiteral("agents"), zone, {}, none, error) ||
        !insertCsv(db, dir + QStringLiteral("/conversations.csv"), QStringLiteral("conversations"), zone,
                   {QStringLiteral("arrived_at"), QStringLiteral("answered_at"), QStringLiteral("ended_at"),
                    QStringLiteral("abandoned_at")},
                   none, error) ||
        !insertCsv(db, dir + QStringLiteral("/agent_states.csv"), QStringLiteral("agent_states"), zone,
                   {QStringLiteral("started_at"), QStringLiteral("ended_at")}, none, error) ||
        !insertCsv(
            db, dir + QStringLiteral("/shifts.csv"), QStringLiteral("shifts"), zone,
            {QStringLiteral("start"), QStringLiteral("end")},
            {{QStringLiteral("start"), QStringLiteral("start_at")}, {QStringLiteral("end"), QStringLiteral("end_at")}},
            error) ||
        !insertCsv(db, dir + QStringLiteral("/qa_reviews.csv"), QStringLiteral("qa_reviews"), zone,
                   {QStringLiteral("reviewed_at")}, none, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

// The whole content of a text file, for comparing a report with its expected file.
inline QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The CSV csv (CRLF lines, header first) with the fields of appended added to its lines in order: a
// worked example of the spec's columns, then the columns KefuDesk appends (cli.md allows it).
inline QByteArray withAppendedFields(const QByteArray &csv, const QStringList &appended)
{
    QList<QByteArray> lines = csv.split('\n');
    QByteArray out;
    qsizetype next = 0;
    for (QByteArray line : lines) {
        if (line.isEmpty())
            continue;
        if (line.endsWith('\r'))
            line.chop(1);
        out += line + ',' + appended.value(next++).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace kefu::test
