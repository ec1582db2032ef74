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
    };
    // Up to `limit` records of `kind` matching `matchExpression`, the newest
    // first (an FTS4 docid order, read no further than the limit), without
    // their snippets.
    Result<QList<Match>> find(SearchKind kind, const QString& matchExpression, int limit) const;

    // Rebuilds every index from the records (after an import has written
    // them with the triggers lifted).
    static Status rebuild(Database& database);
    // Merges each index into one segment, so that words of removed records
    // leave the file's pages, not only the index's answers (an erasure).
    static Status optimize(Database& database);

    // Fills in the snippets of matches of `kind` found by find() with the
    // same expression: a second, small read, so that only the results
    // shown pay for their snippets.
    Status addSnippets(SearchKind kind, const QString& matchExpression,
                       QList<Match*> matches) const;

    // The statement of find(), for EXPLAIN QUERY PLAN in tests.
    static QString findSql(SearchKind kind);

private:
    Database& m_database;
};

} // namespace md
