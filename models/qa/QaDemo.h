#pragma once

#include <QString>

#include <vector>

namespace kefu::demo {

struct DemoWorld;

// A conversation QA reviews.
struct QaPick
{
    qint64 conversation = 0;
    qint64 at = 0; // when the conversation ended (or its complaint closed)
    int agent = 0;
    int csat = 0;
    int resolved = -1;
    QString complaintId;
};

// The demo's quality assurance: the form with its two versions, a weekly sample of each agent's handled
// conversations (a reservoir, drawn from the QA stream as the floor retires them), the conversations behind
// closed complaints, and the reviews of all of them.
class QaDemo final
{
public:
    explicit QaDemo(DemoWorld &world);

    bool writeForm();
    // A roster week begins: last week's samples are kept, each agent gets a new quota.
    void newWeek();
    void offer(const QaPick &pick);
    void closeWeek();
    void addComplaintReview(const QaPick &pick) { m_picks.push_back(pick); }
    bool writeReviews();

private:
    DemoWorld &m_world;
    qint64 m_formV1 = 0;
    qint64 m_formV2 = 0;
    qint64 m_formV2Since = 0;
    std::vector<int> m_quota;
    std::vector<int> m_seen;
    std::vector<std::vector<QaPick>> m_week;
    std::vector<QaPick> m_picks;
};

} // namespace kefu::demo
