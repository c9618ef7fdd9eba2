#pragma once

#include "auth/Session.h"
#include "qa/QaForms.h"
#include "qa/QaReviews.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace kefu {
class Store;
}

namespace kefu::ui {

// Review entry for QA staff (issue 6): the agent, the conversation and/or complaint the review is about,
// and an active form (its latest version); then one row per item with the buttons of its scale (pass /
// fail, 0–2, 1–5) and N/A where the form allows it. The score and any auto-fail show as the reviewer
// answers. Save is refused with a message naming what is missing until every item is answered; the
// review is checked, scored and written by QaReviews. Closing with answers or notes not saved asks first.
// Without Permission::EnterQaReviews the dialog says why and saves nothing.
class QaReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // The id of a "not applicable" button in an item's button group; the others have their value as id.
    static constexpr int NotApplicableId = 100;

    QaReviewDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    // Fills in what the review is about (from a conversation, a complaint or an agent's scorecard). An empty
    // agent with a conversation takes the conversation's agent.
    void preset(const QString &agentId, const QString &conversationId = {}, const QString &complaintId = {});
    void setAgent(const QString &agentId);
    QString agentId() const;
    // Chooses the form whose latest version is versionId (among the active forms); false when it is not offered.
    bool setFormVersion(qint64 versionId);
    qint64 formVersionId() const { return m_form ? m_form->versionId : 0; }

    // The answers given so far, in the order of the form; unanswered items are left out.
    QList<qa::Answer> answers() const;
    // Answers one item (value on its scale, or nullopt for N/A) as a click on its button would.
    bool answer(qint64 itemId, std::optional<double> value);
    // True when answers or notes would be lost by closing.
    bool hasUnsavedInput() const;
    // The review written by the last successful save.
    qa::SavedReview savedReview() const { return m_saved; }

    // Checks and writes the review; false with the reason shown in the dialog.
    bool save();
    void reject() override;

signals:
    void reviewSaved(const QString &reviewId);

private:
    void fillForms();
    void formChosen();
    void buildItems();
    void updateScore();
    void conversationEdited();
    void showError(const QString &message);
    // Shows an item's text in the error colour (not answered when saving) or normally.
    void markItem(qint64 itemId, bool missing);
    void confirmDiscard(const std::function<void()> &then, const std::function<void()> &cancelled = {});

    Store &m_store;
    Session m_session;
    bool m_mayEnter = false;
    std::optional<qa::FormVersion> m_form;
    QHash<qint64, QButtonGroup *> m_groups; // by item id
    QHash<qint64, QWidget *> m_rows;        // the first answer button of each item
    QHash<qint64, QLabel *> m_texts;        // the text of each item
    qa::SavedReview m_saved;
    bool m_saving = false;

    QLabel *m_notice = nullptr;
    QComboBox *m_agent = nullptr;
    QLineEdit *m_conversation = nullptr;
    QLineEdit *m_complaint = nullptr;
    QLabel *m_linkHint = nullptr;
    QComboBox *m_formCombo = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_items = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_autoFail = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace kefu::ui
