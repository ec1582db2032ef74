#include "ClientJson.h"

#include <QJsonArray>

namespace md::cli {

namespace {
QJsonValue utcTimestamp(const QDateTime& time) {
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

QJsonObject ClientJson::toJson(const Client& client) {
    QJsonObject json;
    json.insert(QStringLiteral("id"), client.id);
    json.insert(QStringLiteral("fullName"), client.fullName);
    json.insert(QStringLiteral("preferredName"), client.preferredName);
    json.insert(QStringLiteral("email"), client.email);
    json.insert(QStringLiteral("phone"), client.phone);
    json.insert(QStringLiteral("organisation"), client.organisation);
    json.insert(QStringLiteral("role"), client.role);
    json.insert(QStringLiteral("timeZone"), client.timeZone);
    json.insert(QStringLiteral("referralSource"), client.referralSource);
    json.insert(QStringLiteral("documentLanguage"), client.documentLanguage);
    json.insert(QStringLiteral("background"), client.background);
    json.insert(QStringLiteral("strengths"), client.strengths);
    json.insert(QStringLiteral("weaknesses"), client.weaknesses);
    json.insert(QStringLiteral("aspirations"), client.aspirations);
    json.insert(QStringLiteral("keepDoing"), client.keepDoing);
    json.insert(QStringLiteral("startDoing"), client.startDoing);
    json.insert(QStringLiteral("stopDoing"), client.stopDoing);
    json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(client.tags));
    json.insert(QStringLiteral("status"), clientStatusKey(client.status));
    json.insert(QStringLiteral("archived"), client.archived);
    json.insert(QStringLiteral("createdUtc"), utcTimestamp(client.createdUtc));
    json.insert(QStringLiteral("updatedUtc"), utcTimestamp(client.updatedUtc));
    return json;
}

} // namespace md::cli
