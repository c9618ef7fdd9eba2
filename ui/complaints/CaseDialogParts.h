#pragma once

#include "auth/Session.h"
#include "complaints/ComplaintService.h"

#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace kefu {
class Store;
}

// Pieces the complaint dialogs share, so that they look and behave alike.
namespace kefu::ui::caseparts {

// A vocabulary name ("product quality") as a list shows it: "Product quality".
QString capitalised(const QString &name);
// The dialog's heading: the step or "New complaint", bold and a little larger.
QLabel *createHeading(const QString &text, QWidget *parent);
// A word-wrapped line in the muted colour: the case a step is about, a field's meaning.
QLabel *createMutedLabel(const QString &objectName, QWidget *parent);
// An editable combo box of names (owners, categories) that completes what is typed, case-insensitively,
// anywhere in a name; its text is the value.
QComboBox *createNameCombo(const QString &objectName, const QStringList &names, const QString &placeholder,
                           QWidget *parent);
// A note box of about four lines; Tab moves on.
QPlainTextEdit *createNoteEdit(const QString &objectName, const QString &placeholder, QWidget *parent);

// Why session cannot do what needs permission on store (the permission, a read-only store), in the current
// language; empty when it can.
QString whyNot(const Store &store, const Session &session, Permission permission);

// Where a dialog that writes a case writes: the store, who, and at what time.
struct CaseWriter
{
    const Store *store = nullptr;
    std::optional<Session> session;
    std::optional<qint64> now; // fixed by the caller; otherwise the store's clock when the person clicks OK

    bool isSet() const { return store && session; }
    // The time to record: now, or live::feed::storeNow at this moment.
    qint64 at() const;
    complaints::ComplaintService service() const;
};

} // namespace kefu::ui::caseparts
