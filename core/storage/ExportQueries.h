#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace md {

// The readable CSV files of an export, as SQL over the tables: one query per
// file, whose result columns are the file's columns. Money columns come as
// minor units with the currency beside them, and are formatted by the writer.
struct CsvExportQuery {
    QString fileName;    // "clients.csv"
    QStringList headers; // the CSV header row
    QString sql;         // "%1" takes the client condition ("" or "WHERE … = ?")
    QString clientCondition;
    QList<int> moneyColumns; // minor units to write as decimals
    int currencyColumn = -1;
    int privateNotesColumn = -1; // emptied when private notes are left out
};

class ExportQueries final {
public:
    static QList<CsvExportQuery> csvFiles();
    // agreement_id, title, client display name, pdf bytes: every sealed agreement.
    static QString sealedAgreementPdfs(bool forClient);
    // agreement_id, file_name, content: every scan of a paper signature.
    static QString agreementScans(bool forClient);
    // id, number: every issued invoice and credit note.
    static QString issuedInvoices(bool forClient);
    // Workspace settings that must never leave the encrypted workspace.
    static QStringList secretSettingKeys();
};

} // namespace md
