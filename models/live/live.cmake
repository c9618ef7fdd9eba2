# The live floor (issue 5). Paths relative to models/.
target_sources(kefudesk_models PRIVATE
)
