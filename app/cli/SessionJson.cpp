#include "SessionJson.h"

namespace md::cli {

QJsonObject SessionJson::toJson(const Session& session, const QString& clientName) {
    QJsonObject object{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("engagementId"), session.engagementId},
        {QStringLiteral("clientName"), clientName},
        {QStringLiteral("uid"), session.uid},
        {QStringLiteral("start"), session.start.toString(Qt::ISODate)},
        {QStringLiteral("startUtc"), session.startUtc().toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), session.timeZoneId()},
        {QStringLiteral("durationMinutes"), session.durationMinutes},
        {QStringLiteral("format"), sessionFormatKey(session.format)},
        {QStringLiteral("location"), session.location},
        {QStringLiteral("status"), sessionStatusKey(session.status)},
        {QStringLiteral("agenda"), session.agenda},
        {QStringLiteral("shareableNotes"), session.shareableNotes},
    };
    if (session.cancelledUtc.isValid())
        object.insert(QStringLiteral("cancelledUtc"), session.cancelledUtc.toString(Qt::ISODate));
    if (session.seriesId != 0) {
        object.insert(QStringLiteral("seriesId"), session.seriesId);
        object.insert(QStringLiteral("occurrenceDate"),
                      session.occurrenceDate.toString(Qt::ISODate));
    }
    return object;
}

} // namespace md::cli
