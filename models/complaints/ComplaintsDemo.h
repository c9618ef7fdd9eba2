#pragma once

#include "core/Vocabulary.h"

#include <QString>

#include <vector>

namespace kefu::demo {

struct DemoWorld;
struct ComplaintTemplate;
class QaDemo;
struct CaseRecord;

// An unhappy conversation a complaint may come from.
struct ComplaintSource
{
    qint64 conversation = 0;
    qint64 at = 0;
    int agent = -1;
    Channel channel = Channel::Chat;
    quint32 customer = 0;
    quint64 order = 0;
    int category = 0;
};

// The demo's complaint cases (drawn from the cases stream): a reservoir sample of unhappy conversations
// (more after the promotion) and cases from the floor at large, each played through the closed loop of
// complaints.md by ComplaintCase's rules until the demo's "now"; every state of the loop shows.
class ComplaintsDemo final
{
public:
    explicit ComplaintsDemo(DemoWorld &world);
    ~ComplaintsDemo();

    // A conversation the floor retired unhappy, on a day offsetFromPeak days after the promotion.
    void offer(const ComplaintSource &source, int offsetFromPeak);
    // Writes the cases and their events; QA reviews some of the conversations behind closed cases.
    bool write(QaDemo &qa);

private:
    void buildCase(CaseRecord &record, const ComplaintTemplate &tpl, const QString &stopAt, double scale,
                   quint64 caseSeed);

    DemoWorld &m_world;
    std::vector<ComplaintSource> m_sources;
    qint64 m_seen = 0;
    int m_sourceTarget = 0;
    int m_caseTarget = 0;
    std::vector<CaseRecord> m_cases;
};

} // namespace kefu::demo
