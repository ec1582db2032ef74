#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace md {

enum class TaxMode {
    Vat,                    // lines carry the standard, reduced or zero rate
    SmallBusinessExemption, // no tax at all; the exemption wording is printed
};

// The mentor's business settings for billing, as stored in the workspace
// (table workspace_settings, keys "billing.*"). Default-constructed = the
// defaults a new workspace starts with, enough to invoice at once.
struct BusinessSettings {
    QString currency = QStringLiteral("EUR");
    TaxMode taxMode = TaxMode::Vat;
    int standardRateBasisPoints = 0; // e.g. 1900 = 19 %
    int reducedRateBasisPoints = 0;
    QString exemptionText; // printed when taxMode is SmallBusinessExemption
    QString numberPattern = QStringLiteral("{YYYY}-{NNNN}");
    int paymentTermsDays = 14;
    qint64 sessionPriceMinor = 0; // a held session's price when the price list has none
    QString bankAccountHolder;
    QString bankName;
    QString iban; // electronic form, checksum-verified
    QString bic;
    QString latePaymentNote;
    // Sessions the client cancelled late: within cancellationNoticeHours
    // before the start (CancellationPolicy).
    bool lateCancellationChargeable = false;
    bool noShowChargeable = false;
    // The notice a client gives to cancel free of charge; agreements print it.
    int cancellationNoticeHours = 24;
    static constexpr int kMaxCancellationNoticeHours = 24 * 14;
    QString cancellationPolicyText;
    // Issued invoices and credit notes are kept this many years after the end
    // of their year, also once their client is erased (the law's retention).
    int retentionYears = 10;

    // The rate a new line gets: 0 under the exemption.
    int defaultRateBasisPoints() const {
        return taxMode == TaxMode::SmallBusinessExemption ? 0 : standardRateBasisPoints;
    }
    // The wording to print (the default text when none was set).
    QString effectiveExemptionText() const;
};

// One documented key of the workspace settings (for `settings show/set` and
// the settings dialog).
struct SettingKeyInfo {
    QString key;
    QString description;  // translated
    QString defaultValue; // as text; empty = none
    QString example;
};

// The "billing.*" keys: their documentation, validation and mapping to the
// typed struct. Values travel as text (what the CLI types and shows).
class BusinessSettingsKeys final {
    // Its strings are looked up under the context lupdate gives them.
    Q_DECLARE_TR_FUNCTIONS(md::BusinessSettingsKeys)

public:
    static QList<SettingKeyInfo> keys();
    static bool isKey(const QString& key);
    // Checks and normalises one value (IBAN checksum, currency code, percent
    // → stored form); InvalidInput with a reason for the mentor.
    static Result<QString> normalise(const QString& key, const QString& value,
                                     const BusinessSettings& current);
    // Text form of one key of `settings` (e.g. "19" for a rate).
    static QString valueOf(const BusinessSettings& settings, const QString& key);
    // Builds the typed settings from stored text values; unknown or broken
    // values fall back to the default.
    static BusinessSettings fromValues(const QHash<QString, QString>& values);
};

// Who issues an invoice and how to pay, frozen into each invoice at issue so
// that a later change of address or bank never alters an issued invoice.
struct SellerDetails {
    QString name;
    QString businessName;
    QString address;
    QString taxId;
    QString email;
    QString phone;
    QString bankAccountHolder;
    QString bankName;
    QString iban;
    QString bic;
    int paymentTermsDays = 14;
    QString latePaymentNote;
    QString cancellationPolicy; // printed on invoices when set
    bool taxExempt = false;
    QString exemptionText;
    QString country; // ISO 3166 code of the business; empty = unknown

    QJsonObject toJson() const;
    static SellerDetails fromJson(const QJsonObject& json);
};

} // namespace md
