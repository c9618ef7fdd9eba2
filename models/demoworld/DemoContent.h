#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Static Chinese demo content: names, scripts, complaint texts. Pure data, no randomness here:
// DemoGenerator picks from it with its own seeded generator.
namespace kefu::demo {

struct ScriptRevision
{
    QString title;
    QString body;     // with {placeholders} such as {客户称呼}, {订单号}
    QString note;     // what this revision changed
};

struct ScriptTemplate
{
    QString id;            // stable, e.g. "S0001"
    QString categoryPath;  // e.g. "售后/退换货"
    QStringList tags;
    QStringList channels;  // chat, phone, email, social
    QList<ScriptRevision> revisions; // oldest first; at least one
};

struct ComplaintTemplate
{
    QString category;      // 物流, 售后, 质量/描述不符, 支付/优惠券, 服务态度, …
    QString rootCause;     // a complaints.md root-cause code: product_quality, logistics, …
    QString summary;
    QString description;
};

QStringList familyNames();        // 张 王 李 …
QStringList givenNames();         // 伟 芳 娜 … 秀英: one or two characters
QStringList teamNames();          // 一组, 二组, … (at least 30)
QStringList queues();             // 售前, 售后, VIP, …
// Conversation categories with their share in percent (shares sum to 100).
QList<QPair<QString, int>> conversationCategories();
QList<ScriptTemplate> scripts();  // at least 150
QList<ComplaintTemplate> complaintTemplates();
QStringList qaNotes();            // short reviewer remarks
QStringList complaintNotes();     // short case-note lines for events

} // namespace kefu::demo
