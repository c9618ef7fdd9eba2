#pragma once

#include <QFrame>
#include <QString>

namespace kefu::ui {

// A one-line label that shortens its text in the middle ("/home/…/demo.sqlite") when it is too
// narrow, and shows the whole text as its tooltip. For file paths, which do not word-wrap.
class ElidedLabel final : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void setElideMode(Qt::TextElideMode mode);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};

} // namespace kefu::ui
