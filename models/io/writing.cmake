# The export side of import and export (issue 4): tables to CSV and XLSX, streamed row by row.
# Included by models/CMakeLists.txt.
target_sources(kefudesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TableWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/TableWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/XlsxWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/XlsxWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ExportSource.cpp ${CMAKE_CURRENT_LIST_DIR}/ExportSource.h)

# libxlsxwriter (Debian: libxlsxwriter-dev) writes XLSX in constant memory. It zips through the
# system's minizip: nothing in the process may bring another minizip that exports the same names
# (QuaZip's bundled one does, with other signatures, and libxlsxwriter then crashes in
# workbook_close()); tst_tablewriter would show it.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_link_libraries(kefudesk_models PRIVATE PkgConfig::XLSXWRITER)
