#pragma once

// What a written PDF holds (its pages, its streams inflated, its embedded CJK font) and what a page
// painting says (the texts drawn, in painting order). The scorecard and complaints PDF tests use it;
// the tests link zlib.
#include <QByteArray>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <climits>
#include <functional>

#include <zlib.h>

namespace kefu::test {

// Pages of a PDF: its page objects ("/Type /Page", not "/Pages").
inline int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// Every stream of a PDF inflated (FlateDecode) and put together: the page contents, and the
// ToUnicode maps when they are compressed.
inline QByteArray inflatedStreams(const QByteArray &pdf)
{
    QByteArray all;
    qsizetype from = 0;
    while ((from = pdf.indexOf("stream", from)) >= 0) {
        qsizetype start = from + 6;
        if (pdf.mid(from - 3, 3) == "end") {
            from = start;
            continue;
        }
        if (pdf.mid(start, 2) == "\r\n")
            start += 2;
        else if (pdf.mid(start, 1) == "\n")
            start += 1;
        else {
            from = start;
            continue;
        }
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray data = pdf.mid(start, end - start);
        z_stream z{};
        if (inflateInit(&z) == Z_OK) {
            QByteArray out(qsizetype(1) << 20, Qt::Uninitialized);
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
            z.avail_in = uInt(data.size());
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int result = inflate(&z, Z_FINISH);
            if (result == Z_STREAM_END || result == Z_BUF_ERROR)
                all += out.left(qsizetype(z.total_out));
            inflateEnd(&z);
        }
        from = end + 9;
    }
    return all;
}

// A CJK family's name as a PDF writes it (PostScript names have no spaces).
inline bool embedsCjkFont(const QByteArray &pdf, QString *which)
{
    if (!pdf.contains("/FontFile2") && !pdf.contains("/FontFile3"))
        return false;
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese)) {
        QString compact = family;
        compact.remove(QLatin1Char(' '));
        if (pdf.contains(compact.toLatin1()) && !compact.isEmpty() && compact.at(0).unicode() < 0x80) {
            *which = family;
            return true;
        }
    }
    return false;
}

// A paint device that keeps the texts drawn on it: what a page says, in painting order.
class TextRecorder final : public QPaintDevice
{
public:
    static constexpr int Dpi = 300;

    // The texts paint(painter) draws on an A4 page at Dpi.
    static QStringList texts(const std::function<void(QPainter &)> &paint)
    {
        TextRecorder device;
        QPainter painter(&device);
        paint(painter);
        painter.end();
        return device.m_engine.texts;
    }

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 2480; // A4 at 300 dpi
        case PdmHeight:
            return 3508;
        case PdmWidthMM:
            return 210;
        case PdmHeightMM:
            return 297;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return Dpi;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts.append(item.text()); }
        Type type() const override { return QPaintEngine::User; }
        QStringList texts;
    };
    mutable Engine m_engine;
};

} // namespace kefu::test
