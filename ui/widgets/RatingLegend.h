#pragma once

#include "metrics/Rating.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace kefu::ui {

// A compact key to the colours of a pane, on one line: per colour a swatch as the pane shows it (a
// square for a coloured figure, a bar for a tile's border, bold for an emphasised cell) and the
// rating's name, with a tooltip saying what it means in this pane. Entries are made from RatingColours
// (rated(), muted()) — the colours and names the delegate, the tiles and the PDF use — so that green,
// amber and red mean the same everywhere.
class RatingLegend final : public QWidget
{
    Q_OBJECT

public:
    enum class Swatch { Square, Bar, Bold };
    struct Entry
    {
        QColor colour;
        QString label;   // short: "On target"
        QString meaning; // the tooltip: what it means here
        Swatch swatch = Swatch::Square;
        bool operator==(const Entry &) const = default;
    };

    explicit RatingLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }

    // A rating's entry: its colour (RatingColours::of) and name (rating::name); the tooltip starts with
    // the colour's name ("Red: …").
    static Entry rated(Rating rating, const QString &meaning);
    // Rows out of play, in RatingColours::muted().
    static Entry muted(const QString &label, const QString &meaning);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Entry> m_entries;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_caption = nullptr;
    QList<QWidget *> m_items;
};

} // namespace kefu::ui
