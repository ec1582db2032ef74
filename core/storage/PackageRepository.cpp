#include "storage/PackageRepository.h"

#include "billing/Currency.h"
#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace md {

using billingsql::dateFrom;
using billingsql::dateValue;
using billingsql::isoUtc;

namespace {

const QString kSaleColumns =
    QStringLiteral("s.id, s.engagement_id, s.offering_id, s.description, s.session_count, "
                   "s.price_minor, s.currency, s.tax_rate_bp, s.sold_on, s.valid_until, "
                   "s.created_utc");

PackageSale saleFromQuery(const QSqlQuery& q) {
    PackageSale s;
    int c = 0;
    s.id = q.value(c++).toLongLong();
    s.engagementId = q.value(c++).toLongLong();
    s.offeringId = q.value(c++).toLongLong();
    s.description = q.value(c++).toString();
    s.sessionCount = q.value(c++).toInt();
    const qint64 price = q.value(c++).toLongLong();
    s.price = Money(price, q.value(c++).toString());
    s.taxRateBasisPoints = q.value(c++).toInt();
    s.soldOn = dateFrom(q.value(c++));
    s.validUntil = dateFrom(q.value(c++));
    s.createdUtc = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    return s;
}

// "?, ?, ?" for `count` placeholders.
QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

PackageRepository::PackageRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<PackageSale> PackageRepository::sell(const PackageSale& input) {
    if (input.engagementId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the engagement the package is for."));
    if (input.description.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Describe the package."));
    if (input.sessionCount < 1)
        return makeError(ErrorCode::InvalidInput, tr("A package includes at least one session."));
    if (!Currency::isValidCode(input.price.currency()) || input.price.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("The package needs a valid price."));
    if (!input.soldOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Enter the date of the sale."));
    if (input.validUntil.isValid() && input.validUntil < input.soldOn)
        return makeError(ErrorCode::InvalidInput,
                         tr("A package cannot expire before it was sold."));
    PackageSale sale = input;
    sale.createdUtc = m_clock.nowUtc();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO package_sales (engagement_id, offering_id, description, session_count, "
        "price_minor, currency, tax_rate_bp, sold_on, valid_until, created_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sale.engagementId);
    q.addBindValue(sale.offeringId > 0 ? QVariant(sale.offeringId) : QVariant());
    q.addBindValue(sale.description.trimmed());
    q.addBindValue(sale.sessionCount);
    q.addBindValue(sale.price.minorUnits());
    q.addBindValue(sale.price.currency());
    q.addBindValue(sale.taxRateBasisPoints);
    q.addBindValue(dateValue(sale.soldOn));
    q.addBindValue(dateValue(sale.validUntil));
    q.addBindValue(isoUtc(sale.createdUtc));
    if (!q.exec())
        return Database::queryError(q, tr("Could not record the package sale"));
    sale.id = q.lastInsertId().toLongLong();
    return sale;
}

Status PackageRepository::removeSale(qint64 saleId) {
    auto existing = sale(saleId);
    if (!existing)
        return existing.error();
    QSqlQuery check(m_database.connection());
    check.prepare(
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM package_credit_uses WHERE sale_id = ?) + "
            "(SELECT COUNT(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
            "WHERE l.package_sale_id = ? AND %1)")
            .arg(billingsql::liveInvoiceCondition()));
    check.addBindValue(saleId);
    check.addBindValue(saleId);
    if (!check.exec() || !check.next())
        return Database::queryError(check, tr("Could not read the package"));
    if (check.value(0).toLongLong() > 0)
        return makeError(ErrorCode::Refused,
                         tr("This package was already used or billed and cannot be removed."));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM package_sales WHERE id = ?"));
    q.addBindValue(saleId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not remove the package"));
    return {};
}

Result<PackageSale> PackageRepository::sale(qint64 saleId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM package_sales s WHERE s.id = ?").arg(kSaleColumns));
    q.addBindValue(saleId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the package"));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Database::queryError(q, tr("Could not read the package"));
        return makeError(ErrorCode::NotFound,
                         tr("There is no package sale with id %1.").arg(saleId));
    }
    return saleFromQuery(q);
}

Result<QList<PackageCredit>> PackageRepository::credits(qint64 engagementId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral(
            "SELECT %1, (SELECT COUNT(*) FROM package_credit_uses u WHERE u.sale_id = s.id), "
            "(SELECT l.invoice_id FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
            "WHERE l.package_sale_id = s.id AND %2 LIMIT 1) "
            "FROM package_sales s WHERE s.engagement_id = ? ORDER BY s.sold_on, s.id")
            .arg(kSaleColumns, billingsql::liveInvoiceCondition()));
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the packages"));
    QList<PackageCredit> credits;
    while (q.next()) {
        PackageCredit credit;
        credit.sale = saleFromQuery(q);
        credit.used = q.value(11).toInt();
        credit.invoiceId = q.value(12).toLongLong();
        credits.append(credit);
    }
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Could not read the packages"));
    return credits;
}

Result<qint64> PackageRepository::clientOfEngagement(qint64 engagementId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT client_id FROM engagements WHERE id = ?"));
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the engagement"));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Database::queryError(q, tr("Could not read the engagement"));
        return makeError(ErrorCode::NotFound,
                         tr("There is no engagement with id %1.").arg(engagementId));
    }
    return q.value(0).toLongLong();
}

Result<QList<QPair<qint64, QString>>> PackageRepository::engagementsOf(qint64 clientId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, title FROM engagements WHERE client_id = ? ORDER BY start_date DESC, id DESC"));
    q.addBindValue(clientId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the engagements"));
    QList<QPair<qint64, QString>> engagements;
    while (q.next())
        engagements.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Could not read the engagements"));
    return engagements;
}

Result<QList<BillableSession>> PackageRepository::sessions(qint64 clientId, qint64 engagementId,
                                                           const CancellationPolicy& policy,
                                                           const QDateTime& begunByUtc) const {
    QList<BillableSession> sessions;
    const QStringList statusKeys = policy.candidateStatusKeys();
    // The filters are added only when set: "(? = 0 OR e.client_id = ?)"
    // keeps SQLite from using the indexes, and every call read all sessions.
    QString filters;
    if (clientId != 0)
        filters += QStringLiteral(" AND e.client_id = ?");
    if (engagementId != 0)
        filters += QStringLiteral(" AND se.engagement_id = ?");
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral(
            "SELECT se.id, se.engagement_id, e.title, se.start_utc, se.duration_minutes, "
            "se.status, COALESCE(u.sale_id, 0), substr(se.start_local, 1, 10), se.cancelled_utc "
            "FROM sessions se "
            "JOIN engagements e ON e.id = se.engagement_id "
            "LEFT JOIN package_credit_uses u ON u.session_id = se.id "
            "WHERE se.status IN (%1) AND se.start_utc <= ?%2 ORDER BY se.start_utc, se.id")
            .arg(placeholders(statusKeys.size()), filters));
    for (const QString& key : statusKeys)
        q.addBindValue(key);
    // start_utc is stored as ISO 8601 with milliseconds in UTC: text order is
    // time order.
    q.addBindValue(begunByUtc.toUTC().toString(Qt::ISODateWithMs));
    if (clientId != 0)
        q.addBindValue(clientId);
    if (engagementId != 0)
        q.addBindValue(engagementId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the sessions"));
    while (q.next()) {
        BillableSession s;
        s.id = q.value(0).toLongLong();
        s.engagementId = q.value(1).toLongLong();
        s.engagementTitle = q.value(2).toString();
        s.startUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC();
        s.durationMinutes = q.value(4).toInt();
        s.statusKey = q.value(5).toString();
        s.creditSaleId = q.value(6).toLongLong();
        s.localDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        if (!s.localDate.isValid())
            s.localDate = s.startUtc.date();
        if (!q.value(8).isNull())
            s.cancelledUtc =
                QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
        // Whether a cancellation was late is the policy's rule, not SQL's.
        if (policy.charges(s.statusKey, s.startUtc, s.cancelledUtc))
            sessions.append(s);
    }
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Could not read the sessions"));
    return sessions;
}

Status PackageRepository::applyCredits(qint64 engagementId, const CancellationPolicy& policy,
                                       const QDateTime& begunByUtc,
                                       const QSet<qint64>& billedSessionIds) {
    auto qualifying = sessions(0, engagementId, policy, begunByUtc);
    if (!qualifying)
        return qualifying.error();
    auto sales = credits(engagementId);
    if (!sales)
        return sales.error();
    const QSqlDatabase db = m_database.connection();
    // Credits of sessions that no longer qualify (status corrected,
    // session deleted, or billed on their own) go back to their sale.
    QSet<qint64> keep;
    for (const BillableSession& s : *qualifying) {
        if (s.creditSaleId != 0 && !billedSessionIds.contains(s.id))
            keep.insert(s.id);
    }
    QSqlQuery uses(db);
    uses.prepare(QStringLiteral("SELECT u.session_id, u.sale_id FROM package_credit_uses u "
                                "JOIN package_sales s ON s.id = u.sale_id "
                                "WHERE s.engagement_id = ?"));
    uses.addBindValue(engagementId);
    if (!uses.exec())
        return Database::queryError(uses, tr("Could not read the package credits"));
    QHash<qint64, int> usedBySale;
    QList<qint64> release;
    while (uses.next()) {
        const qint64 sessionId = uses.value(0).toLongLong();
        if (keep.contains(sessionId))
            ++usedBySale[uses.value(1).toLongLong()];
        else
            release.append(sessionId);
    }
    if (uses.lastError().isValid())
        return Database::queryError(uses, tr("Could not read the package credits"));
    for (qint64 sessionId : release) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM package_credit_uses WHERE session_id = ?"));
        del.addBindValue(sessionId);
        if (!del.exec())
            return Database::queryError(del, tr("Could not update the package credits"));
    }
    // FIFO by expiry: the sale that expires first is used first; sales
    // without expiry come last, older sales before newer ones.
    QList<PackageSale> order;
    for (const PackageCredit& c : *sales)
        order.append(c.sale);
    std::stable_sort(order.begin(), order.end(), [](const PackageSale& a, const PackageSale& b) {
        if (a.validUntil.isValid() != b.validUntil.isValid())
            return a.validUntil.isValid();
        if (a.validUntil != b.validUntil)
            return a.validUntil < b.validUntil;
        return a.soldOn < b.soldOn;
    });
    for (const BillableSession& s : *qualifying) {
        if (keep.contains(s.id) || billedSessionIds.contains(s.id))
            continue;
        const QDate day = s.localDate;
        for (const PackageSale& candidate : order) {
            if (day < candidate.soldOn ||
                (candidate.validUntil.isValid() && day > candidate.validUntil) ||
                usedBySale.value(candidate.id) >= candidate.sessionCount)
                continue;
            QSqlQuery use(db);
            use.prepare(QStringLiteral("INSERT INTO package_credit_uses (session_id, sale_id, "
                                       "used_on) VALUES (?, ?, ?)"));
            use.addBindValue(s.id);
            use.addBindValue(candidate.id);
            use.addBindValue(day.toString(Qt::ISODate));
            if (!use.exec())
                return Database::queryError(use, tr("Could not use a package credit"));
            ++usedBySale[candidate.id];
            break;
        }
    }
    return {};
}

} // namespace md
