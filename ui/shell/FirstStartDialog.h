#pragma once

#include <QDialog>

class QCommandLinkButton;
class QComboBox;
class QLabel;
class QPushButton;

namespace kefu::ui {

// Shown when there is no store to open: a demo store, an empty store, or an existing one.
class FirstStartDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, CreateDemo, CreateEmpty, OpenExisting };

    explicit FirstStartDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(Choice choice);
    void retranslate();

    Choice m_choice = Choice::None;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_empty = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace kefu::ui
