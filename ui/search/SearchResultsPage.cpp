#include "search/SearchResultsPage.h"

#include "scheduling/TimeFormat.h"
#include "search/SearchResultDelegate.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

SearchResultsPage::SearchResultsPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("searchResultsPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("searchResultsHeadingLabel"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_model = new QStandardItemModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("searchResultsView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setAccessibleName(tr("Search results"));
    // The search field keeps the keyboard; the list follows its arrow keys.
    m_view->setFocusPolicy(Qt::ClickFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    auto activate = [this](const QModelIndex& index) {
        const QVariant row = index.data(HitRole);
        if (row.isValid() && row.toInt() < m_hits.size())
            Q_EMIT hitActivated(m_hits.at(row.toInt()));
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);
}

QString SearchResultsPage::kindHeading(SearchKind kind) {
    switch (kind) {
    case SearchKind::Client:
        return tr("Clients");
    case SearchKind::Engagement:
        return tr("Engagements");
    case SearchKind::Need:
        return tr("Needs");
    case SearchKind::Goal:
        return tr("SMART goals");
    case SearchKind::Action:
        return tr("Actions");
    case SearchKind::Evaluation:
        return tr("Evaluations");
    case SearchKind::Session:
        return tr("Sessions");
    case SearchKind::Agreement:
        return tr("Agreements");
    case SearchKind::Invoice:
        return tr("Invoices");
    }
    return {};
}

QString SearchResultsPage::htmlOf(const SearchHit& hit) const {
    QString title = hit.title;
    if (hit.kind == SearchKind::Session)
        title = tr("Session on %1 at %2 · %3")
                    .arg(TimeFormat::shortDate(hit.when.toLocalTime().date()),
                         TimeFormat::shortTime(hit.when.toLocalTime().time()), hit.title);
    else if (hit.kind == SearchKind::Invoice && title.isEmpty())
        title = tr("Draft invoice");
    else if (hit.kind == SearchKind::Evaluation)
        title = tr("Evaluation of “%1”").arg(hit.title);
    QString client = hit.clientName.toHtmlEscaped();
    if (hit.clientArchived)
        client += QLatin1Char(' ') + tr("(archived)").toHtmlEscaped();
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (hit.kind != SearchKind::Client)
        html += QStringLiteral(" &nbsp;·&nbsp; %1").arg(client);
    else if (hit.clientArchived)
        html += QStringLiteral(" &nbsp;%1").arg(tr("(archived)").toHtmlEscaped());
    if (hit.privateNote)
        html += QStringLiteral(" &nbsp;<i>%1</i>").arg(tr("Private note").toHtmlEscaped());
    const QString snippet = hit.snippetHtml().simplified();
    if (!snippet.isEmpty())
        html += QStringLiteral("<br>") + snippet;
    return html;
}

void SearchResultsPage::setResults(const QString& text, const QList<SearchHit>& hits) {
    m_hits = hits;
    m_model->clear();
    if (hits.isEmpty()) {
        m_heading->setText(tr("Nothing matches “%1”. Try fewer or shorter words.").arg(text));
        return;
    }
    m_heading->setText(tr("%n result(s) for “%1”", nullptr, int(hits.size())).arg(text));
    for (const SearchKind kind : allSearchKinds()) {
        QList<int> rows;
        for (int i = 0; i < hits.size(); ++i) {
            if (hits.at(i).kind == kind)
                rows.append(i);
        }
        if (rows.isEmpty())
            continue;
        auto* group =
            new QStandardItem(QStringLiteral("%1 (%2)").arg(kindHeading(kind)).arg(rows.size()));
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
        for (const int row : std::as_const(rows)) {
            const SearchHit& hit = hits.at(row);
            auto* item = new QStandardItem(hit.title + QLatin1Char(' ') + hit.snippetText());
            item->setData(row, HitRole);
            item->setData(htmlOf(hit), HtmlRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            group->appendRow(item);
        }
        m_model->appendRow(group);
    }
    m_view->expandAll();
    moveSelection(1);
}

void SearchResultsPage::setError(const QString& message) {
    m_hits.clear();
    m_model->clear();
    m_heading->setText(message);
}

void SearchResultsPage::clear() {
    m_hits.clear();
    m_model->clear();
    m_heading->clear();
}

void SearchResultsPage::moveSelection(int delta) {
    // The results in the order shown: group by group.
    QList<QModelIndex> order;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r)
            order.append(m_model->index(r, 0, group));
    }
    if (order.isEmpty())
        return;
    const qsizetype at = order.indexOf(m_view->currentIndex());
    qsizetype next = 0;
    if (at >= 0 && delta != 0)
        next = std::clamp<qsizetype>(at + (delta > 0 ? 1 : -1), 0, order.size() - 1);
    else if (at < 0 && delta < 0)
        next = order.size() - 1;
    m_view->setCurrentIndex(order.at(next));
    m_view->scrollTo(order.at(next));
}

std::optional<SearchHit> SearchResultsPage::currentHit() const {
    QVariant row = m_view->currentIndex().data(HitRole);
    if (!row.isValid() && !m_hits.isEmpty()) {
        // The first one shown.
        const QModelIndex group = m_model->index(0, 0);
        row = m_model->index(0, 0, group).data(HitRole);
    }
    if (!row.isValid() || row.toInt() >= m_hits.size())
        return std::nullopt;
    return m_hits.at(row.toInt());
}

} // namespace md
