#pragma once

#include "pipeline/PipelineKeys.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace md {

// A concrete step towards a goal, with the people the mentee will approach
// (a manager, a recruiter, peers…).
struct Action {
    qint64 id = 0;
    qint64 goalId = 0;
    QString description;
    QDate dueDate; // may be null: no deadline
    ActionStatus status = ActionStatus::Todo;
    QStringList people;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    bool isOpen() const { return status == ActionStatus::Todo || status == ActionStatus::Doing; }
};

} // namespace md
