#include "TableReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFile>

namespace kefu::io {

namespace {

bool isZip(const QByteArray &head)
{
    return head.startsWith(QByteArrayView("PK\x03\x04", 4));
}

// Excel 97-2003 workbooks and password-protected XLSX files are OLE compound documents.
bool isCompoundDocument(const QByteArray &head)
{
    return head.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

bool hasXlsxName(const QString &name)
{
    return name.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive);
}

std::unique_ptr<TableReader> openDevice(std::unique_ptr<QIODevice> device, qint64 size, const QString &name,
                                        const ReaderOptions &options, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QByteArray head = device->peek(8);
    if (isZip(head) || hasXlsxName(name))
        return XlsxReader::open(std::move(device), name, error);
    if (isCompoundDocument(head)) {
        *error = name + QCoreApplication::translate("kefu::io", ": an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx "
                                       "without a password, or as CSV");
        return nullptr;
    }
    return CsvReader::create(std::move(device), size, name, options, error);
}

} // namespace

std::unique_ptr<TableReader> TableReader::open(const QString &path, const ReaderOptions &options, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QCoreApplication::translate("kefu::io", ": cannot open (%1)").arg(file->errorString());
        return nullptr;
    }
    const qint64 size = file->size();
    return openDevice(std::move(file), size, path, options, error);
}

std::unique_ptr<TableReader> TableReader::fromBytes(const QByteArray &bytes, const QString &name,
                                                    const ReaderOptions &options, QString *error)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return openDevice(std::move(buffer), bytes.size(), name, options, error);
}

} // namespace kefu::io
