// libFuzzer target: CSV bytes through TableReader::fromBytes, detected and then with a forced
// encoding and separator.
#include "FuzzSupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    kefu::fuzz::readEverything(bytes, QStringLiteral("fuzz.csv"), {});

    static const char *const encodings[] = {"UTF-8", "UTF-16", "UTF-16BE", "GB18030", "utf-16le"};
    kefu::io::ReaderOptions forced;
    forced.encoding = QString::fromLatin1(encodings[size % 5]);
    forced.separator = (size & 8) ? ';' : 0; // 0: tab, by the .tsv name
    kefu::fuzz::readEverything(bytes, QStringLiteral("fuzz.tsv"), forced);
    return 0;
}
