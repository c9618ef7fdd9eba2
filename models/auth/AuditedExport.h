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

} // namespace audit
} // namespace kefu
