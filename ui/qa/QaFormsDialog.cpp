#include "QaFormsDialog.h"

#include "users/PermissionLabels.h"
#include "QaTexts.h"
#include "core/Formats.h"
#include "store/Store.h"
#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

enum NodeRole {
    KindRole = Qt::UserRole,
    WeightRole,
    ScaleRole,
    NotApplicableRole,
    CriticalRole,
    IdRole,
};
enum NodeKind { SectionNode, ItemNode };
enum FormListColumn { FormNameColumn, FormVersionColumn, FormStateColumn };

bool isSection(const QTreeWidgetItem *node)
{
    return node && node->data(0, KindRole).toInt() == SectionNode;
}

qa::Scale scaleOf(const QTreeWidgetItem *node)
{
    return qa::Scale(node->data(0, ScaleRole).toInt());
}

} // namespace

QaFormsDialog::QaFormsDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_mayEdit(session.can(Permission::EditQaForms) && !store.isReadOnly())
{
    setObjectName(QStringLiteral("qaFormsDialog"));
    setWindowTitle(tr("QA forms[*]"));

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("qaFormsNotice"));
    m_notice->setWordWrap(true);
    if (!session.can(Permission::EditQaForms))
        m_notice->setText(tr("%1 You can look at the forms here, but not change them.")
                              .arg(PermissionLabels::onlyRolesMay(Permission::EditQaForms)));
    else if (store.isReadOnly())
        m_notice->setText(tr("The store is open read-only: the forms cannot be changed."));
    else
        m_notice->setText(tr("Saving a changed form makes a new version. Reviews keep the version they were "
                             "entered with, so their scores never change."));
    layout->addWidget(m_notice);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // The forms.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *formsLabel = new QLabel(tr("&Forms:"), left);
    m_forms = new QTreeWidget(left);
    m_forms->setObjectName(QStringLiteral("qaFormsList"));
    m_forms->setHeaderLabels({tr("Form"), tr("Version"), tr("State")});
    m_forms->setRootIsDecorated(false);
    m_forms->setUniformRowHeights(true);
    m_forms->setAlternatingRowColors(true);
    m_forms->header()->setStretchLastSection(false);
    m_forms->header()->setSectionResizeMode(FormNameColumn, QHeaderView::Stretch);
    m_forms->header()->setSectionResizeMode(FormVersionColumn, QHeaderView::ResizeToContents);
    m_forms->header()->setSectionResizeMode(FormStateColumn, QHeaderView::ResizeToContents);
    formsLabel->setBuddy(m_forms);
    m_new = new QPushButton(tr("&New form"), left);
    m_new->setObjectName(QStringLiteral("qaFormsNewButton"));
    m_new->setAutoDefault(false);
    leftLayout->addWidget(formsLabel);
    leftLayout->addWidget(m_forms, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_new);
    newRow->addStretch(1);
    leftLayout->addLayout(newRow);

    // The chosen form.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("N&ame:"), right);
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("qaFormName"));
    m_name->setMaxLength(qa::QaForms::MaxNameLength);
    nameLabel->setBuddy(m_name);
    auto *versionLabel = new QLabel(tr("&Version:"), right);
    m_version = new QComboBox(right);
    m_version->setObjectName(QStringLiteral("qaFormVersion"));
    m_version->setToolTip(tr("Older versions are shown read-only: the reviews entered with them keep them."));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    versionLabel->setBuddy(m_version);
    head->addWidget(nameLabel);
    head->addWidget(m_name, 1);
    head->addSpacing(8);
    head->addWidget(versionLabel);
    head->addWidget(m_version);
    rightLayout->addLayout(head);
    m_versionInfo = new QLabel(right);
    m_versionInfo->setObjectName(QStringLiteral("qaFormVersionInfo"));
    m_versionInfo->setWordWrap(true);
    m_versionInfo->setForegroundRole(QPalette::PlaceholderText);
    rightLayout->addWidget(m_versionInfo);

    m_tree = new QTreeWidget(right);
    m_tree->setObjectName(QStringLiteral("qaFormItems"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Section / item"), tr("Weight"), tr("Scale"), tr("N/A allowed"), tr("Critical"), tr("Share")});
    m_tree->headerItem()->setToolTip(ShareColumn, tr("The item's share of the score: its weight times its "
                                                     "section's, of the total over all items."));
    m_tree->headerItem()->setToolTip(CriticalColumn, tr("A critical item answered with its lowest value makes "
                                                        "the whole review 0 (auto-fail)."));
    m_tree->headerItem()->setToolTip(NotApplicableColumn,
                                     tr("Whether the reviewer may mark the item not applicable; it then "
                                        "drops out of the score."));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column = WeightColumn; column < ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_tree, 1);

    auto *tools = new QHBoxLayout;
    m_addSection = new QPushButton(tr("Add &section"), right);
    m_addSection->setObjectName(QStringLiteral("qaFormsAddSectionButton"));
    m_addItem = new QPushButton(tr("Add &item"), right);
    m_addItem->setObjectName(QStringLiteral("qaFormsAddItemButton"));
    m_remove = new QPushButton(tr("&Remove"), right);
    m_remove->setObjectName(QStringLiteral("qaFormsRemoveButton"));
    m_remove->setToolTip(tr("Remove the section or item (Del)"));
    m_up = new QPushButton(tr("Move &up"), right);
    m_up->setObjectName(QStringLiteral("qaFormsUpButton"));
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down = new QPushButton(tr("Move do&wn"), right);
    m_down->setObjectName(QStringLiteral("qaFormsDownButton"));
    m_down->setToolTip(tr("Ctrl+Down"));
    for (QPushButton *button : {m_addSection, m_addItem, m_remove, m_up, m_down}) {
        button->setAutoDefault(false);
        tools->addWidget(button);
    }
    tools->addStretch(1);
    rightLayout->addLayout(tools);

    auto *editor = new QGroupBox(right);
    editor->setObjectName(QStringLiteral("qaFormsEditor"));
    auto *editorLayout = new QFormLayout(editor);
    m_editorTitle = new QLabel(editor);
    m_editorTitle->setObjectName(QStringLiteral("qaFormsEditorTitle"));
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);
    editorLayout->addRow(m_editorTitle);
    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("qaFormsTitleEdit"));
    m_title->setMaxLength(qa::QaForms::MaxTextLength);
    editorLayout->addRow(tr("&Text:"), m_title);
    auto *weightRow = new QHBoxLayout;
    m_weight = new QDoubleSpinBox(editor);
    m_weight->setObjectName(QStringLiteral("qaFormsWeightEdit"));
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_weight->setToolTip(tr("0 or more. An item counts with its weight times its section's weight."));
    weightRow->addWidget(m_weight);
    weightRow->addSpacing(12);
    auto *scaleLabel = new QLabel(tr("S&cale:"), editor);
    m_scale = new QComboBox(editor);
    m_scale->setObjectName(QStringLiteral("qaFormsScaleEdit"));
    for (const qa::Scale scale : {qa::Scale::Binary, qa::Scale::ThreePoint, qa::Scale::FivePoint}) {
        m_scale->addItem(QaTexts::scaleTitle(scale), int(scale));
        m_scale->setItemData(m_scale->count() - 1, QaTexts::scaleExplanation(scale), Qt::ToolTipRole);
    }
    scaleLabel->setBuddy(m_scale);
    weightRow->addWidget(scaleLabel);
    weightRow->addWidget(m_scale);
    weightRow->addSpacing(12);
    m_notApplicable = new QCheckBox(tr("N/A a&llowed"), editor);
    m_notApplicable->setObjectName(QStringLiteral("qaFormsNotApplicableEdit"));
    m_notApplicable->setToolTip(m_tree->headerItem()->toolTip(NotApplicableColumn));
    m_critical = new QCheckBox(tr("C&ritical"), editor);
    m_critical->setObjectName(QStringLiteral("qaFormsCriticalEdit"));
    m_critical->setToolTip(m_tree->headerItem()->toolTip(CriticalColumn));
    weightRow->addWidget(m_notApplicable);
    weightRow->addWidget(m_critical);
    weightRow->addStretch(1);
    auto *weightLabel = new QLabel(tr("W&eight:"), editor);
    weightLabel->setBuddy(m_weight);
    editorLayout->addRow(weightLabel, weightRow);
    rightLayout->addWidget(editor);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 740});
    layout->addWidget(splitter, 1);

    m_error = createErrorLabel(QStringLiteral("qaFormsError"), this, 0);
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("qaFormsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_retire = buttons->addButton(tr("Re&tire"), QDialogButtonBox::ActionRole);
    m_retire->setObjectName(QStringLiteral("qaFormsRetireButton"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ActionRole);
    m_revert->setObjectName(QStringLiteral("qaFormsRevertButton"));
    m_revert->setToolTip(tr("Forget the changes and show the saved version again"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("qaFormsSaveButton"));
    m_save->setToolTip(tr("Save the form as a new version (Ctrl+S)"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("qaFormsCloseButton"));
    for (QPushButton *button : {m_save, m_revert, m_retire, close})
        button->setAutoDefault(false);
    layout->addWidget(buttons);

    // Without the right to edit, the dialog is a viewer: no tools that could never be used.
    if (!m_mayEdit) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_addSection, m_addItem, m_remove, m_up, m_down,
                                                           editor, m_save, m_revert, m_retire})
            w->hide();
    }

    connect(close, &QPushButton::clicked, this, &QaFormsDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &QaFormsDialog::revert);
    connect(m_retire, &QPushButton::clicked, this, &QaFormsDialog::toggleActive);
    connect(m_new, &QPushButton::clicked, this, &QaFormsDialog::newForm);
    connect(m_addSection, &QPushButton::clicked, this, &QaFormsDialog::addSection);
    connect(m_addItem, &QPushButton::clicked, this, &QaFormsDialog::addItem);
    connect(m_remove, &QPushButton::clicked, this, &QaFormsDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_forms, &QTreeWidget::currentItemChanged, this, &QaFormsDialog::formSelected);
    connect(m_version, &QComboBox::activated, this, &QaFormsDialog::versionChosen);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QaFormsDialog::currentNodeChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_title->isEnabled()) {
            m_title->setFocus();
            m_title->selectAll();
        }
    });
    connect(m_name, &QLineEdit::textEdited, this, &QaFormsDialog::draftChanged);
    connect(m_title, &QLineEdit::textEdited, this, &QaFormsDialog::fieldEdited);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &QaFormsDialog::fieldEdited);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &QaFormsDialog::fieldEdited);
    connect(m_notApplicable, &QCheckBox::toggled, this, &QaFormsDialog::fieldEdited);
    connect(m_critical, &QCheckBox::toggled, this, &QaFormsDialog::fieldEdited);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(); });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &QaFormsDialog::removeCurrent);
    auto *upKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { move(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { move(1); });

    reloadList(0);
    resize(1060, 660);
}

// ---------------------------------------------------------------------------------------------
// The list of forms and the version shown.

void QaFormsDialog::reloadList(qint64 selectFormId, bool keepDraft)
{
    const QList<qa::FormSummary> forms = qa::QaForms(m_store.database()).list();
    {
        const QSignalBlocker blocker(m_forms);
        m_forms->clear();
        for (const qa::FormSummary &form : forms) {
            auto *row = new QTreeWidgetItem(m_forms);
            row->setText(FormNameColumn, form.name);
            row->setText(FormVersionColumn, tr("v%1").arg(form.version));
            row->setText(FormStateColumn, form.active ? tr("Active") : tr("Retired"));
            row->setData(0, Qt::UserRole, form.formId);
            row->setToolTip(FormNameColumn,
                            tr("%n item(s); version %1 saved %2 by %3", nullptr, form.itemCount)
                                .arg(QString::number(form.version),
                                     format::dateTime(form.createdAt, m_store.timeZone()), form.createdBy));
            if (!form.active) {
                for (int column = 0; column < 3; ++column)
                    row->setForeground(column, palette().color(QPalette::PlaceholderText));
            }
            if (form.formId == selectFormId)
                m_forms->setCurrentItem(row);
        }
    }
    if (keepDraft)
        return;
    if (selectFormId == 0 && !forms.isEmpty()) {
        selectFormId = forms.constFirst().formId;
        const QSignalBlocker blocker(m_forms);
        m_forms->setCurrentItem(m_forms->topLevelItem(0));
    }
    if (selectFormId > 0) {
        selectForm(selectFormId);
        return;
    }
    // No form yet.
    m_formId = m_versionId = m_latestVersionId = 0;
    m_newDraft = false;
    m_savedName.clear();
    m_saved = {};
    m_filling = true;
    m_name->clear();
    m_version->clear();
    m_filling = false;
    fillTree({});
    m_versionInfo->setText(m_mayEdit ? tr("The store has no QA form yet: start one with New form.")
                                     : tr("The store has no QA form yet."));
    updateButtons();
}

void QaFormsDialog::selectForm(qint64 formId)
{
    qa::QaForms forms(m_store.database());
    QString error;
    const std::optional<qa::FormVersion> latest = forms.latest(formId, &error);
    if (!latest) {
        showError(error);
        return;
    }
    m_formId = formId;
    m_newDraft = false;
    m_latestVersionId = latest->versionId;
    {
        const QSignalBlocker blocker(m_version);
        m_version->clear();
        for (const qa::FormVersionInfo &v : forms.versions(formId)) {
            m_version->addItem(v.versionId == latest->versionId ? tr("v%1 (latest)").arg(v.version)
                                                                : tr("v%1").arg(v.version),
                               v.versionId);
        }
        m_version->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_forms);
        for (int row = 0; row < m_forms->topLevelItemCount(); ++row) {
            if (m_forms->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() == formId)
                m_forms->setCurrentItem(m_forms->topLevelItem(row));
        }
    }
    showVersion(latest->versionId);
}

void QaFormsDialog::showVersion(qint64 versionId)
{
    qa::QaForms forms(m_store.database());
    QString error;
    const std::optional<qa::FormVersion> version = forms.load(versionId, &error);
    if (!version) {
        showError(error);
        return;
    }
    m_versionId = versionId;
    m_formActive = version->active;
    m_savedName = version->name;
    m_saved = version->form;
    m_filling = true;
    m_name->setText(version->name);
    m_filling = false;
    fillTree(version->form);
    qint64 reviews = 0;
    for (const qa::FormVersionInfo &v : forms.versions(m_formId)) {
        if (v.versionId == versionId)
            reviews = v.reviews;
    }
    QString info = tr("Version %1, saved %2 by %3. %n review(s) entered with it.", nullptr, int(reviews))
                       .arg(QString::number(version->version),
                            format::dateTime(version->createdAt, m_store.timeZone()), version->createdBy);
    if (!version->latest)
        info += QLatin1Char(' ') + tr("An older version, shown read-only; choose the latest one to edit the form.");
    if (!version->active)
        info += QLatin1Char(' ') + tr("The form is retired: it is not offered for new reviews.");
    m_versionInfo->setText(info);
    m_error->hide();
    updateButtons();
}

void QaFormsDialog::formSelected()
{
    QTreeWidgetItem *row = m_forms->currentItem();
    if (!row)
        return;
    const qint64 formId = row->data(0, Qt::UserRole).toLongLong();
    if (formId == m_formId && !m_newDraft)
        return;
    confirmDiscard([this, formId] { selectForm(formId); },
                   [this] {
                       // Stay on the form being edited.
                       const QSignalBlocker blocker(m_forms);
                       m_forms->setCurrentItem(nullptr);
                       for (int i = 0; i < m_forms->topLevelItemCount(); ++i) {
                           if (!m_newDraft && m_forms->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == m_formId)
                               m_forms->setCurrentItem(m_forms->topLevelItem(i));
                       }
                   });
}

void QaFormsDialog::versionChosen()
{
    const qint64 versionId = m_version->currentData().toLongLong();
    if (versionId == m_versionId || versionId == 0)
        return;
    confirmDiscard([this, versionId] { showVersion(versionId); },
                   [this] {
                       const QSignalBlocker blocker(m_version);
                       m_version->setCurrentIndex(qMax(0, m_version->findData(m_versionId)));
                   });
}

void QaFormsDialog::newForm()
{
    if (!m_mayEdit)
        return;
    confirmDiscard([this] {
        m_formId = m_versionId = m_latestVersionId = 0;
        m_newDraft = true;
        m_formActive = true;
        m_savedName.clear();
        m_saved = {};
        {
            const QSignalBlocker blocker(m_forms);
            m_forms->setCurrentItem(nullptr);
            m_forms->clearSelection();
        }
        {
            const QSignalBlocker blocker(m_version);
            m_version->clear();
            m_version->addItem(tr("new"), 0);
        }
        qa::Form form;
        form.sections = {{tr("New section"), 1.0, {{0, tr("New item"), 1.0, qa::Scale::Binary, false, false}}}};
        m_filling = true;
        m_name->setText(tr("New QA form"));
        m_filling = false;
        fillTree(form);
        m_versionInfo->setText(tr("A new form: it is saved as version 1."));
        m_error->hide();
        m_status->hide();
        updateButtons();
        m_name->setFocus();
        m_name->selectAll();
    });
}

// ---------------------------------------------------------------------------------------------
// The tree of sections and items: the draft.

namespace {

void refreshRow(QTreeWidgetItem *node, const QPalette &palette)
{
    const double weight = node->data(0, WeightRole).toDouble();
    node->setText(QaFormsDialog::WeightColumn, QaTexts::weight(weight));
    node->setTextAlignment(QaFormsDialog::WeightColumn, Qt::AlignRight | Qt::AlignVCenter);
    node->setTextAlignment(QaFormsDialog::ShareColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (isSection(node)) {
        QFont font = node->font(QaFormsDialog::TitleColumn);
        font.setBold(true);
        node->setFont(QaFormsDialog::TitleColumn, font);
        return;
    }
    node->setText(QaFormsDialog::ScaleColumn, QaTexts::scaleTitle(scaleOf(node)));
    node->setToolTip(QaFormsDialog::ScaleColumn, QaTexts::scaleExplanation(scaleOf(node)));
    node->setText(QaFormsDialog::NotApplicableColumn,
                  node->data(0, NotApplicableRole).toBool() ? QaFormsDialog::tr("Yes") : QString());
    const bool critical = node->data(0, CriticalRole).toBool();
    node->setText(QaFormsDialog::CriticalColumn, critical ? QaFormsDialog::tr("Critical") : QString());
    node->setForeground(QaFormsDialog::CriticalColumn, critical ? QBrush(errorColour(palette)) : QBrush());
}

QTreeWidgetItem *sectionNode(const QString &title, double weight)
{
    auto *node = new QTreeWidgetItem;
    node->setText(QaFormsDialog::TitleColumn, title);
    node->setData(0, KindRole, SectionNode);
    node->setData(0, WeightRole, weight);
    return node;
}

QTreeWidgetItem *itemNode(const qa::FormItem &item)
{
    auto *node = new QTreeWidgetItem;
    node->setText(QaFormsDialog::TitleColumn, item.text);
    node->setData(0, KindRole, ItemNode);
    node->setData(0, WeightRole, item.weight);
    node->setData(0, ScaleRole, int(item.scale));
    node->setData(0, NotApplicableRole, item.allowNotApplicable);
    node->setData(0, CriticalRole, item.critical);
    node->setData(0, IdRole, item.id);
    return node;
}

} // namespace

void QaFormsDialog::fillTree(const qa::Form &form)
{
    m_filling = true;
    m_tree->clear();
    for (const qa::FormSection &section : form.sections) {
        QTreeWidgetItem *s = sectionNode(section.title, section.weight);
        m_tree->addTopLevelItem(s);
        refreshRow(s, palette());
        for (const qa::FormItem &item : section.items) {
            QTreeWidgetItem *i = itemNode(item);
            s->addChild(i);
            refreshRow(i, palette());
        }
    }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_filling = false;
    draftChanged();
    updateEditor();
}

qa::Form QaFormsDialog::draft() const
{
    qa::Form form;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *node = m_tree->topLevelItem(s);
        qa::FormSection section;
        section.title = node->text(TitleColumn);
        section.weight = node->data(0, WeightRole).toDouble();
        for (int i = 0; i < node->childCount(); ++i) {
            const QTreeWidgetItem *child = node->child(i);
            section.items << qa::FormItem{
                child->data(0, IdRole).toLongLong(),        child->text(TitleColumn),
                child->data(0, WeightRole).toDouble(),      scaleOf(child),
                child->data(0, NotApplicableRole).toBool(), child->data(0, CriticalRole).toBool()};
        }
        form.sections << section;
    }
    return form;
}

QString QaFormsDialog::draftName() const
{
    return m_name->text();
}

bool QaFormsDialog::isModified() const
{
    if (m_newDraft)
        return true;
    if (m_formId == 0)
        return false;
    return draftName().trimmed() != m_savedName || !qa::QaForms::sameContent(draft(), m_saved);
}

bool QaFormsDialog::isEditable() const
{
    return m_mayEdit && (m_newDraft || (m_formId > 0 && m_versionId == m_latestVersionId));
}

QTreeWidgetItem *QaFormsDialog::currentSection() const
{
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return nullptr;
    return isSection(node) ? node : node->parent();
}

void QaFormsDialog::draftChanged()
{
    if (m_filling)
        return;
    const QList<QList<double>> shares = qa::QaForms::shares(draft());
    for (int s = 0; s < m_tree->topLevelItemCount() && s < shares.size(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        double sum = 0;
        for (int i = 0; i < section->childCount() && i < shares.at(s).size(); ++i) {
            section->child(i)->setText(ShareColumn, QaTexts::share(shares.at(s).at(i)));
            sum += shares.at(s).at(i);
        }
        section->setText(ShareColumn, QaTexts::share(sum));
    }
    const bool modified = isModified();
    setWindowModified(modified);
    if (modified)
        m_status->hide();
    updateButtons();
}

void QaFormsDialog::currentNodeChanged()
{
    updateEditor();
    updateButtons();
}

void QaFormsDialog::updateEditor()
{
    QTreeWidgetItem *node = m_tree->currentItem();
    const bool editable = isEditable();
    m_filling = true;
    if (!node) {
        m_editorTitle->setText(tr("Choose a section or an item to edit it."));
        m_title->clear();
        m_weight->setValue(0);
    } else {
        const bool section = isSection(node);
        m_editorTitle->setText(section ? tr("Section") : tr("Item of \"%1\"").arg(node->parent()->text(TitleColumn)));
        m_title->setText(node->text(TitleColumn));
        m_weight->setValue(node->data(0, WeightRole).toDouble());
        m_scale->setCurrentIndex(section ? 0 : qMax(0, m_scale->findData(int(scaleOf(node)))));
        m_notApplicable->setChecked(!section && node->data(0, NotApplicableRole).toBool());
        m_critical->setChecked(!section && node->data(0, CriticalRole).toBool());
    }
    m_filling = false;
    const bool item = node && !isSection(node);
    m_title->setEnabled(editable && node);
    m_weight->setEnabled(editable && node);
    m_scale->setEnabled(editable && item);
    m_notApplicable->setEnabled(editable && item);
    m_critical->setEnabled(editable && item);
}

void QaFormsDialog::fieldEdited()
{
    if (m_filling || !isEditable())
        return;
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return;
    node->setText(TitleColumn, m_title->text());
    node->setData(0, WeightRole, m_weight->value());
    if (!isSection(node)) {
        node->setData(0, ScaleRole, m_scale->currentData().toInt());
        node->setData(0, NotApplicableRole, m_notApplicable->isChecked());
        node->setData(0, CriticalRole, m_critical->isChecked());
    }
    refreshRow(node, palette());
    draftChanged();
}

void QaFormsDialog::addSection()
{
    if (!isEditable())
        return;
    QTreeWidgetItem *after = currentSection();
    const int index = after ? m_tree->indexOfTopLevelItem(after) + 1 : m_tree->topLevelItemCount();
    QTreeWidgetItem *section = sectionNode(tr("New section"), 1.0);
    m_tree->insertTopLevelItem(index, section);
    refreshRow(section, palette());
    QTreeWidgetItem *item = itemNode({0, tr("New item"), 1.0, qa::Scale::Binary, false, false});
    section->addChild(item);
    refreshRow(item, palette());
    section->setExpanded(true);
    m_tree->setCurrentItem(section);
    draftChanged();
    m_title->setFocus();
    m_title->selectAll();
}

void QaFormsDialog::addItem()
{
    if (!isEditable())
        return;
    QTreeWidgetItem *section = currentSection();
    if (!section && m_tree->topLevelItemCount() > 0)
        section = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    if (!section) {
        addSection();
        return;
    }
    QTreeWidgetItem *current = m_tree->currentItem();
    const int index =
        current && current->parent() == section ? section->indexOfChild(current) + 1 : section->childCount();
    QTreeWidgetItem *item = itemNode({0, tr("New item"), 1.0, qa::Scale::Binary, false, false});
    section->insertChild(index, item);
    refreshRow(item, palette());
    section->setExpanded(true);
    m_tree->setCurrentItem(item);
    draftChanged();
    m_title->setFocus();
    m_title->selectAll();
}

void QaFormsDialog::removeCurrent()
{
    if (!isEditable())
        return;
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return;
    QTreeWidgetItem *parent = node->parent();
    const int index = parent ? parent->indexOfChild(node) : m_tree->indexOfTopLevelItem(node);
    delete node;
    // The neighbour takes the place: the next one, else the previous one, else the section.
    QTreeWidgetItem *next = nullptr;
    if (parent)
        next = parent->childCount() > 0 ? parent->child(qMin(index, parent->childCount() - 1)) : parent;
    else if (m_tree->topLevelItemCount() > 0)
        next = m_tree->topLevelItem(qMin(index, m_tree->topLevelItemCount() - 1));
    m_tree->setCurrentItem(next);
    draftChanged();
    updateEditor();
}

void QaFormsDialog::move(int delta)
{
    if (!isEditable())
        return;
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return;
    QTreeWidgetItem *parent = node->parent();
    const int index = parent ? parent->indexOfChild(node) : m_tree->indexOfTopLevelItem(node);
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int target = index + delta;
    if (target < 0 || target >= count)
        return;
    const bool expanded = node->isExpanded();
    if (parent) {
        parent->takeChild(index);
        parent->insertChild(target, node);
    } else {
        m_tree->takeTopLevelItem(index);
        m_tree->insertTopLevelItem(target, node);
    }
    node->setExpanded(expanded);
    m_tree->setCurrentItem(node);
    draftChanged();
}

// ---------------------------------------------------------------------------------------------
// Saving.

bool QaFormsDialog::save()
{
    if (!isEditable()) {
        if (!m_mayEdit)
            showError(m_store.isReadOnly() ? tr("The store is open read-only: the forms cannot be changed.")
                                           : PermissionLabels::onlyRolesMay(Permission::EditQaForms));
        else if (m_formId > 0)
            showError(tr("An older version cannot be changed: choose the latest version to edit the form."));
        return false;
    }
    qa::QaForms forms(m_store.database());
    qa::FormSaveResult result;
    QString error;
    const bool ok = m_newDraft
                        ? forms.create(m_session, draftName(), draft(), &result, &error)
                        : forms.save(m_session, m_formId, m_latestVersionId, draftName(), draft(), &result, &error);
    if (!ok) {
        showError(error);
        return false;
    }
    m_error->hide();
    if (!result.changed) {
        showStatus(tr("Nothing to save: the form is as saved."));
        return true;
    }
    reloadList(result.formId);
    if (result.newVersion)
        showStatus(result.version == 1
                       ? tr("Saved \"%1\" as version 1.").arg(m_savedName)
                       : tr("Saved version %1 of \"%2\"; reviews entered before keep version %3.")
                             .arg(QString::number(result.version), m_savedName, QString::number(result.version - 1)));
    else
        showStatus(tr("Renamed the form to \"%1\".").arg(m_savedName));
    emit formsChanged();
    return true;
}

void QaFormsDialog::revert()
{
    if (!isModified())
        return;
    if (m_newDraft) {
        m_newDraft = false;
        reloadList(0);
    } else {
        selectForm(m_formId);
    }
    m_error->hide();
    showStatus(tr("The changes were forgotten."));
}

void QaFormsDialog::toggleActive()
{
    if (!m_mayEdit || m_formId == 0 || m_newDraft)
        return;
    QString error;
    const bool active = !m_formActive;
    if (!qa::QaForms(m_store.database()).setActive(m_session, m_formId, active, &error)) {
        showError(error);
        return;
    }
    m_formActive = active;
    reloadList(m_formId, true);
    showStatus(
        active
            ? tr("\"%1\" is active again: it is offered for new reviews.").arg(m_savedName)
            : tr("\"%1\" is retired: it is no longer offered for new reviews; its reviews keep it.").arg(m_savedName));
    if (!isModified()) {
        // The version line says whether the form is retired.
        const qint64 shown = m_versionId;
        showVersion(shown);
    }
    updateButtons();
    emit formsChanged();
}

void QaFormsDialog::updateButtons()
{
    const bool editable = isEditable();
    const bool modified = isModified();
    QTreeWidgetItem *node = m_tree->currentItem();
    m_new->setEnabled(m_mayEdit);
    m_name->setReadOnly(!editable);
    m_addSection->setEnabled(editable);
    m_addItem->setEnabled(editable && m_tree->topLevelItemCount() > 0);
    m_remove->setEnabled(editable && node);
    int index = -1, count = 0;
    if (node) {
        index = node->parent() ? node->parent()->indexOfChild(node) : m_tree->indexOfTopLevelItem(node);
        count = node->parent() ? node->parent()->childCount() : m_tree->topLevelItemCount();
    }
    m_up->setEnabled(editable && index > 0);
    m_down->setEnabled(editable && index >= 0 && index < count - 1);
    m_save->setEnabled(editable && modified);
    m_revert->setEnabled(modified);
    m_retire->setEnabled(m_mayEdit && m_formId > 0 && !m_newDraft);
    m_retire->setText(m_formActive ? tr("Re&tire") : tr("Reac&tivate"));
    m_retire->setToolTip(m_formActive ? tr("Offer the form no longer for new reviews; its reviews keep it.")
                                      : tr("Offer the form for new reviews again."));
    m_version->setEnabled(m_formId > 0 && !m_newDraft);
    const QString why = m_mayEdit ? QString() : m_notice->text();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_new, m_addSection, m_addItem, m_remove, m_up, m_down, m_save, m_retire}) {
        if (!m_mayEdit)
            w->setToolTip(why);
    }
    updateEditor();
}

void QaFormsDialog::showError(const QString &message)
{
    m_status->hide();
    m_error->setText(message);
    m_error->show();
}

void QaFormsDialog::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->show();
}

void QaFormsDialog::confirmDiscard(const std::function<void()> &then, const std::function<void()> &cancelled)
{
    if (!isModified()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("QA forms"),
                                m_newDraft ? tr("The new form \"%1\" is not saved yet.").arg(draftName())
                                           : tr("\"%1\" has unsaved changes.").arg(m_savedName),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("qaFormsUnsavedBox"));
    box->setInformativeText(tr("Save them as a new version, or discard them?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then, cancelled](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && save())) {
            if (answer == QMessageBox::Discard) {
                // Nothing is unsaved any more.
                m_newDraft = false;
                m_saved = draft();
                m_savedName = draftName().trimmed();
            }
            then();
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
}

void QaFormsDialog::reject()
{
    confirmDiscard([this] { QDialog::reject(); });
}

} // namespace kefu::ui
