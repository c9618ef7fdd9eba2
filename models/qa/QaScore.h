#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kefu::qa {

// A QA form as the score needs it (qa_form_sections / qa_form_items of one form version).
enum class Scale { Binary, ThreePoint, FivePoint };

struct FormItem
{
    qint64 id = 0;
    QString text;
    double weight = 1.0; // within its section
    Scale scale = Scale::Binary;
    bool allowNotApplicable = false;
    bool critical = false; // failing it makes the whole review 0 (auto_fail)
};

struct FormSection
{
    QString title;
    double weight = 1.0;
    QList<FormItem> items;
};

struct Form
{
    QList<FormSection> sections;
};

// One answer: the item and its value on the item's scale (binary 0/1, 3-point 0–2, 5-point 1–5),
// or no value for "not applicable".
struct Answer
{
    qint64 itemId = 0;
    std::optional<double> value;
};

struct ReviewScore
{
    bool ok = false;
    QString error;        // why the answers cannot be scored (translated); then score is unset
    double score = 0;     // 0–100
    bool autoFail = false; // a critical item failed: the score is 0
};

// The score of one review (issue 6): the weighted mean of the answered items on 0–100, each
// answer scaled from its scale's lowest (0) to highest (100) value, each item weighted by its
// own weight times its section's; "not applicable" answers drop out; a critical item answered
// with its scale's lowest value makes the review 0 with auto_fail. Every item must be answered
// (or marked not applicable where the form allows it), and at least one must count.
class ReviewScorer final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::qa::ReviewScorer)

public:
    static ReviewScore score(const Form &form, const QList<Answer> &answers);
    static double lowest(Scale scale);
    static double highest(Scale scale);
};

} // namespace kefu::qa
