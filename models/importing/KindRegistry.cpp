#include "KindRegistry.h"

#include <QtGlobal>

namespace kefu::importing {

const std::vector<ImportKind> &registeredKinds()
{
    static const std::vector<ImportKind> list = [] {
        std::vector<ImportKind> all = {
            agents::agentImportKind(),       metrics::conversationImportKind(),
            agents::agentStateImportKind(),  shifts::shiftImportKind(),
            qa::reviewImportKind(),          complaints::complaintImportKind(),
            complaints::complaintEventImportKind(), scripts::scriptImportKind(),
        };
        // A kind missing, listed twice or out of place is a programming error: stop at once rather
        // than import with the wrong writer.
        if (all.size() != size_t(KindCount))
            qFatal("importing: %d kinds registered, %d expected", int(all.size()), KindCount);
        for (size_t i = 0; i < all.size(); ++i) {
            if (int(all[i].kind) != int(i) || !all[i].makeWriter)
                qFatal("importing: the kind %s is registered out of place or without a writer", all[i].id);
        }
        return all;
    }();
    return list;
}

const ImportKind &importKind(Kind kind)
{
    const std::vector<ImportKind> &all = registeredKinds();
    Q_ASSERT(int(kind) >= 0 && int(kind) < KindCount);
    return all[size_t(kind)];
}

} // namespace kefu::importing
