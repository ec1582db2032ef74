#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace md {

// Instant filter and sorting for the client list. Every word typed must occur
// (case-insensitively) in the name, preferred name, email, organisation, role
// or tags; archived clients appear only when asked for.
class ClientFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClientFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    bool m_showArchived = false;
};

} // namespace md
