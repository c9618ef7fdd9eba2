#pragma once

#include "io/TableReader.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <cstdlib>
#include <string>
#include <vector>

namespace kefu::fuzz {

struct Row
{
    std::vector<std::string> fields;
    qint64 line = 0;
    bool problem = false;
    bool operator==(const Row &other) const = default;
};

struct Rows
{
    std::vector<Row> rows;
    bool unclosed = false; // the text ends inside a quoted field
    qint64 unclosedLine = 0;
};

// The CSV rules written as plainly as possible, character by character over the whole text, to
// check the streaming parser's output against (differential fuzzing).
inline Rows referenceCsv(const QByteArray &text, char separator)
{
    Rows out;
    const qsizetype n = text.size();
    auto at = [&](qsizetype i) {
        return text.at(i);
    };
    auto ends = [&](char c) {
        return c == separator || c == '\r' || c == '\n';
    };
    qsizetype i = 0;
    qint64 line = 1;
    while (i < n) {
        Row row;
        row.line = line;
        for (;;) {
            std::string field;
            if (at(i) == '"') {
                ++i;
                const qint64 quoteLine = line;
                for (;;) {
                    if (i >= n) {
                        out.unclosed = true;
                        out.unclosedLine = quoteLine;
                        return out;
                    }
                    const char c = at(i);
                    if (c == '"') {
                        if (i + 1 < n && at(i + 1) == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && !(i + 1 < n && at(i + 1) == '\n')))
                        ++line;
                    field += c;
                    ++i;
                }
            }
            while (i < n && !ends(at(i)))
                field += at(i++);
            row.fields.push_back(field);
            if (i >= n)
                break;
            if (at(i) == separator) {
                ++i;
                if (i >= n) {
                    row.fields.emplace_back();
                    break;
                }
                continue;
            }
            i += (at(i) == '\r' && i + 1 < n && at(i + 1) == '\n') ? 2 : 1;
            ++line;
            break;
        }
        bool blank = true;
        for (const std::string &field : row.fields) {
            if (!field.empty())
                blank = false;
            if (!io::isValidUtf8(field.data(), qsizetype(field.size())))
                row.problem = true;
        }
        if (!blank)
            out.rows.push_back(row);
    }
    return out;
}

// The text the CSV reader should have parsed, as UTF-8; false when the comparison does not apply
// (text that did not decode cleanly is compared by its problems only for UTF-8).
inline bool decodedText(const QByteArray &bytes, const QString &encoding, QByteArray *text)
{
    const auto flags = QStringDecoder::Flag::ConvertInitialBom;
    if (encoding == QLatin1String("UTF-8")) {
        *text = bytes;
    } else if (encoding == QLatin1String("UTF-8 (BOM)")) {
        *text = bytes.mid(3);
    } else if (encoding.startsWith(QLatin1String("UTF-16"))) {
        const QByteArray data = encoding.endsWith(QLatin1String("(BOM)")) ? bytes.mid(2) : bytes;
        QStringDecoder decoder(
            encoding.startsWith(QLatin1String("UTF-16LE")) ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, flags);
        *text = QString(decoder.decode(data)).toUtf8();
        return !decoder.hasError();
    } else {
        QStringDecoder decoder("GB18030", flags);
        *text = QString(decoder.decode(bytes)).toUtf8();
        return !decoder.hasError();
    }
    return true;
}

// Reads every record of bytes and checks what must hold for any input: the reader ends, field views
// point to readable memory, a record without a problem is valid UTF-8, CSV lines increase, progress
// stays within 0..1, and CSV records are those of referenceCsv(). A broken rule aborts, which
// libFuzzer reports as a crash.
inline void readEverything(const QByteArray &bytes, const QString &name, const io::ReaderOptions &options)
{
    QString error;
    auto reader = io::TableReader::fromBytes(bytes, name, options, &error);
    if (!reader) {
        if (error.isEmpty())
            std::abort();
        return;
    }
    const bool csv = reader->formatName() == QLatin1String("CSV");
    if (reader->encodingName().isEmpty())
        std::abort();
    io::Record record;
    Rows read;
    bool problems = false;
    while (reader->next(record)) {
        Row row;
        row.line = record.line;
        row.problem = !record.problem.isEmpty();
        problems = problems || row.problem;
        for (std::string_view field : record.fields) {
            row.fields.emplace_back(field);
            if (record.problem.isEmpty() && !io::isValidUtf8(field.data(), qsizetype(field.size())))
                std::abort();
        }
        if (record.line <= 0 || (csv && !read.rows.empty() && record.line <= read.rows.back().line))
            std::abort();
        const double progress = reader->progress();
        if (!(progress >= 0.0 && progress <= 1.0))
            std::abort();
        read.rows.push_back(std::move(row));
    }
    if (reader->next(record) || !record.fields.empty())
        std::abort(); // stays at the end
    if (!csv)
        return;

    QByteArray text;
    const bool utf8 = reader->encodingName().startsWith(QLatin1String("UTF-8"));
    if (!decodedText(bytes, reader->encodingName(), &text) || (problems && !utf8))
        return;
    const Rows expected = referenceCsv(text, reader->separator());
    const QString unclosed =
        QStringLiteral("line %1: quoted field opened here is never closed").arg(expected.unclosedLine);
    if (expected.rows != read.rows || (expected.unclosed ? reader->error() != unclosed : !reader->error().isEmpty()))
        std::abort();
}

} // namespace kefu::fuzz
