#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace md {

class Database;

// What an import read.
struct ImportSummary {
    QMap<QString, qint64> records;  // table -> rows read
    QString sourceWorkspaceId;      // the workspace the export was made from
    bool earlierSigningKey = false; // its agreement key is now trusted here
};

// Reads a whole-workspace export (WorkspaceExporter's folder) into a new,
// empty workspace: every record with its id, the signed agreements with
// their frozen bytes, seals and audit log, so they keep verifying. The
// agreement signing key never leaves the workspace that made it: its public
// half, in the export, is remembered as an earlier key of this workspace, and
// this workspace signs with a key of its own from then on.
//
// All or nothing: one transaction, and a malformed file, a record of another
// data format or a broken reference leaves the workspace as it was, with an
// error that names the file and the record.
class WorkspaceImporter final {
    Q_DECLARE_TR_FUNCTIONS(md::WorkspaceImporter)
public:
    WorkspaceImporter(Database& database, const Clock& clock);

    // Checks that `folder` is an export this version can import (manifest,
    // scope, data format), without reading its records.
    static Status check(const QString& folder);
    Result<ImportSummary> read(const QString& folder);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
