#include "billing/Payment.h"

#include <QCoreApplication>

namespace md {

QString paymentMethodKey(PaymentMethod method) {
    switch (method) {
    case PaymentMethod::BankTransfer:
        return QStringLiteral("bank_transfer");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool paymentMethodFromKey(const QString& key, PaymentMethod* method) {
    for (PaymentMethod candidate : allPaymentMethods()) {
        if (paymentMethodKey(candidate) == key) {
            *method = candidate;
            return true;
        }
    }
    return false;
}

QString paymentMethodLabel(PaymentMethod method) {
    switch (method) {
    case PaymentMethod::BankTransfer:
        return QCoreApplication::translate("md::Payment", "Bank transfer");
    case PaymentMethod::Card:
        return QCoreApplication::translate("md::Payment", "Card");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("md::Payment", "Cash");
    case PaymentMethod::Other:
        return QCoreApplication::translate("md::Payment", "Other");
    }
    return {};
}

QList<PaymentMethod> allPaymentMethods() {
    return {PaymentMethod::BankTransfer, PaymentMethod::Card, PaymentMethod::Cash,
            PaymentMethod::Other};
}

} // namespace md
