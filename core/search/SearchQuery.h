#pragma once

#include <QString>
#include <QStringList>

namespace md {

// What the mentor typed, as an FTS4 MATCH expression. Words are matched as
// prefixes ("port" finds "portfolio"; a single letter only as a word, since a
// one-letter prefix would read most of the index); every word must be there;
// "a quoted phrase" must be there as typed, its last word a prefix while the
// closing quote is missing. Anything that is not a letter or a digit
// separates words, so no character the mentor types can become FTS syntax
// (operators, column filters, NEAR).
class SearchQuery final {
public:
    static SearchQuery parse(const QString& text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // For MATCH; empty when there is nothing to look for.
    QString matchExpression() const;
    // The words and phrases, lower case, as the mentor wrote them.
    const QStringList& terms() const { return m_terms; }
    // The text as typed, trimmed, for "the title is the query".
    const QString& text() const { return m_text; }

    static constexpr int kMaxTerms = 16;

private:
    QString m_text;
    QStringList m_terms;       // "port", "portfolio review"
    QStringList m_expressions; // port*, "portfolio review"
};

} // namespace md
