#include "RatingLegend.h"

#include "RatingColours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace kefu::ui {

namespace {

QPixmap swatch(RatingLegend::Swatch kind, const QColor &colour, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (kind == RatingLegend::Swatch::Bar)
        p.drawRect(QRectF(size / 2.0 - 2, 0, 4, size));
    else
        p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 2, 2);
    return pixmap;
}

} // namespace

RatingLegend::RatingLegend(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_caption);
    m_layout->addStretch(1);
    m_caption->setText(tr("Colours:"));
}

RatingLegend::Entry RatingLegend::rated(Rating rating, const QString &meaning)
{
    return {RatingColours::of(rating), rating::name(rating), RatingColours::describe(rating, meaning), Swatch::Square};
}

RatingLegend::Entry RatingLegend::muted(const QString &label, const QString &meaning)
{
    return {RatingColours::muted(), label, tr("%1: %2").arg(RatingColours::mutedName(), meaning), Swatch::Square};
}

void RatingLegend::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    rebuild();
}

void RatingLegend::rebuild()
{
    qDeleteAll(m_items);
    m_items.clear();
    const int size = fontMetrics().height() * 3 / 4;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        auto *item = new QWidget(this);
        item->setObjectName(QStringLiteral("legendEntry%1").arg(i));
        item->setToolTip(e.meaning);
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto *text = new QLabel(e.label, item);
        if (e.swatch == Swatch::Bold) {
            QFont bold = text->font();
            bold.setBold(true);
            text->setFont(bold);
            if (e.colour.isValid()) {
                QPalette p = text->palette();
                p.setColor(QPalette::WindowText, e.colour);
                text->setPalette(p);
            }
        } else {
            auto *mark = new QLabel(item);
            mark->setPixmap(swatch(e.swatch, e.colour, size, devicePixelRatioF()));
            row->addWidget(mark);
        }
        row->addWidget(text);
        m_layout->insertWidget(m_layout->count() - 1, item); // before the stretch
        m_items.append(item);
    }
}

void RatingLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_caption->setText(tr("Colours:"));
    QWidget::changeEvent(event);
}

} // namespace kefu::ui
