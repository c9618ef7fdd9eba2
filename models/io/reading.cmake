# The table readers behind `kefudesk import` (CSV and XLSX); included by models/CMakeLists.txt.
target_sources(kefudesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TableReader.cpp ${CMAKE_CURRENT_LIST_DIR}/TableReader.h
    ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/XlsxReader.cpp ${CMAKE_CURRENT_LIST_DIR}/XlsxReader.h
    ${CMAKE_CURRENT_LIST_DIR}/XlsxArchive.cpp ${CMAKE_CURRENT_LIST_DIR}/XlsxArchive.h
    ${CMAKE_CURRENT_LIST_DIR}/XlsxPart.cpp ${CMAKE_CURRENT_LIST_DIR}/XlsxPart.h
    ${CMAKE_CURRENT_LIST_DIR}/XlsxCellText.cpp ${CMAKE_CURRENT_LIST_DIR}/XlsxCellText.h
)

# The XLSX container is read with zlib, not QuaZip: QuaZip's bundled minizip exports the same
# symbols as the system libminizip that libxlsxwriter (the XLSX writer) calls, and with both
# libraries in one process libxlsxwriter's zipOpen ran QuaZip's and crashed.
find_package(ZLIB REQUIRED)
target_link_libraries(kefudesk_models PRIVATE ZLIB::ZLIB)
