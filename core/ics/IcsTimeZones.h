#pragma once

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace md {

// Finds the time zone an iCalendar TZID means. Calendar programs name zones
// in different ways:
// - Google Calendar and most others: IANA ids ("Europe/Berlin");
// - Thunderbird/Evolution (older versions): IANA ids behind a vendor prefix
//   ("/mozilla.org/20050126_1/Europe/Berlin",
//   "/freeassociation.sourceforge.net/Europe/Berlin");
// - Outlook / Exchange: Windows names ("W. Europe Standard Time"), mapped
//   here for the common zones after CLDR's windowsZones table;
// - old Outlook versions: display names such as "(UTC+01:00) Amsterdam,
//   Berlin, …", from which only the UTC offset can be read.
// The importer tries namedZone() first, then the file's own VTIMEZONE, then
// offsetZone(), and falls back to UTC (reported to the user).
class IcsTimeZones final {
public:
    // IANA, prefixed IANA or a known Windows name; invalid when unknown.
    static QTimeZone namedZone(const QString& tzid);
    // A fixed-offset zone from "(UTC+01:00) …", "UTC+01:00" or "GMT+0100"
    // forms; invalid when the TZID holds no offset. Ignores daylight saving.
    static QTimeZone offsetZone(const QString& tzid);
    // The IANA id for a Windows zone name, or empty.
    static QByteArray ianaForWindows(const QString& windowsName);
};

} // namespace md
