#pragma once

// The kinds of file the importer knows, each registered by the slice that owns its table: its id,
// its name, its columns and a factory for its writer.

#include "Importer.h"
#include "KindWriter.h"

#include <QList>
#include <QTimeZone>

#include <memory>
#include <type_traits>
#include <vector>

namespace kefu::importing {

struct ImportKind
{
    Kind kind;
    const char *id;    // the command line's KIND: "conversations", "agent_states", …
    const char *title; // QT_TRANSLATE_NOOP("kefu::importing::Importer", …): "Conversations"
    QList<ColumnInfo> columns; // data-formats.md: English names, Chinese aliases, which are required
    std::unique_ptr<KindWriter> (*makeWriter)(const QTimeZone &zone);
};

// The usual factory: the Writer made from the store's time zone when it takes one, from nothing otherwise.
template<typename Writer>
std::unique_ptr<KindWriter> newWriter([[maybe_unused]] const QTimeZone &zone)
{
    if constexpr (std::is_constructible_v<Writer, const QTimeZone &>)
        return std::make_unique<Writer>(zone);
    else
        return std::make_unique<Writer>();
}

inline constexpr int KindCount = int(Kind::Scripts) + 1;

// Every kind once, in the order of Kind (the command line and the import wizard list them so).
const std::vector<ImportKind> &registeredKinds();
const ImportKind &importKind(Kind kind);

} // namespace kefu::importing

// Each slice defines the accessor of its kinds in its own folder; they are declared here, and
// registeredKinds() calls every one, so that importing includes no slice and a slice left out of
// the build fails to link instead of losing its kind.
namespace kefu::agents {
importing::ImportKind agentImportKind();      // agents/AgentImport.cpp
importing::ImportKind agentStateImportKind(); // agents/AgentStateImport.cpp
} // namespace kefu::agents
namespace kefu::metrics {
importing::ImportKind conversationImportKind(); // metrics/ConversationImport.cpp
} // namespace kefu::metrics
namespace kefu::shifts {
importing::ImportKind shiftImportKind(); // shifts/ShiftImport.cpp
} // namespace kefu::shifts
namespace kefu::qa {
importing::ImportKind reviewImportKind(); // qa/ReviewImport.cpp
} // namespace kefu::qa
namespace kefu::complaints {
importing::ImportKind complaintImportKind();      // complaints/ComplaintImport.cpp
importing::ImportKind complaintEventImportKind(); // complaints/ComplaintImport.cpp
} // namespace kefu::complaints
namespace kefu::scripts {
importing::ImportKind scriptImportKind(); // scripts/ScriptImport.cpp
} // namespace kefu::scripts
