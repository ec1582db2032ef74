#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// The kinds of record the workspace search finds, in the order the results
// are grouped.
enum class SearchKind {
    Client,
    Engagement,
    Need,
    Goal,
    Action,
    Evaluation,
    Session,
    Agreement,
    Invoice,
};

QList<SearchKind> allSearchKinds();
// "client", "engagement", … : the CLI's --kind and the JSON output.
QString searchKindKey(SearchKind kind);
bool searchKindFromKey(const QString& key, SearchKind* kind);

// One record that matched, with what a result list shows and what opening it
// needs. The snippet marks each matched word between kSnippetMatchStart and
// kSnippetMatchEnd; snippetText() and snippetHtml() turn it into text.
struct SearchHit {
    static constexpr QChar kSnippetMatchStart = QChar(0x02);
    static constexpr QChar kSnippetMatchEnd = QChar(0x03);

    SearchKind kind = SearchKind::Client;
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    bool clientArchived = false;
    // The engagement the record belongs to (the engagement itself for an
    // engagement; 0 for a client, an agreement without one, an invoice).
    qint64 engagementId = 0;
    // The goal of a goal, an action or an evaluation; 0 otherwise.
    qint64 goalId = 0;
    // A name, a title, a number; for a session, its engagement's title.
    QString title;
    QString snippet;
    // The words matched only the session's private notes.
    bool privateNote = false;
    // The session's start, an invoice's issue date, else the last change.
    QDateTime when;

    // How it ranked: 0 the title is the query, 1 every word is in the title,
    // 2 the words are in the text.
    int tier = 2;
    double relevance = 0;

    QString snippetText() const;
    // Escaped, the matched words in <b>.
    QString snippetHtml() const;
    // [start, length) of each matched word in snippetText().
    QList<std::pair<int, int>> snippetMatches() const;
};

} // namespace md
