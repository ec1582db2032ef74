#include "search/SearchService.h"

#include "search/SearchQuery.h"
#include "storage/SearchRepository.h"

#include <algorithm>
#include <cmath>

namespace md {

namespace {

// Case and accents aside, as the index compares words.
QString folded(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        out.append(c.isLetterOrNumber() ? c.toCaseFolded() : QLatin1Char(' '));
    }
    return out.simplified();
}

constexpr double kTitleWeight = 4.0;
constexpr double kTextWeight = 1.0;

} // namespace

SearchService::SearchService(Database& database)
    : m_database(database)
    , m_repository(std::make_unique<SearchRepository>(database)) {}

SearchService::~SearchService() = default;

Result<QList<SearchHit>> SearchService::search(const QString& text, const Options& options) const {
    if (options.limit < 1 || options.limit > kMaxLimit)
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of results must be between 1 and %1.").arg(kMaxLimit));
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty())
        return QList<SearchHit>();
    const QString wanted = folded(query.text());
    const QList<SearchKind> kinds = options.kinds.isEmpty() ? allSearchKinds() : options.kinds;
    QList<SearchRepository::Match> matches;
    for (const SearchKind kind : kinds) {
        auto found = m_repository->find(kind, query.matchExpression(), options.limit);
        if (!found)
            return found.error();
        for (SearchRepository::Match& match : *found) {
            SearchHit& hit = match.hit;
            const bool everyWordInTitle =
                !match.phraseInTitle.isEmpty() &&
                std::all_of(match.phraseInTitle.cbegin(), match.phraseInTitle.cend(),
                            [](bool inTitle) { return inTitle; });
            if (everyWordInTitle)
                hit.tier = folded(hit.title) == wanted ? 0 : 1;
            // In steps that double, so that among records about as relevant
            // the newer one comes first.
            const double weight =
                kTitleWeight * match.hits[0] + kTextWeight * (match.hits[1] + match.hits[2]);
            hit.relevance = std::floor(std::log2(1.0 + weight));
            matches.append(std::move(match));
        }
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const SearchRepository::Match& x, const SearchRepository::Match& y) {
                         const SearchHit& a = x.hit;
                         const SearchHit& b = y.hit;
                         if (a.tier != b.tier)
                             return a.tier < b.tier;
                         if (a.relevance != b.relevance)
                             return a.relevance > b.relevance;
                         return a.when > b.when;
                     });
    if (matches.size() > options.limit)
        matches.resize(options.limit);
    // Only the results returned get their snippets.
    for (const SearchKind kind : kinds) {
        QList<SearchRepository::Match*> ofKind;
        for (SearchRepository::Match& match : matches) {
            if (match.hit.kind == kind)
                ofKind.append(&match);
        }
        if (Status added = m_repository->addSnippets(kind, query.matchExpression(), ofKind); !added)
            return added.error();
    }
    QList<SearchHit> hits;
    hits.reserve(matches.size());
    for (SearchRepository::Match& match : matches)
        hits.append(std::move(match.hit));
    return hits;
}

} // namespace md
