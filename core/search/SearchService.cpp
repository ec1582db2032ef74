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
    // First from the indexes alone: which records, and how well each
    // matches. Records of a kind come newest first, so at equal relevance
    // the kinds take turns by their newest records.
    struct Candidate {
        SearchRepository::Match match;
        int turn = 0;
        double relevance = 0;
        bool everyWordInTitle = false;
    };
    QList<Candidate> candidates;
    for (const SearchKind kind : kinds) {
        auto found = m_repository->find(kind, query.matchExpression(), options.limit);
        if (!found)
            return found.error();
        int turn = 0;
        for (SearchRepository::Match& match : *found) {
            Candidate candidate;
            candidate.everyWordInTitle =
                !match.phraseInTitle.isEmpty() &&
                std::all_of(match.phraseInTitle.cbegin(), match.phraseInTitle.cend(),
                            [](bool inTitle) { return inTitle; });
            // In steps that double, so that among records about as relevant
            // the newer one comes first.
            const double weight =
                kTitleWeight * match.hits[0] + kTextWeight * (match.hits[1] + match.hits[2]);
            candidate.relevance = std::floor(std::log2(1.0 + weight));
            candidate.turn = turn++;
            candidate.match = std::move(match);
            candidates.append(std::move(candidate));
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         if (a.everyWordInTitle != b.everyWordInTitle)
                             return a.everyWordInTitle;
                         if (a.relevance != b.relevance)
                             return a.relevance > b.relevance;
                         return a.turn < b.turn;
                     });
    if (candidates.size() > options.limit)
        candidates.resize(options.limit);

    // Then the records themselves, for those returned only.
    for (const SearchKind kind : kinds) {
        QList<SearchRepository::Match*> ofKind;
        for (Candidate& candidate : candidates) {
            if (candidate.match.hit.kind == kind)
                ofKind.append(&candidate.match);
        }
        if (Status completed = m_repository->complete(kind, query.matchExpression(), ofKind);
            !completed)
            return completed.error();
    }
    QList<SearchHit> hits;
    hits.reserve(candidates.size());
    for (Candidate& candidate : candidates) {
        if (!candidate.match.completed)
            continue; // an index entry without its record: never shown
        SearchHit hit = std::move(candidate.match.hit);
        if (candidate.everyWordInTitle)
            hit.tier = folded(hit.title) == wanted ? 0 : 1;
        hit.relevance = candidate.relevance;
        hits.append(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.relevance != b.relevance)
            return a.relevance > b.relevance;
        return a.when > b.when;
    });
    return hits;
}

} // namespace md
