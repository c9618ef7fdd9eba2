#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace kefu::io {

class XlsxEntryStream;

// The ZIP container of an XLSX workbook, read from its central directory with zlib. (Not QuaZip:
// its bundled minizip exports the same symbols as the system minizip that libxlsxwriter uses, and
// in one process one of the two libraries then calls into the other and crashes.)
class XlsxArchive final
{
public:
    struct Entry
    {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };

    // Reads the directory of the archive on device (open, seekable; it must outlive the archive).
    // False with *error ("not a ZIP archive", "the ZIP directory is damaged") otherwise.
    bool open(QIODevice *device, QString *error);

    // Entry names compare case-insensitively, as OPC part names do.
    bool contains(const QString &name) const { return m_entries.contains(name.toLower()); }
    // Streams one entry, inflated; nullptr with *error when it is missing or cannot be read.
    std::unique_ptr<XlsxEntryStream> openEntry(const QString &name, QString *error) const;

    // Directories larger than this are refused (the directory is held in memory while it is read).
    static constexpr qint64 MaxDirectoryBytes = 64LL * 1024 * 1024;

private:
    bool readDirectory(qint64 offset, qint64 size, qint64 count, QString *error);

    QIODevice *m_device = nullptr;
    qint64 m_size = 0;
    QHash<QString, Entry> m_entries;
};

// The bytes of one archive entry, read in small steps: only one compressed chunk and zlib's window
// are in memory, whatever the entry inflates to. The CRC and size are checked at the end.
class XlsxEntryStream final
{
public:
    XlsxEntryStream(QIODevice *device, const XlsxArchive::Entry &entry, qint64 dataOffset);
    ~XlsxEntryStream();
    XlsxEntryStream(const XlsxEntryStream &) = delete;
    XlsxEntryStream &operator=(const XlsxEntryStream &) = delete;

    bool start(QString *error);
    // Up to maximum bytes; 0 at the end; -1 on damaged data (errorString()).
    qint64 read(char *data, qint64 maximum);
    QString errorString() const { return m_error; }

private:
    bool refill();
    qint64 finish(qint64 produced);
    qint64 fail(const QString &reason);

    struct Inflater;
    QIODevice *m_device;
    XlsxArchive::Entry m_entry;
    qint64 m_position; // of the next compressed byte in the device
    qint64 m_compressedLeft;
    qint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_ended = false;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_input;
    QString m_error;
};

} // namespace kefu::io
