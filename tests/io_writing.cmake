# The export side of import and export (issue 4). Included by tests/CMakeLists.txt.

# XLSX files are checked by reading the ZIP (zlib; XlsxProbe.h) and the sheets' XML. Not QuaZip: its
# bundled minizip clashes with the one libxlsxwriter uses (models/io/writing.cmake).
find_package(ZLIB REQUIRED)

# The writers, exportTable() and ReportTable to XLSX (what `report --format xlsx` writes).
kefu_add_test(tst_tablewriter tst_tablewriter.cpp TestSupport.h XlsxProbe.h)
target_link_libraries(tst_tablewriter PRIVATE ZLIB::ZLIB)

# The GUI's export: TableExport's worker thread and progress dialog with a large fake source.
kefu_add_test(tst_tableexport tst_tableexport.cpp TestSupport.h XlsxProbe.h GUI)
target_link_libraries(tst_tableexport PRIVATE ZLIB::ZLIB)

# The audit log's export is checked in XLSX too.
target_sources(tst_auditlog PRIVATE XlsxProbe.h)
target_link_libraries(tst_auditlog PRIVATE ZLIB::ZLIB)
