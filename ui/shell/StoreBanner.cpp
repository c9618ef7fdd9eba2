#include "StoreBanner.h"

#include "store/Store.h"
#include "widgets/RatingColours.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kefu::ui {

StoreBanner::StoreBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("storeBanner"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("storeBannerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("storeBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    hide();
}

void StoreBanner::showStateOf(const Store &store)
{
    if (store.isWritable()) {
        hide();
        return;
    }
    const Rating rating = store.isDamaged() ? Rating::Off : Rating::Near;
    m_title->setText(store.isDamaged() ? tr("This store is damaged") : tr("This store is read-only"));
    m_text->setText(store.writeRefusal());
    const QColor edge = RatingColours::of(rating);
    const QColor fill = RatingColours::tint(rating);
    setStyleSheet(QStringLiteral("QFrame#storeBanner { background: %1; border-left: 4px solid %2; }")
                      .arg(fill.name(QColor::HexArgb), edge.name()));
    show();
}

} // namespace kefu::ui
