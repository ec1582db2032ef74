#include "domain/ClientName.h"

namespace md {

QString clientListName(const QString& fullName, const QString& preferredName,
                       ClientNameStyle style) {
    if (style == ClientNameStyle::Full || preferredName.isEmpty())
        return fullName;
    return preferredName;
}

QString clientNameStyleKey(ClientNameStyle style) {
    switch (style) {
    case ClientNameStyle::Full:
        return QStringLiteral("full");
    case ClientNameStyle::Preferred:
        break;
    }
    return QStringLiteral("preferred");
}

std::optional<ClientNameStyle> clientNameStyleFromKey(const QString& key) {
    if (key == QLatin1String("preferred"))
        return ClientNameStyle::Preferred;
    if (key == QLatin1String("full"))
        return ClientNameStyle::Full;
    return std::nullopt;
}

} // namespace md
