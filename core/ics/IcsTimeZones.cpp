#include "ics/IcsTimeZones.h"

#include <QHash>
#include <QRegularExpression>

namespace md {

namespace {

// The zones Outlook users most often have, Windows name -> IANA id (CLDR
// windowsZones.xml, territory "001"). Unknown names fall back to the file's
// VTIMEZONE, which Outlook always writes.
const QHash<QString, QByteArray>& windowsZones() {
    static const QHash<QString, QByteArray> zones{
        {QStringLiteral("Dateline Standard Time"), "Etc/GMT+12"},
        {QStringLiteral("Hawaiian Standard Time"), "Pacific/Honolulu"},
        {QStringLiteral("Alaskan Standard Time"), "America/Anchorage"},
        {QStringLiteral("Pacific Standard Time"), "America/Los_Angeles"},
        {QStringLiteral("US Mountain Standard Time"), "America/Phoenix"},
        {QStringLiteral("Mountain Standard Time"), "America/Denver"},
        {QStringLiteral("Mountain Standard Time (Mexico)"), "America/Mazatlan"},
        {QStringLiteral("Central Standard Time"), "America/Chicago"},
        {QStringLiteral("Central Standard Time (Mexico)"), "America/Mexico_City"},
        {QStringLiteral("Canada Central Standard Time"), "America/Regina"},
        {QStringLiteral("Central America Standard Time"), "America/Guatemala"},
        {QStringLiteral("Eastern Standard Time"), "America/New_York"},
        {QStringLiteral("US Eastern Standard Time"), "America/Indiana/Indianapolis"},
        {QStringLiteral("SA Pacific Standard Time"), "America/Bogota"},
        {QStringLiteral("Venezuela Standard Time"), "America/Caracas"},
        {QStringLiteral("Atlantic Standard Time"), "America/Halifax"},
        {QStringLiteral("Pacific SA Standard Time"), "America/Santiago"},
        {QStringLiteral("Newfoundland Standard Time"), "America/St_Johns"},
        {QStringLiteral("E. South America Standard Time"), "America/Sao_Paulo"},
        {QStringLiteral("Argentina Standard Time"), "America/Argentina/Buenos_Aires"},
        {QStringLiteral("UTC"), "UTC"},
        {QStringLiteral("Coordinated Universal Time"), "UTC"},
        {QStringLiteral("GMT Standard Time"), "Europe/London"},
        {QStringLiteral("Greenwich Standard Time"), "Atlantic/Reykjavik"},
        {QStringLiteral("Morocco Standard Time"), "Africa/Casablanca"},
        {QStringLiteral("W. Europe Standard Time"), "Europe/Berlin"},
        {QStringLiteral("Central Europe Standard Time"), "Europe/Budapest"},
        {QStringLiteral("Romance Standard Time"), "Europe/Paris"},
        {QStringLiteral("Central European Standard Time"), "Europe/Warsaw"},
        {QStringLiteral("W. Central Africa Standard Time"), "Africa/Lagos"},
        {QStringLiteral("GTB Standard Time"), "Europe/Bucharest"},
        {QStringLiteral("E. Europe Standard Time"), "Europe/Chisinau"},
        {QStringLiteral("FLE Standard Time"), "Europe/Kiev"},
        {QStringLiteral("Egypt Standard Time"), "Africa/Cairo"},
        {QStringLiteral("South Africa Standard Time"), "Africa/Johannesburg"},
        {QStringLiteral("Israel Standard Time"), "Asia/Jerusalem"},
        {QStringLiteral("Turkey Standard Time"), "Europe/Istanbul"},
        {QStringLiteral("Russian Standard Time"), "Europe/Moscow"},
        {QStringLiteral("E. Africa Standard Time"), "Africa/Nairobi"},
        {QStringLiteral("Arab Standard Time"), "Asia/Riyadh"},
        {QStringLiteral("Iran Standard Time"), "Asia/Tehran"},
        {QStringLiteral("Arabian Standard Time"), "Asia/Dubai"},
        {QStringLiteral("Pakistan Standard Time"), "Asia/Karachi"},
        {QStringLiteral("India Standard Time"), "Asia/Kolkata"},
        {QStringLiteral("Sri Lanka Standard Time"), "Asia/Colombo"},
        {QStringLiteral("Nepal Standard Time"), "Asia/Kathmandu"},
        {QStringLiteral("Bangladesh Standard Time"), "Asia/Dhaka"},
        {QStringLiteral("SE Asia Standard Time"), "Asia/Bangkok"},
        {QStringLiteral("China Standard Time"), "Asia/Shanghai"},
        {QStringLiteral("Singapore Standard Time"), "Asia/Singapore"},
        {QStringLiteral("Taipei Standard Time"), "Asia/Taipei"},
        {QStringLiteral("W. Australia Standard Time"), "Australia/Perth"},
        {QStringLiteral("Tokyo Standard Time"), "Asia/Tokyo"},
        {QStringLiteral("Korea Standard Time"), "Asia/Seoul"},
        {QStringLiteral("Cen. Australia Standard Time"), "Australia/Adelaide"},
        {QStringLiteral("E. Australia Standard Time"), "Australia/Brisbane"},
        {QStringLiteral("AUS Eastern Standard Time"), "Australia/Sydney"},
        {QStringLiteral("New Zealand Standard Time"), "Pacific/Auckland"},
    };
    return zones;
}

QTimeZone ianaZone(const QByteArray& id) {
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return {};
    return QTimeZone(id);
}

} // namespace

QByteArray IcsTimeZones::ianaForWindows(const QString& windowsName) {
    return windowsZones().value(windowsName.trimmed());
}

QTimeZone IcsTimeZones::namedZone(const QString& tzidText) {
    const QString tzid = tzidText.trimmed();
    if (tzid.isEmpty())
        return {};
    if (QTimeZone zone = ianaZone(tzid.toUtf8()); zone.isValid())
        return zone;
    // "/vendor/version/Area/City": try the trailing parts, longest first.
    const QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype take = std::min<qsizetype>(3, parts.size() - 1); take >= 1; --take) {
        const QString tail = parts.mid(parts.size() - take).join(QLatin1Char('/'));
        if (QTimeZone zone = ianaZone(tail.toUtf8()); zone.isValid())
            return zone;
    }
    return ianaZone(ianaForWindows(tzid));
}

QTimeZone IcsTimeZones::offsetZone(const QString& tzid) {
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tzid);
    if (!match.hasMatch())
        return {};
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return {};
    const int sign = match.captured(1) == QLatin1String("-") ? -1 : 1;
    return QTimeZone(sign * (hours * 3600 + minutes * 60));
}

} // namespace md
