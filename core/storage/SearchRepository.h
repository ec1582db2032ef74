#pragma once

#include "common/Result.h"
#include "search/SearchHit.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// The queries of the workspace search: a MATCH on one kind's FTS4 index,
// newest records first, with whose they are joined in. Used by
// SearchService only.
class SearchRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::SearchRepository)
public:
    explicit SearchRepository(Database& database);

    // A record found, with what matched where (from matchinfo), for the
    // service to rank it.
    struct Match {
        SearchHit hit;
        // Per phrase of the expression: whether it matched in the title.
        QList<bool> phraseInTitle;
        // Hits per column (title, body, private), summed over the phrases.
        int hits[3] = {0, 0, 0};
        // complete() found the record (and filled in the hit).
        bool completed = false;
    };
    // Up to `limit` records of `kind` matching `matchExpression`, the newest
    // first (an FTS4 docid order, read no further than the limit), from the
    // index alone: the hit has its kind, id and privateNote, nothing else.
    Result<QList<Match>> find(SearchKind kind, const QString& matchExpression, int limit) const;
    // Fills in the rest of each hit (whose it is, its title and date, the
    // snippet) for matches of `kind` that find() gave for the same
    // expression: one small read, so only the results shown pay for it.
    Status complete(SearchKind kind, const QString& matchExpression, QList<Match*> matches) const;

    // Rebuilds every index from the records (after an import has written
    // them with the triggers lifted).
    static Status rebuild(Database& database);
    // Merges each index into one segment, so that words of removed records
    // leave the file's pages, not only the index's answers (an erasure).
    static Status optimize(Database& database);

    // The statement of find(), for EXPLAIN QUERY PLAN in tests.
    static QString findSql(SearchKind kind);

private:
    Database& m_database;
};

} // namespace md
