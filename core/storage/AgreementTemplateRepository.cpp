#include "storage/AgreementTemplateRepository.h"

#include "agreements/AgreementContext.h"
#include "agreements/BuiltInTemplates.h"
#include "agreements/TemplateRenderer.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, language, version, title, body_html, has_confidentiality, built_in, created_utc");

AgreementTemplate fromQuery(const QSqlQuery& query) {
    AgreementTemplate result;
    result.id = query.value(0).toLongLong();
    result.kind =
        agreementKindFromKey(query.value(1).toString()).value_or(AgreementKind::Mentoring);
    result.language = query.value(2).toString();
    result.version = query.value(3).toInt();
    result.title = query.value(4).toString();
    result.bodyHtml = query.value(5).toString();
    result.hasConfidentialityTerms = query.value(6).toInt() != 0;
    result.builtIn = query.value(7).toInt() != 0;
    result.createdUtc = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return result;
}

} // namespace

AgreementTemplateRepository::AgreementTemplateRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<std::optional<AgreementTemplate>>
AgreementTemplateRepository::latestStored(AgreementKind kind, const QString& language) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM agreement_templates WHERE kind = ? AND "
                                 "language = ? ORDER BY version DESC LIMIT 1")
                      .arg(kColumns));
    query.addBindValue(agreementKindKey(kind));
    query.addBindValue(language);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the agreement templates"));
    if (query.next())
        return std::optional<AgreementTemplate>(fromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the agreement templates"));
    return std::optional<AgreementTemplate>();
}

Result<AgreementTemplate> AgreementTemplateRepository::latest(AgreementKind kind,
                                                              const QString& language) const {
    Result<std::optional<AgreementTemplate>> stored = latestStored(kind, language);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    std::optional<AgreementTemplate> builtIn = BuiltInTemplates::get(kind, language);
    if (!builtIn)
        return makeError(ErrorCode::NotFound, tr("There is no %1 template in the language \"%2\".")
                                                  .arg(agreementKindLabel(kind), language));
    builtIn->version = 1;
    builtIn->builtIn = true;
    return *builtIn;
}

Result<AgreementTemplate> AgreementTemplateRepository::seed(AgreementKind kind,
                                                            const QString& language) {
    Result<AgreementTemplate> current = latest(kind, language);
    if (!current || current->id > 0)
        return current;
    return insert(*current, true);
}

Result<AgreementTemplate> AgreementTemplateRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM agreement_templates WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the agreement template"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the agreement template"));
        return makeError(ErrorCode::NotFound, tr("Template %1 does not exist.").arg(id));
    }
    return fromQuery(query);
}

Result<QList<AgreementTemplate>>
AgreementTemplateRepository::versions(AgreementKind kind, const QString& language) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM agreement_templates WHERE kind = ? AND "
                                 "language = ? ORDER BY version")
                      .arg(kColumns));
    query.addBindValue(agreementKindKey(kind));
    query.addBindValue(language);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the agreement templates"));
    QList<AgreementTemplate> result;
    while (query.next())
        result << fromQuery(query);
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the agreement templates"));
    return result;
}

Result<AgreementTemplate> AgreementTemplateRepository::addVersion(const AgreementTemplate& edited) {
    if (edited.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A template needs a title."));
    if (edited.bodyHtml.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A template needs some text."));
    // Refuse names no agreement could ever fill, so the mistake shows up when
    // the template is saved rather than when a mentee is waiting to sign.
    QHash<QString, QString> known;
    // Filled with a dummy so that only unknown names are reported.
    for (const auto& info : placeholderCatalog())
        known.insert(info.name, QStringLiteral("x"));
    const TemplateRenderer::Problems problems = TemplateRenderer::check(edited.bodyHtml, known);
    if (!problems.unknown.isEmpty())
        return makeError(ErrorCode::InvalidInput, TemplateRenderer::describe(problems));
    // Version 1 (the built-in text) comes before an edited one. The caller's
    // unit of work holds both inserts.
    if (Result<AgreementTemplate> base = seed(edited.kind, edited.language);
        !base && base.code() != ErrorCode::NotFound)
        return base.error();
    return insert(edited, false);
}

Result<AgreementTemplate> AgreementTemplateRepository::insert(const AgreementTemplate& input,
                                                              bool builtIn) {
    AgreementTemplate version = input;
    version.builtIn = builtIn;
    version.createdUtc = m_clock.nowUtc();
    // One savepoint: the next version number and its row belong together.
    Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery next(m_database.connection());
        next.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM "
                                    "agreement_templates WHERE kind = ? AND language = ?"));
        next.addBindValue(agreementKindKey(version.kind));
        next.addBindValue(version.language);
        if (!next.exec() || !next.next())
            return Database::queryError(next, tr("Could not save the template"));
        version.version = next.value(0).toInt();

        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO agreement_templates (kind, language, version, title, body_html, "
            "has_confidentiality, built_in, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(agreementKindKey(version.kind));
        query.addBindValue(version.language);
        query.addBindValue(version.version);
        query.addBindValue(version.title.trimmed());
        query.addBindValue(version.bodyHtml);
        query.addBindValue(version.hasConfidentialityTerms ? 1 : 0);
        query.addBindValue(builtIn ? 1 : 0);
        query.addBindValue(version.createdUtc.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the template"));
        version.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!stored)
        return stored.error();
    return version;
}

} // namespace md
