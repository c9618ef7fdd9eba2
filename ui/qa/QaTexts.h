#pragma once

#include "qa/QaScore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kefu::ui {

// Texts about QA forms and answers that the forms editor, review entry and the review list share.
class QaTexts final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::QaTexts)

public:
    // "Pass / fail", "3-point (0–2)", "5-point (1–5)".
    static QString scaleTitle(qa::Scale scale);
    // What a scale's values mean, for a tooltip.
    static QString scaleExplanation(qa::Scale scale);
    // The caption of one value on its scale's answer button: "Pass", "Fail", "0"…"2", "1"…"5".
    static QString valueCaption(qa::Scale scale, int value);
    // What a value means: "partly met", "good"…
    static QString valueMeaning(qa::Scale scale, int value);
    // An answer as a review shows it: "Pass", "1 · partly met", "N/A".
    static QString answerText(qa::Scale scale, const std::optional<double> &value);
    static QString notApplicable();
    // "客服质检表 v3"
    static QString formTitle(const QString &name, int version);
    // "18.2 %"
    static QString share(double fraction);
    // A weight without trailing zeros: "1", "1.5".
    static QString weight(double value);
};

} // namespace kefu::ui
