#include "QaForms.h"

#include "auth/AuditLog.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace kefu::qa {

namespace {

// Titles and texts as they are stored: without surrounding blanks.
Form normalized(const Form &form)
{
    Form result = form;
    for (FormSection &section : result.sections) {
        section.title = section.title.trimmed();
        for (FormItem &item : section.items)
            item.text = item.text.trimmed();
    }
    return result;
}

int itemCount(const Form &form)
{
    int n = 0;
    for (const FormSection &section : form.sections)
        n += int(section.items.size());
    return n;
}

QJsonObject summaryOf(const QString &name, int version, const Form &form)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("version"), version},
            {QStringLiteral("sections"), int(form.sections.size())},
            {QStringLiteral("items"), itemCount(form)}};
}

} // namespace

QString scaleId(Scale scale)
{
    switch (scale) {
    case Scale::Binary:
        return QStringLiteral("binary");
    case Scale::ThreePoint:
        return QStringLiteral("3-point");
    case Scale::FivePoint:
        return QStringLiteral("5-point");
    }
    return QStringLiteral("binary");
}

std::optional<Scale> scaleFromId(const QString &id)
{
    for (const Scale scale : {Scale::Binary, Scale::ThreePoint, Scale::FivePoint}) {
        if (id.trimmed().compare(scaleId(scale), Qt::CaseInsensitive) == 0)
            return scale;
    }
    return std::nullopt;
}

QaForms::QaForms(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool QaForms::hasForms() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT 1 FROM qa_forms LIMIT 1")).isValid();
}

QList<FormSummary> QaForms::list(bool activeOnly) const
{
    QList<FormSummary> forms;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.id, f.name, f.active, v.id, v.version, v.created_at, v.created_by,"
                             " (SELECT count(*) FROM qa_form_items i JOIN qa_form_sections s ON s.id = i.section_id"
                             "  WHERE s.form_version_id = v.id)"
                             " FROM qa_forms f JOIN qa_form_versions v ON v.form_id = f.id"
                             " WHERE v.version = (SELECT max(version) FROM qa_form_versions WHERE form_id = f.id)"
                             " AND (f.active = 1 OR ? = 0)"
                             " ORDER BY f.name, f.id"));
    q.addBindValue(activeOnly ? 1 : 0);
    if (!q.exec())
        return forms;
    while (q.next()) {
        FormSummary s;
        s.formId = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.active = q.value(2).toInt() == 1;
        s.versionId = q.value(3).toLongLong();
        s.version = q.value(4).toInt();
        s.createdAt = q.value(5).toLongLong();
        s.createdBy = q.value(6).toString();
        s.itemCount = q.value(7).toInt();
        forms << s;
    }
    return forms;
}

std::optional<FormVersion> QaForms::load(qint64 versionId, QString *error) const
{
    FormVersion v;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT v.form_id, f.name, f.active, v.version, v.created_at, v.created_by,"
                                 " (SELECT max(version) FROM qa_form_versions WHERE form_id = v.form_id)"
                                 " FROM qa_form_versions v JOIN qa_forms f ON f.id = v.form_id WHERE v.id = ?"));
        q.addBindValue(versionId);
        if (!q.exec()) {
            sql::fail(error, sql::errorText(q));
            return std::nullopt;
        }
        if (!q.next()) {
            sql::fail(error, tr("There is no QA form version %1.").arg(versionId));
            return std::nullopt;
        }
        v.formId = q.value(0).toLongLong();
        v.name = q.value(1).toString();
        v.active = q.value(2).toInt() == 1;
        v.versionId = versionId;
        v.version = q.value(3).toInt();
        v.createdAt = q.value(4).toLongLong();
        v.createdBy = q.value(5).toString();
        v.latest = q.value(6).toInt() == v.version;
    }
    QSqlQuery sections(m_db);
    sections.setForwardOnly(true);
    sections.prepare(QStringLiteral("SELECT id, title, weight FROM qa_form_sections WHERE form_version_id = ?"
                                    " ORDER BY position, id"));
    sections.addBindValue(versionId);
    if (!sections.exec()) {
        sql::fail(error, sql::errorText(sections));
        return std::nullopt;
    }
    while (sections.next()) {
        FormSection s;
        s.title = sections.value(1).toString();
        s.weight = sections.value(2).toDouble();
        v.sectionIds << sections.value(0).toLongLong();
        v.form.sections << s;
    }
    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT i.section_id, i.id, i.text, i.weight, i.scale, i.allow_na, i.critical"
                                 " FROM qa_form_items i JOIN qa_form_sections s ON s.id = i.section_id"
                                 " WHERE s.form_version_id = ? ORDER BY i.section_id, i.position, i.id"));
    items.addBindValue(versionId);
    if (!items.exec()) {
        sql::fail(error, sql::errorText(items));
        return std::nullopt;
    }
    while (items.next()) {
        const qsizetype section = v.sectionIds.indexOf(items.value(0).toLongLong());
        if (section < 0)
            continue;
        FormItem item;
        item.id = items.value(1).toLongLong();
        item.text = items.value(2).toString();
        item.weight = items.value(3).toDouble();
        item.scale = scaleFromId(items.value(4).toString()).value_or(Scale::Binary);
        item.allowNotApplicable = items.value(5).toInt() == 1;
        item.critical = items.value(6).toInt() == 1;
        v.form.sections[section].items << item;
    }
    return v;
}

std::optional<FormVersion> QaForms::latest(qint64 formId, QString *error) const
{
    const QVariant id = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM qa_form_versions WHERE form_id = ? ORDER BY version DESC LIMIT 1"),
        {formId}, error);
    if (!id.isValid()) {
        sql::fail(error, tr("There is no QA form %1.").arg(formId));
        return std::nullopt;
    }
    return load(id.toLongLong(), error);
}

QList<FormVersionInfo> QaForms::versions(qint64 formId) const
{
    QList<FormVersionInfo> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.id, v.version, v.created_at, v.created_by,"
                             " (SELECT count(*) FROM qa_reviews r WHERE r.form_version_id = v.id)"
                             " FROM qa_form_versions v WHERE v.form_id = ? ORDER BY v.version DESC"));
    q.addBindValue(formId);
    if (!q.exec())
        return list;
    while (q.next())
        list << FormVersionInfo{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(),
                                q.value(3).toString(), q.value(4).toLongLong()};
    return list;
}

QString QaForms::validate(const QString &name, const Form &form)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return tr("The form needs a name.");
    if (trimmedName.size() > MaxNameLength)
        return tr("The name of a form can have at most %1 characters.").arg(MaxNameLength);
    if (itemCount(form) == 0)
        return tr("The form has no items: add a section and at least one item to it.");
    bool counts = false;
    for (int s = 0; s < form.sections.size(); ++s) {
        const FormSection &section = form.sections.at(s);
        const QString title = section.title.trimmed();
        if (title.isEmpty())
            return tr("Section %1 needs a title.").arg(s + 1);
        if (title.size() > MaxTextLength)
            return tr("The title of section %1 can have at most %2 characters.").arg(s + 1).arg(MaxTextLength);
        if (!std::isfinite(section.weight) || section.weight < 0)
            return tr("The weight of the section \"%1\" must be 0 or more.").arg(title);
        if (section.items.isEmpty())
            return tr("The section \"%1\" has no items: add one or remove the section.").arg(title);
        for (int i = 0; i < section.items.size(); ++i) {
            const FormItem &item = section.items.at(i);
            const QString text = item.text.trimmed();
            if (text.isEmpty())
                return tr("Item %1 of the section \"%2\" needs a text.").arg(QString::number(i + 1), title);
            if (text.size() > MaxTextLength)
                return tr("The text of \"%1…\" can have at most %2 characters.")
                    .arg(text.left(20), QString::number(MaxTextLength));
            if (!std::isfinite(item.weight) || item.weight < 0)
                return tr("The weight of the item \"%1\" must be 0 or more.").arg(text);
            if (item.weight * section.weight > 0)
                counts = true;
        }
    }
    if (!counts)
        return tr("No item counts towards the score: every item or its section has the weight 0. Give at least "
                  "one item and its section a weight above 0.");
    return {};
}

bool QaForms::sameContent(const Form &a, const Form &b)
{
    const Form x = normalized(a), y = normalized(b);
    if (x.sections.size() != y.sections.size())
        return false;
    for (qsizetype s = 0; s < x.sections.size(); ++s) {
        const FormSection &p = x.sections.at(s), &q = y.sections.at(s);
        if (p.title != q.title || p.weight != q.weight || p.items.size() != q.items.size())
            return false;
        for (qsizetype i = 0; i < p.items.size(); ++i) {
            const FormItem &m = p.items.at(i), &n = q.items.at(i);
            if (m.text != n.text || m.weight != n.weight || m.scale != n.scale ||
                m.allowNotApplicable != n.allowNotApplicable || m.critical != n.critical)
                return false;
        }
    }
    return true;
}

QList<QList<double>> QaForms::shares(const Form &form)
{
    double total = 0;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const double w = item.weight * section.weight;
            if (std::isfinite(w) && w > 0)
                total += w;
        }
    }
    QList<QList<double>> result;
    for (const FormSection &section : form.sections) {
        QList<double> row;
        for (const FormItem &item : section.items) {
            const double w = item.weight * section.weight;
            row << (total > 0 && std::isfinite(w) && w > 0 ? w / total : 0.0);
        }
        result << row;
    }
    return result;
}

bool QaForms::checkName(const QString &name, qint64 formId, QString *error) const
{
    const QVariant other = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM qa_forms WHERE lower(name) = lower(?) AND id <> ?"), {name, formId});
    if (other.isValid())
        return sql::fail(error, tr("There is a QA form named \"%1\" already.").arg(name));
    return true;
}

bool QaForms::insertVersion(qint64 formId, int version, const Session &session, const Form &form, qint64 *versionId,
                            QString *error)
{
    QSqlQuery ver(m_db);
    ver.prepare(QStringLiteral("INSERT INTO qa_form_versions(form_id, version, created_at, created_by)"
                               " VALUES (?, ?, ?, ?)"));
    ver.addBindValue(formId);
    ver.addBindValue(version);
    ver.addBindValue(QDateTime::currentSecsSinceEpoch());
    ver.addBindValue(session.userName());
    if (!ver.exec())
        return sql::fail(error, sql::errorText(ver));
    *versionId = ver.lastInsertId().toLongLong();
    QSqlQuery sec(m_db), item(m_db);
    if (!sec.prepare(QStringLiteral("INSERT INTO qa_form_sections(form_version_id, position, title, weight)"
                                    " VALUES (?, ?, ?, ?)")))
        return sql::fail(error, sql::errorText(sec));
    if (!item.prepare(QStringLiteral("INSERT INTO qa_form_items(section_id, position, text, weight, scale, allow_na,"
                                     " critical) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return sql::fail(error, sql::errorText(item));
    int sectionPosition = 0;
    for (const FormSection &section : form.sections) {
        sec.addBindValue(*versionId);
        sec.addBindValue(++sectionPosition);
        sec.addBindValue(section.title.trimmed());
        sec.addBindValue(section.weight);
        if (!sec.exec())
            return sql::fail(error, sql::errorText(sec));
        const qint64 sectionId = sec.lastInsertId().toLongLong();
        int itemPosition = 0;
        for (const FormItem &it : section.items) {
            item.addBindValue(sectionId);
            item.addBindValue(++itemPosition);
            item.addBindValue(it.text.trimmed());
            item.addBindValue(it.weight);
            item.addBindValue(scaleId(it.scale));
            item.addBindValue(it.allowNotApplicable ? 1 : 0);
            item.addBindValue(it.critical ? 1 : 0);
            if (!item.exec())
                return sql::fail(error, sql::errorText(item));
        }
    }
    return true;
}

bool QaForms::create(const Session &session, const QString &name, const Form &form, FormSaveResult *result,
                     QString *error)
{
    if (result)
        *result = {};
    if (!session.require(Permission::EditQaForms, error))
        return false;
    const QString formName = name.trimmed();
    const QString invalid = validate(formName, form);
    if (!invalid.isEmpty())
        return sql::fail(error, invalid);
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    if (!checkName(formName, 0, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO qa_forms(name, active) VALUES (?, 1)"));
    q.addBindValue(formName);
    if (!q.exec())
        return sql::fail(error, sql::errorText(q));
    const qint64 formId = q.lastInsertId().toLongLong();
    qint64 versionId = 0;
    if (!insertVersion(formId, 1, session, form, &versionId, error))
        return false;
    if (!audit::record(m_db, session, QStringLiteral("qa.form.create"), QStringLiteral("qa_form"),
                       QString::number(formId), {}, summaryOf(formName, 1, form), {}, error))
        return false;
    if (!tx.commit())
        return sql::fail(error, tx.errorString());
    if (result)
        *result = {true, true, false, formId, versionId, 1};
    return true;
}

bool QaForms::save(const Session &session, qint64 formId, qint64 baseVersionId, const QString &name, const Form &form,
                   FormSaveResult *result, QString *error)
{
    if (result)
        *result = {};
    if (!session.require(Permission::EditQaForms, error))
        return false;
    const QString formName = name.trimmed();
    const QString invalid = validate(formName, form);
    if (!invalid.isEmpty())
        return sql::fail(error, invalid);
    // Read the latest version inside the write transaction: nobody can add one between the check and the write.
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    const std::optional<FormVersion> current = latest(formId, error);
    if (!current)
        return false;
    if (baseVersionId > 0 && current->versionId != baseVersionId)
        return sql::fail(error, tr("%1 saved version %2 of \"%3\" meanwhile. Revert to see it, then make your changes "
                              "again.")
                               .arg(current->createdBy, QString::number(current->version), current->name));
    const bool rename = formName != current->name;
    const bool newVersion = !sameContent(form, current->form);
    FormSaveResult done{rename || newVersion, newVersion, rename, formId, current->versionId, current->version};
    if (!done.changed) {
        if (result)
            *result = done;
        return true;
    }
    if (rename) {
        if (!checkName(formName, formId, error))
            return false;
        if (!sql::exec(m_db, QStringLiteral("UPDATE qa_forms SET name = ? WHERE id = ?"), {formName, formId}, error))
            return false;
        if (!audit::record(m_db, session, QStringLiteral("qa.form.rename"), QStringLiteral("qa_form"),
                           QString::number(formId), {{QStringLiteral("name"), current->name}},
                           {{QStringLiteral("name"), formName}}, {}, error))
            return false;
    }
    if (newVersion) {
        done.version = current->version + 1;
        if (!insertVersion(formId, done.version, session, form, &done.versionId, error))
            return false;
        if (!audit::record(m_db, session, QStringLiteral("qa.form.save"), QStringLiteral("qa_form"),
                           QString::number(formId), summaryOf(current->name, current->version, current->form),
                           summaryOf(formName, done.version, form), {}, error))
            return false;
    }
    if (!tx.commit())
        return sql::fail(error, tx.errorString());
    if (result)
        *result = done;
    return true;
}

bool QaForms::rename(const Session &session, qint64 formId, const QString &name, QString *error)
{
    if (!session.require(Permission::EditQaForms, error))
        return false;
    const std::optional<FormVersion> current = latest(formId, error);
    if (!current)
        return false;
    return save(session, formId, current->versionId, name, current->form, nullptr, error);
}

bool QaForms::setActive(const Session &session, qint64 formId, bool active, QString *error)
{
    if (!session.require(Permission::EditQaForms, error))
        return false;
    sql::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return sql::fail(error, tx.errorString());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, active FROM qa_forms WHERE id = ?"));
    q.addBindValue(formId);
    if (!q.exec())
        return sql::fail(error, sql::errorText(q));
    if (!q.next())
        return sql::fail(error, tr("There is no QA form %1.").arg(formId));
    const QString name = q.value(0).toString();
    const bool was = q.value(1).toInt() == 1;
    q.finish();
    if (was == active)
        return true;
    if (!sql::exec(m_db, QStringLiteral("UPDATE qa_forms SET active = ? WHERE id = ?"), {active ? 1 : 0, formId},
                   error))
        return false;
    if (!audit::record(m_db, session, active ? QStringLiteral("qa.form.reactivate") : QStringLiteral("qa.form.retire"),
                       QStringLiteral("qa_form"), QString::number(formId),
                       {{QStringLiteral("name"), name}, {QStringLiteral("active"), was}},
                       {{QStringLiteral("name"), name}, {QStringLiteral("active"), active}}, {}, error))
        return false;
    return tx.commit() || sql::fail(error, tx.errorString());
}

QString QaForms::defaultFormName()
{
    return QStringLiteral("客服质检表");
}

Form QaForms::defaultForm()
{
    // Items are phrased so that the highest value is the good one: a critical item failed is a breach.
    auto item = [](const char16_t *text, double weight, Scale scale, bool na = false, bool critical = false) {
        return FormItem{0, QString::fromUtf16(text), weight, scale, na, critical};
    };
    Form form;
    form.sections = {
        {QStringLiteral("开场与礼貌"),
         15,
         {item(u"及时问候并自报工号", 1, Scale::Binary), item(u"使用礼貌用语，称呼得当", 1, Scale::Binary),
          item(u"语气耐心友好", 2, Scale::FivePoint)}},
        {QStringLiteral("问题理解"),
         25,
         {item(u"准确识别客户诉求", 2, Scale::ThreePoint), item(u"核实订单与身份信息", 1, Scale::Binary, true),
          item(u"主动确认关键细节，不重复询问", 1, Scale::ThreePoint)}},
        {QStringLiteral("解决方案"),
         40,
         {item(u"答复内容准确无误", 2, Scale::FivePoint), item(u"给出有效、可执行的解决方案", 2, Scale::FivePoint),
          item(u"政策与规则解释正确", 1, Scale::ThreePoint, true),
          item(u"需跟进的问题明确时限并记录", 1, Scale::Binary, true)}},
        {QStringLiteral("合规"),
         10,
         {item(u"未泄露客户信息", 1, Scale::Binary, false, true),
          item(u"无辱骂、嘲讽或威胁客户", 1, Scale::Binary, false, true),
          item(u"未引导线下交易或私下转账", 1, Scale::Binary, false, true),
          item(u"按规范核验身份后再处理账户", 1, Scale::Binary, true)}},
        {QStringLiteral("结束语"),
         10,
         {item(u"确认客户没有其他问题", 1, Scale::Binary), item(u"规范结束语并邀请评价", 1, Scale::Binary)}},
    };
    return form;
}

bool QaForms::createDefaultForm(const Session &session, FormSaveResult *result, QString *error)
{
    if (result)
        *result = {};
    if (!session.require(Permission::EditQaForms, error))
        return false;
    if (hasForms())
        return true;
    return create(session, defaultFormName(), defaultForm(), result, error);
}

} // namespace kefu::qa
