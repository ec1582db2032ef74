#include "storage/SearchRepository.h"

#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/SearchIndexSql.h"
#include "storage/SqlIdentifier.h"

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

QString SearchRepository::findSql(SearchKind kind) {
    const KindSql sql = sqlOf(kind);
    // MATCH and the auxiliary functions need the index's own name, not an
    // alias. The body's and the private notes' snippets come apart, so a
    // session's result can show what may be shared before what is private.
    QString statement = QStringLiteral("SELECT f.docid, matchinfo(f, 'pcy'), "
                                       "snippet(f, char(2), char(3), '…', 1, 14), "
                                       "snippet(f, char(2), char(3), '…', 2, 14), "
                                       "snippet(f, char(2), char(3), '…', 0, 14), "
                                       "c.id, %1, c.archived, %2 "
                                       "FROM f %3 WHERE f MATCH ? ORDER BY f.docid DESC LIMIT ?")
                            .arg(clientDisplayNameSql(QStringLiteral("c")),
                                 QLatin1String(sql.columns), QLatin1String(sql.joins));
    static const QRegularExpression alias(QStringLiteral("\\bf\\b"));
    return statement.replace(alias, QLatin1String(sql.table));
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
        SearchHit& hit = match.hit;
        hit.kind = kind;
        hit.id = query.value(0).toLongLong();
        readMatchInfo(query.value(1).toByteArray(), &match);
        const QString bodySnippet = query.value(2).toString();
        const QString privateSnippet = query.value(3).toString();
        const QString titleSnippet = query.value(4).toString();
        hit.privateNote = match.hits[2] > 0 && match.hits[0] == 0 && match.hits[1] == 0;
        if (hit.privateNote)
            hit.snippet = privateSnippet;
        else if (match.hits[1] > 0 || match.hits[0] == 0)
            hit.snippet = bodySnippet;
        else
            hit.snippet = titleSnippet;
        hit.snippet = hit.snippet.simplified();
        hit.clientId = query.value(5).toLongLong();
        hit.clientName = query.value(6).toString();
        hit.clientArchived = query.value(7).toInt() != 0;
        hit.engagementId = query.value(8).toLongLong();
        hit.goalId = query.value(9).toLongLong();
        hit.title = query.value(10).toString();
        hit.when = whenOf(query.value(11));
        if (kind == SearchKind::Client)
            hit.title = hit.clientName;
        matches.append(match);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, failed);
    return matches;
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
