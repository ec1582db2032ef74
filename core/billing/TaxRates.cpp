#include "billing/TaxRates.h"

#include "billing/InvoiceMath.h"

#include <algorithm>

namespace md {

QString TaxRateChoice::key() const {
    switch (kind) {
    case Kind::Standard:
        return QStringLiteral("standard");
    case Kind::Reduced:
        return QStringLiteral("reduced");
    case Kind::Zero:
        break;
    }
    return QStringLiteral("zero");
}

QString TaxRateChoice::label(const QLocale& locale) const {
    QString name;
    switch (kind) {
    case Kind::Standard:
        name = TaxRates::tr("Standard");
        break;
    case Kind::Reduced:
        name = TaxRates::tr("Reduced");
        break;
    case Kind::Zero:
        name = TaxRates::tr("Zero");
        break;
    }
    return TaxRates::tr("%1 (%2 %)").arg(name, InvoiceMath::formatRatePercent(basisPoints, locale));
}

QList<TaxRateChoice> TaxRates::choices(const BusinessSettings& settings) {
    QList<TaxRateChoice> all;
    if (settings.taxMode != TaxMode::SmallBusinessExemption) {
        all.append({TaxRateChoice::Kind::Standard, settings.standardRateBasisPoints});
        if (settings.reducedRateBasisPoints > 0)
            all.append({TaxRateChoice::Kind::Reduced, settings.reducedRateBasisPoints});
    }
    all.append({TaxRateChoice::Kind::Zero, 0});
    QList<TaxRateChoice> distinct;
    for (const TaxRateChoice& choice : std::as_const(all)) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [&](const auto& c) {
            return c.basisPoints == choice.basisPoints;
        });
        if (!seen)
            distinct.append(choice);
    }
    return distinct;
}

int TaxRates::defaultRate(const BusinessSettings& settings) {
    return settings.defaultRateBasisPoints();
}

Result<int> TaxRates::parse(const QString& text, const BusinessSettings& settings) {
    const QString name = text.trimmed().toLower();
    const bool exempt = settings.taxMode == TaxMode::SmallBusinessExemption;
    if (name.isEmpty() || name == QLatin1String("standard"))
        return defaultRate(settings);
    if (name == QLatin1String("zero"))
        return 0;
    if (name == QLatin1String("reduced")) {
        if (exempt)
            return 0;
        if (settings.reducedRateBasisPoints == 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("No reduced tax rate is set yet: set it under Billing › Settings › "
                                "Business settings, or give the rate as a percentage."));
        return settings.reducedRateBasisPoints;
    }
    return InvoiceMath::parseRatePercent(text);
}

} // namespace md
