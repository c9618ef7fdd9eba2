#include "XlsxArchive.h"

#include <QCoreApplication>
#include <zlib.h>

#include <algorithm>
#include <climits>

namespace kefu::io {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 DirectoryEntrySignature = 0x02014b50;
constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr quint32 Zip64EndOfDirectorySignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 MaxEntries = 1000000;

quint16 u16(const char *p)
{
    const auto *b = reinterpret_cast<const unsigned char *>(p);
    return quint16(b[0] | (b[1] << 8));
}

quint32 u32(const char *p)
{
    const auto *b = reinterpret_cast<const unsigned char *>(p);
    return quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) | (quint32(b[3]) << 24);
}

quint64 u64(const char *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

// Reads exactly size bytes at offset; an empty array when they are not all there.
QByteArray readAt(QIODevice *device, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !device->seek(offset))
        return {};
    QByteArray bytes = device->read(size);
    return bytes.size() == size ? bytes : QByteArray();
}

} // namespace

bool XlsxArchive::open(QIODevice *device, QString *error)
{
    m_device = device;
    m_size = device->size();
    const QString notZip = QCoreApplication::translate("kefu::io", "not a ZIP archive");
    if (m_size < 22) {
        *error = notZip;
        return false;
    }
    // The end-of-directory record is in the last 22 bytes plus a comment of up to 64 KiB, and a
    // ZIP64 locator may sit right before it.
    const qint64 tailSize = std::min<qint64>(m_size, 22 + 0xFFFF + 20);
    const QByteArray tail = readAt(device, m_size - tailSize, tailSize);
    if (tail.isEmpty()) {
        *error = notZip;
        return false;
    }
    qsizetype end = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail.constData() + i) == EndOfDirectorySignature &&
            i + 22 + u16(tail.constData() + i + 20) <= tail.size()) {
            end = i;
            break;
        }
    }
    if (end < 0) {
        *error = notZip;
        return false;
    }
    const char *record = tail.constData() + end;
    if (u16(record + 4) != 0 || u16(record + 6) != 0) {
        *error = QStringLiteral("a multi-part ZIP archive");
        return false;
    }
    quint64 count = u16(record + 10);
    quint64 directorySize = u32(record + 12);
    quint64 directoryOffset = u32(record + 16);
    if (count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        if (end >= 20 && u32(record - 20) == Zip64LocatorSignature) {
            const quint64 zip64Offset = u64(record - 20 + 8);
            const QByteArray zip64 =
                zip64Offset < quint64(m_size) ? readAt(device, qint64(zip64Offset), 56) : QByteArray();
            if (zip64.isEmpty() || u32(zip64.constData()) != Zip64EndOfDirectorySignature) {
                *error = QStringLiteral("the ZIP directory is damaged");
                return false;
            }
            count = u64(zip64.constData() + 32);
            directorySize = u64(zip64.constData() + 40);
            directoryOffset = u64(zip64.constData() + 48);
        }
    }
    if (directoryOffset > quint64(m_size) || directorySize > quint64(m_size) - directoryOffset) {
        *error = QStringLiteral("the ZIP directory is damaged");
        return false;
    }
    if (qint64(directorySize) > MaxDirectoryBytes) {
        *error = QStringLiteral("the ZIP directory is larger than %1 MiB").arg(MaxDirectoryBytes >> 20);
        return false;
    }
    return readDirectory(qint64(directoryOffset), qint64(directorySize), qint64(std::min<quint64>(count, MaxEntries)),
                         error);
}

bool XlsxArchive::readDirectory(qint64 offset, qint64 size, qint64 count, QString *error)
{
    const QByteArray directory = readAt(m_device, offset, size);
    if (directory.size() != size) {
        *error = QStringLiteral("the ZIP directory is damaged");
        return false;
    }
    const char *p = directory.constData();
    const char *const end = p + directory.size();
    for (qint64 i = 0; i < count && end - p >= 46; ++i) {
        if (u32(p) != DirectoryEntrySignature)
            break;
        Entry entry;
        entry.flags = u16(p + 8);
        entry.method = u16(p + 10);
        entry.crc = u32(p + 16);
        quint64 compressedSize = u32(p + 20);
        quint64 entrySize = u32(p + 24);
        const quint16 nameLength = u16(p + 28);
        const quint16 extraLength = u16(p + 30);
        const quint16 commentLength = u16(p + 32);
        quint64 localOffset = u32(p + 42);
        if (end - p < 46 + qint64(nameLength) + extraLength + commentLength)
            break;
        const QString name = QString::fromUtf8(p + 46, nameLength).toLower();
        // ZIP64: the sizes and offset that did not fit in 32 bits, in this order.
        const char *extra = p + 46 + nameLength;
        const char *const extraEnd = extra + extraLength;
        while (extraEnd - extra >= 4) {
            const quint16 id = u16(extra);
            const quint16 length = u16(extra + 2);
            const char *data = extra + 4;
            if (extraEnd - data < length)
                break;
            if (id == 0x0001) {
                const char *const dataEnd = data + length;
                auto take = [&](quint64 *value) {
                    if (*value == 0xFFFFFFFF && dataEnd - data >= 8) {
                        *value = u64(data);
                        data += 8;
                    }
                };
                take(&entrySize);
                take(&compressedSize);
                take(&localOffset);
            }
            extra += 4 + length;
        }
        if (compressedSize > quint64(m_size) || localOffset > quint64(m_size) || entrySize > quint64(LLONG_MAX)) {
            *error = QStringLiteral("the ZIP directory is damaged");
            return false;
        }
        entry.compressedSize = qint64(compressedSize);
        entry.size = qint64(entrySize);
        entry.localHeaderOffset = qint64(localOffset);
        if (!m_entries.contains(name))
            m_entries.insert(name, entry);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

std::unique_ptr<XlsxEntryStream> XlsxArchive::openEntry(const QString &name, QString *error) const
{
    const auto found = m_entries.constFind(name.toLower());
    if (found == m_entries.cend()) {
        *error = name + QStringLiteral(" is missing");
        return nullptr;
    }
    const Entry &entry = *found;
    if (entry.flags & 0x0001) {
        *error = name + QStringLiteral(" is encrypted");
        return nullptr;
    }
    if (entry.method != 0 && entry.method != 8) {
        *error = name + QStringLiteral(" uses ZIP compression method %1, which is not supported").arg(entry.method);
        return nullptr;
    }
    const QByteArray header = readAt(m_device, entry.localHeaderOffset, 30);
    if (header.isEmpty() || u32(header.constData()) != LocalHeaderSignature) {
        *error = name + QStringLiteral(": the ZIP data is damaged");
        return nullptr;
    }
    const qint64 dataOffset =
        entry.localHeaderOffset + 30 + u16(header.constData() + 26) + u16(header.constData() + 28);
    if (dataOffset > m_size || entry.compressedSize > m_size - dataOffset) {
        *error = name + QStringLiteral(": the ZIP data is cut short");
        return nullptr;
    }
    auto stream = std::make_unique<XlsxEntryStream>(m_device, entry, dataOffset);
    if (!stream->start(error))
        return nullptr;
    return stream;
}

struct XlsxEntryStream::Inflater
{
    z_stream stream{};
    bool initialized = false;
    ~Inflater()
    {
        if (initialized)
            inflateEnd(&stream);
    }
};

XlsxEntryStream::XlsxEntryStream(QIODevice *device, const XlsxArchive::Entry &entry, qint64 dataOffset)
    : m_device(device)
    , m_entry(entry)
    , m_position(dataOffset)
    , m_compressedLeft(entry.compressedSize)
{}

XlsxEntryStream::~XlsxEntryStream() = default;

bool XlsxEntryStream::start(QString *error)
{
    m_crc = quint32(crc32(0, nullptr, 0));
    if (m_entry.method == 8) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->stream, -MAX_WBITS) != Z_OK) {
            *error = QStringLiteral("zlib cannot be initialised");
            return false;
        }
        m_inflater->initialized = true;
    }
    return true;
}

qint64 XlsxEntryStream::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return -1;
}

bool XlsxEntryStream::refill()
{
    const qint64 chunk = std::min(ChunkBytes, m_compressedLeft);
    if (!m_device->seek(m_position)) {
        fail(QStringLiteral("the ZIP data cannot be read"));
        return false;
    }
    m_input.resize(chunk);
    if (m_device->read(m_input.data(), chunk) != chunk) {
        fail(QStringLiteral("the ZIP data is cut short"));
        return false;
    }
    m_position += chunk;
    m_compressedLeft -= chunk;
    m_inflater->stream.next_in = reinterpret_cast<Bytef *>(m_input.data());
    m_inflater->stream.avail_in = uInt(chunk);
    return true;
}

qint64 XlsxEntryStream::finish(qint64 produced)
{
    m_ended = true;
    if (m_produced != m_entry.size || m_crc != m_entry.crc)
        return fail(QStringLiteral("the ZIP data is damaged (wrong checksum or size)"));
    return produced;
}

qint64 XlsxEntryStream::read(char *data, qint64 maximum)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_ended || maximum <= 0)
        return 0;
    maximum = std::min<qint64>(maximum, INT_MAX);

    if (!m_inflater) { // stored
        const qint64 size = std::min(maximum, m_compressedLeft);
        if (size == 0)
            return finish(0);
        if (!m_device->seek(m_position) || m_device->read(data, size) != size)
            return fail(QStringLiteral("the ZIP data is cut short"));
        m_position += size;
        m_compressedLeft -= size;
        m_produced += size;
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(size)));
        return size;
    }

    z_stream &z = m_inflater->stream;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(maximum);
    for (;;) {
        if (z.avail_in == 0 && m_compressedLeft > 0 && !refill())
            return -1;
        const uInt inputBefore = z.avail_in;
        const int status = inflate(&z, Z_NO_FLUSH);
        const qint64 produced = maximum - qint64(z.avail_out);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            return fail(QStringLiteral("the ZIP data is damaged (%1)")
                            .arg(QString::fromLatin1(z.msg ? z.msg : "inflate error")));
        if (produced > 0) {
            m_produced += produced;
            m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced)));
        }
        if (status == Z_STREAM_END)
            return finish(produced);
        if (produced > 0)
            return produced;
        if (z.avail_in == inputBefore) // no progress: the input ended or zlib is stuck
            return fail(QStringLiteral("the ZIP data is cut short"));
    }
}

} // namespace kefu::io
