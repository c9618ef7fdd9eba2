#include "PeriodScan.h"

#include <QThread>

#include <algorithm>

namespace kefu {

int sliceCountFor(qint64 days, int maxThreads)
{
    if (maxThreads <= 0)
        maxThreads = std::min(4, QThread::idealThreadCount());
    if (days <= 7)
        return 1;
    return static_cast<int>(std::clamp<qint64>(std::min<qint64>(maxThreads, days / 7), 1, 8));
}

} // namespace kefu
