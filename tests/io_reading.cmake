# The table readers (CSV and XLSX) behind `kefudesk import`; included by tests/CMakeLists.txt.
find_package(PkgConfig REQUIRED)
find_package(ZLIB REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

# Writes its XLSX fixtures as ZIP archives with zlib, and with libxlsxwriter for workbooks as a real
# writer makes them. (Not with QuaZip: its minizip symbols clash with libxlsxwriter's.)
kefu_add_test(tst_tablereader tst_tablereader.cpp)
target_link_libraries(tst_tablereader PRIVATE ZLIB::ZLIB PkgConfig::XLSXWRITER)

# libFuzzer over both readers, for a bounded time (KEFUDESK_FUZZ_SECONDS per target, default 30);
# needs clang and the fuzzer runtime (Debian: clang, libclang-rt-14-dev).
find_program(KEFU_CLANGXX clang++)
file(GLOB KEFU_FUZZER_RUNTIME /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a)
if(KEFU_CLANGXX AND KEFU_FUZZER_RUNTIME)
    add_test(NAME fuzz_readers COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run-fuzz.sh ${CMAKE_BINARY_DIR}/fuzz)
    set_tests_properties(fuzz_readers PROPERTIES TIMEOUT 900 LABELS fuzz)
endif()
