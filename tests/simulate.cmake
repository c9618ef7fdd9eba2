# The live feed simulator (issue 5): the engine in-process on a small demo store, and `kefudesk simulate`
# as a child process (runs for a while, stops cleanly on SIGTERM).
kefu_add_test(tst_simulate tst_simulate.cpp TestSupport.h)
target_compile_definitions(tst_simulate PRIVATE KEFUDESK_BINARY="$<TARGET_FILE:kefudesk>")
add_dependencies(tst_simulate kefudesk)
