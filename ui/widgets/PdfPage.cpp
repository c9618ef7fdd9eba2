#include "PdfPage.h"

#include "core/Logging.h"
#include "exporting/TableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <filesystem>
#include <system_error>

namespace kefu::ui::pdf {

namespace {

// Puts from in place of to in one step (rename(2); MoveFileEx with REPLACE_EXISTING on Windows).
bool replaceFile(const QString &from, const QString &to, QString *reason)
{
#ifdef Q_OS_WIN
    const std::filesystem::path source(from.toStdWString()), target(to.toStdWString());
#else
    const std::filesystem::path source(QFile::encodeName(from).toStdString()),
        target(QFile::encodeName(to).toStdString());
#endif
    std::error_code code;
    std::filesystem::rename(source, target, code);
    if (code)
        *reason = QString::fromLocal8Bit(code.message());
    return !code;
}

} // namespace

QColor ink()
{
    return QColor(0x21, 0x21, 0x21);
}
QColor muted()
{
    return QColor(0x61, 0x61, 0x61);
}
QColor rule()
{
    return QColor(0xbd, 0xbd, 0xbd);
}
QColor grid()
{
    return QColor(0xe0, 0xe0, 0xe0);
}
QColor shade()
{
    return QColor(0xf5, 0xf5, 0xf5);
}

QColor series(int index)
{
    switch (index) {
    case 0:
        return QColor(0x15, 0x65, 0xc0);
    case 1:
        return QColor(0xef, 0x6c, 0x00);
    default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
}

QString fontFamily()
{
    static const char *const preferred[] = {"WenQuanYi Micro Hei", "Noto Sans CJK SC",   "Noto Sans SC",
                                            "Source Han Sans SC",  "Source Han Sans CN", "Microsoft YaHei",
                                            "PingFang SC"};
    const QStringList installed = QFontDatabase::families();
    for (const char *name : preferred) {
        const QString family = QString::fromLatin1(name);
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : chinese) {
        if (!QFontDatabase::isPrivateFamily(family))
            return family;
    }
    const QString fallback = QGuiApplication::font().family();
    logging::warn(QStringLiteral("No font for Chinese text is installed (looked for WenQuanYi Micro Hei, Noto Sans "
                                 "CJK SC and others); PDFs are written with %1 and Chinese text may not show.")
                      .arg(fallback));
    return fallback;
}

QPen Canvas::pen(const QColor &colour, double widthMm, Qt::PenStyle style) const
{
    QPen pen(colour, mm(widthMm), style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QFont Canvas::font(double points, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same layout on paper and in a preview
    return f;
}

void Canvas::text(QPainter &p, const QRectF &rectMm, const QString &s, int flags, const QFont &f,
                  const QColor &colour) const
{
    const QRectF r = box(rectMm.x(), rectMm.y(), rectMm.width(), rectMm.height());
    p.setFont(f);
    p.setPen(colour.isValid() ? colour : ink());
    if (flags & Qt::TextWordWrap) {
        p.drawText(r, flags, s);
        return;
    }
    const QFontMetricsF metrics(f, p.device());
    p.drawText(r, flags | Qt::TextSingleLine, metrics.elidedText(s, Qt::ElideRight, r.width()));
}

double Canvas::textWidth(QPainter &p, const QString &s, const QFont &f) const
{
    return fromDots(QFontMetricsF(f, p.device()).horizontalAdvance(s));
}

void Canvas::heading(QPainter &p, double y, const QString &title) const
{
    text(p, QRectF(0, y, ContentWidth, 6), title, Qt::AlignLeft | Qt::AlignVCenter, font(11, true));
    p.setPen(pen(rule(), 0.25));
    p.drawLine(at(0, y + 6.3), at(ContentWidth, y + 6.3));
}

void Canvas::fill(QPainter &p, const QRectF &rectMm, const QColor &colour, double radiusMm) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const QRectF r = box(rectMm.x(), rectMm.y(), rectMm.width(), rectMm.height());
    if (radiusMm > 0)
        p.drawRoundedRect(r, mm(radiusMm), mm(radiusMm));
    else
        p.drawRect(r);
    p.setBrush(Qt::NoBrush);
}

void Canvas::footer(QPainter &p, const QString &left, int page, int pageCount) const
{
    const double y = ContentHeight - FooterHeight;
    p.setPen(pen(rule(), 0.2));
    p.drawLine(at(0, y), at(ContentWidth, y));
    text(p, QRectF(0, y + 1, ContentWidth * 0.75, FooterHeight - 1), left, Qt::AlignLeft | Qt::AlignVCenter, font(7),
         muted());
    text(p, QRectF(ContentWidth * 0.75, y + 1, ContentWidth * 0.25, FooterHeight - 1),
         QCoreApplication::translate("kefu::ui::PdfPage", "Page %1 of %2").arg(page + 1).arg(pageCount), Qt::AlignRight | Qt::AlignVCenter, font(7), muted());
}

QImage renderPage(int dpi, const std::function<void(QPainter &)> &paint)
{
    const auto pixels = [dpi](double mm) {
        return int(std::lround(mm * dpi / 25.4));
    };
    QImage image(pixels(PageWidth), pixels(PageHeight), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(MarginX * dpi / 25.4, MarginTop * dpi / 25.4);
    paint(painter);
    return image;
}

bool writePdf(const QString &path, const QString &title, int pageCount,
              const std::function<void(QPainter &, int)> &paint, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("kefu::ui::PdfPage", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("kefu::ui::PdfPage", "a PDF needs the graphical application (QGuiApplication) for its fonts"));
    const QString partial = io::TableWriter::partialPathFor(path);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(file.errorString());
    const auto abandon = [&](const QString &reason) {
        file.close();
        QFile::remove(partial);
        return fail(reason);
    };
    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setCreator(QStringLiteral("KefuDesk %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(title);
        if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                              QMarginsF(MarginX, MarginTop, MarginX, MarginBottom),
                                              QPageLayout::Millimeter)))
            return abandon(QCoreApplication::translate("kefu::ui::PdfPage", "the A4 page layout was refused"));
        QPainter painter;
        if (!painter.begin(&writer))
            return abandon(QCoreApplication::translate("kefu::ui::PdfPage", "the PDF could not be started"));
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0 && !writer.newPage()) {
                painter.end();
                return abandon(QCoreApplication::translate("kefu::ui::PdfPage", "a new page could not be started"));
            }
            paint(painter, page);
        }
        if (!painter.end())
            return abandon(QCoreApplication::translate("kefu::ui::PdfPage", "the PDF could not be finished"));
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return abandon(file.errorString());
    file.close();
    QString reason;
    if (!replaceFile(partial, path, &reason)) {
        QFile::remove(partial);
        return fail(reason);
    }
    return true;
}

} // namespace kefu::ui::pdf
