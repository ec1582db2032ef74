#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace md {

class Workspace;
struct ExportOptions;

// File > Export Workspace and the client page's "Export this client…": asks
// for a parent folder, writes the export in open formats into a new folder
// inside it, and says what was written and that it is not encrypted. A
// failure is shown in a message box and leaves nothing behind (the exporter
// writes the folder complete or not at all).
class ExportFlow final {
    Q_DECLARE_TR_FUNCTIONS(md::ExportFlow)
public:
    // The folder written; empty when the mentor cancelled or it failed.
    static QString exportWorkspace(QWidget* parent, Workspace& workspace);
    static QString exportClient(QWidget* parent, Workspace& workspace, qint64 clientId,
                                const QString& clientName);

private:
    static QString writeInto(QWidget* parent, Workspace& workspace, const QString& title,
                             const QString& folderName, const ExportOptions& options);
};

} // namespace md
