# The importer: values, the complaint rules its event replay uses, every kind end to end, and a
# kill -9 in the middle of an import.
kefu_add_test(tst_importvalues tst_importvalues.cpp)
kefu_add_test(tst_complaintrules tst_complaintrules.cpp)
kefu_add_test(tst_importer tst_importer.cpp TestSupport.h)
kefu_add_test(tst_importkill tst_importkill.cpp TestSupport.h)
target_compile_definitions(tst_importkill PRIVATE KEFUDESK_BINARY="$<TARGET_FILE:kefudesk>")
add_dependencies(tst_importkill kefudesk)
