#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

// What every printable PDF of KefuDesk shares (the scorecard book, the complaints report): an A4
// portrait page at 300 dpi, a CJK-capable font embedded by Qt's PDF engine, the inks, a canvas that
// paints in millimetres from the content's top left, the footer, and the writer that puts the file in
// place whole or not at all. Needs a QGuiApplication (the command line starts one on the offscreen
// platform).
namespace kefu::ui::pdf {

// The page in millimetres: A4 portrait, the content inside the margins, the footer at its bottom.
inline constexpr double PageWidth = 210;
inline constexpr double PageHeight = 297;
inline constexpr double MarginX = 15;
inline constexpr double MarginTop = 14;
inline constexpr double MarginBottom = 12;
inline constexpr double ContentWidth = PageWidth - 2 * MarginX;
inline constexpr double ContentHeight = PageHeight - MarginTop - MarginBottom;
inline constexpr double FooterHeight = 6;
// Where the body of a page ends, above the footer.
inline constexpr double BodyBottom = ContentHeight - FooterHeight - 2;
inline constexpr int Dpi = 300;

// Text, secondary text, rules, chart grids, alternate rows and neutral tiles.
QColor ink();
QColor muted();
QColor rule();
QColor grid();
QColor shade();
// The colours of a chart's series, in order (blue, orange, grey): each chart says in its key what they
// stand for. Ratings take RatingColours' colours instead.
QColor series(int index);

// The family the PDFs are written with: the first installed of WenQuanYi Micro Hei, Noto Sans CJK SC,
// Noto Sans SC, Source Han Sans SC/CN, Microsoft YaHei, PingFang SC; else any family that writes
// Simplified Chinese; else the default font (logged as a warning: Chinese text may not show).
QString fontFamily();

// Paints on a page in millimetres from the content's top left at dpi dots per inch.
class Canvas
{
public:
    explicit Canvas(QString family)
        : m_family(std::move(family))
    {}

    double dpi() const { return m_dpi; }
    void setDpi(double dpi) { m_dpi = dpi; }

    double mm(double v) const { return v * m_dpi / 25.4; }
    // Millimetres back from the device's dots (a text's measured width).
    double fromDots(double dots) const { return dots * 25.4 / m_dpi; }
    QRectF box(double x, double y, double w, double h) const { return QRectF(mm(x), mm(y), mm(w), mm(h)); }
    QPointF at(double x, double y) const { return QPointF(mm(x), mm(y)); }
    QPen pen(const QColor &colour, double widthMm, Qt::PenStyle style = Qt::SolidLine) const;
    QFont font(double points, bool bold = false) const;

    // Text in a rectangle (millimetres); one line is elided to fit, wrapped text is not.
    void text(QPainter &p, const QRectF &rectMm, const QString &s, int flags, const QFont &f,
              const QColor &colour = QColor()) const;
    // The width of s in f, in millimetres.
    double textWidth(QPainter &p, const QString &s, const QFont &f) const;
    // A section's title over a rule, 6.3 mm high.
    void heading(QPainter &p, double y, const QString &title) const;
    void fill(QPainter &p, const QRectF &rectMm, const QColor &colour, double radiusMm = 0) const;
    // The rule at the page's foot, left the document's line, right "Page n of m".
    void footer(QPainter &p, const QString &left, int page, int pageCount) const;

private:
    QString m_family;
    double m_dpi = Dpi;
};

// One page as paint() paints it, on a white A4 image of dpi dots per inch with the painter's origin at
// the content's top left: for previews and the documentation's screenshots.
QImage renderPage(int dpi, const std::function<void(QPainter &)> &paint);

// Writes pageCount pages (paint(painter, page) with the origin at the content's top left, at Dpi) to
// path.partial and renames it over path when complete; on failure nothing is left behind and *error
// says why.
bool writePdf(const QString &path, const QString &title, int pageCount,
              const std::function<void(QPainter &, int)> &paint, QString *error);

} // namespace kefu::ui::pdf
