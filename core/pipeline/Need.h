#pragma once

#include "pipeline/PipelineKeys.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace md {

// Something the mentee needs, as explored in the first sessions. The profile
// links quote lines of the client's strengths and weaknesses, as text, so they
// survive later edits of the profile.
struct Need {
    qint64 id = 0;
    qint64 engagementId = 0;
    QString description;
    NeedCategory category = NeedCategory::Other;
    NeedPriority priority = NeedPriority::Medium;
    QStringList strengthRefs;
    QStringList weaknessRefs;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

} // namespace md
