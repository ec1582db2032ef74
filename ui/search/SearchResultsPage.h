#pragma once

#include "search/SearchHit.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace md {

// The results of the workspace search, grouped by kind, each with its
// client and a snippet with the matched words in bold. Shown by the main
// window in place of the current area while the mentor types.
class SearchResultsPage final : public QWidget {
    Q_OBJECT
public:
    enum Role { HitRole = Qt::UserRole + 1, HtmlRole };

    explicit SearchResultsPage(QWidget* parent = nullptr);

    // What was typed and what it found; an error replaces the results.
    void setResults(const QString& text, const QList<SearchHit>& hits);
    void setError(const QString& message);
    void clear();

    // Moves the selection to the next (delta > 0) or previous result,
    // skipping the group headings.
    void moveSelection(int delta);
    // The selected result, else the first one.
    std::optional<SearchHit> currentHit() const;
    const QList<SearchHit>& hits() const { return m_hits; }
    QTreeView* view() const { return m_view; }

    // A group heading: "Sessions".
    static QString kindHeading(SearchKind kind);

Q_SIGNALS:
    void hitActivated(const md::SearchHit& hit);

private:
    QString htmlOf(const SearchHit& hit) const;

    QLabel* m_heading = nullptr;
    QTreeView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QList<SearchHit> m_hits;
};

} // namespace md
