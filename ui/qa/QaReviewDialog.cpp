#include "QaReviewDialog.h"

#include "users/PermissionLabels.h"
#include "QaTexts.h"
#include "core/Formats.h"
#include "auth/UserChoices.h"
#include "store/Store.h"
#include "widgets/ErrorLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace kefu::ui {

namespace {

// Grid columns of the items: the text, its share, the values of the scales, N/A.
constexpr int TextColumn = 0;
constexpr int ShareColumn = 1;
constexpr int FirstValueColumn = 2;
constexpr int NotApplicableColumn = FirstValueColumn + 5;

// The values of a scale in the order of their buttons.
QList<int> valuesOf(qa::Scale scale)
{
    switch (scale) {
    case qa::Scale::Binary:
        return {1, 0};
    case qa::Scale::ThreePoint:
        return {0, 1, 2};
    case qa::Scale::FivePoint:
        return {1, 2, 3, 4, 5};
    }
    return {};
}

} // namespace

QaReviewDialog::QaReviewDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_mayEnter(session.can(Permission::EnterQaReviews) && !store.isReadOnly())
{
    setObjectName(QStringLiteral("qaReviewDialog"));
    setWindowTitle(tr("New QA review"));

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("qaReviewNotice"));
    m_notice->setWordWrap(true);
    if (!session.can(Permission::EnterQaReviews))
        m_notice->setText(PermissionLabels::onlyRolesMay(Permission::EnterQaReviews));
    else if (store.isReadOnly())
        m_notice->setText(tr("The store is open read-only: reviews cannot be entered."));
    m_notice->setVisible(!m_mayEnter);
    layout->addWidget(m_notice);

    auto *top = new QHBoxLayout;
    auto *fields = new QFormLayout;
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("qaReviewAgent"));
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->addItem(QString(), QString());
    for (const userchoices::AgentChoice &agent : userchoices::agents(store.database()))
        m_agent->addItem(tr("%1 · %2").arg(agent.id, agent.name), agent.id);
    m_agent->lineEdit()->setPlaceholderText(tr("agent id or name"));
    auto *completer = new QCompleter(m_agent->model(), m_agent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_agent->setCompleter(completer);
    m_agent->setMinimumContentsLength(18);
    fields->addRow(tr("&Agent:"), m_agent);
    m_conversation = new QLineEdit(this);
    m_conversation->setObjectName(QStringLiteral("qaReviewConversation"));
    m_conversation->setPlaceholderText(tr("the id of the conversation reviewed"));
    fields->addRow(tr("C&onversation:"), m_conversation);
    m_complaint = new QLineEdit(this);
    m_complaint->setObjectName(QStringLiteral("qaReviewComplaint"));
    m_complaint->setPlaceholderText(tr("or the id of the complaint"));
    fields->addRow(tr("Co&mplaint:"), m_complaint);
    m_linkHint = new QLabel(this);
    m_linkHint->setObjectName(QStringLiteral("qaReviewLinkHint"));
    m_linkHint->setWordWrap(true);
    m_linkHint->setForegroundRole(QPalette::PlaceholderText);
    fields->addRow(QString(), m_linkHint);
    m_formCombo = new QComboBox(this);
    m_formCombo->setObjectName(QStringLiteral("qaReviewForm"));
    m_formCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fields->addRow(tr("&Form:"), m_formCombo);
    top->addLayout(fields, 3);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("qaReviewScorePanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *panelLayout = new QVBoxLayout(panel);
    auto *scoreCaption = new QLabel(tr("Score"), panel);
    scoreCaption->setForegroundRole(QPalette::PlaceholderText);
    m_score = new QLabel(panel);
    m_score->setObjectName(QStringLiteral("qaReviewScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_score->setFont(big);
    m_progress = new QLabel(panel);
    m_progress->setObjectName(QStringLiteral("qaReviewProgress"));
    m_progress->setWordWrap(true);
    m_autoFail = createErrorLabel(QStringLiteral("qaReviewAutoFail"), panel, 0);
    m_autoFail->hide();
    panelLayout->addWidget(scoreCaption);
    panelLayout->addWidget(m_score);
    panelLayout->addWidget(m_progress);
    panelLayout->addWidget(m_autoFail);
    panelLayout->addStretch(1);
    panel->setMinimumWidth(220);
    top->addWidget(panel, 2);
    layout->addLayout(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("qaReviewItemsArea"));
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);

    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("qaReviewNotes"));
    m_notes->setPlaceholderText(tr("What went well, what to coach; the agent can read it."));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);

    m_error = createErrorLabel(QStringLiteral("qaReviewError"), this, 0);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_save = buttons->addButton(tr("&Save review"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("qaReviewSaveButton"));
    m_save->setEnabled(m_mayEnter);
    m_save->setToolTip(m_mayEnter ? QString() : m_notice->text());
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("qaReviewCancelButton"));
    // Return in a field must not save a half-entered review.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QaReviewDialog::reject);

    connect(m_conversation, &QLineEdit::editingFinished, this, &QaReviewDialog::conversationEdited);
    connect(m_formCombo, &QComboBox::activated, this, &QaReviewDialog::formChosen);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_error->hide(); });

    for (QWidget *w : std::initializer_list<QWidget *>{m_agent, m_conversation, m_complaint, m_formCombo, m_notes})
        w->setEnabled(m_mayEnter);

    fillForms();
    resize(900, 720);
}

void QaReviewDialog::fillForms()
{
    m_formCombo->clear();
    for (const qa::FormSummary &form : qa::QaForms(m_store.database()).list(true))
        m_formCombo->addItem(QaTexts::formTitle(form.name, form.version), form.versionId);
    m_formCombo->setCurrentIndex(m_formCombo->count() > 0 ? 0 : -1);
    m_form.reset();
    buildItems();
}

void QaReviewDialog::formChosen()
{
    const qint64 versionId = m_formCombo->currentData().toLongLong();
    if (m_form && versionId == m_form->versionId)
        return;
    const bool answered = !answers().isEmpty();
    auto rebuild = [this] {
        m_form.reset();
        buildItems();
    };
    if (!answered) {
        rebuild();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("Another form starts the review again: the answers given so far are lost."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("qaReviewChangeFormBox"));
    box->button(QMessageBox::Discard)->setText(tr("Change the form"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, rebuild](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Discard) {
            rebuild();
            return;
        }
        const QSignalBlocker blocker(m_formCombo);
        m_formCombo->setCurrentIndex(qMax(0, m_formCombo->findData(m_form ? m_form->versionId : 0)));
    });
    box->open();
}

bool QaReviewDialog::setFormVersion(qint64 versionId)
{
    const int index = m_formCombo->findData(versionId);
    if (index < 0)
        return false;
    m_formCombo->setCurrentIndex(index);
    m_form.reset();
    buildItems();
    return true;
}

void QaReviewDialog::buildItems()
{
    m_groups.clear();
    m_rows.clear();
    m_texts.clear();
    m_items = new QWidget;
    m_items->setObjectName(QStringLiteral("qaReviewItems"));
    auto *grid = new QGridLayout(m_items);
    grid->setColumnStretch(TextColumn, 1);
    grid->setHorizontalSpacing(10);
    m_error->hide();

    const qint64 versionId = m_formCombo->currentData().toLongLong();
    if (versionId > 0) {
        QString error;
        m_form = qa::QaForms(m_store.database()).load(versionId, &error);
        if (!m_form)
            showError(error);
    }
    if (!m_form) {
        auto *none = new QLabel(m_formCombo->count() == 0
                                    ? tr("There is no active QA form. QA staff and team leads make forms under "
                                         "QA forms.")
                                    : tr("Choose a form."),
                                m_items);
        none->setObjectName(QStringLiteral("qaReviewNoForm"));
        none->setWordWrap(true);
        grid->addWidget(none, 0, 0);
        grid->setRowStretch(1, 1);
        m_scroll->setWidget(m_items);
        m_save->setEnabled(false);
        updateScore();
        return;
    }
    m_save->setEnabled(m_mayEnter);

    const QList<QList<double>> shares = qa::QaForms::shares(m_form->form);
    const QColor red = errorColour(palette());
    int row = 0;
    for (int s = 0; s < m_form->form.sections.size(); ++s) {
        const qa::FormSection &section = m_form->form.sections.at(s);
        double sectionShare = 0;
        for (double share : shares.at(s))
            sectionShare += share;
        auto *header = new QLabel(m_items);
        header->setTextFormat(Qt::RichText);
        header->setText(tr("<b>%1</b> &nbsp;·&nbsp; %2 of the score")
                            .arg(section.title.toHtmlEscaped(), QaTexts::share(sectionShare)));
        header->setContentsMargins(0, row == 0 ? 0 : 10, 0, 2);
        grid->addWidget(header, row++, 0, 1, NotApplicableColumn + 1);
        for (int i = 0; i < section.items.size(); ++i) {
            const qa::FormItem &item = section.items.at(i);
            auto *text = new QLabel(m_items);
            text->setObjectName(QStringLiteral("qaItemText_%1").arg(item.id));
            text->setWordWrap(true);
            text->setTextFormat(Qt::RichText);
            QString html = item.text.toHtmlEscaped();
            if (item.critical)
                html += QStringLiteral(" &nbsp;<span style=\"color:%1\">%2</span>")
                            .arg(red.name(), tr("critical").toHtmlEscaped());
            text->setText(html);
            text->setToolTip(item.critical ? tr("Critical: the lowest value makes the whole review 0 (auto-fail).")
                                           : QaTexts::scaleExplanation(item.scale));
            text->setContentsMargins(12, 0, 0, 0);
            grid->addWidget(text, row, TextColumn);
            m_texts.insert(item.id, text);
            auto *share = new QLabel(QaTexts::share(shares.at(s).at(i)), m_items);
            share->setForegroundRole(QPalette::PlaceholderText);
            share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            share->setToolTip(tr("The item's share of the score"));
            grid->addWidget(share, row, ShareColumn);

            auto *group = new QButtonGroup(m_items);
            group->setExclusive(true);
            const QList<int> values = valuesOf(item.scale);
            for (int v = 0; v < values.size(); ++v) {
                auto *button = new QRadioButton(QaTexts::valueCaption(item.scale, values.at(v)), m_items);
                button->setObjectName(QStringLiteral("qaAnswer_%1_%2").arg(item.id).arg(values.at(v)));
                button->setToolTip(QaTexts::valueMeaning(item.scale, values.at(v)));
                button->setAccessibleName(
                    tr("%1: %2").arg(item.text, QaTexts::answerText(item.scale, double(values.at(v)))));
                group->addButton(button, values.at(v));
                grid->addWidget(button, row, FirstValueColumn + v);
                if (v == 0)
                    m_rows.insert(item.id, button);
            }
            if (item.allowNotApplicable) {
                auto *na = new QRadioButton(QaTexts::notApplicable(), m_items);
                na->setObjectName(QStringLiteral("qaAnswer_%1_na").arg(item.id));
                na->setToolTip(tr("Not applicable: the item drops out of the score."));
                na->setAccessibleName(tr("%1: %2").arg(item.text, QaTexts::notApplicable()));
                group->addButton(na, NotApplicableId);
                grid->addWidget(na, row, NotApplicableColumn);
            }
            for (QAbstractButton *button : group->buttons())
                button->setEnabled(m_mayEnter);
            connect(group, &QButtonGroup::idClicked, this, [this, itemId = item.id] {
                m_error->hide();
                markItem(itemId, false);
                updateScore();
            });
            m_groups.insert(item.id, group);
            ++row;
        }
    }
    grid->setRowStretch(row, 1);
    m_scroll->setWidget(m_items);
    updateScore();
}

QString QaReviewDialog::agentId() const
{
    const QString text = m_agent->currentText().trimmed();
    const int index = m_agent->findText(text);
    return index >= 0 ? m_agent->itemData(index).toString() : text;
}

void QaReviewDialog::setAgent(const QString &agentId)
{
    const int index = m_agent->findData(agentId);
    if (index >= 0)
        m_agent->setCurrentIndex(index);
    else
        m_agent->setEditText(agentId);
}

void QaReviewDialog::preset(const QString &agentId, const QString &conversationId, const QString &complaintId)
{
    if (!agentId.isEmpty())
        setAgent(agentId);
    m_conversation->setText(conversationId);
    m_complaint->setText(complaintId);
    if (!conversationId.isEmpty())
        conversationEdited();
}

void QaReviewDialog::conversationEdited()
{
    const QString id = m_conversation->text().trimmed();
    if (id.isEmpty()) {
        m_linkHint->clear();
        return;
    }
    const std::optional<QString> handledBy =
        qa::QaReviews(m_store.database(), m_store.timeZone()).conversationAgent(id);
    if (!handledBy) {
        m_linkHint->setText(tr("There is no conversation %1.").arg(id));
        return;
    }
    if (handledBy->isEmpty()) {
        m_linkHint->setText(tr("Nobody answered %1: there is nothing to review.").arg(id));
        return;
    }
    if (agentId().isEmpty())
        setAgent(*handledBy);
    const int index = m_agent->findData(*handledBy);
    const QString who = index >= 0 ? m_agent->itemText(index) : *handledBy;
    m_linkHint->setText(agentId() == *handledBy ? tr("Handled by %1.").arg(who)
                                                : tr("Handled by %1, not by the agent chosen.").arg(who));
}

QList<qa::Answer> QaReviewDialog::answers() const
{
    QList<qa::Answer> list;
    if (!m_form)
        return list;
    for (const qa::FormSection &section : m_form->form.sections) {
        for (const qa::FormItem &item : section.items) {
            const QButtonGroup *group = m_groups.value(item.id);
            const int id = group ? group->checkedId() : -1;
            if (id == NotApplicableId)
                list << qa::Answer{item.id, std::nullopt};
            else if (id >= 0)
                list << qa::Answer{item.id, double(id)};
        }
    }
    return list;
}

bool QaReviewDialog::answer(qint64 itemId, std::optional<double> value)
{
    QButtonGroup *group = m_groups.value(itemId);
    if (!group)
        return false;
    QAbstractButton *button = group->button(value ? int(std::lround(*value)) : NotApplicableId);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

bool QaReviewDialog::hasUnsavedInput() const
{
    return !answers().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty();
}

void QaReviewDialog::updateScore()
{
    QPalette scorePalette = palette();
    if (!m_form) {
        m_score->setText(QStringLiteral("—"));
        m_score->setPalette(scorePalette);
        m_progress->clear();
        m_autoFail->hide();
        return;
    }
    int total = 0;
    for (const qa::FormSection &section : m_form->form.sections)
        total += int(section.items.size());
    const QList<qa::Answer> given = answers();
    m_progress->setText(tr("%1 of %n item(s) answered", nullptr, total).arg(given.size()));
    const qa::ReviewScore score = qa::QaReviews::scoreSoFar(m_form->form, given);
    if (!score.ok) {
        m_score->setText(QStringLiteral("—"));
        m_score->setToolTip(score.error);
    } else {
        m_score->setText(format::number(score.score, format::ScoreDecimals));
        m_score->setToolTip(given.size() < total ? tr("The score over the items answered so far.") : QString());
    }
    if (score.ok && score.autoFail) {
        scorePalette.setColor(QPalette::WindowText, errorColour(palette()));
        QStringList failed;
        for (const qa::FormSection &section : m_form->form.sections) {
            for (const qa::FormItem &item : section.items) {
                for (const qa::Answer &a : given) {
                    if (a.itemId == item.id && item.critical && a.value &&
                        *a.value == qa::ReviewScorer::lowest(item.scale))
                        failed << item.text;
                }
            }
        }
        m_autoFail->setText(
            tr("Auto-fail: %n critical item(s) failed (%1), so the review scores 0.", nullptr, int(failed.size()))
                .arg(failed.join(tr(", "))));
        m_autoFail->show();
    } else {
        m_autoFail->hide();
    }
    m_score->setPalette(scorePalette);
}

bool QaReviewDialog::save()
{
    if (!m_mayEnter) {
        showError(m_notice->text());
        return false;
    }
    if (!m_form) {
        showError(m_formCombo->count() == 0 ? tr("There is no active QA form to review with.") : tr("Choose a form."));
        return false;
    }
    // Every item first: the reviewer sees which one is missing.
    int open = 0;
    const qa::FormItem *first = nullptr;
    for (const qa::FormSection &section : m_form->form.sections) {
        for (const qa::FormItem &item : section.items) {
            if (m_groups.value(item.id) && m_groups.value(item.id)->checkedId() < 0) {
                if (!first)
                    first = &item;
                ++open;
                markItem(item.id, true);
            }
        }
    }
    if (first) {
        showError(tr("Answer every item before saving: %n item(s) still open, the first is \"%1\".", nullptr, open)
                      .arg(first->text));
        if (QWidget *button = m_rows.value(first->id)) {
            m_scroll->ensureWidgetVisible(button);
            button->setFocus();
        }
        return false;
    }
    qa::NewReview review;
    review.agentId = agentId();
    review.conversationId = m_conversation->text();
    review.complaintId = m_complaint->text();
    review.formVersionId = m_form->versionId;
    review.answers = answers();
    review.notes = m_notes->toPlainText();
    QString error;
    qa::SavedReview saved;
    if (!qa::QaReviews(m_store.database(), m_store.timeZone()).add(m_session, review, &saved, &error)) {
        showError(error);
        return false;
    }
    m_saved = saved;
    m_error->hide();
    emit reviewSaved(saved.id);
    m_saving = true;
    accept();
    return true;
}

void QaReviewDialog::markItem(qint64 itemId, bool missing)
{
    QLabel *text = m_texts.value(itemId);
    if (!text)
        return;
    QPalette p = palette();
    if (missing)
        p.setColor(QPalette::WindowText, errorColour(palette()));
    text->setPalette(p);
}

void QaReviewDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void QaReviewDialog::confirmDiscard(const std::function<void()> &then, const std::function<void()> &cancelled)
{
    if (!hasUnsavedInput()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("This review is not saved: its answers and notes will be lost."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("qaReviewUnsavedBox"));
    box->button(QMessageBox::Discard)->setText(tr("&Discard the review"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, then, cancelled](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Discard)
            then();
        else if (cancelled)
            cancelled();
    });
    box->open();
}

void QaReviewDialog::reject()
{
    if (m_saving) {
        QDialog::reject();
        return;
    }
    confirmDiscard([this] { QDialog::reject(); });
}

} // namespace kefu::ui
