#pragma once

#include "billing/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

enum class PaymentMethod { BankTransfer, Card, Cash, Other };

QString paymentMethodKey(PaymentMethod method);
bool paymentMethodFromKey(const QString& key, PaymentMethod* method);
QString paymentMethodLabel(PaymentMethod method);
QList<PaymentMethod> allPaymentMethods();

// Money received from a client. It is matched to invoices by allocations; what
// is not allocated is the client's credit balance, which the next invoice uses.
struct Payment {
    qint64 id = 0;
    qint64 clientId = 0;
    QDate receivedOn;
    Money amount; // positive
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference; // bank reference, receipt number, …
    QString note;
    QDateTime createdUtc;
};

// A payment (or part of it) counted against one issued invoice.
struct PaymentAllocation {
    qint64 id = 0;
    qint64 paymentId = 0;
    qint64 invoiceId = 0;
    Money amount;
};

// A payment with what the lists show next to it.
struct PaymentRecord {
    Payment payment;
    QString clientName;
    Money allocated;
    QStringList invoiceNumbers; // the invoices it was allocated to
    Money unallocated() const { return payment.amount - allocated; }
};

// Filter of the payment list.
struct PaymentQuery {
    qint64 clientId = 0;  // 0 = all clients
    qint64 invoiceId = 0; // payments with an allocation to this invoice
    QDate from;           // received on or after; null = open-ended
    QDate to;
};

} // namespace md
