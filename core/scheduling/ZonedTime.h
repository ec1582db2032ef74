#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace md {

// Turns a wall-clock time in a time zone into an instant, the way RFC 5545
// (3.3.5) asks for it. Qt 6.4 returns an invalid QDateTime for a time inside a
// daylight-saving gap and the later instant for an ambiguous one, which is not
// what calendar programs do, so we resolve both ourselves:
// - a time in a gap is read with the offset before the gap (02:30 on the
//   spring-forward night in New York becomes 03:30 EDT, i.e. 07:30 UTC);
// - an ambiguous time (the autumn hour that happens twice) is the first one.
class ZonedTime final {
public:
    // The instant, expressed in `zone` (Qt::TimeZone spec).
    static QDateTime make(QDate date, QTime time, const QTimeZone& zone);
    // Same, in UTC.
    static QDateTime toUtc(QDate date, QTime time, const QTimeZone& zone);
    // The zone named by an IANA id, or the system zone when the id is empty
    // or unknown.
    static QTimeZone zoneOrSystem(const QString& ianaId);
};

} // namespace md
