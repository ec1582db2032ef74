#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace md {

class BillingService;
class Database;

// What an export wrote.
struct ExportSummary {
    QString folder;
    QMap<QString, qint64> records;      // table -> rows written
    QMap<QString, QStringList> columns; // table -> its fields
    int agreementPdfs = 0;
    int invoicePdfs = 0;
    int files = 0;
};

struct ExportOptions {
    qint64 clientId = 0;      // 0: the whole workspace; else one client's data only
    bool privateNotes = true; // the mentor's private session notes
};

// The workspace (or one client's part of it) in open formats: one JSON file
// per table (documented in README.txt), CSV files of clients, sessions,
// invoices and payments, the frozen PDF of every signed agreement and scan,
// and the PDF of every issued invoice. Written into a new folder that
// appears complete or not at all; the folder is 0700 and its files 0600, and
// the README says plainly that it is not encrypted. Nothing secret (the
// agreement signing key) is ever written.
class WorkspaceExporter final {
    Q_DECLARE_TR_FUNCTIONS(md::WorkspaceExporter)
public:
    WorkspaceExporter(Database& database, BillingService& billing, const Clock& clock,
                      QString workspaceId);

    Result<ExportSummary> write(const QString& folder, const ExportOptions& options);

private:
    Status writeTables(const QString& dir, const ExportOptions& options, ExportSummary& summary);
    Status writeCsvFiles(const QString& dir, const ExportOptions& options, ExportSummary& summary);
    Status writeDocuments(const QString& dir, const ExportOptions& options, ExportSummary& summary);
    Status writeReadme(const QString& dir, const ExportOptions& options,
                       const ExportSummary& summary);
    Status writeManifest(const QString& dir, const ExportOptions& options);

    Database& m_database;
    BillingService& m_billing;
    const Clock& m_clock;
    QString m_workspaceId;
};

} // namespace md
