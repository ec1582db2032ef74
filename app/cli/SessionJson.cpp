#include "SessionJson.h"

#include "common/IsoText.h"

namespace md::cli {

JsonRow SessionJson::row(const Session& session, const QString& clientName) {
    const auto key = [](const char* name) {
        return QLatin1StringView(name);
    };
    JsonRow row;
    row.number(key("id"), session.id)
        .number(key("engagementId"), session.engagementId)
        .text(key("clientName"), clientName)
        .text(key("uid"), session.uid)
        .text(key("start"), isoDateTimeText(session.start))
        .text(key("startUtc"), isoDateTimeText(session.startUtc()))
        .text(key("timeZone"), session.timeZoneId())
        .number(key("durationMinutes"), session.durationMinutes)
        .text(key("format"), sessionFormatKey(session.format))
        .text(key("location"), session.location)
        .text(key("status"), sessionStatusKey(session.status))
        .text(key("agenda"), session.agenda)
        .text(key("shareableNotes"), session.shareableNotes);
    if (session.cancelledUtc.isValid())
        row.text(key("cancelledUtc"), isoDateTimeText(session.cancelledUtc));
    if (session.seriesId != 0) {
        row.number(key("seriesId"), session.seriesId)
            .text(key("occurrenceDate"), isoDateText(session.occurrenceDate));
    }
    return row;
}

QJsonObject SessionJson::toJson(const Session& session, const QString& clientName) {
    return row(session, clientName).toObject();
}

} // namespace md::cli
