#include "storage/OfferingRepository.h"

#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

const QString kColumns = QStringLiteral("id, kind, name, price_minor, currency, tax_rate_bp, "
                                        "session_count, validity_months, active, created_utc, "
                                        "updated_utc");

Offering offeringFromQuery(const QSqlQuery& q) {
    Offering o;
    int c = 0;
    o.id = q.value(c++).toLongLong();
    offeringKindFromKey(q.value(c++).toString(), &o.kind);
    o.name = q.value(c++).toString();
    const qint64 price = q.value(c++).toLongLong();
    o.price = Money(price, q.value(c++).toString());
    o.taxRateBasisPoints = q.value(c++).toInt();
    o.sessionCount = q.value(c++).toInt();
    o.validityMonths = q.value(c++).toInt();
    o.active = q.value(c++).toInt() != 0;
    o.createdUtc = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    o.updatedUtc = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    return o;
}

void bindOffering(QSqlQuery& q, const Offering& o) {
    q.addBindValue(offeringKindKey(o.kind));
    q.addBindValue(o.name.trimmed());
    q.addBindValue(o.price.minorUnits());
    q.addBindValue(o.price.currency());
    q.addBindValue(o.taxRateBasisPoints);
    q.addBindValue(o.kind == OfferingKind::Package ? o.sessionCount : 1);
    q.addBindValue(o.kind == OfferingKind::Package ? o.validityMonths : 0);
    q.addBindValue(o.active ? 1 : 0);
}

} // namespace

OfferingRepository::OfferingRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Offering> OfferingRepository::add(const Offering& input) {
    if (Status ok = input.validate(); !ok)
        return ok.error();
    Offering o = input;
    o.createdUtc = o.updatedUtc = m_clock.nowUtc();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO offerings (kind, name, price_minor, currency, "
                             "tax_rate_bp, session_count, validity_months, active, created_utc, "
                             "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindOffering(q, o);
    q.addBindValue(billingsql::isoUtc(o.createdUtc));
    q.addBindValue(billingsql::isoUtc(o.updatedUtc));
    if (!q.exec())
        return Database::queryError(q, tr("Could not save the price-list entry"));
    return get(q.lastInsertId().toLongLong());
}

Result<Offering> OfferingRepository::update(const Offering& input) {
    if (Status ok = input.validate(); !ok)
        return ok.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE offerings SET kind = ?, name = ?, price_minor = ?, "
                             "currency = ?, tax_rate_bp = ?, session_count = ?, "
                             "validity_months = ?, active = ?, updated_utc = ? WHERE id = ?"));
    bindOffering(q, input);
    q.addBindValue(billingsql::isoUtc(m_clock.nowUtc()));
    q.addBindValue(input.id);
    if (!q.exec())
        return Database::queryError(q, tr("Could not save the price-list entry"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         tr("There is no price-list entry with id %1.").arg(input.id));
    return get(input.id);
}

Status OfferingRepository::remove(qint64 id) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM offerings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Could not delete the price-list entry"));
    return {};
}

Result<Offering> OfferingRepository::get(qint64 id) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM offerings WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the price list"));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Database::queryError(q, tr("Could not read the price list"));
        return makeError(ErrorCode::NotFound,
                         tr("There is no price-list entry with id %1.").arg(id));
    }
    return offeringFromQuery(q);
}

Result<QList<Offering>> OfferingRepository::list(bool includeInactive) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM offerings %2 ORDER BY kind, name COLLATE NOCASE, id")
                  .arg(kColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the price list"));
    QList<Offering> offerings;
    while (q.next())
        offerings.append(offeringFromQuery(q));
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Could not read the price list"));
    return offerings;
}

Result<Offering> OfferingRepository::firstActive(OfferingKind kind) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM offerings WHERE active = 1 AND kind = ? "
                             "ORDER BY name COLLATE NOCASE, id LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(offeringKindKey(kind));
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the price list"));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Database::queryError(q, tr("Could not read the price list"));
        return makeError(
            ErrorCode::NotFound,
            tr("The price list has no %1 entry.").arg(offeringKindLabel(kind).toLower()));
    }
    return offeringFromQuery(q);
}

} // namespace md
