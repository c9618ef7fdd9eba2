target_sources(kefudesk PRIVATE SimulateCommand.cpp SimulateCommand.h)
