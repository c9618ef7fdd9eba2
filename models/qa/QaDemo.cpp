#include "QaDemo.h"

#include "demoworld/DemoWorld.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kefu::demo {

QaDemo::QaDemo(DemoWorld &world)
    : m_world(world)
{}

// One QA form with two versions: v2 added a promotion item and reweighted the sections.
bool QaDemo::writeForm()
{
    DemoWorld &w = m_world;
    QSqlQuery q(w.db);
    if (!q.prepare(QStringLiteral("INSERT INTO qa_forms(name, active) VALUES (?, 1)")))
        return w.fail(sql::errorText(q));
    q.addBindValue(QStringLiteral("客服会话质检表"));
    if (!q.exec())
        return w.fail(sql::errorText(q));
    const qint64 formId = q.lastInsertId().toLongLong();

    struct Item
    {
        const char16_t *text;
        double weight;
        const char *scale;
        int allowNa;
        int critical;
    };
    struct Section
    {
        const char16_t *title;
        double weight;
        std::vector<Item> items;
    };
    const std::vector<Section> v1 = {
        {u"服务规范",
         20,
         {{u"开场问候及时、规范", 1, "binary", 0, 0},
          {u"使用礼貌用语与正确称呼", 1, "binary", 0, 0},
          {u"结束语规范并确认无其他问题", 1, "binary", 0, 0}}},
        {u"业务准确",
         35,
         {{u"核实订单与身份信息", 1, "binary", 1, 0},
          {u"答复内容准确无误", 2, "5-point", 0, 0},
          {u"政策与规则解释正确", 1.5, "3-point", 1, 0}}},
        {u"问题解决",
         30,
         {{u"准确识别客户诉求", 1, "3-point", 0, 0},
          {u"给出有效解决方案", 2, "5-point", 0, 0},
          {u"需跟进的问题明确时限并记录", 1, "binary", 1, 0}}},
        {u"服务态度", 15, {{u"语气耐心友好", 1, "5-point", 0, 0}, {u"无推诿、无争执", 1, "binary", 0, 0}}},
        {u"红线项",
         0,
         {{u"泄露客户隐私", 1, "binary", 0, 1},
          {u"辱骂、嘲讽或威胁客户", 1, "binary", 0, 1},
          {u"私下引导线下交易", 1, "binary", 0, 1}}},
    };
    std::vector<Section> v2 = v1;
    v2[1].weight = 30;
    v2[2].weight = 35;
    v2[2].items.push_back({u"大促期间准确说明活动规则与发货时效", 1, "binary", 1, 0});

    const qint64 first = w.days.front().start;
    m_formV2Since = w.days[size_t(std::max(0, w.dayCount / 3))].start + 10 * Hour;
    const qint64 createdV1 = first - 200 * Day + 10 * Hour;
    const std::vector<std::pair<const std::vector<Section> *, qint64>> versions = {{&v1, createdV1},
                                                                                   {&v2, m_formV2Since - Day}};
    QSqlQuery ver(w.db), sec(w.db), item(w.db);
    if (!ver.prepare(QStringLiteral("INSERT INTO qa_form_versions(form_id, version, created_at, created_by)"
                                    " VALUES (?, ?, ?, ?)")) ||
        !sec.prepare(QStringLiteral("INSERT INTO qa_form_sections(form_version_id, position, title, weight)"
                                    " VALUES (?, ?, ?, ?)")) ||
        !item.prepare(QStringLiteral("INSERT INTO qa_form_items(section_id, position, text, weight, scale,"
                                     " allow_na, critical) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(item));
    int number = 0;
    for (const auto &[sections, createdAt] : versions) {
        ++number;
        ver.addBindValue(formId);
        ver.addBindValue(number);
        ver.addBindValue(createdAt);
        ver.addBindValue(w.qaLead);
        if (!ver.exec())
            return w.fail(sql::errorText(ver));
        const qint64 versionId = ver.lastInsertId().toLongLong();
        (number == 1 ? m_formV1 : m_formV2) = versionId;
        int sp = 0;
        for (const Section &s : *sections) {
            sec.addBindValue(versionId);
            sec.addBindValue(++sp);
            sec.addBindValue(QString::fromUtf16(s.title));
            sec.addBindValue(s.weight);
            if (!sec.exec())
                return w.fail(sql::errorText(sec));
            const qint64 sectionId = sec.lastInsertId().toLongLong();
            int ip = 0;
            for (const Item &it : s.items) {
                item.addBindValue(sectionId);
                item.addBindValue(++ip);
                item.addBindValue(QString::fromUtf16(it.text));
                item.addBindValue(it.weight);
                item.addBindValue(QString::fromLatin1(it.scale));
                item.addBindValue(it.allowNa);
                item.addBindValue(it.critical);
                if (!item.exec())
                    return w.fail(sql::errorText(item));
            }
        }
    }
    return true;
}

void QaDemo::newWeek()
{
    DemoWorld &w = m_world;
    m_quota.resize(w.agents.size());
    m_seen.resize(w.agents.size());
    m_week.resize(w.agents.size());
    for (size_t a = 0; a < w.agents.size(); ++a) {
        m_quota[a] = w.rngQa.poisson(3.0);
        m_seen[a] = 0;
    }
}

void QaDemo::offer(const QaPick &pick)
{
    const size_t a = size_t(pick.agent);
    if (a >= m_quota.size() || m_quota[a] <= 0)
        return;
    ++m_seen[a];
    std::vector<QaPick> &week = m_week[a];
    if (int(week.size()) < m_quota[a]) {
        week.push_back(pick);
    } else {
        const qint64 j = m_world.rngQa.below(m_seen[a]);
        if (j < m_quota[a])
            week[size_t(j)] = pick;
    }
}

void QaDemo::closeWeek()
{
    for (std::vector<QaPick> &week : m_week) {
        for (const QaPick &p : week)
            m_picks.push_back(p);
        week.clear();
    }
}

bool QaDemo::writeReviews()
{
    DemoWorld &w = m_world;
    Random &rng = w.rngQa;
    std::vector<std::pair<qint64, size_t>> order;
    std::vector<qint64> reviewedAt(m_picks.size());
    for (size_t i = 0; i < m_picks.size(); ++i) {
        const qint64 at = w.toWorkingHours(m_picks[i].at + rng.between64(10 * Hour, 4 * Day), rng, 9, 18);
        reviewedAt[i] = at;
        if (at <= w.asOf)
            order.emplace_back(at, i);
    }
    std::sort(order.begin(), order.end());
    QSqlQuery q(w.db);
    if (!q.prepare(QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail, reviewer,"
                                  " conversation_id, complaint_id, notes, form_version_id)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(q));
    int number = 0;
    for (const auto &[at, i] : order) {
        const QaPick &pick = m_picks[i];
        const DemoAgent &p = w.agents[size_t(pick.agent)];
        double score = p.qaBase + rng.normal(0.0, 5.0);
        if (pick.csat > 0 && pick.csat <= 2)
            score -= 6.0;
        if (pick.resolved == 0)
            score -= 4.0;
        if (!pick.complaintId.isEmpty())
            score -= 8.0;
        score = std::clamp(std::round(score * 2.0) / 2.0, 35.0, 100.0);
        const bool autoFail = rng.chance(pick.complaintId.isEmpty() ? p.autoFailRisk : p.autoFailRisk * 3.0);
        q.addBindValue(QStringLiteral("QA%1").arg(++number, 6, 10, QLatin1Char('0')));
        q.addBindValue(p.id);
        q.addBindValue(at);
        q.addBindValue(score);
        q.addBindValue(autoFail ? 1 : 0);
        q.addBindValue(rng.pick(w.qaStaff));
        q.addBindValue(w.conversationId(pick.conversation));
        q.addBindValue(pick.complaintId.isEmpty() ? QVariant() : QVariant(pick.complaintId));
        q.addBindValue(w.qaNotes.isEmpty() || rng.chance(0.25) ? QVariant() : QVariant(rng.pick(w.qaNotes)));
        q.addBindValue(at >= m_formV2Since ? m_formV2 : m_formV1);
        if (!q.exec())
            return w.fail(sql::errorText(q));
        ++w.counts.qaReviews;
    }
    return true;
}

} // namespace kefu::demo
