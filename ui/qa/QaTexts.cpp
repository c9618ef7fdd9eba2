#include "QaTexts.h"

#include "core/Formats.h"

#include <cmath>

namespace kefu::ui {

QString QaTexts::scaleTitle(qa::Scale scale)
{
    switch (scale) {
    case qa::Scale::Binary:
        return tr("Pass / fail");
    case qa::Scale::ThreePoint:
        return tr("3-point (0–2)");
    case qa::Scale::FivePoint:
        return tr("5-point (1–5)");
    }
    return {};
}

QString QaTexts::scaleExplanation(qa::Scale scale)
{
    switch (scale) {
    case qa::Scale::Binary:
        return tr("Pass counts 100, fail 0.");
    case qa::Scale::ThreePoint:
        return tr("0 not met (0), 1 partly met (50), 2 fully met (100).");
    case qa::Scale::FivePoint:
        return tr("1 poor (0), 2 below expectations (25), 3 meets expectations (50), 4 good (75), 5 excellent (100).");
    }
    return {};
}

QString QaTexts::valueCaption(qa::Scale scale, int value)
{
    if (scale == qa::Scale::Binary)
        return value == 1 ? tr("Pass") : tr("Fail");
    return QString::number(value);
}

QString QaTexts::valueMeaning(qa::Scale scale, int value)
{
    switch (scale) {
    case qa::Scale::Binary:
        return value == 1 ? tr("Pass") : tr("Fail");
    case qa::Scale::ThreePoint:
        switch (value) {
        case 0:
            return tr("not met");
        case 1:
            return tr("partly met");
        case 2:
            return tr("fully met");
        }
        break;
    case qa::Scale::FivePoint:
        switch (value) {
        case 1:
            return tr("poor");
        case 2:
            return tr("below expectations");
        case 3:
            return tr("meets expectations");
        case 4:
            return tr("good");
        case 5:
            return tr("excellent");
        }
        break;
    }
    return {};
}

QString QaTexts::answerText(qa::Scale scale, const std::optional<double> &value)
{
    if (!value)
        return notApplicable();
    const int v = int(std::lround(*value));
    if (scale == qa::Scale::Binary)
        return valueMeaning(scale, v);
    return tr("%1 · %2").arg(QString::number(v), valueMeaning(scale, v));
}

QString QaTexts::notApplicable()
{
    return tr("N/A");
}

QString QaTexts::formTitle(const QString &name, int version)
{
    return tr("%1 v%2").arg(name, QString::number(version));
}

QString QaTexts::share(double fraction)
{
    return format::percent(100.0 * fraction);
}

QString QaTexts::weight(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace kefu::ui
