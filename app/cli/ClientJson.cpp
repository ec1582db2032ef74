#include "ClientJson.h"

#include "common/IsoText.h"

#include <QJsonArray>

namespace md::cli {

namespace {
JsonRow& utcTimestamp(JsonRow& row, QLatin1StringView key, const QDateTime& time) {
    return time.isValid() ? row.text(key, isoDateTimeText(time.toUTC())) : row.null(key);
}
} // namespace

JsonRow ClientJson::row(const Client& client) {
    JsonRow json;
    json.number(QLatin1StringView("id"), client.id)
        .text(QLatin1StringView("fullName"), client.fullName)
        .text(QLatin1StringView("preferredName"), client.preferredName)
        .text(QLatin1StringView("email"), client.email)
        .text(QLatin1StringView("phone"), client.phone)
        .text(QLatin1StringView("organisation"), client.organisation)
        .text(QLatin1StringView("role"), client.role)
        .text(QLatin1StringView("timeZone"), client.timeZone)
        .text(QLatin1StringView("referralSource"), client.referralSource)
        .text(QLatin1StringView("documentLanguage"), client.documentLanguage)
        .text(QLatin1StringView("background"), client.background)
        .text(QLatin1StringView("strengths"), client.strengths)
        .text(QLatin1StringView("weaknesses"), client.weaknesses)
        .text(QLatin1StringView("aspirations"), client.aspirations)
        .text(QLatin1StringView("keepDoing"), client.keepDoing)
        .text(QLatin1StringView("startDoing"), client.startDoing)
        .text(QLatin1StringView("stopDoing"), client.stopDoing)
        .texts(QLatin1StringView("tags"), client.tags)
        .text(QLatin1StringView("status"), clientStatusKey(client.status))
        .boolean(QLatin1StringView("archived"), client.archived);
    utcTimestamp(json, QLatin1StringView("createdUtc"), client.createdUtc);
    utcTimestamp(json, QLatin1StringView("updatedUtc"), client.updatedUtc);
    return json;
}

QJsonObject ClientJson::toJson(const Client& client) {
    return row(client).toObject();
}

} // namespace md::cli
