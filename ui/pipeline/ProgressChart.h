#pragma once

#include "pipeline/SmartGoal.h"

#include <QWidget>

namespace md {

// A small line chart of a goal's progress entries between its baseline and
// target lines.
class ProgressChart final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressChart(QWidget* parent = nullptr);
    void setGoal(const SmartGoal& goal, const QList<ProgressEntry>& entries);
    void clear();

    QSize sizeHint() const override { return {320, 140}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SmartGoal m_goal;
    QList<ProgressEntry> m_entries;
};

} // namespace md
