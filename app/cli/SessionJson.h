#pragma once

#include "scheduling/Session.h"

#include "ListOutput.h"

#include <QJsonObject>
#include <QString>

namespace md::cli {

// The JSON form of a session for `session list --json`. Private notes are
// left out: scripts get what could be shared.
class SessionJson final {
public:
    static QJsonObject toJson(const Session& session, const QString& clientName);
    // The same members, for a list written row by row.
    static JsonRow row(const Session& session, const QString& clientName);
};

} // namespace md::cli
