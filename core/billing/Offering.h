#pragma once

#include "billing/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

enum class OfferingKind { SingleSession, Package, Retainer };

QString offeringKindKey(OfferingKind kind);
bool offeringKindFromKey(const QString& key, OfferingKind* kind);
QString offeringKindLabel(OfferingKind kind);
QList<OfferingKind> allOfferingKinds();

// An entry of the mentor's price list.
struct Offering {
    Q_DECLARE_TR_FUNCTIONS(md::Offering)
public:
    qint64 id = 0;
    OfferingKind kind = OfferingKind::SingleSession;
    QString name;
    Money price; // before tax: per session, per package, or per month
    int taxRateBasisPoints = 0;
    int sessionCount = 1;   // packages: sessions included
    int validityMonths = 0; // packages: months from the sale; 0 = no expiry
    bool active = true;     // inactive entries stay for history but are not offered
    QDateTime createdUtc;
    QDateTime updatedUtc;

    // A name, a price and a rate within the bounds invoices take; packages
    // with 1 to 1000 sessions and 0 to 120 months. InvalidInput says which.
    Status validate() const;
};

// A package sold to an engagement: it gives `sessionCount` credits that held
// sessions use up, earliest expiry first.
struct PackageSale {
    qint64 id = 0;
    qint64 engagementId = 0;
    qint64 offeringId = 0; // 0 when the price-list entry was deleted
    QString description;
    int sessionCount = 0;
    Money price;
    int taxRateBasisPoints = 0;
    QDate soldOn;
    QDate validUntil; // null = no expiry
    QDateTime createdUtc;
};

// A sale with its use: "5 of 8 used, valid until 30 Sep 2026".
struct PackageCredit {
    PackageSale sale;
    int used = 0;
    qint64 invoiceId = 0; // the invoice that billed the sale, 0 = not yet billed

    int remaining() const { return sale.sessionCount - used; }
    bool isExpired(const QDate& today) const {
        return sale.validUntil.isValid() && today > sale.validUntil;
    }
    bool isUsable(const QDate& today) const { return remaining() > 0 && !isExpired(today); }
    QString usageText(const QLocale& locale = QLocale()) const;
};

// What the engagement page warns about.
struct CreditWarning {
    enum class Kind { RunningLow, UsedUp, ExpiringSoon, ExpiredUnused };
    Kind kind;
    qint64 saleId = 0;
    QString message; // translated, ready to show
};

} // namespace md
