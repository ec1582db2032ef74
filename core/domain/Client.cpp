#include "domain/Client.h"

#include <QCoreApplication>

namespace md {

QString clientStatusKey(ClientStatus status) {
    switch (status) {
    case ClientStatus::Prospect:
        return QStringLiteral("prospect");
    case ClientStatus::Active:
        return QStringLiteral("active");
    case ClientStatus::Paused:
        return QStringLiteral("paused");
    case ClientStatus::Former:
        return QStringLiteral("former");
    }
    return QStringLiteral("prospect");
}

bool clientStatusFromKey(const QString& key, ClientStatus* status) {
    for (ClientStatus candidate : allClientStatuses()) {
        if (clientStatusKey(candidate) == key) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString clientStatusLabel(ClientStatus status) {
    switch (status) {
    case ClientStatus::Prospect:
        return QCoreApplication::translate("md::Client", "Prospect");
    case ClientStatus::Active:
        return QCoreApplication::translate("md::Client", "Active");
    case ClientStatus::Paused:
        return QCoreApplication::translate("md::Client", "Paused");
    case ClientStatus::Former:
        return QCoreApplication::translate("md::Client", "Former");
    }
    return {};
}

QList<ClientStatus> allClientStatuses() {
    return {ClientStatus::Prospect, ClientStatus::Active, ClientStatus::Paused,
            ClientStatus::Former};
}

} // namespace md
