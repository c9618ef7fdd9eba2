#include "AgentsDemo.h"

#include "demoworld/DemoWorld.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kefu::demo {

namespace {

// A Chinese name as people have them: a family name and a given name of one or two characters, two or
// three characters in all (a two-character family name takes a one-character given name).
QString uniqueName(DemoWorld &w, Random &rng)
{
    for (int attempt = 0; attempt < 10000; ++attempt) {
        // One draw per statement: the order of operands of + is unspecified, the data must not depend on it.
        QString name = rng.pick(w.families);
        const QStringList &givens = name.size() > 1 ? w.singleGivens : w.givens;
        name += rng.pick(givens);
        if (!w.usedNames.contains(name)) {
            w.usedNames.insert(name);
            return name;
        }
    }
    QString fallback = QStringLiteral("客服%1").arg(w.usedNames.size() + 1);
    w.usedNames.insert(fallback);
    return fallback;
}

} // namespace

bool writeTeamsAndAgents(DemoWorld &w)
{
    const int n = w.options.agents;
    const int teamCount = std::clamp(int(std::lround(n / 10.0)), 1, std::max<int>(1, int(w.teamNames.size())));
    while (w.teamNames.size() < teamCount)
        w.teamNames.append(QStringLiteral("%1组").arg(w.teamNames.size() + 1));

    for (int i = 0; i < teamCount; ++i)
        w.leads.append(uniqueName(w, w.rngPeople));
    const int qaCount = std::clamp(n / 12 + 2, 3, 12);
    for (int i = 0; i < qaCount; ++i)
        w.qaStaff.append(uniqueName(w, w.rngPeople));
    for (int i = 0; i < 3; ++i)
        w.trainers.append(uniqueName(w, w.rngPeople));
    w.qaLead = uniqueName(w, w.rngPeople);
    w.manager = uniqueName(w, w.rngPeople);

    QSqlQuery team(w.db);
    if (!team.prepare(QStringLiteral("INSERT INTO teams(name, lead) VALUES (?, ?) ON CONFLICT(name) DO NOTHING")))
        return w.fail(sql::errorText(team));
    for (int i = 0; i < teamCount; ++i) {
        team.addBindValue(w.teamNames.at(i));
        team.addBindValue(w.leads.at(i));
        if (!team.exec())
            return w.fail(sql::errorText(team));
        w.counts.teams += std::max(0, team.numRowsAffected());
    }

    // Skill groups sized to their share of the work: calls and e-mails are handled one at a time, chats
    // several at once.
    const int voice = std::max(1, int(std::lround(n * 0.46)));
    std::vector<DemoAgent::Group> groups;
    for (int i = 0; i < n; ++i)
        groups.push_back(i < voice ? DemoAgent::Voice : DemoAgent::Online);
    w.voiceReserve = std::max(1, int(std::lround(voice * 0.1)));
    w.onlineReserve = std::max(1, int(std::lround((n - voice) * 0.1)));
    for (int i = n - 1; i > 0; --i)
        std::swap(groups[size_t(i)], groups[size_t(w.rngPeople.below(i + 1))]);

    const QDate first = w.days.front().date;
    const QDate last = w.days[size_t(w.dayCount - 1)].date;
    w.agents.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        DemoAgent &a = w.agents[size_t(i)];
        a.id = QStringLiteral("A%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        a.idUtf8 = a.id.toUtf8();
        a.name = uniqueName(w, w.rngPeople);
        a.team = std::min(teamCount - 1, i * teamCount / n);
        a.group = groups[size_t(i)];
        const double roll = w.rngPeople.uniform();
        a.skill = roll < 0.35 ? 1 : (roll < 0.8 ? 2 : 3);
        const double c = w.rngPeople.uniform();
        if (a.skill == 1)
            a.certification = c < 0.9 ? QStringLiteral("assistant") : QStringLiteral("senior");
        else if (a.skill == 2)
            a.certification =
                c < 0.2 ? QStringLiteral("assistant") : (c < 0.9 ? QStringLiteral("senior") : QStringLiteral("expert"));
        else
            a.certification = c < 0.3 ? QStringLiteral("senior") : QStringLiteral("expert");
        // Tenure grows with skill; a few juniors joined during the range.
        int tenureDays = 0;
        if (a.skill == 1)
            tenureDays = w.rngPeople.between(30, 540);
        else if (a.skill == 2)
            tenureDays = w.rngPeople.between(300, 1500);
        else
            tenureDays = w.rngPeople.between(900, 3000);
        a.hiredOn = first.addDays(-tenureDays);
        a.firstWorkDay = 0;
        a.lastWorkDay = w.dayCount - 1;
        if (a.skill == 1 && w.dayCount > 30 && w.rngPeople.chance(0.12)) {
            const int joined = w.rngPeople.between(0, w.dayCount - 21);
            a.hiredOn = first.addDays(joined);
            a.firstWorkDay = joined + 3; // induction training first
        }
        if (w.dayCount > 30 && w.rngPeople.chance(0.04)) {
            a.active = false;
            a.lastWorkDay = std::max(a.firstWorkDay + 7, w.dayCount - 1 - w.rngPeople.between(5, 40));
        }
        a.capacity = a.group == DemoAgent::Voice ? 1 : (a.skill == 1 ? 2 : 3);
        const double speedBase = a.skill == 1 ? 1.12 : (a.skill == 2 ? 1.0 : 0.9);
        a.speed = speedBase * std::clamp(w.rngPeople.normal(1.0, 0.06), 0.85, 1.15);
        a.responsiveness = std::clamp(w.rngPeople.logNormal(1.0, 0.25), 0.6, 1.8);
        const double fcrBase = a.skill == 1 ? 0.70 : (a.skill == 2 ? 0.78 : 0.84);
        a.fcr = std::clamp(w.rngPeople.normal(fcrBase, 0.04), 0.55, 0.93);
        a.csatBias = std::clamp(w.rngPeople.normal(a.skill == 3 ? 0.08 : 0.0, 0.14), -0.45, 0.35);
        a.qaBase = std::clamp(w.rngPeople.normal(a.skill == 1 ? 83.0 : (a.skill == 2 ? 87.5 : 91.5), 3.0), 70.0, 97.0);
        a.autoFailRisk = w.rngPeople.chance(0.12) ? 0.09 : 0.022;
        a.lateRisk = std::clamp(w.rngPeople.logNormal(0.05, 0.7), 0.0, 0.35);
        a.earlyRisk = std::clamp(w.rngPeople.logNormal(0.03, 0.7), 0.0, 0.25);
        a.absentRisk = std::clamp(w.rngPeople.logNormal(0.008, 0.6), 0.0, 0.05);
        if (a.hiredOn > last)
            a.hiredOn = last;
    }

    QSqlQuery agent(w.db);
    if (!agent.prepare(QStringLiteral("INSERT INTO agents(id, name, team, skill_level, certification, hired_on,"
                                      " active) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return w.fail(sql::errorText(agent));
    for (const DemoAgent &a : w.agents) {
        agent.addBindValue(a.id);
        agent.addBindValue(a.name);
        agent.addBindValue(w.teamNames.at(a.team));
        agent.addBindValue(a.skill);
        agent.addBindValue(a.certification);
        agent.addBindValue(a.hiredOn.toString(Qt::ISODate));
        agent.addBindValue(a.active ? 1 : 0);
        if (!agent.exec())
            return w.fail(sql::errorText(agent));
        ++w.counts.agents;
    }

    // Customers: a pool that repeats (people come back), VIPs a fixed part of it.
    w.customerPool = quint32(std::clamp<qint64>(qint64(n) * w.dayCount * 25, 20000, 40000000));
    w.vipPool = std::max<quint32>(1, w.customerPool / 20);
    return true;
}

} // namespace kefu::demo
