#include "import/WorkspaceImporter.h"

#include "export/ExportManifest.h"
#include "storage/AgreementSigningKeyRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/TableDump.h"
#include "storage/TableLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace md {

namespace {

const QString kSigningKeyPrefix = QStringLiteral("agreements.signing_key.");
const QString kSigningPublicKey = QStringLiteral("agreements.signing_key.public");

QString jsonFile(const QString& table) {
    return QStringLiteral("json/%1.json").arg(table);
}

// A record's values in the order of the table's columns. The exporter writes
// every column of every row; binary values as {"base64": …}.
Result<QVariantList> valuesOf(const QJsonObject& record, const QStringList& columns) {
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        if (!columns.contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             WorkspaceImporter::tr("the field \"%1\" is unknown").arg(it.key()));
    QVariantList values;
    values.reserve(columns.size());
    for (const QString& column : columns) {
        const QJsonValue value = record.value(column);
        switch (value.type()) {
        case QJsonValue::Undefined:
            return makeError(ErrorCode::InvalidInput,
                             WorkspaceImporter::tr("the field \"%1\" is missing").arg(column));
        case QJsonValue::Null:
            values.append(QVariant());
            break;
        case QJsonValue::Double:
        case QJsonValue::String:
            values.append(value.toVariant());
            break;
        case QJsonValue::Bool:
            values.append(value.toBool() ? 1 : 0);
            break;
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            const auto decoded = QByteArray::fromBase64Encoding(
                object.value(QStringLiteral("base64")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (object.size() != 1 || !object.value(QStringLiteral("base64")).isString() ||
                !decoded)
                return makeError(ErrorCode::InvalidInput,
                                 WorkspaceImporter::tr("the field \"%1\" holds no valid base64 "
                                                       "data")
                                     .arg(column));
            values.append(*decoded);
            break;
        }
        case QJsonValue::Array:
            return makeError(ErrorCode::InvalidInput,
                             WorkspaceImporter::tr("the field \"%1\" holds a list").arg(column));
        }
    }
    return values;
}

using RecordHandler = std::function<Status(const QJsonObject& record, qint64 number)>;

Status parseError(const QString& where, const QString& reason) {
    return makeError(ErrorCode::Corrupted,
                     WorkspaceImporter::tr("%1 cannot be read: %2.").arg(where, reason));
}

// Every record of one table's file. The exporter writes one record per line,
// which is read a line at a time so memory does not grow with the table; a
// file reformatted by another tool is read whole.
Status forEachRecord(const QString& folder, const QString& table, const RecordHandler& handle) {
    const QString name = jsonFile(table);
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            WorkspaceImporter::tr("%1 cannot be opened: %2.").arg(name, file.errorString()));
    auto wholeFile = [&]() -> Status {
        file.seek(0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            return parseError(name, error.errorString());
        if (!document.isArray())
            return parseError(name, WorkspaceImporter::tr("it does not hold a list of records"));
        qint64 number = 0;
        for (const QJsonValue& value : document.array()) {
            ++number;
            if (!value.isObject())
                return parseError(name,
                                  WorkspaceImporter::tr("record %1 is not a record").arg(number));
            if (Status handled = handle(value.toObject(), number); !handled)
                return handled;
        }
        return {};
    };

    const QByteArray first = file.readLine().trimmed();
    if (first == "[]")
        return {};
    if (first != "[")
        return wholeFile();
    qint64 number = 0;
    qint64 line = 1;
    while (!file.atEnd()) {
        QByteArray text = file.readLine().trimmed();
        ++line;
        if (text == "]") {
            if (!file.readAll().trimmed().isEmpty())
                return parseError(name, WorkspaceImporter::tr("text follows the list of records"));
            return {};
        }
        if (text.endsWith(','))
            text.chop(1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            if (number == 0)
                return wholeFile(); // not one record per line: reformatted by another tool
            return parseError(name, WorkspaceImporter::tr("line %1 is not a record").arg(line));
        }
        if (Status handled = handle(document.object(), ++number); !handled)
            return handled;
    }
    return parseError(name, WorkspaceImporter::tr("the list of records is cut short"));
}

Result<ExportManifest> manifestOf(const QString& folder) {
    QFile file(QDir(folder).filePath(ExportManifest::fileName()));
    if (!QFileInfo(folder).isDir())
        return makeError(
            ErrorCode::NotFound,
            WorkspaceImporter::tr("There is no folder %1.").arg(QDir::toNativeSeparators(folder)));
    if (!file.exists())
        return makeError(ErrorCode::InvalidInput,
                         WorkspaceImporter::tr("%1 is not a MentorDesk export: it has no %2.")
                             .arg(QDir::toNativeSeparators(folder), ExportManifest::fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, WorkspaceImporter::tr("%1 cannot be opened: %2.")
                                            .arg(ExportManifest::fileName(), file.errorString()));
    return ExportManifest::parse(file.read(1 << 20));
}

} // namespace

WorkspaceImporter::WorkspaceImporter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Status WorkspaceImporter::check(const QString& folder) {
    const int schemaVersion = Migrator::latestVersion();
    Result<ExportManifest> manifest = manifestOf(folder);
    if (!manifest)
        return manifest.error();
    if (manifest->clientId != 0)
        return makeError(ErrorCode::Refused,
                         tr("This export holds one client's data, not a whole workspace. Only an "
                            "export of a whole workspace (File > Export Workspace, or "
                            "'export --to') can become a workspace."));
    if (manifest->schemaVersion > schemaVersion)
        return makeError(ErrorCode::NewerFormat,
                         tr("This export was made by a newer version of MentorDesk (data format "
                            "%1; this version knows up to %2). Update MentorDesk to import it.")
                             .arg(manifest->schemaVersion)
                             .arg(schemaVersion));
    if (manifest->schemaVersion < schemaVersion)
        // Each migration may change the meaning of the columns, so rows of an
        // older format are not written into today's tables.
        return makeError(ErrorCode::Refused,
                         tr("This export was made by an earlier version of MentorDesk (data "
                            "format %1; this version writes %2). Open the workspace it came from "
                            "with this version and export it again.")
                             .arg(manifest->schemaVersion)
                             .arg(schemaVersion));
    return {};
}

Result<ImportSummary> WorkspaceImporter::read(const QString& folder) {
    if (Status usable = check(folder); !usable)
        return usable.error();
    Result<ExportManifest> manifest = manifestOf(folder);
    if (!manifest)
        return manifest.error();
    Result<QStringList> tables = TableDump::tables(m_database);
    if (!tables)
        return tables.error();
    const QDir jsonDir(QDir(folder).filePath(QStringLiteral("json")));
    for (const QString& table : std::as_const(*tables))
        if (!jsonDir.exists(table + QStringLiteral(".json")))
            return makeError(ErrorCode::Corrupted,
                             tr("The export is incomplete: %1 is missing.").arg(jsonFile(table)));
    for (const QString& file : jsonDir.entryList({QStringLiteral("*.json")}, QDir::Files))
        if (!tables->contains(file.chopped(5)))
            return makeError(
                ErrorCode::Corrupted,
                tr("The export holds json/%1, which is no table of this data format.").arg(file));

    ImportSummary summary;
    summary.sourceWorkspaceId = manifest->workspaceId;
    QByteArray signingPublicKey;
    const Status imported = m_database.transaction([&]() -> Status {
        TableLoader loader(m_database);
        if (Status begun = loader.begin(); !begun)
            return begun;
        for (const QString& table : std::as_const(*tables)) {
            if (TableDump::clientCondition(table)) {
                Result<bool> empty = loader.isEmpty(table);
                if (!empty)
                    return empty.error();
                if (!*empty)
                    return makeError(ErrorCode::Refused,
                                     tr("This workspace already holds records; an export is "
                                        "imported into a new workspace only."));
            }
            if (Status cleared = loader.clear(table); !cleared)
                return cleared;
        }
        for (const QString& table : std::as_const(*tables)) {
            Result<QStringList> columns = TableDump::columns(m_database, table);
            if (!columns)
                return columns.error();
            const bool settings = table == QLatin1String("workspace_settings");
            qint64& count = summary.records[table];
            const Status read = forEachRecord(
                folder, table, [&](const QJsonObject& record, qint64 number) -> Status {
                    auto where = [&] {
                        return tr("%1, record %2").arg(jsonFile(table)).arg(number);
                    };
                    Result<QVariantList> values = valuesOf(record, *columns);
                    if (!values)
                        return parseError(where(), values.message());
                    if (settings) {
                        const QString key = record.value(QStringLiteral("key")).toString();
                        // This workspace has a key of its own; the earlier
                        // one's public half is kept to verify what it sealed.
                        if (key == kSigningPublicKey)
                            signingPublicKey =
                                values->value(int(columns->indexOf(QStringLiteral("value"))))
                                    .toByteArray();
                        if (key.startsWith(kSigningKeyPrefix))
                            return {};
                    }
                    if (Status inserted = loader.insert(table, *columns, *values); !inserted)
                        return makeError(inserted.error().code,
                                         where() + QStringLiteral(": ") + inserted.message());
                    ++count;
                    return {};
                });
            if (!read)
                return read;
        }
        if (!signingPublicKey.isEmpty()) {
            AgreementSigningKeyRepository keys(m_database, m_clock);
            if (Status added = keys.addEarlierKey({manifest->workspaceId, signingPublicKey});
                !added)
                return added;
            summary.earlierSigningKey = true;
        }
        if (Status finished = loader.finish(); !finished)
            return finished;
        m_database.noteWideChange();
        return {};
    });
    if (!imported)
        return imported.error();
    return summary;
}

} // namespace md
