// scripts (data-formats.md): every change to a reply script is a new version and an audit entry.

#include "auth/AuditLog.h"
#include "importing/ImportChoices.h"
#include "importing/KindRegistry.h"
#include "importing/Upsert.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

namespace kefu::scripts {

namespace {

using namespace importing;

enum ScriptColumn { PId, PCategory, PTitle, PBody, PTags, PChannels, PStatus, POwner, PUpdatedAt };

class ScriptWriter final : public KindWriter
{
public:
    bool prepare(ImportContext &context, const Row &shape, QString *) override
    {
        for (int c = PId; c <= PUpdatedAt; ++c)
            m_given[c] = shape.has(c);
        m_select = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT s.title, s.body, s.tags, s.channels, s.status, s.owner, s.version,"
                                          " c.path FROM scripts s LEFT JOIN script_categories c ON c.id = s.category_id"
                                          " WHERE s.id = ?"));
        m_insert = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO scripts(id, category_id, title, body, tags, channels, status,"
                                          " owner, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
        m_update = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("UPDATE scripts SET category_id = ?2, title = ?3, body = ?4, tags = ?5,"
                                          " channels = ?6, status = ?7, owner = ?8, version = ?9, updated_at = ?10"
                                          " WHERE id = ?1"));
        m_version = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO script_versions(script_id, version, title, body, tags, channels,"
                                          " status, edited_by, edited_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_category = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("SELECT id FROM script_categories WHERE path = ?"));
        m_addCategory = std::make_unique<sql::SqliteStatement>(
            context.db, QByteArrayLiteral("INSERT INTO script_categories(parent_id, name, path) VALUES (?, ?, ?)"));
        return true;
    }

    Outcome write(ImportContext &context, Row &row) override
    {
        row.require(PId);
        row.require(PTitle);
        row.require(PBody);
        const char *status = row.choice(PStatus, {{"draft", {"草稿"}}, {"review", {"审核中", "待审核"}},
                                                  {"published", {"已发布", "发布"}}, {"retired", {"已停用", "停用", "已下线"}}});
        const auto updated = row.timestamp(PUpdatedAt);
        if (!row.ok())
            return Outcome::Rejected;
        const QString id = row.string(PId);
        Script incoming;
        incoming.title = row.string(PTitle);
        incoming.body = row.string(PBody);
        incoming.tags = splitList(row.string(PTags)).join(QLatin1Char(';'));
        incoming.channels = channelList(row);
        if (!row.ok())
            return Outcome::Rejected;
        incoming.status = status ? QString::fromLatin1(status) : QStringLiteral("draft");
        incoming.owner = row.string(POwner);
        incoming.category = categoryPath(row.string(PCategory));
        const qint64 at = updated.value_or(context.now);

        m_select->bindText(1, id);
        const bool exists = m_select->nextRow();
        Script current;
        int version = 0;
        if (exists) {
            current = {m_select->columnText(0), m_select->columnText(1), m_select->columnText(2),
                       m_select->columnText(3), m_select->columnText(4), m_select->columnText(5),
                       m_select->columnText(7)};
            version = int(m_select->columnInteger(6));
            m_select->reset();
            // Columns the file lacks keep their values.
            if (!m_given[PTags])
                incoming.tags = current.tags;
            if (!m_given[PChannels])
                incoming.channels = current.channels;
            if (!m_given[PStatus])
                incoming.status = current.status;
            if (!m_given[POwner])
                incoming.owner = current.owner;
            if (!m_given[PCategory])
                incoming.category = current.category;
            if (incoming == current)
                return Outcome::Unchanged;
        }
        qint64 categoryId = -1;
        if (!incoming.category.isEmpty() && !ensureCategory(incoming.category, &categoryId))
            return storeRefused(row, fatal);
        const bool contentChanged = !exists || incoming.title != current.title || incoming.body != current.body
                                    || incoming.tags != current.tags || incoming.channels != current.channels
                                    || incoming.status != current.status;
        const int newVersion = contentChanged ? version + 1 : version;
        sql::SqliteStatement &write = exists ? *m_update : *m_insert;
        write.bindText(1, id);
        if (categoryId >= 0)
            write.bindInteger(2, categoryId);
        else
            write.bindNull(2);
        write.bindText(3, incoming.title);
        write.bindText(4, incoming.body);
        bindTextOrNull(write, 5, incoming.tags);
        bindTextOrNull(write, 6, incoming.channels);
        write.bindText(7, incoming.status);
        bindTextOrNull(write, 8, incoming.owner);
        if (exists) {
            write.bindInteger(9, newVersion);
            write.bindInteger(10, std::max(at, qint64(0)));
        } else {
            write.bindInteger(9, at);
            write.bindInteger(10, at);
        }
        if (!write.exec())
            return storeRefused(row, write.errorString());
        if (contentChanged) {
            m_version->bindText(1, id);
            m_version->bindInteger(2, newVersion);
            m_version->bindText(3, incoming.title);
            m_version->bindText(4, incoming.body);
            bindTextOrNull(*m_version, 5, incoming.tags);
            bindTextOrNull(*m_version, 6, incoming.channels);
            m_version->bindText(7, incoming.status);
            m_version->bindText(8, context.session.userName());
            m_version->bindInteger(9, at);
            m_version->bindText(10, QCoreApplication::translate("kefu::importing::Importer", "imported from %1").arg(context.fileName));
            if (!m_version->exec())
                return storeRefused(row, m_version->errorString());
        }
        // Every change to a script is in the audit log.
        QJsonObject before, after;
        if (exists)
            before = current.json(version);
        after = incoming.json(newVersion);
        QString auditError;
        if (!audit::record(context.connection, context.session,
                           exists ? QStringLiteral("script.import_update") : QStringLiteral("script.import_add"),
                           QStringLiteral("script"), id, before, after, context.fileName, &auditError)) {
            fatal = auditError;
            return Outcome::Rejected;
        }
        return exists ? Outcome::Updated : Outcome::Inserted;
    }

private:
    struct Script
    {
        QString title, body, tags, channels, status, owner, category;
        bool operator==(const Script &) const = default;
        QJsonObject json(int version) const
        {
            return {{QStringLiteral("title"), title},   {QStringLiteral("tags"), tags},
                    {QStringLiteral("channels"), channels}, {QStringLiteral("status"), status},
                    {QStringLiteral("owner"), owner},   {QStringLiteral("category"), category},
                    {QStringLiteral("version"), version}, {QStringLiteral("body_chars"), int(body.size())}};
        }
    };

    QString channelList(Row &row)
    {
        QStringList out;
        for (const QString &part : splitList(row.string(PChannels))) {
            const QByteArray utf8 = part.toUtf8();
            QString reason;
            const char *channel = choose(std::string_view(utf8.constData(), size_t(utf8.size())), channelChoices(), &reason);
            if (!channel) {
                row.problem(PChannels, reason);
                continue;
            }
            if (!out.contains(QString::fromLatin1(channel)))
                out.append(QString::fromLatin1(channel));
        }
        return out.join(QLatin1Char(';'));
    }

    static QString categoryPath(const QString &text)
    {
        QStringList parts;
        for (const QString &p : text.split(QRegularExpression(QStringLiteral("[/／>]")))) {
            if (!p.trimmed().isEmpty())
                parts.append(p.trimmed());
        }
        return parts.join(QLatin1Char('/'));
    }

    bool ensureCategory(const QString &path, qint64 *id)
    {
        const auto cached = m_categories.constFind(path);
        if (cached != m_categories.constEnd()) {
            *id = cached.value();
            return true;
        }
        qint64 parent = -1;
        QString prefix;
        for (const QString &part : path.split(QLatin1Char('/'))) {
            prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
            m_category->bindText(1, prefix);
            if (m_category->nextRow()) {
                parent = m_category->columnInteger(0);
                m_category->reset();
                continue;
            }
            if (parent >= 0)
                m_addCategory->bindInteger(1, parent);
            else
                m_addCategory->bindNull(1);
            m_addCategory->bindText(2, part);
            m_addCategory->bindText(3, prefix);
            if (!m_addCategory->exec()) {
                fatal = m_addCategory->errorString();
                return false;
            }
            parent = sqlite3_last_insert_rowid(m_addCategory->database());
        }
        m_categories.insert(path, parent);
        *id = parent;
        return true;
    }

    bool m_given[PUpdatedAt + 1] = {};
    QHash<QString, qint64> m_categories;
    std::unique_ptr<sql::SqliteStatement> m_select, m_insert, m_update, m_version, m_category, m_addCategory;
};

} // namespace

importing::ImportKind scriptImportKind()
{
    return {importing::Kind::Scripts, "scripts", QT_TRANSLATE_NOOP("kefu::importing::Importer", "Reply scripts"),
            {{"id", "话术ID", true},
             {"category", "分类", false},
             {"title", "标题", true},
             {"body", "内容", true},
             {"tags", "标签", false},
             {"channels", "适用渠道", false},
             {"status", "状态", false},
             {"owner", "维护人", false},
             {"updated_at", "更新时间", false}},
            &importing::newWriter<ScriptWriter>};
}

} // namespace kefu::scripts
