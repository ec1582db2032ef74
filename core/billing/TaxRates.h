#pragma once

#include "billing/BusinessSettings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace md {

// One tax rate a line may get, named after the business settings' rates.
struct TaxRateChoice {
    enum class Kind { Standard, Reduced, Zero };
    Kind kind = Kind::Standard;
    int basisPoints = 0;
    QString key() const;                             // "standard", "reduced", "zero"
    QString label(const QLocale& locale = {}) const; // "Standard (19 %)", translated
};

// The tax-rate choices of the business settings, the one rule behind the
// invoice editor's rate menu and the CLI's `--line "…;standard"`: the
// standard rate, the reduced one when set, and zero; under the small-business
// exemption only zero. Equal rates are offered once.
class TaxRates final {
    Q_DECLARE_TR_FUNCTIONS(md::TaxRates)
public:
    static QList<TaxRateChoice> choices(const BusinessSettings& settings);
    // The rate a new line gets: the standard rate, 0 under the exemption.
    static int defaultRate(const BusinessSettings& settings);
    // A rate as typed: a choice's key ("standard", "reduced", "zero", any
    // case), a percentage ("19", "7,5"), or nothing (the default rate).
    // InvalidInput says why ("reduced" when no reduced rate is set).
    static Result<int> parse(const QString& text, const BusinessSettings& settings);
};

} // namespace md
