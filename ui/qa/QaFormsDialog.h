#pragma once

#include "auth/Session.h"
#include "qa/QaForms.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kefu {
class Store;
}

namespace kefu::ui {

// The QA forms editor (issue 6): the store's forms with their latest version and state; the sections
// and items of the chosen form with their weight, scale, "N/A allowed" and "critical", and each item's
// share of the score. Save writes a new version (an unchanged form saves nothing), Revert goes back to
// the saved version, Retire takes a form out of review entry. Older versions can be looked at, read-only.
// Without Permission::EditQaForms (or on a read-only store) everything is read-only and the dialog says
// why. Keys: Ctrl+S saves; in the tree Del removes, Ctrl+Up / Ctrl+Down move.
class QaFormsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        WeightColumn,
        ScaleColumn,
        NotApplicableColumn,
        CriticalColumn,
        ShareColumn,
        ColumnCount
    };

    QaFormsDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    // The form being edited; 0 for a new form not saved yet.
    qint64 currentFormId() const { return m_formId; }
    // The version shown.
    qint64 currentVersionId() const { return m_versionId; }
    // Shows formId's latest version (without asking about unsaved changes).
    void selectForm(qint64 formId);
    // The form as edited now.
    qa::Form draft() const;
    QString draftName() const;
    // True when the draft differs from the version it started from.
    bool isModified() const;
    bool isEditable() const;
    // Saves the draft; false with the reason shown in the dialog.
    bool save();
    void revert();

    void reject() override;

signals:
    // A form was created, saved, renamed, retired or reactivated.
    void formsChanged();

private:
    // Reads the list of forms again and selects selectFormId; keepDraft leaves the editor as it is.
    void reloadList(qint64 selectFormId, bool keepDraft = false);
    void showVersion(qint64 versionId);
    void fillTree(const qa::Form &form);
    void formSelected();
    void versionChosen();
    void newForm();
    void addSection();
    void addItem();
    void removeCurrent();
    void move(int delta);
    void toggleActive();
    void currentNodeChanged();
    void fieldEdited();
    void draftChanged();
    void updateEditor();
    void updateButtons();
    void showError(const QString &message);
    void showStatus(const QString &message);
    // Runs then now when nothing is unsaved; otherwise asks first (Save, Discard, Cancel).
    void confirmDiscard(const std::function<void()> &then, const std::function<void()> &cancelled = {});
    QTreeWidgetItem *currentSection() const;

    Store &m_store;
    Session m_session;
    bool m_mayEdit = false;
    qint64 m_formId = 0;
    bool m_newDraft = false;      // a new form, not saved yet
    qint64 m_versionId = 0;       // shown
    qint64 m_latestVersionId = 0; // of the form; the base of a save
    bool m_formActive = true;
    QString m_savedName;
    qa::Form m_saved;
    bool m_filling = false;

    QLabel *m_notice = nullptr;
    QTreeWidget *m_forms = nullptr;
    QPushButton *m_new = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_versionInfo = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_title = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_notApplicable = nullptr;
    QCheckBox *m_critical = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace kefu::ui
