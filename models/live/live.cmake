# The live floor (issue 5). Paths relative to models/.
target_sources(kefudesk_models PRIVATE
    live/LiveSnapshot.h
    live/Forecast.cpp live/Forecast.h
    live/LiveQueue.cpp live/LiveQueue.h
    live/LiveQueueWatcher.cpp live/LiveQueueWatcher.h
    live/QueueAlerts.cpp live/QueueAlerts.h
    live/DrillDown.cpp live/DrillDown.h
    live/FeedSimulator.cpp live/FeedSimulator.h
)
