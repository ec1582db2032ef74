#pragma once

#include "common/Result.h"
#include "search/SearchHit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace md {

class Database;
class SearchRepository;

// Finds any record of the workspace by the words in it: clients, the
// pipeline's engagements, needs, goals, actions and evaluations, session
// notes, agreements and invoices. The index (schema 10) is kept in step by
// the database itself inside every write, so a search always sees what is
// committed and nothing a rolled-back unit of work wrote. Reads only.
class SearchService final {
    Q_DECLARE_TR_FUNCTIONS(md::SearchService)
public:
    explicit SearchService(Database& database);
    ~SearchService();
    SearchService(const SearchService&) = delete;
    SearchService& operator=(const SearchService&) = delete;

    struct Options {
        // Empty: every kind.
        QList<SearchKind> kinds;
        int limit = 50;
    };
    // The snippets of the results are read with one IN (…) of their ids;
    // SQLite 3.15 binds at most 999 values.
    static constexpr int kMaxLimit = 500;

    // The best `limit` matches of `text` (SearchQuery's rules): names and
    // titles that are the query first, then those holding every word in
    // their title, then by how often the words occur (title words weigh
    // more), newer records before older ones. Empty for a text without
    // words. InvalidInput for a limit outside 1…kMaxLimit.
    Result<QList<SearchHit>> search(const QString& text, const Options& options) const;
    Result<QList<SearchHit>> search(const QString& text) const { return search(text, Options()); }

private:
    Database& m_database;
    std::unique_ptr<SearchRepository> m_repository;
};

} // namespace md
