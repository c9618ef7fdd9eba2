// Demo generation speed and size: 40 agents × 90 days (target < 10 s) and 300 agents × 365 days
// (target < 3 min, store < 2 GB). Figures go to docs/performance.md.
#include "demo/DemoGenerator.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace kefu;

static void generateDemo(benchmark::State &state)
{
    const int agents = static_cast<int>(state.range(0));
    const int days = static_cast<int>(state.range(1));
    qint64 conversations = 0, states = 0, bytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir(qEnvironmentVariable("KEFUDESK_BENCH_DIR", QDir::tempPath()) + QStringLiteral("/demo-XXXXXX"));
        StoreOptions options;
        options.create = true;
        QString error;
        auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")), options, &error);
        if (!store) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        DemoOptions demo;
        demo.agents = agents;
        demo.days = days;
        demo.asOf = QDateTime(QDate(2026, 11, 20), QTime(21, 0), QTimeZone("Asia/Shanghai"));
        {
            DemoGenerator generator(store->database(), QTimeZone("Asia/Shanghai"), demo);
            state.ResumeTiming();
            if (!generator.run({}, &error)) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            state.PauseTiming();
            conversations = generator.counts().conversations;
            states = generator.counts().agentStates;
        }
        store.reset(); // closes the connection: the WAL is checkpointed into the file
        bytes = QFileInfo(dir.filePath(QStringLiteral("demo.sqlite"))).size();
        state.ResumeTiming();
    }
    state.counters["conversations"] = static_cast<double>(conversations);
    state.counters["agent_states"] = static_cast<double>(states);
    state.counters["store_MB"] = static_cast<double>(bytes) / 1e6;
}

BENCHMARK(generateDemo)->Args({40, 90})->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(generateDemo)->Args({300, 365})->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
