#include "billing/BusinessSettings.h"

#include "billing/Currency.h"
#include "billing/Decimal.h"
#include "billing/Iban.h"
#include "billing/InvoiceMath.h"
#include "billing/InvoiceNumberPattern.h"
#include "billing/Money.h"

#include <QCoreApplication>
#include <QHash>

namespace md {

namespace {

namespace key {
const QString currency = QStringLiteral("billing.currency");
const QString taxMode = QStringLiteral("billing.tax.mode");
const QString standardRate = QStringLiteral("billing.tax.standard_rate");
const QString reducedRate = QStringLiteral("billing.tax.reduced_rate");
const QString exemptionText = QStringLiteral("billing.tax.exemption_text");
const QString numberPattern = QStringLiteral("billing.invoice.number_pattern");
const QString paymentTerms = QStringLiteral("billing.invoice.payment_terms_days");
const QString latePaymentNote = QStringLiteral("billing.invoice.late_payment_note");
const QString sessionPrice = QStringLiteral("billing.session.price");
const QString accountHolder = QStringLiteral("billing.bank.account_holder");
const QString bankName = QStringLiteral("billing.bank.name");
const QString iban = QStringLiteral("billing.bank.iban");
const QString bic = QStringLiteral("billing.bank.bic");
const QString lateCancellation = QStringLiteral("billing.policy.late_cancellation_chargeable");
const QString noShow = QStringLiteral("billing.policy.no_show_chargeable");
const QString noticeHours = QStringLiteral("billing.policy.cancellation_notice_hours");
const QString cancellationText = QStringLiteral("billing.policy.cancellation_text");
const QString retentionYears = QStringLiteral("billing.retention_years");
} // namespace key

QString boolText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

std::optional<bool> parseBool(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1") ||
        t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0") ||
        t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QString taxModeText(TaxMode mode) {
    return mode == TaxMode::SmallBusinessExemption ? QStringLiteral("exempt")
                                                   : QStringLiteral("vat");
}

} // namespace

QString BusinessSettings::effectiveExemptionText() const {
    if (!exemptionText.trimmed().isEmpty())
        return exemptionText;
    // BusinessSettings has no tr() of its own: the context is named.
    return QCoreApplication::translate("md::BusinessSettings",
                                       "No VAT is charged: small business exemption.");
}

QList<SettingKeyInfo> BusinessSettingsKeys::keys() {
    const BusinessSettings d;
    return {
        {key::currency, tr("Currency of all amounts (ISO 4217 code)."), d.currency,
         QStringLiteral("EUR")},
        {key::taxMode,
         tr("\"vat\" to charge tax at the rates below, \"exempt\" for a small-business "
            "exemption (no tax; the exemption text is printed)."),
         taxModeText(d.taxMode), QStringLiteral("exempt")},
        {key::standardRate, tr("Standard tax rate in percent (stored as basis points)."),
         InvoiceMath::formatRatePercent(d.standardRateBasisPoints), QStringLiteral("19")},
        {key::reducedRate, tr("Reduced tax rate in percent."),
         InvoiceMath::formatRatePercent(d.reducedRateBasisPoints), QStringLiteral("7")},
        {key::exemptionText, tr("Wording printed on invoices under the exemption."), QString(),
         QStringLiteral("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.")},
        {key::numberPattern,
         tr("Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence "
            "(gapless, restarts every year)."),
         d.numberPattern, QStringLiteral("RE-{YYYY}-{NNN}")},
        {key::paymentTerms, tr("Days from the issue date to the due date."),
         QString::number(d.paymentTermsDays), QStringLiteral("30")},
        {key::latePaymentNote, tr("Note printed about late payment."), QString(),
         QStringLiteral("Late payments incur interest at the statutory rate.")},
        {key::sessionPrice,
         tr("Price of one held session before tax, used when the price list has no single "
            "session."),
         QStringLiteral("0.00"), QStringLiteral("120.00")},
        {key::accountHolder, tr("Bank account holder printed in the payment instructions."),
         QString(), QStringLiteral("Jane Doe")},
        {key::bankName, tr("Name of the bank."), QString(), QStringLiteral("Example Bank")},
        {key::iban, tr("IBAN (its check digits are verified)."), QString(),
         QStringLiteral("DE89 3704 0044 0532 0130 00")},
        {key::bic, tr("BIC / SWIFT code (8 or 11 characters)."), QString(),
         QStringLiteral("COBADEFFXXX")},
        {key::lateCancellation,
         tr("Whether sessions the client cancelled late (with less notice than the notice "
            "hours) are billed (true/false)."),
         boolText(d.lateCancellationChargeable), QStringLiteral("true")},
        {key::noticeHours,
         tr("Hours before a session by which the client can cancel it free of charge; "
            "agreements print them."),
         QString::number(d.cancellationNoticeHours), QStringLiteral("48")},
        {key::noShow, tr("Whether no-shows are billed (true/false)."), boolText(d.noShowChargeable),
         QStringLiteral("true")},
        {key::cancellationText, tr("Cancellation policy wording for agreements and invoices."),
         QString(), QStringLiteral("Sessions cancelled less than 24 hours ahead are billed.")},
        {key::retentionYears,
         tr("Years an issued invoice is kept after the end of its year, also when its client "
            "is erased."),
         QString::number(d.retentionYears), QStringLiteral("10")},
    };
}

bool BusinessSettingsKeys::isKey(const QString& name) {
    for (const SettingKeyInfo& info : keys()) {
        if (info.key == name)
            return true;
    }
    return false;
}

Result<QString> BusinessSettingsKeys::normalise(const QString& name, const QString& value,
                                                const BusinessSettings& current) {
    const QString v = value.trimmed();
    if (name == key::currency) {
        if (!Currency::isValidCode(v.toUpper()))
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not an ISO 4217 currency code such as EUR.").arg(value));
        return v.toUpper();
    }
    if (name == key::taxMode) {
        if (v != QLatin1String("vat") && v != QLatin1String("exempt"))
            return makeError(ErrorCode::InvalidInput,
                             tr("The tax mode is \"vat\" or \"exempt\", not \"%1\".").arg(value));
        return v;
    }
    if (name == key::standardRate || name == key::reducedRate) {
        auto rate = InvoiceMath::parseRatePercent(v);
        if (!rate)
            return rate.error();
        return QString::number(*rate);
    }
    if (name == key::numberPattern) {
        if (Status valid = InvoiceNumberPattern::validate(v); !valid)
            return valid.error();
        return v;
    }
    if (name == key::retentionYears) {
        bool ok = false;
        const int years = v.toInt(&ok);
        if (!ok || years < 1 || years > 30)
            return makeError(ErrorCode::InvalidInput,
                             tr("The retention period is a number of years from 1 to 30."));
        return QString::number(years);
    }
    if (name == key::noticeHours) {
        bool ok = false;
        const int hours = v.toInt(&ok);
        if (!ok || hours < 0 || hours > BusinessSettings::kMaxCancellationNoticeHours)
            return makeError(ErrorCode::InvalidInput,
                             tr("The cancellation notice is a number of hours from 0 to %1.")
                                 .arg(BusinessSettings::kMaxCancellationNoticeHours));
        return QString::number(hours);
    }
    if (name == key::paymentTerms) {
        bool ok = false;
        const int days = v.toInt(&ok);
        if (!ok || days < 0 || days > 365)
            return makeError(ErrorCode::InvalidInput,
                             tr("Payment terms are a number of days from 0 to 365."));
        return QString::number(days);
    }
    if (name == key::sessionPrice) {
        auto price = Money::parse(v, current.currency);
        if (!price)
            return price.error();
        return QString::number(price->minorUnits());
    }
    if (name == key::iban) {
        if (v.isEmpty())
            return QString();
        auto iban = Iban::validate(v);
        if (!iban)
            return iban.error();
        return *iban;
    }
    if (name == key::bic) {
        if (v.isEmpty())
            return QString();
        auto bic = Bic::validate(v);
        if (!bic)
            return bic.error();
        return *bic;
    }
    if (name == key::lateCancellation || name == key::noShow) {
        const auto flag = parseBool(v);
        if (!flag)
            return makeError(ErrorCode::InvalidInput,
                             tr("Write true or false, not \"%1\".").arg(value));
        return boolText(*flag);
    }
    if (isKey(name)) // free text
        return value;
    return makeError(ErrorCode::NotFound, tr("There is no setting called \"%1\".").arg(name));
}

QString BusinessSettingsKeys::valueOf(const BusinessSettings& s, const QString& name) {
    if (name == key::currency)
        return s.currency;
    if (name == key::taxMode)
        return taxModeText(s.taxMode);
    if (name == key::standardRate)
        return InvoiceMath::formatRatePercent(s.standardRateBasisPoints);
    if (name == key::reducedRate)
        return InvoiceMath::formatRatePercent(s.reducedRateBasisPoints);
    if (name == key::exemptionText)
        return s.exemptionText;
    if (name == key::numberPattern)
        return s.numberPattern;
    if (name == key::paymentTerms)
        return QString::number(s.paymentTermsDays);
    if (name == key::retentionYears)
        return QString::number(s.retentionYears);
    if (name == key::latePaymentNote)
        return s.latePaymentNote;
    if (name == key::sessionPrice)
        return Money(s.sessionPriceMinor, s.currency).toDecimalString();
    if (name == key::accountHolder)
        return s.bankAccountHolder;
    if (name == key::bankName)
        return s.bankName;
    if (name == key::iban)
        return s.iban.isEmpty() ? QString() : Iban::formatted(s.iban);
    if (name == key::bic)
        return s.bic;
    if (name == key::lateCancellation)
        return boolText(s.lateCancellationChargeable);
    if (name == key::noShow)
        return boolText(s.noShowChargeable);
    if (name == key::noticeHours)
        return QString::number(s.cancellationNoticeHours);
    if (name == key::cancellationText)
        return s.cancellationPolicyText;
    return {};
}

BusinessSettings BusinessSettingsKeys::fromValues(const QHash<QString, QString>& values) {
    BusinessSettings s;
    auto text = [&](const QString& name, QString* target) {
        if (values.contains(name))
            *target = values.value(name);
    };
    auto number = [&](const QString& name, auto* target, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 v = values.value(name).toLongLong(&ok);
        if (ok && v >= min && v <= max)
            *target = decltype(+*target)(v);
    };
    auto flag = [&](const QString& name, bool* target) {
        if (const auto v = parseBool(values.value(name)))
            *target = *v;
    };
    if (Currency::isValidCode(values.value(key::currency)))
        s.currency = values.value(key::currency);
    if (values.value(key::taxMode) == QLatin1String("exempt"))
        s.taxMode = TaxMode::SmallBusinessExemption;
    number(key::standardRate, &s.standardRateBasisPoints, 0, InvoiceMath::kMaxRateBasisPoints);
    number(key::reducedRate, &s.reducedRateBasisPoints, 0, InvoiceMath::kMaxRateBasisPoints);
    text(key::exemptionText, &s.exemptionText);
    if (InvoiceNumberPattern::validate(values.value(key::numberPattern)))
        s.numberPattern = values.value(key::numberPattern);
    number(key::paymentTerms, &s.paymentTermsDays, 0, 365);
    number(key::retentionYears, &s.retentionYears, 1, 30);
    text(key::latePaymentNote, &s.latePaymentNote);
    number(key::sessionPrice, &s.sessionPriceMinor, 0, InvoiceMath::kMaxUnitPriceMinor);
    text(key::accountHolder, &s.bankAccountHolder);
    text(key::bankName, &s.bankName);
    text(key::iban, &s.iban);
    text(key::bic, &s.bic);
    flag(key::lateCancellation, &s.lateCancellationChargeable);
    flag(key::noShow, &s.noShowChargeable);
    number(key::noticeHours, &s.cancellationNoticeHours, 0,
           BusinessSettings::kMaxCancellationNoticeHours);
    text(key::cancellationText, &s.cancellationPolicyText);
    return s;
}

QJsonObject SellerDetails::toJson() const {
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("businessName"), businessName},
        {QStringLiteral("address"), address},
        {QStringLiteral("taxId"), taxId},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("bankAccountHolder"), bankAccountHolder},
        {QStringLiteral("bankName"), bankName},
        {QStringLiteral("iban"), iban},
        {QStringLiteral("bic"), bic},
        {QStringLiteral("paymentTermsDays"), paymentTermsDays},
        {QStringLiteral("latePaymentNote"), latePaymentNote},
        {QStringLiteral("cancellationPolicy"), cancellationPolicy},
        {QStringLiteral("taxExempt"), taxExempt},
        {QStringLiteral("exemptionText"), exemptionText},
        {QStringLiteral("country"), country},
    };
}

SellerDetails SellerDetails::fromJson(const QJsonObject& json) {
    SellerDetails s;
    s.name = json.value(QStringLiteral("name")).toString();
    s.businessName = json.value(QStringLiteral("businessName")).toString();
    s.address = json.value(QStringLiteral("address")).toString();
    s.taxId = json.value(QStringLiteral("taxId")).toString();
    s.email = json.value(QStringLiteral("email")).toString();
    s.phone = json.value(QStringLiteral("phone")).toString();
    s.bankAccountHolder = json.value(QStringLiteral("bankAccountHolder")).toString();
    s.bankName = json.value(QStringLiteral("bankName")).toString();
    s.iban = json.value(QStringLiteral("iban")).toString();
    s.bic = json.value(QStringLiteral("bic")).toString();
    s.paymentTermsDays = json.value(QStringLiteral("paymentTermsDays")).toInt(14);
    s.latePaymentNote = json.value(QStringLiteral("latePaymentNote")).toString();
    s.cancellationPolicy = json.value(QStringLiteral("cancellationPolicy")).toString();
    s.taxExempt = json.value(QStringLiteral("taxExempt")).toBool();
    s.exemptionText = json.value(QStringLiteral("exemptionText")).toString();
    s.country = json.value(QStringLiteral("country")).toString();
    return s;
}

} // namespace md
