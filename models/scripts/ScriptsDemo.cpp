#include "ScriptsDemo.h"

#include "demoworld/DemoWorld.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kefu::demo {

bool writeScripts(DemoWorld &w)
{
    QSqlQuery category(w.db);
    if (!category.prepare(QStringLiteral("INSERT INTO script_categories(parent_id, name, path) VALUES (?, ?, ?)")))
        return w.fail(sql::errorText(category));
    QHash<QString, qint64> categoryIds; // lookup only
    auto categoryId = [&](const QString &path) -> qint64 {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qint64 parent = -1;
        QString prefix;
        for (const QString &part : parts) {
            prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
            const auto found = categoryIds.constFind(prefix);
            if (found != categoryIds.constEnd()) {
                parent = found.value();
                continue;
            }
            category.addBindValue(parent >= 0 ? QVariant(parent) : QVariant());
            category.addBindValue(part);
            category.addBindValue(prefix);
            if (!category.exec()) {
                w.fail(sql::errorText(category));
                return -2;
            }
            parent = category.lastInsertId().toLongLong();
            categoryIds.insert(prefix, parent);
            ++w.counts.scriptCategories;
        }
        return parent;
    };

    QSqlQuery script(w.db);
    QSqlQuery version(w.db);
    if (!script.prepare(QStringLiteral("INSERT INTO scripts(id, category_id, title, body, tags, channels, status,"
                                       " owner, version, created_at, updated_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(script));
    if (!version.prepare(QStringLiteral("INSERT INTO script_versions(script_id, version, title, body, tags, channels,"
                                        " status, edited_by, edited_at, note)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(version));

    const int lastDay = w.dayCount - 1;
    for (int t = 0; t < w.scriptTemplates.size(); ++t) {
        const demo::ScriptTemplate &tpl = w.scriptTemplates.at(t);
        if (tpl.revisions.isEmpty())
            continue;
        const qint64 catId = categoryId(tpl.categoryPath);
        if (catId == -2)
            return false;
        const int revisions = int(tpl.revisions.size());
        const double roll = w.rngScripts.uniform();
        QString finalStatus = roll < 0.78
                                  ? QStringLiteral("published")
                                  : (roll < 0.84 ? QStringLiteral("review")
                                                 : (roll < 0.90 ? QStringLiteral("draft") : QStringLiteral("retired")));
        // Stale: last touched more than 90 days ago.
        const bool stale = w.rngScripts.chance(0.13);
        const int ageDays = stale ? w.rngScripts.between(92, 420) : int(std::pow(w.rngScripts.uniform(), 1.4) * 88.0);
        // A script with a history was mostly written long before the range; its revisions spread to the last.
        int createdAgo = ageDays;
        if (revisions > 1) {
            createdAgo =
                w.rngScripts.chance(0.75)
                    ? w.rngScripts.between(std::max(w.dayCount, ageDays + 30), std::max(w.dayCount, ageDays + 30) + 540)
                    : w.rngScripts.between(ageDays + 10 * revisions, ageDays + 10 * revisions + 80);
        }
        std::vector<qint64> editedAt(static_cast<size_t>(revisions));
        const QDate lastDate = w.days[size_t(lastDay)].date;
        for (int v = revisions - 1; v >= 0; --v) {
            int ago = ageDays;
            if (v < revisions - 1) {
                const double f = double(v) / double(revisions - 1);
                ago = createdAgo - int((createdAgo - ageDays) * f) + (v > 0 ? w.rngScripts.between(-3, 3) : 0);
            }
            const int hour = w.rngScripts.between(9, 17);
            const int minute = w.rngScripts.between(0, 59);
            const int second = w.rngScripts.between(0, 59);
            const QDateTime when(lastDate.addDays(-ago), QTime(hour, minute, second), w.zone);
            qint64 at = when.toSecsSinceEpoch();
            if (v + 1 < revisions)
                at = std::min(at, editedAt[size_t(v) + 1] - Hour);
            at = std::min(at, w.asOf - (revisions - v) * Minute);
            editedAt[size_t(v)] = at;
        }
        const QString owner = w.rngScripts.pick(w.trainers);
        const QString tags = tpl.tags.join(QLatin1Char(';'));
        const QString channels = tpl.channels.join(QLatin1Char(';'));
        const demo::ScriptRevision &current = tpl.revisions.last();

        script.addBindValue(tpl.id);
        script.addBindValue(catId >= 0 ? QVariant(catId) : QVariant());
        script.addBindValue(current.title);
        script.addBindValue(current.body);
        script.addBindValue(tags);
        script.addBindValue(channels);
        script.addBindValue(finalStatus);
        script.addBindValue(owner);
        script.addBindValue(revisions);
        script.addBindValue(editedAt.front());
        script.addBindValue(editedAt.back());
        if (!script.exec())
            return w.fail(sql::errorText(script));
        ++w.counts.scripts;

        for (int v = 0; v < revisions; ++v) {
            const demo::ScriptRevision &rev = tpl.revisions.at(v);
            const QString status = v + 1 == revisions ? finalStatus : QStringLiteral("published");
            QString editor = owner;
            if (w.rngScripts.chance(0.25))
                editor = w.rngScripts.chance(0.7) ? w.rngScripts.pick(w.trainers) : w.rngScripts.pick(w.qaStaff);
            version.addBindValue(tpl.id);
            version.addBindValue(v + 1);
            version.addBindValue(rev.title);
            version.addBindValue(rev.body);
            version.addBindValue(tags);
            version.addBindValue(channels);
            version.addBindValue(status);
            version.addBindValue(editor);
            version.addBindValue(editedAt[size_t(v)]);
            version.addBindValue(rev.note.isEmpty() ? QVariant() : QVariant(rev.note));
            if (!version.exec())
                return w.fail(sql::errorText(version));
            ++w.counts.scriptVersions;
        }

        ScriptPlan plan;
        plan.templateIndex = t;
        plan.idUtf8 = tpl.id.toUtf8();
        const bool everPublished = revisions > 1 || finalStatus == QLatin1String("published");
        if (everPublished) {
            plan.usableFrom = editedAt.front();
            plan.usableUntil = finalStatus == QLatin1String("retired") ? editedAt.back() : Never;
        }
        for (const QString &ch : tpl.channels) {
            for (const Channel c : AllChannels) {
                if (ch.compare(channelId(c), Qt::CaseInsensitive) == 0)
                    plan.channelMask |= 1 << int(c);
            }
        }
        if (plan.channelMask == 0)
            plan.channelMask = (1 << ChannelCount) - 1;
        w.scripts.push_back(plan);
    }

    // Popularity: a long tail, and about a fifth of the library never used at all.
    std::vector<int> ranks(w.scripts.size());
    for (size_t i = 0; i < ranks.size(); ++i)
        ranks[i] = int(i) + 1;
    for (size_t i = ranks.size(); i > 1; --i)
        std::swap(ranks[i - 1], ranks[size_t(w.rngScripts.below(qint64(i)))]);
    for (size_t i = 0; i < w.scripts.size(); ++i) {
        ScriptPlan &plan = w.scripts[i];
        plan.weight = w.rngScripts.chance(0.2) ? 0.0 : 1.0 / std::pow(double(ranks[i]), 0.85);
    }
    // Which scripts fit which conversation category: those filed under it, plus the general ones
    // (courtesy, soothing, promotions) that fit any conversation.
    auto fits = [](const QString &path, const CategoryInfo &cat) {
        if (path.contains(cat.name))
            return true;
        switch (cat.kind) {
        case CategoryKind::Presale:
            return path.startsWith(QStringLiteral("售前"));
        case CategoryKind::Quality:
            return path.contains(QStringLiteral("质量"));
        case CategoryKind::Payment:
            return path.contains(QStringLiteral("支付")) || path.contains(QStringLiteral("优惠"));
        case CategoryKind::AfterSales:
            return path.startsWith(QStringLiteral("售后"));
        default:
            return false;
        }
    };
    std::vector<int> general;
    for (size_t i = 0; i < w.scripts.size(); ++i) {
        const QString &path = w.scriptTemplates.at(w.scripts[i].templateIndex).categoryPath;
        bool matched = false;
        for (CategoryInfo &cat : w.categories) {
            if (fits(path, cat)) {
                cat.scripts.push_back(int(i));
                matched = true;
            }
        }
        if (!matched)
            general.push_back(int(i));
    }
    for (CategoryInfo &cat : w.categories) {
        cat.scripts.insert(cat.scripts.end(), general.begin(), general.end());
        std::vector<double> weights;
        for (int s : cat.scripts)
            weights.push_back(w.scripts[size_t(s)].weight);
        cat.scriptWeights = cumulate(weights);
    }
    return true;
}

} // namespace kefu::demo
