#pragma once

#include <QString>

#include <optional>

namespace md {

// Which of a client's names the lists show (the client list, the pipeline's
// cards, the calendar and agendas, billing lists, the dashboard, search
// results). Documents and salutations keep their own placeholders.
enum class ClientNameStyle {
    Preferred, // the preferred name, or the full name when there is none
    Full,      // always the full name
};

// The one rule for a client's name in a list. storage/ClientSql.h holds its
// SQL twin for queries that return the name beside other rows
// (tests/core/tst_clientnames.cpp checks that the two agree).
QString clientListName(const QString& fullName, const QString& preferredName,
                       ClientNameStyle style);

// The fixed storage keys ("preferred", "full"), apart from the labels.
QString clientNameStyleKey(ClientNameStyle style);
std::optional<ClientNameStyle> clientNameStyleFromKey(const QString& key);

} // namespace md
