# Agent scorecards for print and Excel (issue 6): the PDF and XLSX of the scorecard book, and
# `kefudesk report agents --format pdf|xlsx` run as a child process. Included by tests/CMakeLists.txt.
find_package(ZLIB REQUIRED)
kefu_add_test(tst_scorecardexport tst_scorecardexport.cpp TestSupport.h ExampleData.h XlsxProbe.h GUI)
target_link_libraries(tst_scorecardexport PRIVATE ZLIB::ZLIB)
target_compile_definitions(tst_scorecardexport PRIVATE KEFUDESK_BINARY="$<TARGET_FILE:kefudesk>")
add_dependencies(tst_scorecardexport kefudesk)
