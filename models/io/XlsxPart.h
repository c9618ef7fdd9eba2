#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

namespace kefu::io {

class XlsxArchive;
class XlsxEntryStream;

// One XML part of an XLSX archive, streamed: the part is inflated in small chunks as the XML
// reader asks for them, so neither the part nor one of its tokens can take more memory than the
// limits below, however far it inflates.
class XlsxPart final
{
public:
    // An element or text longer than this is an error (the XML reader keeps a whole token).
    static constexpr qint64 MaxTokenBytes = 16 * 1024 * 1024;

    ~XlsxPart();

    // Opens path in archive (which must outlive the part); no more than maxBytes of it are read.
    // nullptr with *error when the part is missing or cannot be read.
    static std::unique_ptr<XlsxPart> open(const XlsxArchive &archive, const QString &path, qint64 maxBytes,
                                          QString *error);

    // The next token; Invalid on malformed XML, damaged ZIP data, a limit reached or the part
    // ending early (then errorString()).
    QXmlStreamReader::TokenType readNext();
    // After a StartElement: reads up to its EndElement. False on error.
    bool skipElement();
    QXmlStreamReader &xml() { return m_xml; }

    // "sheet1.xml line 12: reason"
    QString errorString() const { return m_error; }
    void fail(const QString &reason);
    // The part's file name without its folder ("sheet1.xml").
    QString fileName() const { return m_fileName; }

private:
    XlsxPart() = default;
    bool feed();

    std::unique_ptr<XlsxEntryStream> m_stream;
    QXmlStreamReader m_xml;
    QString m_fileName;
    QByteArray m_chunk;
    qint64 m_maxBytes = 0;
    qint64 m_read = 0;
    qint64 m_sinceToken = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace kefu::io
