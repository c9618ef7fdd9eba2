#pragma once

// What a kind's writer implements; the reading loop (Importer::run) feeds it one row at a time
// inside the import's transaction.

#include "ImportContext.h"
#include "ImportRow.h"
#include "Importer.h"

namespace kefu::importing {

class KindWriter
{
public:
    virtual ~KindWriter() = default;
    // Prepares the statements for the columns the file has.
    virtual bool prepare(ImportContext &context, const Row &headerShape, QString *error) = 0;
    virtual Outcome write(ImportContext &context, Row &row) = 0;
    // Work left for the end of the file (complaint events are replayed per case in time order).
    virtual bool finish(ImportContext &, ImportSummary &, QString *) { return true; }
    // A store error that stops the import (as opposed to a bad row).
    QString fatal;
};

} // namespace kefu::importing
