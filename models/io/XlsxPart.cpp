#include "XlsxPart.h"

#include "XlsxArchive.h"

namespace kefu::io {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
}

XlsxPart::~XlsxPart() = default;

std::unique_ptr<XlsxPart> XlsxPart::open(const XlsxArchive &archive, const QString &path, qint64 maxBytes,
                                         QString *error)
{
    std::unique_ptr<XlsxPart> part(new XlsxPart);
    part->m_fileName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    part->m_maxBytes = maxBytes;
    part->m_stream = archive.openEntry(path, error);
    if (!part->m_stream)
        return nullptr;
    return part;
}

void XlsxPart::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1 line %2: %3").arg(m_fileName).arg(m_xml.lineNumber()).arg(reason);
}

bool XlsxPart::feed()
{
    m_chunk.resize(ChunkBytes);
    const qint64 got = m_stream->read(m_chunk.data(), ChunkBytes);
    if (got < 0) {
        fail(m_stream->errorString());
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return true;
    }
    m_read += got;
    m_sinceToken += got;
    if (m_read > m_maxBytes) {
        fail(QStringLiteral("the part is larger than %1 MiB").arg(m_maxBytes / (1024 * 1024)));
        return false;
    }
    if (m_sinceToken > MaxTokenBytes) {
        fail(QStringLiteral("an element or text is longer than %1 MiB").arg(MaxTokenBytes / (1024 * 1024)));
        return false;
    }
    m_xml.addData(QByteArray(m_chunk.constData(), qsizetype(got)));
    return true;
}

QXmlStreamReader::TokenType XlsxPart::readNext()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid) {
            m_sinceToken = 0;
            return token;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            fail(m_xml.errorString());
            return QXmlStreamReader::Invalid;
        }
        if (m_eof) {
            fail(QStringLiteral("the XML ends before the document is complete"));
            return QXmlStreamReader::Invalid;
        }
        if (!feed())
            return QXmlStreamReader::Invalid;
    }
}

bool XlsxPart::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::EndDocument:
            fail(QStringLiteral("the XML ends inside an element"));
            return false;
        default:
            break;
        }
    }
    return true;
}

} // namespace kefu::io
