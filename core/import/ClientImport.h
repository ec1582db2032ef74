#pragma once

#include "common/Result.h"
#include "domain/Client.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportedContact.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class ClientService;

// What importing a file would do, row by row, before anything is written.
struct ImportPlan {
    enum class Action { Add, Merge, Skip };
    struct Row {
        int line = 0;
        Client client; // as it will be stored (for Merge: the merged profile)
        Action action = Action::Add;
        qint64 existingId = 0; // the client it duplicates, 0 = none or an earlier row
        int duplicateOfLine = 0;
        QString duplicateReason; // "same email", "same name"
    };
    QList<Row> rows;
    int headerLine = 0;
    int skippedLines = 0;

    int count(Action action) const;
};

// Importing clients from another tool: a CSV file (mapped column by column)
// or a vCard file. All or nothing: every record is read and checked first;
// one malformed record (its line, column and reason) refuses the whole file.
// Duplicates, by email or by name when there is no email, against the
// workspace and within the file, are skipped or merged as the mentor chooses.
class ClientImport final {
    Q_DECLARE_TR_FUNCTIONS(md::ClientImport)
public:
    enum class Format { Csv, VCard };
    enum class Duplicates { Skip, Merge };

    // By the file name's extension, else by the content.
    static Format formatOf(const QString& fileName, const QByteArray& bytes);

    // A CSV file's table, its header found and the mapping guessed.
    static Result<ImportTable> readCsv(const QByteArray& bytes, QList<ImportProblem>* problems);

    // The contacts of a file. CSV needs its table and mapping.
    static Result<QList<ImportedContact>> contactsOf(const ImportTable& table,
                                                     const ColumnMapping& mapping,
                                                     QList<ImportProblem>* problems);

    // Checks every record (ClientValidator) and decides what each does.
    static Result<ImportPlan> plan(const QList<ImportedContact>& contacts,
                                   const ClientService& clients, Duplicates duplicates,
                                   QList<ImportProblem>* problems);

    // The profile that merging `incoming` into `existing` gives: empty fields
    // filled, tags added, background notes appended; nothing overwritten.
    static Client merged(Client existing, const Client& incoming);
};

} // namespace md
