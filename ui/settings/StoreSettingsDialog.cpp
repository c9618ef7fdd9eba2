#include "StoreSettingsDialog.h"
#include "settings/SettingsChanges.h"

#include "users/PermissionLabels.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kefu::ui {

namespace {

QString settingsText(const char *text)
{
    return QCoreApplication::translate("kefu::StoreSettings", text);
}

QString objectKey(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

StoreSettingsDialog::StoreSettingsDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("storeSettingsDialog"));
    setWindowTitle(tr("Store settings"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("settingsIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    QList<const char *> groups;
    for (const StoreSettings::Definition &def : StoreSettings::definitions()) {
        const bool known =
            std::any_of(groups.cbegin(), groups.cend(), [&def](const char *g) { return qstrcmp(g, def.group) == 0; });
        if (!known)
            groups << def.group;
    }
    for (const char *group : std::as_const(groups))
        tabs->addTab(buildGroup(group), settingsText(group));
    layout->addWidget(tabs, 1);

    const bool anyEditable = std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return f.editable; });
    const bool allEditable = std::all_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return f.editable; });
    const QString role = permissions::roleTitle(m_session.role());
    if (store.isReadOnly())
        intro->setText(tr("These settings apply to everyone who uses this store. The store is open for reading "
                          "only, so they cannot be changed here."));
    else if (allEditable)
        intro->setText(tr("These settings apply to everyone who uses this store: targets, thresholds, weights "
                          "and the time zone that days and intervals are counted in."));
    else if (anyEditable)
        intro->setText(tr("These settings apply to everyone who uses this store. As %1 you may change some of "
                          "them; the others are shown greyed, and their tooltip says who may change them.")
                           .arg(role));
    else
        intro->setText(tr("These settings apply to everyone who uses this store. As %1 you may read them but "
                          "not change them; the tooltip of each says who may.")
                           .arg(role));

    m_saveError = createErrorLabel(QStringLiteral("settingsSaveError"), this, 0);
    m_saveError->hide();
    layout->addWidget(m_saveError);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    if (!anyEditable) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                      QDialogButtonBox::RestoreDefaults);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
        QPushButton *defaults = m_buttons->button(QDialogButtonBox::RestoreDefaults);
        defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
        defaults->setToolTip(tr("Puts the default value in every field; nothing is saved until you press OK."));
        connect(defaults, &QPushButton::clicked, this, &StoreSettingsDialog::restoreDefaults);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &StoreSettingsDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    layout->addWidget(m_buttons);

    for (Field &field : m_fields)
        check(field);
    updateButtons();
    resize(640, 520);
}

QWidget *StoreSettingsDialog::buildGroup(const char *group)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("settingsGroup_") + objectKey(group));
    scroll->setWidget(page);
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(4, 1); // editors keep their width; the space goes to the right
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);

    QSqlDatabase db = m_store.database();
    const QColor errorColor = errorColour(palette());
    int row = 0;
    for (const StoreSettings::Definition &def : StoreSettings::definitions()) {
        if (qstrcmp(def.group, group) != 0)
            continue;
        const QString key = objectKey(def.key);
        Field field;
        field.definition = &def;
        field.stored = StoreSettings::value(db, key).toString();

        auto *label = new QLabel(settingsText(def.label), page);
        grid->addWidget(label, row, 0);
        QWidget *editor = nullptr;
        if (def.type == StoreSettings::Type::TimeZone) {
            auto *combo = new QComboBox(page);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
                combo->addItem(QString::fromUtf8(id));
            if (!field.stored.isEmpty() && combo->findText(field.stored) < 0)
                combo->insertItem(0, field.stored);
            auto *completer = new QCompleter(combo->model(), combo);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            combo->setCompleter(completer);
            combo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Shanghai"));
            combo->setMinimumWidth(280);
            combo->setToolTip(tr("The IANA time zone that days, intervals and shifts of this store are counted in."));
            field.combo = combo;
            editor = combo;
        } else {
            auto *edit = new QLineEdit(page);
            edit->setAlignment(Qt::AlignRight);
            edit->setFixedWidth(140);
            const QString range = tr("%1 to %2").arg(QString::number(def.minimum), QString::number(def.maximum));
            edit->setPlaceholderText(range);
            edit->setToolTip(tr("Allowed: %1").arg(range));
            field.edit = edit;
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("setting_") + key);
        const Permission permission = settings::permissionFor(key);
        field.editable = !m_store.isReadOnly() && m_session.can(permission);
        editor->setEnabled(field.editable);
        if (!m_store.isReadOnly() && !field.editable) {
            const QString who = PermissionLabels::onlyRolesMay(permission);
            editor->setToolTip(who);
            label->setToolTip(who);
        }
        label->setBuddy(editor);
        grid->addWidget(editor, row, 1, 1, def.type == StoreSettings::Type::TimeZone ? 3 : 1);

        auto *unit = new QLabel(qstrlen(def.unit) ? settingsText(def.unit) : QString(), page);
        grid->addWidget(unit, row, 2);
        if (def.type != StoreSettings::Type::TimeZone) {
            auto *range =
                new QLabel(tr("(%1 to %2)").arg(QString::number(def.minimum), QString::number(def.maximum)), page);
            range->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(range, row, 3);
        }
        ++row;

        auto *error = new QLabel(page);
        error->setObjectName(QStringLiteral("settingError_") + key);
        error->setWordWrap(true);
        QPalette p = error->palette();
        p.setColor(QPalette::WindowText, errorColor);
        error->setPalette(p);
        error->hide();
        grid->addWidget(error, row, 1, 1, 4);
        field.error = error;
        ++row;

        setText(field, field.stored);
        m_fields.append(field);
        const qsizetype index = m_fields.size() - 1;
        auto onEdited = [this, index] {
            check(m_fields[index]);
            updateButtons();
        };
        if (field.combo)
            connect(field.combo, &QComboBox::editTextChanged, this, onEdited);
        else
            connect(field.edit, &QLineEdit::textChanged, this, onEdited);
    }
    grid->setRowStretch(row, 1);
    return scroll;
}

bool StoreSettingsDialog::isEditable(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (key == QLatin1String(field.definition->key))
            return field.editable;
    }
    return false;
}

QWidget *StoreSettingsDialog::editor(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (key == QLatin1String(field.definition->key))
            return field.combo ? static_cast<QWidget *>(field.combo) : field.edit;
    }
    return nullptr;
}

QString StoreSettingsDialog::text(const Field &field) const
{
    return (field.combo ? field.combo->currentText() : field.edit->text()).trimmed();
}

void StoreSettingsDialog::setText(Field &field, const QString &value)
{
    if (field.combo) {
        const int index = field.combo->findText(value);
        if (index >= 0)
            field.combo->setCurrentIndex(index);
        field.combo->setEditText(value);
    } else {
        field.edit->setText(value);
    }
}

bool StoreSettingsDialog::check(Field &field)
{
    // The value already in the store is not written again, so it never blocks saving the others
    // (a store may hold an id this Qt does not list, such as "Etc/UTC").
    const QString value = text(field);
    const QString reason =
        value == field.stored ? QString() : StoreSettings::validate(QString::fromLatin1(field.definition->key), value);
    field.error->setText(reason);
    field.error->setVisible(!reason.isEmpty());
    return reason.isEmpty();
}

void StoreSettingsDialog::updateButtons()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) {
        const bool allValid =
            std::all_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return f.error->text().isEmpty(); });
        ok->setEnabled(allValid);
    }
}

void StoreSettingsDialog::restoreDefaults()
{
    for (Field &field : m_fields) {
        if (field.editable)
            setText(field, StoreSettings::defaultValue(*field.definition).toString());
    }
}

void StoreSettingsDialog::accept()
{
    m_changedKeys.clear();
    if (std::none_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return f.editable; })) {
        QDialog::accept();
        return;
    }
    bool allValid = true;
    for (Field &field : m_fields)
        allValid = check(field) && allValid;
    updateButtons();
    if (!allValid) {
        // Show the first field in question, which may be on another tab.
        for (const Field &field : std::as_const(m_fields)) {
            if (field.error->text().isEmpty())
                continue;
            QWidget *editor = field.combo ? static_cast<QWidget *>(field.combo) : field.edit;
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (m_tabs->widget(i)->isAncestorOf(editor))
                    m_tabs->setCurrentIndex(i);
            }
            editor->setFocus();
            break;
        }
        m_saveError->setText(
            tr("Some values are not acceptable; correct the fields marked in red. Nothing was saved."));
        m_saveError->show();
        return;
    }

    QSqlDatabase db = m_store.database();
    QList<QPair<QString, QVariant>> changes;
    QStringList changed;
    for (const Field &field : std::as_const(m_fields)) {
        const QString value = text(field);
        if (!field.editable || value == field.stored)
            continue;
        const QString key = QString::fromLatin1(field.definition->key);
        changes.append({key, value});
        changed << key;
    }
    // One transaction for all changes, with their audit record; nothing is written on refusal.
    QString error;
    if (!settings::setValues(db, m_session, changes, &error)) {
        m_saveError->setText(tr("The settings could not be saved: %1").arg(error));
        m_saveError->show();
        return;
    }
    m_changedKeys = changed;
    QDialog::accept();
}

} // namespace kefu::ui
