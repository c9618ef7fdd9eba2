// Opening a store of 5 million conversations to the first painted main window (target < 1 s):
// nothing at start-up may scan a big table. The store is generated once with plain SQL and kept
// in $KEFUDESK_BENCH_DIR (default: the temp folder) for later runs.
#include "BenchStore.h"
#include "shell/MainWindow.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

using namespace kefu;
using namespace kefu::bench;

namespace {


void openStoreToFirstPaint(benchmark::State &state)
{
    QString error;
    if (!ensureStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto store = Store::open(benchStorePath(), {}, &error);
        if (!store) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        ui::MainWindow::Options options;
        options.interactive = false;
        ui::MainWindow window(std::move(store), options);
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        const QPixmap painted = window.grab(); // forces the first complete paint
        benchmark::DoNotOptimize(painted.cacheKey());
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        state.PauseTiming();
        window.close();
        state.ResumeTiming();
    }
    state.counters["conversations"] = static_cast<double>(Conversations);
    state.counters["store_MB"] = static_cast<double>(QFileInfo(benchStorePath()).size()) / 1e6;
}

} // namespace

BENCHMARK(openStoreToFirstPaint)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
