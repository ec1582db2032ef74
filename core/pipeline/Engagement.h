#pragma once

#include "pipeline/PipelineKeys.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

// One mentoring engagement of one client: from the study of the mentee's
// profile to the evaluation. A client has any number over the years; a
// follow-up ("new needs") points to the engagement it continues.
struct Engagement {
    qint64 id = 0; // 0 until stored
    qint64 clientId = 0;
    QString title;
    QDate startDate;
    QString profileNotes;    // the mentor's reading of the profile before session 1
    int plannedSessions = 0; // 0 = not decided yet
    Cadence cadence = Cadence::Biweekly;
    EngagementFormat format = EngagementFormat::Video;
    QString feeNote; // the fee in words, as an agreement prints it
    // The fee per session before tax, in minor units of the workspace
    // currency; 0 = none. Held sessions are billed at it when the price list
    // has no single session.
    qint64 sessionFeeMinor = 0;
    Stage stage = Stage::ProfileAgreement; // the last working stage, kept after the end
    EngagementStatus status = EngagementStatus::Active;
    QString outcome;                 // the closing summary; the reason when closed early
    qint64 previousEngagementId = 0; // 0 = not a follow-up
    QDateTime stageEnteredUtc;       // when the current state began
    QDateTime lastActivityUtc;       // any write to the engagement or its work
    QDateTime createdUtc;
    QDateTime updatedUtc;

    PipelineState state() const { return pipelineStateOf(stage, status); }
};

// Which engagements a list shows.
struct EngagementFilter {
    qint64 clientId = 0;      // 0 = every client
    bool includeFinal = true; // completed and closed-early engagements
};

// One entry of an engagement's timeline. The first entry (creation) has no
// `from`. `overridden` marks a move made although its gate failed; `reason`
// then holds the mentor's written justification.
struct StageChange {
    qint64 id = 0;
    qint64 engagementId = 0;
    std::optional<PipelineState> from;
    PipelineState to = PipelineState::ProfileAgreement;
    QDateTime changedUtc;
    QString reason;
    bool overridden = false;
};

} // namespace md
