#pragma once

#include "auth/Session.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <QVariant>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace kefu {
class Store;
}

namespace kefu::ui {

// Edits the store-wide settings of StoreSettings::definitions(): one tab per group, each value
// checked by StoreSettings::validate as it is typed, all changes written in one transaction with
// the session, which must have settings::permissionFor(key) for each; the fields it lacks
// are shown read-only, with a tooltip saying who may change them.
class StoreSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    StoreSettingsDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    // The editor of a key: a QLineEdit for numbers, a QComboBox for the time zone.
    QWidget *editor(const QString &key) const;
    // Whether the session may change key here (the store is writable and the session has the permission).
    bool isEditable(const QString &key) const;
    // The keys whose values the last accept() wrote.
    QStringList changedKeys() const { return m_changedKeys; }
    // Puts the default of every setting in its editor; nothing is written before OK.
    void restoreDefaults();

public slots:
    void accept() override;

private:
    struct Field
    {
        const StoreSettings::Definition *definition = nullptr;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QLabel *error = nullptr;
        QString stored;
        bool editable = false;
    };

    QWidget *buildGroup(const char *group);
    QString text(const Field &field) const;
    void setText(Field &field, const QString &text);
    bool check(Field &field);
    void updateButtons();

    Store &m_store;
    Session m_session;
    QList<Field> m_fields;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_saveError = nullptr;
    QStringList m_changedKeys;
};

} // namespace kefu::ui
