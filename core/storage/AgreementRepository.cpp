#include "storage/AgreementRepository.h"
#include "storage/IsoUtc.h"

#include "storage/ClientSql.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, client_id, engagement_id, template_id, kind, language, title, body_html, "
    "has_confidentiality, state, signing_method, amends_id, end_date, created_utc, updated_utc, "
    "signed_utc");

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromIsoUtc(const QVariant& value) {
    return value.isNull() ? QDateTime() : parseIsoUtc(value.toString());
}
QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Agreement fromQuery(const QSqlQuery& query) {
    Agreement a;
    int i = 0;
    a.id = query.value(i++).toLongLong();
    a.clientId = query.value(i++).toLongLong();
    a.engagementId = query.value(i++).toLongLong();
    a.templateId = query.value(i++).toLongLong();
    a.kind = agreementKindFromKey(query.value(i++).toString()).value_or(AgreementKind::Mentoring);
    a.language = query.value(i++).toString();
    a.title = query.value(i++).toString();
    a.bodyHtml = query.value(i++).toString();
    a.hasConfidentialityTerms = query.value(i++).toInt() != 0;
    a.state = query.value(i++).toString() == QLatin1String("signed") ? AgreementState::Signed
                                                                     : AgreementState::Draft;
    a.method = signingMethodFromKey(query.value(i++).toString());
    a.amendsId = query.value(i++).toLongLong();
    const QVariant end = query.value(i++);
    a.endDate = end.isNull() ? QDate() : parseIsoDate(end.toString());
    a.createdUtc = fromIsoUtc(query.value(i++));
    a.updatedUtc = fromIsoUtc(query.value(i++));
    a.signedUtc = fromIsoUtc(query.value(i++));
    return a;
}

Error refusedSigned() {
    return makeError(
        ErrorCode::Refused,
        AgreementRepository::tr("This agreement is signed and can no longer be changed. To "
                                "change its terms, create an amendment."));
}

} // namespace

AgreementRepository::AgreementRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Agreement> AgreementRepository::addDraft(const Agreement& input) {
    Agreement draft = input;
    draft.state = AgreementState::Draft;
    draft.method = SigningMethod::None;
    draft.createdUtc = draft.updatedUtc = m_clock.nowUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO agreements (client_id, engagement_id, template_id, kind, language, title, "
        "body_html, has_confidentiality, amends_id, end_date, created_utc, updated_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(draft.clientId);
    query.addBindValue(draft.engagementId);
    query.addBindValue(draft.templateId);
    query.addBindValue(agreementKindKey(draft.kind));
    query.addBindValue(draft.language);
    query.addBindValue(draft.title);
    query.addBindValue(draft.bodyHtml);
    query.addBindValue(draft.hasConfidentialityTerms ? 1 : 0);
    query.addBindValue(draft.amendsId > 0 ? QVariant(draft.amendsId) : QVariant());
    query.addBindValue(dateOrNull(draft.endDate));
    query.addBindValue(isoUtc(draft.createdUtc));
    query.addBindValue(isoUtc(draft.updatedUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the agreement"));
    draft.id = query.lastInsertId().toLongLong();
    return draft;
}

Result<Agreement> AgreementRepository::updateDraft(const Agreement& input) {
    Result<Agreement> current = get(input.id);
    if (!current)
        return current;
    if (current->isSigned())
        return refusedSigned();
    if (input.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An agreement needs a title."));
    Agreement draft = *current;
    draft.title = input.title.trimmed();
    draft.bodyHtml = input.bodyHtml;
    draft.endDate = input.endDate;
    draft.hasConfidentialityTerms = input.hasConfidentialityTerms;
    draft.updatedUtc = m_clock.nowUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE agreements SET title = ?, body_html = ?, end_date = ?, "
                                 "has_confidentiality = ?, updated_utc = ? "
                                 "WHERE id = ? AND state = 'draft'"));
    query.addBindValue(draft.title);
    query.addBindValue(draft.bodyHtml);
    query.addBindValue(dateOrNull(draft.endDate));
    query.addBindValue(draft.hasConfidentialityTerms ? 1 : 0);
    query.addBindValue(isoUtc(draft.updatedUtc));
    query.addBindValue(draft.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the agreement"));
    if (query.numRowsAffected() != 1)
        return refusedSigned();
    return draft;
}

Status AgreementRepository::removeDraft(qint64 id) {
    Result<Agreement> current = get(id);
    if (!current)
        return current.error();
    if (current->isSigned())
        return refusedSigned();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM agreements WHERE id = ? AND state = 'draft'"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the agreement"));
    return {};
}

Result<Agreement> AgreementRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM agreements WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the agreement"));
    if (!query.next()) {
        // A step error is not "no such agreement".
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the agreement"));
        return makeError(ErrorCode::NotFound, tr("Agreement %1 does not exist.").arg(id));
    }
    return fromQuery(query);
}

Result<QList<Agreement>> AgreementRepository::list(const AgreementFilter& filter) const {
    QSqlQuery query(m_database.connection());
    // An erased client's signed agreements keep an empty row for the audit
    // log to point to; they are no longer agreements anyone can see.
    query.prepare(QStringLiteral("SELECT %1 FROM agreements WHERE (? = 0 OR client_id = ?) AND "
                                 "(? = 0 OR engagement_id = ?) AND client_id NOT IN "
                                 "(SELECT id FROM clients WHERE erased_utc IS NOT NULL) "
                                 "ORDER BY id DESC")
                      .arg(kColumns));
    query.addBindValue(filter.clientId);
    query.addBindValue(filter.clientId);
    query.addBindValue(filter.engagementId);
    query.addBindValue(filter.engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the agreements"));
    QList<Agreement> result;
    while (query.next())
        result << fromQuery(query);
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the agreements"));
    return result;
}

Result<QList<std::pair<qint64, bool>>> AgreementRepository::signedStates() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The rows of list() without a filter.
    if (!query.exec(QStringLiteral("SELECT id, state = 'signed' FROM agreements WHERE client_id "
                                   "NOT IN (SELECT id FROM clients WHERE erased_utc IS NOT NULL) "
                                   "ORDER BY id DESC")))
        return Database::queryError(query, tr("Could not read the agreements"));
    QList<std::pair<qint64, bool>> states;
    while (query.next())
        states.append({query.value(0).toLongLong(), query.value(1).toInt() != 0});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the agreements"));
    return states;
}

QString AgreementRepository::listSql() {
    // kColumns with the text left out, and the client's name in lists: the
    // covering index agreements_list has them all, so no text is read.
    const QString columns = QString(kColumns)
                                .replace(QLatin1String("body_html"), QLatin1String("''"))
                                .replace(QLatin1String(", "), QLatin1String(", a."))
                                .prepend(QLatin1String("a."))
                                .replace(QLatin1String("a.''"), QLatin1String("''"));
    return QStringLiteral("SELECT %1, %2 FROM agreements a JOIN %3 ON c.id = a.client_id "
                          "WHERE c.erased_utc IS NULL ORDER BY a.id DESC")
        .arg(columns, clientDisplayNameSql(QStringLiteral("c")),
             clientNamesTable(QStringLiteral("c")));
}

Result<QList<AgreementListRow>> AgreementRepository::listRows() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(listSql()))
        return Database::queryError(query, tr("Could not read the agreements"));
    const int names = int(kColumns.count(QLatin1Char(','))) + 1;
    QList<AgreementListRow> rows;
    while (query.next())
        rows.append({fromQuery(query), query.value(names).toString()});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the agreements"));
    return rows;
}

Result<QList<AgreementSignature>> AgreementRepository::signatures(qint64 agreementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT role, full_name, image_png, consent, signed_utc, "
                                 "name_on_record, name_difference_confirmed FROM "
                                 "agreement_signatures WHERE agreement_id = ? ORDER BY id"));
    query.addBindValue(agreementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the signatures"));
    QList<AgreementSignature> result;
    while (query.next()) {
        AgreementSignature signature;
        signature.role = signerRoleFromKey(query.value(0).toString()).value_or(SignerRole::Mentee);
        signature.fullName = query.value(1).toString();
        signature.imagePng = query.value(2).toByteArray();
        signature.consent = query.value(3).toInt() != 0;
        signature.signedUtc = fromIsoUtc(query.value(4));
        signature.nameOnRecord = query.value(5).toString();
        signature.nameDifferenceConfirmed = query.value(6).toInt() != 0;
        result << signature;
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the signatures"));
    return result;
}

Result<std::optional<AgreementScan>> AgreementRepository::scan(qint64 agreementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT file_name, media_type, content, signed_on FROM "
                                 "agreement_scans WHERE agreement_id = ?"));
    query.addBindValue(agreementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the scan"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the scan"));
        return std::optional<AgreementScan>();
    }
    return std::optional<AgreementScan>(AgreementScan{
        query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray(),
        QDate::fromString(query.value(3).toString(), Qt::ISODate)});
}

Result<std::optional<AgreementSeal>> AgreementRepository::seal(qint64 agreementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT pdf, manifest, signature, public_key, sealed_utc FROM "
                                 "agreement_seals WHERE agreement_id = ?"));
    query.addBindValue(agreementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the signed document"));
    if (!query.next()) {
        // A damaged page must not make a signed agreement look unsealed.
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the signed document"));
        return std::optional<AgreementSeal>();
    }
    AgreementSeal seal;
    seal.agreementId = agreementId;
    seal.pdf = query.value(0).toByteArray();
    seal.manifest = query.value(1).toByteArray();
    seal.signature = query.value(2).toByteArray();
    seal.publicKey = query.value(3).toByteArray();
    seal.sealedUtc = fromIsoUtc(query.value(4));
    return std::optional<AgreementSeal>(seal);
}

Status AgreementRepository::freeze(const Agreement& agreement, SigningMethod method,
                                   const QDateTime& signedUtc,
                                   const QList<AgreementSignature>& signatures,
                                   const std::optional<AgreementScan>& scan,
                                   const AgreementSeal& seal) {
    const QString failed = tr("Could not store the signed agreement");
    QSqlQuery query(m_database.connection());
    for (const AgreementSignature& signature : signatures) {
        query.prepare(QStringLiteral(
            "INSERT INTO agreement_signatures (agreement_id, role, full_name, image_png, "
            "consent, signed_utc, name_on_record, name_difference_confirmed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(agreement.id);
        query.addBindValue(signerRoleKey(signature.role));
        query.addBindValue(signature.fullName);
        query.addBindValue(signature.imagePng);
        query.addBindValue(signature.consent ? 1 : 0);
        query.addBindValue(isoUtc(signature.signedUtc));
        query.addBindValue(signature.nameOnRecord);
        query.addBindValue(signature.nameDifferenceConfirmed ? 1 : 0);
        if (!query.exec())
            return Database::queryError(query, failed);
    }
    if (scan) {
        query.prepare(QStringLiteral("INSERT INTO agreement_scans (agreement_id, file_name, "
                                     "media_type, content, signed_on) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(agreement.id);
        query.addBindValue(scan->fileName);
        query.addBindValue(scan->mediaType);
        query.addBindValue(scan->content);
        query.addBindValue(scan->signedOn.isValid() ? QVariant(scan->signedOn.toString(Qt::ISODate))
                                                    : QVariant(QMetaType::fromType<QString>()));
        if (!query.exec())
            return Database::queryError(query, failed);
    }
    query.prepare(QStringLiteral("INSERT INTO agreement_seals (agreement_id, pdf, manifest, "
                                 "signature, public_key, sealed_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(agreement.id);
    query.addBindValue(seal.pdf);
    query.addBindValue(seal.manifest);
    query.addBindValue(seal.signature);
    query.addBindValue(seal.publicKey);
    query.addBindValue(isoUtc(signedUtc));
    if (!query.exec())
        return Database::queryError(query, failed);
    // The text that was signed must be the text stored: only a draft whose
    // text is unchanged since it was read may be frozen.
    query.prepare(QStringLiteral(
        "UPDATE agreements SET state = 'signed', signing_method = ?, signed_utc = ?, "
        "updated_utc = ? WHERE id = ? AND state = 'draft' AND body_html = ?"));
    query.addBindValue(signingMethodKey(method));
    query.addBindValue(isoUtc(signedUtc));
    query.addBindValue(isoUtc(signedUtc));
    query.addBindValue(agreement.id);
    query.addBindValue(agreement.bodyHtml);
    if (!query.exec())
        return Database::queryError(query, failed);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("The agreement was changed or signed elsewhere while it was being "
                            "signed. Nothing was stored; open it again and sign once more."));
    return {};
}

Result<bool> AgreementRepository::hasSignedConfidentialityTerms(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM agreements WHERE engagement_id = "
                                 "? AND state = 'signed' AND has_confidentiality = 1)"));
    query.addBindValue(engagementId);
    if (!query.exec() || !query.next())
        return Database::queryError(query, tr("Could not check the engagement's agreements"));
    return query.value(0).toInt() != 0;
}

AgreementRepository::Statement AgreementRepository::endingStatement(const QDate& from,
                                                                    const QDate& to) {
    // The replaced agreements are read once (an IN list SQLite builds one
    // time) from an index of the signed amendments alone
    // (agreements_signed_amendments): the table itself holds every text.
    const QString columns = QString(kColumns)
                                .replace(QLatin1String(", "), QLatin1String(", a."))
                                .prepend(QLatin1String("a."));
    return {
        QStringLiteral("SELECT %1 FROM agreements a WHERE a.state = 'signed' AND a.end_date IS "
                       "NOT NULL AND a.end_date >= ? AND a.end_date <= ? AND a.id NOT IN (SELECT "
                       "b.amends_id FROM agreements b WHERE b.state = 'signed' AND "
                       "b.amends_id IS NOT NULL) ORDER BY a.end_date, a.id")
            .arg(columns),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}};
}

Result<QList<Agreement>> AgreementRepository::signedEndingBetween(const QDate& from,
                                                                  const QDate& to) const {
    const Statement statement = endingStatement(from, to);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    for (const QVariant& value : statement.values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the agreements"));
    QList<Agreement> result;
    while (query.next())
        result << fromQuery(query);
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the agreements"));
    return result;
}

Result<QList<AgreementEngagementChoice>> AgreementRepository::engagementChoices() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT e.id, e.client_id, %1, e.title FROM engagements e "
                                   "JOIN %2 ON c.id = e.client_id "
                                   "ORDER BY e.start_date DESC, e.id DESC")
                        .arg(clientDisplayNameSql(QStringLiteral("c")),
                             clientNamesTable(QStringLiteral("c")))))
        return Database::queryError(query, tr("Could not read the engagements"));
    QList<AgreementEngagementChoice> result;
    while (query.next())
        result << AgreementEngagementChoice{query.value(0).toLongLong(),
                                            query.value(1).toLongLong(), query.value(2).toString(),
                                            query.value(3).toString()};
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the engagements"));
    return result;
}

} // namespace md
