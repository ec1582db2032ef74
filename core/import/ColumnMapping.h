#pragma once

#include "import/CsvReader.h"
#include "import/ImportedContact.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace md {

// What a column of an imported CSV file holds.
enum class ImportField {
    Ignore,
    FullName,
    GivenName,
    MiddleName,
    FamilyName,
    Nickname,
    Email,
    Phone,
    Organisation,
    Role,
    TimeZone,
    Source,
    Note,
    Tags,
};

// Which profile field each column of a CSV file goes to. Guessed from the
// headers that Google Contacts, Outlook, LinkedIn and plain name/email/phone
// files use; the mentor can change every column before importing.
class ColumnMapping final {
    Q_DECLARE_TR_FUNCTIONS(md::ColumnMapping)
public:
    static ColumnMapping guess(const QStringList& headers);
    // True for a row that looks like a header (two or more known column names).
    static bool looksLikeHeader(const QStringList& fields);

    static QList<ImportField> allFields();
    static QString label(ImportField field); // translated, for the dialog
    static QString key(ImportField field);   // for `--map key=Header`
    static std::optional<ImportField> fromKey(const QString& key);

    int columnCount() const { return int(m_fields.size()); }
    ImportField field(int column) const { return m_fields.value(column, ImportField::Ignore); }
    void setField(int column, ImportField field);
    // True when some column gives a name (full, or given/family).
    bool hasName() const;

    ImportedContact contactOf(const ImportRecord& record) const;

private:
    QList<ImportField> m_fields;
};

} // namespace md
