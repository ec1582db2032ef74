#include "search/SearchHit.h"

namespace md {

QList<SearchKind> allSearchKinds() {
    return {SearchKind::Client,  SearchKind::Engagement, SearchKind::Need,
            SearchKind::Goal,    SearchKind::Action,     SearchKind::Evaluation,
            SearchKind::Session, SearchKind::Agreement,  SearchKind::Invoice};
}

QString searchKindKey(SearchKind kind) {
    switch (kind) {
    case SearchKind::Client:
        return QStringLiteral("client");
    case SearchKind::Engagement:
        return QStringLiteral("engagement");
    case SearchKind::Need:
        return QStringLiteral("need");
    case SearchKind::Goal:
        return QStringLiteral("goal");
    case SearchKind::Action:
        return QStringLiteral("action");
    case SearchKind::Evaluation:
        return QStringLiteral("evaluation");
    case SearchKind::Session:
        return QStringLiteral("session");
    case SearchKind::Agreement:
        return QStringLiteral("agreement");
    case SearchKind::Invoice:
        return QStringLiteral("invoice");
    }
    return {};
}

bool searchKindFromKey(const QString& key, SearchKind* kind) {
    for (const SearchKind candidate : allSearchKinds()) {
        if (searchKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString SearchHit::snippetText() const {
    QString text = snippet;
    text.remove(kSnippetMatchStart);
    text.remove(kSnippetMatchEnd);
    return text;
}

QString SearchHit::snippetHtml() const {
    QString html;
    QString run;
    for (const QChar c : snippet) {
        if (c == kSnippetMatchStart || c == kSnippetMatchEnd) {
            html += run.toHtmlEscaped();
            run.clear();
            html += c == kSnippetMatchStart ? QStringLiteral("<b>") : QStringLiteral("</b>");
        } else {
            run.append(c);
        }
    }
    return html + run.toHtmlEscaped();
}

QList<std::pair<int, int>> SearchHit::snippetMatches() const {
    QList<std::pair<int, int>> matches;
    int position = 0;
    int start = -1;
    for (const QChar c : snippet) {
        if (c == kSnippetMatchStart) {
            start = position;
        } else if (c == kSnippetMatchEnd) {
            if (start >= 0)
                matches.append({start, position - start});
            start = -1;
        } else {
            ++position;
        }
    }
    return matches;
}

} // namespace md
