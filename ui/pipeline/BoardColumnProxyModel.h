#pragma once

#include "pipeline/PipelineKeys.h"

#include <QSortFilterProxyModel>

namespace md {

// One column of the board: the engagements in one pipeline state, the ones
// waiting longest first.
class BoardColumnProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    BoardColumnProxyModel(PipelineState state, QObject* parent = nullptr);
    PipelineState state() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PipelineState m_state;
};

} // namespace md
