#pragma once

#include "exporting/ExportSource.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace kefu {

class Session;

namespace audit {

// An ExportSource::record function writing one audit entry of kind for entity, with the rows, the file,
// the format and details (for example the filter) in its after-value.
std::function<bool(const QSqlDatabase &, const io::ExportResult &, QString *)>
exportRecord(const Session &session, const QString &kind, const QString &entity, const QVariantMap &details = {});

// Writes the content of one file to a temporary file beside it (on the same disk, so that it can be
// renamed); false with *error when it cannot.
using FileContent = std::function<bool(const QString &temporaryPath, QString *error)>;

// An export of store data that is not a table (the scorecard book, a report of the command line): the
// file at path and its audit entry, both or neither (io::placeRecorded). write() fills a temporary file
// beside path; then, in one write transaction on db, an entry of kind for entity is recorded in
// session's name with details and the file (its absolute native path) in its after-value, and the file is
// renamed into place. Nothing is recorded when the file cannot be written or put in place; no file is
// left (under its name or the temporary one) when the entry cannot be recorded. Runs on the calling
// thread with db, a connection of that thread to a store opened for writing.
bool exportFile(const QSqlDatabase &db, const Session &session, const QString &kind, const QString &entity,
                const QVariantMap &details, const QString &path, const FileContent &write, QString *error);

} // namespace audit
} // namespace kefu
