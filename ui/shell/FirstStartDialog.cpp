#include "FirstStartDialog.h"

#include "Gui.h"
#include "Language.h"
#include "widgets/Resources.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kefu::ui {

FirstStartDialog::FirstStartDialog(QWidget *parent)
    : QDialog(parent)
{
    initResources();
    setObjectName(QStringLiteral("firstStartDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/kefudesk.svg")).pixmap(56, 56));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    titles->addWidget(m_heading);
    titles->addWidget(m_text);
    top->addLayout(titles, 1);
    layout->addLayout(top);

    m_demo = new QCommandLinkButton(this);
    m_demo->setObjectName(QStringLiteral("firstStartDemo"));
    m_empty = new QCommandLinkButton(this);
    m_empty->setObjectName(QStringLiteral("firstStartEmpty"));
    m_open = new QCommandLinkButton(this);
    m_open->setObjectName(QStringLiteral("firstStartOpen"));
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addWidget(m_open);
    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::CreateDemo); });
    connect(m_empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::CreateEmpty); });
    connect(m_open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    m_demo->setDefault(true);

    auto *bottom = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("firstStartLanguage"));
    // Language names are shown in their own language, whatever the current one is.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(currentLanguage()));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        saveLanguage(language);
        applyLanguage(language);
    });
    bottom->addWidget(m_languageLabel);
    bottom->addWidget(m_language);
    bottom->addStretch(1);
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("firstStartQuit"));
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    bottom->addWidget(m_quit);
    layout->addSpacing(6);
    layout->addLayout(bottom);

    retranslate();
    setMinimumWidth(560);
}

void FirstStartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstStartDialog::retranslate()
{
    setWindowTitle(tr("Welcome to KefuDesk"));
    m_heading->setText(tr("Welcome to KefuDesk"));
    m_text->setText(tr("KefuDesk keeps its data in a store: one file with your team's contacts, complaints, "
                       "scripts and shifts. How would you like to start?"));
    m_demo->setText(tr("Create a demo store"));
    m_demo->setDescription(tr("A realistic team with 90 days of history and a promotion peak day, so that every "
                              "pane has something to show. Best for a first look."));
    m_empty->setText(tr("Create an empty store"));
    m_empty->setDescription(tr("Start from scratch and import the exports of your contact platform."));
    m_open->setText(tr("Open an existing store"));
    m_open->setDescription(tr("A store file made earlier on this computer or shared by your team."));
    m_languageLabel->setText(tr("&Language:"));
    m_quit->setText(tr("&Quit"));
}

} // namespace kefu::ui
