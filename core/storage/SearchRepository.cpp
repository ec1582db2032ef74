#include "storage/SearchRepository.h"

#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/SearchIndexSql.h"
#include "storage/SqlIdentifier.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

namespace md {

namespace {

struct KindSql {
    const char* table;
    // Joins from the index row `f` to the record and its client `c`.
    const char* joins;
    // engagement id, goal id, title, when: in that order.
    const char* columns;
};

KindSql sqlOf(SearchKind kind) {
    switch (kind) {
    case SearchKind::Client:
        return {"search_clients", "JOIN clients c ON c.id = f.docid",
                "0, 0, c.full_name, c.updated_utc"};
    case SearchKind::Engagement:
        return {"search_engagements",
                "JOIN engagements e ON e.id = f.docid JOIN clients c ON c.id = e.client_id",
                "e.id, 0, e.title, e.last_activity_utc"};
    case SearchKind::Need:
        return {"search_needs",
                "JOIN needs n ON n.id = f.docid JOIN engagements e ON e.id = n.engagement_id "
                "JOIN clients c ON c.id = e.client_id",
                "e.id, 0, n.description, n.updated_utc"};
    case SearchKind::Goal:
        return {"search_goals",
                "JOIN goals g ON g.id = f.docid JOIN engagements e ON e.id = g.engagement_id "
                "JOIN clients c ON c.id = e.client_id",
                "e.id, g.id, g.specific, g.updated_utc"};
    case SearchKind::Action:
        return {"search_actions",
                "JOIN actions a ON a.id = f.docid JOIN goals g ON g.id = a.goal_id "
                "JOIN engagements e ON e.id = g.engagement_id JOIN clients c ON c.id = e.client_id",
                "e.id, g.id, a.description, a.updated_utc"};
    case SearchKind::Evaluation:
        return {"search_evaluations",
                "JOIN evaluations v ON v.id = f.docid JOIN goals g ON g.id = v.goal_id "
                "JOIN engagements e ON e.id = g.engagement_id JOIN clients c ON c.id = e.client_id",
                "e.id, g.id, g.specific, v.updated_utc"};
    case SearchKind::Session:
        return {"search_sessions",
                "JOIN sessions s ON s.id = f.docid JOIN engagements e ON e.id = s.engagement_id "
                "JOIN clients c ON c.id = e.client_id",
                "e.id, 0, e.title, s.start_utc"};
    case SearchKind::Agreement:
        return {"search_agreements",
                "JOIN agreements a ON a.id = f.docid JOIN clients c ON c.id = a.client_id",
                "a.engagement_id, 0, printf('AGR-%05d', a.id) || ' ' || a.title, a.updated_utc"};
    case SearchKind::Invoice:
        return {"search_invoices",
                "JOIN invoices i ON i.id = f.docid JOIN clients c ON c.id = i.client_id",
                "0, 0, ifnull(i.number, ''), ifnull(i.issue_date, i.updated_utc)"};
    }
    return {"search_clients", "JOIN clients c ON c.id = f.docid", "0, 0, '', ''"};
}

QDateTime whenOf(const QVariant& value) {
    const QString text = value.toString();
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(12, 0), Qt::UTC);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// matchinfo(f, 'pcy'): the phrase count, the column count, then for each
// phrase and column the hits in this row, as native 32-bit integers.
void readMatchInfo(const QByteArray& blob, SearchRepository::Match* match) {
    auto at = [&blob](qsizetype index) {
        quint32 value = 0;
        if ((index + 1) * 4 <= blob.size())
            std::memcpy(&value, blob.constData() + index * 4, 4);
        return value;
    };
    const quint32 phrases = at(0);
    const quint32 columns = at(1);
    for (quint32 p = 0; p < phrases; ++p) {
        for (quint32 c = 0; c < columns && c < 3; ++c) {
            const quint32 hits = at(2 + p * columns + c);
            match->hits[c] += int(hits);
            if (c == 0)
                match->phraseInTitle.append(hits > 0);
        }
    }
}

} // namespace

SearchRepository::SearchRepository(Database& database)
    : m_database(database) {}

namespace {

// MATCH and the auxiliary functions need the index's own name, not an alias:
// the statements are written with `f` and given the table's name.
QString withTable(QString statement, const KindSql& sql) {
    static const QRegularExpression alias(QStringLiteral("\\bf\\b"));
    return statement.replace(alias, QLatin1String(sql.table));
}

} // namespace

QString SearchRepository::findSql(SearchKind kind) {
    // The index alone: which records, and where the words are in each.
    return withTable(QStringLiteral("SELECT docid, matchinfo(f, 'pcy') FROM f WHERE f MATCH ? "
                                    "ORDER BY docid DESC LIMIT ?"),
                     sqlOf(kind));
}

Result<QList<SearchRepository::Match>>
SearchRepository::find(SearchKind kind, const QString& matchExpression, int limit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString failed = tr("Could not search the workspace");
    if (!query.prepare(findSql(kind)))
        return Database::queryError(query, failed);
    query.addBindValue(matchExpression);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::queryError(query, failed);
    QList<Match> matches;
    while (query.next()) {
        Match match;
        match.hit.kind = kind;
        match.hit.id = query.value(0).toLongLong();
        readMatchInfo(query.value(1).toByteArray(), &match);
        match.hit.privateNote = match.hits[2] > 0 && match.hits[0] == 0 && match.hits[1] == 0;
        matches.append(match);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, failed);
    return matches;
}

Status SearchRepository::complete(SearchKind kind, const QString& matchExpression,
                                  QList<Match*> matches) const {
    if (matches.isEmpty())
        return {};
    QHash<qint64, Match*> byId;
    QStringList marks;
    for (Match* match : matches) {
        byId.insert(match->hit.id, match);
        marks.append(QStringLiteral("?"));
    }
    // The body's and the private notes' snippets apart, so a session's
    // result shows what may be shared before what is private.
    const KindSql sql = sqlOf(kind);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString failed = tr("Could not search the workspace");
    if (!query.prepare(withTable(QStringLiteral("SELECT f.docid, "
                                                "snippet(f, char(2), char(3), '…', 0, 14), "
                                                "snippet(f, char(2), char(3), '…', 1, 14), "
                                                "snippet(f, char(2), char(3), '…', 2, 14), "
                                                "c.id, %1, c.archived, %2 FROM f %3 "
                                                "WHERE f MATCH ? AND f.docid IN (%4)")
                                     .arg(clientDisplayNameSql(QStringLiteral("c")),
                                          QLatin1String(sql.columns), QLatin1String(sql.joins),
                                          marks.join(QLatin1Char(','))),
                                 sql)))
        return Database::queryError(query, failed);
    query.addBindValue(matchExpression);
    for (const Match* match : std::as_const(matches))
        query.addBindValue(match->hit.id);
    if (!query.exec())
        return Database::queryError(query, failed);
    while (query.next()) {
        Match* match = byId.value(query.value(0).toLongLong());
        if (!match)
            continue;
        SearchHit& hit = match->hit;
        const int column = hit.privateNote                               ? 3
                           : (match->hits[1] > 0 || match->hits[0] == 0) ? 2
                                                                         : 1;
        hit.snippet = query.value(column).toString().simplified();
        hit.clientId = query.value(4).toLongLong();
        hit.clientName = query.value(5).toString();
        hit.clientArchived = query.value(6).toInt() != 0;
        hit.engagementId = query.value(7).toLongLong();
        hit.goalId = query.value(8).toLongLong();
        hit.title = query.value(9).toString();
        hit.when = whenOf(query.value(10));
        if (kind == SearchKind::Client)
            hit.title = hit.clientName;
        match->completed = true;
    }
    if (query.lastError().isValid())
        return Database::queryError(query, failed);
    return {};
}

namespace {

Status commandAll(Database& database, const QString& command, const QString& failed) {
    for (const QString& table : searchIndexTables()) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('%2')")
                            .arg(quotedIdentifier(table), command)))
            return Database::queryError(query, failed);
    }
    return {};
}

} // namespace

Status SearchRepository::rebuild(Database& database) {
    return commandAll(database, QStringLiteral("rebuild"),
                      tr("Could not rebuild the search index"));
}

Status SearchRepository::optimize(Database& database) {
    return commandAll(database, QStringLiteral("optimize"), tr("Could not tidy the search index"));
}

} // namespace md
