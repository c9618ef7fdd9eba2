#pragma once

#include "DemoContent.h"
#include "DemoOptions.h"
#include "core/SeededRandom.h"
#include "core/Vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <limits>
#include <vector>

// What one demo run shares between the slices that write it (models/agents, scripts, qa, shifts,
// complaints, and the floor's driver in models/demo, which orchestrates them all): the options, the random streams, the content, the calendar and
// the people. Each slice draws only from its own streams, in the order the data has always been drawn: the
// same seed gives byte-identical stores.
namespace kefu::demo {

using seeded::Random;

inline constexpr qint64 Never = std::numeric_limits<qint64>::max() / 4;
inline constexpr qint64 Minute = 60;
inline constexpr qint64 Hour = 3600;
inline constexpr qint64 Day = 86400;

// The demo's own channel order for random draws (older than core/Vocabulary; changing it changes the data).
inline constexpr std::array<Channel, ChannelCount> DrawOrder = {Channel::Chat, Channel::Phone, Channel::Social,
                                                                Channel::Email};

// Running sums of weights for Random::weighted (all ones when nothing weighs).
std::vector<double> cumulate(const std::vector<double> &weights);

QString tr(const char *text); // in kefu::DemoGenerator's translation context

// What a conversation category means for handling, resolution and queue choice.
enum class CategoryKind { Presale, Logistics, AfterSales, Quality, Payment, Other };

struct CategoryInfo
{
    QString name;
    QByteArray utf8;
    double share = 0.0;
    CategoryKind kind = CategoryKind::Other;
    double handleFactor = 1.0;
    double fcrFactor = 1.0;
    int queue = 0;
    double orderProbability = 0.9;
    std::vector<int> scripts; // indexes into the script plans, for conversation_scripts
    std::vector<double> scriptWeights;
};

struct DayInfo
{
    QDate date;
    qint64 start = 0;
    qint64 end = 0;
    int weekday = 1;
    double volume = 0.0;
    bool peak = false;
    bool weekend = false;
    int offsetFromPeak = 1000;
};

// A generated agent and the traits the floor, the roster and QA draw on.
struct DemoAgent
{
    enum Group { Voice, Online }; // Voice: hotline and e-mail tickets (SkillGroupRouting's groups)

    QString id;
    QByteArray idUtf8;
    QString name;
    int team = 0;
    int skill = 1;
    QString certification;
    QDate hiredOn;
    bool active = true;
    int firstWorkDay = 0; // day indexes of the range
    int lastWorkDay = 0;
    Group group = Online;
    int capacity = 1;            // concurrent contacts (chat/social); phone and e-mail take all of it
    double speed = 1.0;          // handle-time factor
    double responsiveness = 1.0; // first-response delay factor
    double fcr = 0.75;
    double csatBias = 0.0;
    double qaBase = 88.0;
    double autoFailRisk = 0.03;
    double lateRisk = 0.06;
    double earlyRisk = 0.04;
    double absentRisk = 0.01;
};

// A reply script as the floor uses it.
struct ScriptPlan
{
    int templateIndex = 0;
    QByteArray idUtf8;
    qint64 usableFrom = Never;
    qint64 usableUntil = Never;
    double weight = 0.0;
    int channelMask = 0; // bits of kefu::Channel
};

struct DemoWorld
{
    DemoWorld(QSqlDatabase &database, const QTimeZone &timeZone, const DemoOptions &demoOptions, QDate peak,
              const DemoProgress &progressReport, DemoCounts &demoCounts);

    bool fail(const QString &message);
    bool report(int percent, const QString &stage);
    void loadContent();
    void buildCalendar();
    qint64 localTime(int dayIndex, qint64 secondsFromMidnight) const;
    int dayIndexOf(qint64 t) const;
    qint64 secondsIntoDay(qint64 t) const;
    // Moves a staff action into office hours (fromHour–toHour local) of the same or the next day.
    qint64 toWorkingHours(qint64 t, Random &rng, int fromHour = 9, int toHour = 21) const;
    static QString customerId(quint32 customer);
    static QString orderText(quint64 order) { return order ? QString::number(order) : QString(); }
    static QString conversationId(qint64 seq);

    QSqlDatabase &db;
    QTimeZone zone;
    DemoOptions options;
    QDate peakDay;
    const DemoProgress &progress;
    DemoCounts &counts;
    QString error;

    Random rngPeople;
    Random rngRoster;
    Random rngTraffic;
    Random rngService;
    Random rngUsage;
    Random rngScripts;
    Random rngCases;
    Random rngQa;

    // content
    QStringList families;
    QStringList givens;       // one or two characters
    QStringList singleGivens; // the one-character ones, for a two-character family name
    QStringList teamNames;
    QList<QByteArray> queueUtf8;
    std::vector<CategoryInfo> categories;
    std::vector<double> categoryCumulative;
    QList<ScriptTemplate> scriptTemplates;
    QList<ComplaintTemplate> complaintTemplates;
    QStringList qaNotes;
    QStringList caseNotes;
    int vipQueue = 0;

    // calendar
    std::vector<DayInfo> days; // the range plus one day after
    int dayCount = 0;
    qint64 asOf = 0;
    int peakIndex = -1;

    // people
    QSet<QString> usedNames; // membership only, never iterated
    std::vector<DemoAgent> agents;
    QStringList leads;
    QStringList qaStaff;
    QStringList trainers;
    QString qaLead;
    QString manager;
    int voiceReserve = 1;  // free voice agents kept for calls before anyone opens an e-mail
    int onlineReserve = 1; // idle chat agents kept for chats before one helps with old e-mails
    quint32 customerPool = 1;
    quint32 vipPool = 1;

    std::vector<ScriptPlan> scripts;
};

} // namespace kefu::demo
