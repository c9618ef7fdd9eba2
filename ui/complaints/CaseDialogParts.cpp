#include "CaseDialogParts.h"

#include "live/FeedStatus.h"
#include "store/Store.h"
#include "users/PermissionLabels.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kefu::ui::caseparts {

QString capitalised(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

QLabel *createHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    heading->setObjectName(QStringLiteral("caseDialogHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    return heading;
}

QLabel *createMutedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QComboBox *createNameCombo(const QString &objectName, const QStringList &names, const QString &placeholder,
                           QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(names);
    combo->setCurrentIndex(0);
    combo->lineEdit()->setPlaceholderText(placeholder);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->setMinimumContentsLength(16);
    return combo;
}

QPlainTextEdit *createNoteEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *note = new QPlainTextEdit(parent);
    note->setObjectName(objectName);
    note->setPlaceholderText(placeholder);
    note->setTabChangesFocus(true);
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 4 + 12);
    return note;
}

QString whyNot(const Store &store, const Session &session, Permission permission)
{
    if (!session.can(permission))
        return PermissionLabels::onlyRolesMay(permission);
    if (!store.isWritable())
        return QCoreApplication::translate("kefu::ui::caseparts",
                                           "The store is open read-only: complaints cannot be recorded or changed.");
    return {};
}

qint64 CaseWriter::at() const
{
    if (now)
        return *now;
    QSqlDatabase db = store->database();
    return live::feed::storeNow(db, QDateTime::currentSecsSinceEpoch());
}

complaints::ComplaintService CaseWriter::service() const
{
    return complaints::ComplaintService(store->database(), *session, store->timeZone());
}

} // namespace kefu::ui::caseparts
