#include "QaScore.h"

#include <QHash>

#include <cmath>

namespace kefu::qa {

double ReviewScorer::lowest(Scale scale)
{
    return scale == Scale::FivePoint ? 1.0 : 0.0;
}

double ReviewScorer::highest(Scale scale)
{
    switch (scale) {
    case Scale::Binary: return 1.0;
    case Scale::ThreePoint: return 2.0;
    case Scale::FivePoint: return 5.0;
    }
    return 1.0;
}

ReviewScore ReviewScorer::score(const Form &form, const QList<Answer> &answers)
{
    ReviewScore result;
    QHash<qint64, const Answer *> byItem;
    for (const Answer &answer : answers) {
        if (byItem.contains(answer.itemId)) {
            result.error = tr("Item %1 is answered twice.").arg(answer.itemId);
            return result;
        }
        byItem.insert(answer.itemId, &answer);
    }
    double weighted = 0;
    double weights = 0;
    qsizetype used = 0;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const Answer *answer = byItem.value(item.id, nullptr);
            if (!answer) {
                result.error = tr("\"%1\" is not answered.").arg(item.text);
                return result;
            }
            ++used;
            if (!answer->value) {
                if (!item.allowNotApplicable) {
                    result.error = tr("\"%1\" cannot be marked not applicable.").arg(item.text);
                    return result;
                }
                continue;
            }
            const double value = *answer->value;
            const double low = lowest(item.scale), high = highest(item.scale);
            if (!std::isfinite(value) || value < low || value > high || value != std::floor(value)) {
                result.error = tr("\"%1\": %2 is not a value of its scale (%3 to %4).")
                                   .arg(item.text)
                                   .arg(value)
                                   .arg(low)
                                   .arg(high);
                return result;
            }
            if (item.critical && value == low)
                result.autoFail = true;
            const double weight = item.weight * section.weight;
            weighted += weight * 100.0 * (value - low) / (high - low);
            weights += weight;
        }
    }
    if (used != byItem.size()) {
        result.error = tr("An answer names an item that is not on this form.");
        return result;
    }
    if (result.autoFail) {
        result.ok = true;
        result.score = 0;
        return result;
    }
    if (weights <= 0) {
        result.error = tr("No answered item carries weight: the review has no score.");
        return result;
    }
    result.ok = true;
    result.score = weighted / weights;
    return result;
}

} // namespace kefu::qa
