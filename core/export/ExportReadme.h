#pragma once

#include "export/WorkspaceExporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace md {

// README.txt of an export: what the folder holds, file by file and field by
// field, and that it is not encrypted.
class ExportReadme final {
    Q_DECLARE_TR_FUNCTIONS(md::ExportReadme)
public:
    static QString text(const ExportSummary& summary, const ExportOptions& options,
                        const QDateTime& madeUtc);
    // One sentence on what a table holds; empty for an unknown table.
    static QString describe(const QString& table);
};

} // namespace md
