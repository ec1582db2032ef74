#pragma once

#include "domain/Client.h"

#include "ListOutput.h"

#include <QJsonObject>

namespace md::cli {

// The JSON form of a client in `client list --json` and `client show --json`.
// Field names are the Client members' names and are kept stable for scripts;
// timestamps are ISO-8601 in UTC ("2024-05-01T09:30:00Z"), status is its
// storage key ("prospect", "active", "paused", "former").
class ClientJson final {
public:
    static QJsonObject toJson(const Client& client);
    // The same members, for a list written row by row.
    static JsonRow row(const Client& client);
};

} // namespace md::cli
