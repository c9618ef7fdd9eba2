#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace kefu::live {

// The live feed simulator: plays contacts and agent state changes into the store the way a contact
// platform's feed would (docs/live-feed.md). A discrete-event simulation of the floor on integer
// seconds of a simulated clock; each advance() plays a stretch of that clock and writes everything
// it produced in one short write transaction that ends with the feed's watermark, so that a window
// never sees the watermark ahead of the data. For a given seed and start state the rows written do
// not depend on how the simulated time is cut into steps: the wall clock only decides the step sizes.
class FeedSimulator final
{
public:
    enum class Profile { Normal, Peak };

    struct Options
    {
        double speed = 1; // simulated seconds per wall second; written with the watermark
        Profile profile = Profile::Normal;
        quint64 seed = 618;
    };

    // Where the simulated clock started.
    enum class StartFrom { Watermark, LatestActivity, WallClock };

    enum class Failure { None, NoAgents, Store };

    struct Stats
    {
        qint64 startClock = 0;
        qint64 clock = 0;
        int waiting = 0;    // contacts not answered yet (what the store shows as waiting)
        int inProgress = 0; // answered, not ended yet
        int signedIn = 0;   // agents not offline (on a break, in training or a meeting included)
        int away = 0;       // of those, on a break, in training or in a meeting
        int activeAgents = 0;
        int wanted = 0;     // agents the latest staffing round wanted on the floor (Erlang C + breaks, clamped)
        qint64 arrived = 0; // counted from the start clock
        qint64 answered = 0;
        qint64 abandoned = 0;
        qint64 ended = 0;
        int takenOverWaiting = 0;     // contacts waiting at the start clock, taken into the queue
        int takenOverInProgress = 0;  // contacts in progress at the start clock
        bool rateFromHistory = false; // the base rate came from the store's history (else the built-in curve)
    };

    static constexpr double PeakMultiplier = 4.2;
    static constexpr double MinimumSpeed = 0.1;
    static constexpr double MaximumSpeed = 3600;
    // The feed_status source the simulator writes.
    static QString sourceName();

    FeedSimulator(QSqlDatabase db, QTimeZone zone, Options options);
    ~FeedSimulator();
    FeedSimulator(const FeedSimulator &) = delete;
    FeedSimulator &operator=(const FeedSimulator &) = delete;

    // Reads the store (agents, settings, history, the watermark), takes over what is open and picks
    // the start clock. Writes nothing. On failure *error says why and failure() what kind it was.
    bool begin(QString *error);
    // Plays simulatedSeconds (≥ 0) of the floor and writes them with the watermark {sourceName(),
    // clock(), wallNow, speed} in one transaction. When begin() started from another source's
    // watermark (the demo's), the first successful call also deletes that source's row: the simulator
    // carries its feed on. On failure nothing is written, the simulator is as it was before the call
    // (a later call may try again) and *error says why.
    bool advance(qint64 simulatedSeconds, qint64 wallNow, QString *error);

    qint64 clock() const;
    StartFrom startFrom() const;
    Stats stats() const;
    Failure failure() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kefu::live
