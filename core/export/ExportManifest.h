#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace md {

// export.json, at the top of every export: what made it and what it holds,
// so an import can tell a whole workspace from one client's data and knows
// the data format of the tables it reads.
struct ExportManifest {
    static constexpr int kFormatVersion = 1;
    static const QString& fileName(); // "export.json"

    int schemaVersion = 0; // the workspace's data format (PRAGMA user_version)
    QString workspaceId;   // the workspace it was exported from
    QDateTime exportedUtc;
    qint64 clientId = 0; // 0: the whole workspace
    bool privateNotes = true;

    QByteArray toJson() const;
    // Refuses anything that is not a manifest of a format this version reads.
    static Result<ExportManifest> parse(const QByteArray& json);

    Q_DECLARE_TR_FUNCTIONS(md::ExportManifest) // last: it ends with "private:"
};

} // namespace md
