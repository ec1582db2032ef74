#include "search/SearchQuery.h"

namespace md {

namespace {

QStringList wordsOf(const QString& text) {
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// A single letter as a prefix would read every word that starts with it.
QString prefixOf(const QString& word) {
    return word.size() >= 2 ? word + QLatin1Char('*') : word;
}

} // namespace

SearchQuery SearchQuery::parse(const QString& text) {
    SearchQuery query;
    query.m_text = text.trimmed();
    const QStringList parts = text.split(QLatin1Char('"'));
    // Odd parts were inside quotes; a last odd part had no closing quote.
    const bool unclosed = parts.size() % 2 == 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringList words = wordsOf(parts.at(i));
        if (words.isEmpty())
            continue;
        const bool quoted = i % 2 == 1;
        if (quoted && words.size() > 1) {
            QStringList tokens = words;
            if (unclosed && i == parts.size() - 1)
                tokens.last() = prefixOf(tokens.last());
            query.m_terms.append(words.join(QLatin1Char(' ')));
            query.m_expressions.append(QLatin1Char('"') + tokens.join(QLatin1Char(' ')) +
                                       QLatin1Char('"'));
        } else {
            for (const QString& word : words) {
                query.m_terms.append(word);
                query.m_expressions.append(quoted && !unclosed ? word : prefixOf(word));
            }
        }
        if (query.m_terms.size() >= kMaxTerms)
            break;
    }
    query.m_terms = query.m_terms.mid(0, kMaxTerms);
    query.m_expressions = query.m_expressions.mid(0, kMaxTerms);
    return query;
}

QString SearchQuery::matchExpression() const {
    return m_expressions.join(QLatin1Char(' '));
}

} // namespace md
