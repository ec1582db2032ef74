#include "export/WorkspaceExporter.h"

#include "billing/BillingService.h"
#include "billing/Currency.h"
#include "common/AtomicFile.h"
#include "common/SafeFileName.h"
#include "export/ExportManifest.h"
#include "export/ExportReadme.h"
#include "export/InvoicePdfRenderer.h"
#include "storage/Database.h"
#include "storage/ExportQueries.h"
#include "storage/TableDump.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace md {

namespace {

constexpr QFileDevice::Permissions kOwnerDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool makePrivateDirectory(const QString& path) {
    return QDir().mkpath(path) && QFile::setPermissions(path, kOwnerDirectory);
}

QJsonValue jsonOf(const QVariant& value) {
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        // Binary (PDFs, signature images): tagged so an import can tell it from text.
        return QJsonObject{
            {QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

QString csvField(const QString& value) {
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString decimal(qint64 minor, const QString& currency) {
    const int digits = Currency::minorDigits(currency);
    if (digits == 0)
        return QString::number(minor);
    const qint64 per = Currency::minorPerMajor(currency);
    const qint64 absolute = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(absolute / per)
        .arg(absolute % per, digits, 10, QLatin1Char('0'));
}

// A name that is safe on every file system and still says what the file is.
QString exportFileName(const QString& name) {
    return safeFileName(name, u"_", QStringLiteral("document"));
}

} // namespace

WorkspaceExporter::WorkspaceExporter(Database& database, BillingService& billing,
                                     const Clock& clock, QString workspaceId)
    : m_database(database)
    , m_billing(billing)
    , m_clock(clock)
    , m_workspaceId(std::move(workspaceId)) {}

Result<ExportSummary> WorkspaceExporter::write(const QString& folder,
                                               const ExportOptions& options) {
    const QFileInfo target(QDir::cleanPath(QDir(folder).absolutePath()));
    if (Workspace::exists(target.absoluteFilePath()))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 holds a workspace; export into an empty or new folder.")
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (target.exists() && !QDir(target.absoluteFilePath())
                                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 is not empty; export into an empty or new folder.")
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (!makePrivateDirectory(target.absolutePath()))
        return makeError(
            ErrorCode::Io,
            tr("Could not create %1.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString partial = target.dir().filePath(QStringLiteral(".partial-") + target.fileName());
    QDir(partial).removeRecursively();
    if (!makePrivateDirectory(partial))
        return makeError(
            ErrorCode::Io,
            tr("Could not write to %1.").arg(QDir::toNativeSeparators(target.absolutePath())));

    ExportSummary summary;
    // One read transaction: every file shows the same moment of the workspace.
    Status written = m_database.readTransaction([&]() -> Status {
        if (Status tables = writeTables(partial, options, summary); !tables)
            return tables;
        if (Status csv = writeCsvFiles(partial, options, summary); !csv)
            return csv;
        return writeDocuments(partial, options, summary);
    });
    if (written)
        written = writeReadme(partial, options, summary);
    if (written)
        written = writeManifest(partial, options);
    if (!written) {
        QDir(partial).removeRecursively();
        return written.error();
    }
    if (target.exists())
        QDir().rmdir(target.absoluteFilePath());
    if (!QDir().rename(partial, target.absoluteFilePath())) {
        QDir(partial).removeRecursively();
        return makeError(ErrorCode::Io,
                         tr("Could not finish the export in %1.")
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    summary.folder = target.absoluteFilePath();
    return summary;
}

Status WorkspaceExporter::writeTables(const QString& dir, const ExportOptions& options,
                                      ExportSummary& summary) {
    const QString jsonDir = QDir(dir).filePath(QStringLiteral("json"));
    if (!makePrivateDirectory(jsonDir))
        return makeError(ErrorCode::Io,
                         tr("Could not create %1.").arg(QDir::toNativeSeparators(jsonDir)));
    Result<QStringList> tables = TableDump::tables(m_database);
    if (!tables)
        return tables.error();
    const QStringList secrets = ExportQueries::secretSettingKeys();
    for (const QString& table : std::as_const(*tables)) {
        if (options.clientId != 0 && !TableDump::clientCondition(table))
            continue; // no client's data in it
        Result<QStringList> columns = TableDump::columns(m_database, table);
        if (!columns)
            return columns.error();
        const int privateNotes = table == QLatin1String("sessions") && !options.privateNotes
                                     ? int(columns->indexOf(QStringLiteral("private_notes")))
                                     : -1;
        const int key = table == QLatin1String("workspace_settings")
                            ? int(columns->indexOf(QStringLiteral("key")))
                            : -1;
        AtomicFileWriter file(QDir(jsonDir).filePath(table + QStringLiteral(".json")));
        if (Status opened = file.open(); !opened)
            return opened;
        bool first = true;
        qint64 rows = 0;
        file.write("[");
        const Status read = TableDump::forEachRow(
            m_database, table, options.clientId, [&](const QVariantList& values) -> Status {
                if (key >= 0 && secrets.contains(values.value(key).toString()))
                    return {};
                QJsonObject object;
                for (int c = 0; c < values.size(); ++c)
                    object.insert(columns->value(c),
                                  c == privateNotes ? QJsonValue(QString()) : jsonOf(values.at(c)));
                file.write(first ? "\n" : ",\n");
                first = false;
                ++rows;
                if (!file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)))
                    return file.commit(); // reports the write that failed
                return {};
            });
        if (!read)
            return read;
        file.write(first ? "]\n" : "\n]\n");
        if (Status committed = file.commit(); !committed)
            return committed;
        summary.records.insert(table, rows);
        summary.columns.insert(table, *columns);
        ++summary.files;
    }
    return {};
}

Status WorkspaceExporter::writeCsvFiles(const QString& dir, const ExportOptions& options,
                                        ExportSummary& summary) {
    const QString csvDir = QDir(dir).filePath(QStringLiteral("csv"));
    if (!makePrivateDirectory(csvDir))
        return makeError(ErrorCode::Io,
                         tr("Could not create %1.").arg(QDir::toNativeSeparators(csvDir)));
    for (const CsvExportQuery& query : ExportQueries::csvFiles()) {
        AtomicFileWriter file(QDir(csvDir).filePath(query.fileName));
        if (Status opened = file.open(); !opened)
            return opened;
        QStringList header;
        for (const QString& name : query.headers)
            header.append(csvField(name));
        file.write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
        const QString sql = query.sql.arg(options.clientId ? query.clientCondition : QString());
        const QVariantList bindings =
            options.clientId ? QVariantList{options.clientId} : QVariantList{};
        const Status read = TableDump::forEachRow(
            m_database, sql, bindings, [&](const QVariantList& values) -> Status {
                QStringList fields;
                for (int c = 0; c < values.size(); ++c) {
                    QString text = values.at(c).toString();
                    if (query.moneyColumns.contains(c) && !values.at(c).isNull())
                        text = decimal(values.at(c).toLongLong(),
                                       values.value(query.currencyColumn).toString());
                    if (c == query.privateNotesColumn && !options.privateNotes)
                        text.clear();
                    fields.append(csvField(text));
                }
                if (!file.write((fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()))
                    return file.commit();
                return {};
            });
        if (!read)
            return read;
        if (Status committed = file.commit(); !committed)
            return committed;
        ++summary.files;
    }
    return {};
}

Status WorkspaceExporter::writeDocuments(const QString& dir, const ExportOptions& options,
                                         ExportSummary& summary) {
    const bool forClient = options.clientId != 0;
    const QVariantList bindings = forClient ? QVariantList{options.clientId} : QVariantList{};
    const QString agreementsDir = QDir(dir).filePath(QStringLiteral("agreements"));
    const QString invoicesDir = QDir(dir).filePath(QStringLiteral("invoices"));
    if (!makePrivateDirectory(agreementsDir) || !makePrivateDirectory(invoicesDir))
        return makeError(ErrorCode::Io, tr("Could not create the document folders."));

    // Signed agreements: the frozen bytes that were signed, never a new rendering.
    Status agreements = TableDump::forEachRow(
        m_database, ExportQueries::sealedAgreementPdfs(forClient), bindings,
        [&](const QVariantList& values) -> Status {
            const QString name =
                exportFileName(QStringLiteral("%1 %2 - %3")
                                   .arg(values.at(0).toLongLong())
                                   .arg(values.at(2).toString(), values.at(1).toString()));
            if (Status written =
                    writeFileAtomically(QDir(agreementsDir).filePath(name + QStringLiteral(".pdf")),
                                        values.at(3).toByteArray());
                !written)
                return written;
            ++summary.agreementPdfs;
            ++summary.files;
            return {};
        });
    if (!agreements)
        return agreements;
    Status scans = TableDump::forEachRow(
        m_database, ExportQueries::agreementScans(forClient), bindings,
        [&](const QVariantList& values) -> Status {
            const QString name = exportFileName(QStringLiteral("%1 scan - %2")
                                                    .arg(values.at(0).toLongLong())
                                                    .arg(values.at(1).toString()));
            if (Status written = writeFileAtomically(QDir(agreementsDir).filePath(name),
                                                     values.at(2).toByteArray());
                !written)
                return written;
            ++summary.files;
            return {};
        });
    if (!scans)
        return scans;

    QList<std::pair<qint64, QString>> issued;
    Status listed = TableDump::forEachRow(
        m_database, ExportQueries::issuedInvoices(forClient), bindings,
        [&](const QVariantList& values) -> Status {
            issued.append({values.at(0).toLongLong(), values.at(1).toString()});
            return {};
        });
    if (!listed)
        return listed;
    for (const auto& [id, number] : std::as_const(issued)) {
        Result<InvoiceDocument> document = m_billing.document(id);
        if (!document)
            return document.error();
        Result<QByteArray> pdf = InvoicePdfRenderer::render(*document);
        if (!pdf)
            return pdf.error();
        if (Status written = writeFileAtomically(
                QDir(invoicesDir).filePath(exportFileName(number) + QStringLiteral(".pdf")), *pdf);
            !written)
            return written;
        ++summary.invoicePdfs;
        ++summary.files;
    }
    return {};
}

Status WorkspaceExporter::writeReadme(const QString& dir, const ExportOptions& options,
                                      const ExportSummary& summary) {
    return writeFileAtomically(QDir(dir).filePath(QStringLiteral("README.txt")),
                               ExportReadme::text(summary, options, m_clock.nowUtc()).toUtf8());
}

Status WorkspaceExporter::writeManifest(const QString& dir, const ExportOptions& options) {
    ExportManifest manifest;
    manifest.schemaVersion = m_database.schemaVersion();
    manifest.workspaceId = m_workspaceId;
    manifest.exportedUtc = m_clock.nowUtc();
    manifest.clientId = options.clientId;
    manifest.privateNotes = options.privateNotes;
    return writeFileAtomically(QDir(dir).filePath(ExportManifest::fileName()), manifest.toJson());
}

} // namespace md
