#pragma once

#include <QtGlobal>

namespace md {

// Where the workspace's data stands, as SQLite counts it: the rows this
// connection changed (total_changes(), triggers' included) and the commits
// other connections made (PRAGMA data_version). Two equal, valid versions
// mean nothing was written in between, so a costly read asked for twice
// (two panels showing one overview) can be answered from the first.
struct DataVersion {
    qint64 ownChanges = -1;
    qint64 otherCommits = -1;

    bool isValid() const { return ownChanges >= 0 && otherCommits >= 0; }
    friend bool operator==(const DataVersion&, const DataVersion&) = default;
};

} // namespace md
