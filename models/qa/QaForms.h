#pragma once

#include "QaScore.h"
#include "auth/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kefu::qa {

// The stored name of a scale: "binary", "3-point", "5-point".
QString scaleId(Scale scale);
std::optional<Scale> scaleFromId(const QString &id);

// A form as the forms list shows it, with its latest version.
struct FormSummary
{
    qint64 formId = 0;
    QString name;
    bool active = true;
    qint64 versionId = 0; // the latest version
    int version = 0;
    qint64 createdAt = 0; // of the latest version, UTC seconds
    QString createdBy;
    int itemCount = 0; // of the latest version
};

// One version of a form, for the version picker.
struct FormVersionInfo
{
    qint64 versionId = 0;
    int version = 0;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 reviews = 0; // reviews entered with this version
};

// One stored version of a form: what ReviewScorer needs (item ids are qa_form_items ids) and where it
// comes from. Sections and items are in their stored order (position 1, 2, …).
struct FormVersion
{
    qint64 formId = 0;
    QString name;
    bool active = true;
    qint64 versionId = 0;
    int version = 0;
    qint64 createdAt = 0;
    QString createdBy;
    bool latest = true; // no newer version of the form exists
    Form form;
    QList<qint64> sectionIds; // qa_form_sections ids, one per form.sections
};

// What a save did.
struct FormSaveResult
{
    bool changed = false; // false: the form was as saved already, nothing was written
    bool newVersion = false;
    bool renamed = false;
    qint64 formId = 0;
    qint64 versionId = 0; // the latest version after the save
    int version = 0;
};

// The QA forms of a store (issue 6): a form is a list of sections, each a list of items with a weight,
// a scale, whether "not applicable" is allowed and whether the item is critical. Versions are
// immutable: a save that changes sections or items writes version n+1 with new section and item rows,
// so that a review keeps scoring and showing with the version it was entered on. A save that changes
// nothing writes nothing. Every change needs Permission::EditQaForms, runs in one transaction and is
// recorded in the audit log ("qa.form.create", "qa.form.save", "qa.form.rename", "qa.form.retire",
// "qa.form.reactivate").
class QaForms final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::qa::QaForms)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxTextLength = 500;

    explicit QaForms(QSqlDatabase db);

    // Every form (retired ones too unless activeOnly), by name, with its latest version. Forms without a
    // version (none are written so) are left out.
    QList<FormSummary> list(bool activeOnly = false) const;
    std::optional<FormVersion> load(qint64 versionId, QString *error = nullptr) const;
    std::optional<FormVersion> latest(qint64 formId, QString *error = nullptr) const;
    // The versions of a form, newest first.
    QList<FormVersionInfo> versions(qint64 formId) const;
    bool hasForms() const;

    // Why name and form cannot be saved (translated), or empty when they can: a name, at least one item,
    // titles and texts, weights of 0 or more with at least one item that counts (its weight times its
    // section's above 0).
    static QString validate(const QString &name, const Form &form);
    // Whether a and b have the same sections and items in the same order (ids aside).
    static bool sameContent(const Form &a, const Form &b);
    // Each item's share of the total weight (item weight × section weight / the sum over all items),
    // 0–1, as [section][item]; all 0 when no item carries weight. "Not applicable" answers shift the
    // shares of a given review; these are the form's nominal shares.
    static QList<QList<double>> shares(const Form &form);

    // A new form with version 1.
    bool create(const Session &session, const QString &name, const Form &form, FormSaveResult *result, QString *error);
    // Saves name and form for formId in one transaction: a new version when sections or items differ from
    // the latest version, a rename when the name differs, nothing when neither does. baseVersionId, when
    // above 0, is the version the edit started from: a save on top of a newer version (someone else saved
    // meanwhile) is refused.
    bool save(const Session &session, qint64 formId, qint64 baseVersionId, const QString &name, const Form &form,
              FormSaveResult *result, QString *error);
    bool rename(const Session &session, qint64 formId, const QString &name, QString *error);
    // Retires (active = false) or reactivates a form. A retired form is offered for no new review; its
    // reviews keep it.
    bool setActive(const Session &session, qint64 formId, bool active, QString *error);

    // The default form for a store that has none: "客服质检表" with the sections 开场与礼貌, 问题理解,
    // 解决方案, 合规 (critical items) and 结束语.
    static QString defaultFormName();
    static Form defaultForm();
    // Creates the default form when the store has no QA form yet; true (with result->changed false) when it
    // has one already. Needs Permission::EditQaForms.
    bool createDefaultForm(const Session &session, FormSaveResult *result, QString *error);

private:
    bool insertVersion(qint64 formId, int version, const Session &session, const Form &form, qint64 *versionId,
                       QString *error);
    bool checkName(const QString &name, qint64 formId, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kefu::qa
