#include "caldav/CalendarSyncService.h"

#include "caldav/BusyCalendar.h"
#include "caldav/CalendarPublisher.h"
#include "ics/IcsReader.h"
#include "scheduling/SchedulingService.h"
#include "storage/CalendarSyncRepository.h"
#include "storage/Database.h"

#include <algorithm>

namespace md {

CalendarSyncService::CalendarSyncService(Database& database, const Clock& clock,
                                         SchedulingService& scheduling, ClientService& clients)
    : m_database(database)
    , m_clock(clock)
    , m_scheduling(scheduling)
    , m_repository(std::make_unique<CalendarSyncRepository>(database))
    , m_publisher(std::make_unique<CalendarPublisher>(scheduling, clients, clock)) {}

CalendarSyncService::~CalendarSyncService() = default;

Error CalendarSyncService::noAccount() const {
    return makeError(ErrorCode::NotFound,
                     tr("No calendar account is connected. Connect one first (with "
                        "mentordesk-cli: calendar connect --url URL --user USER)."));
}

Result<std::optional<CalendarAccount>> CalendarSyncService::account() const {
    return m_repository->account();
}

Result<CalendarSyncStatus> CalendarSyncService::status() const {
    auto stored = m_repository->account();
    if (!stored)
        return stored.error();
    CalendarSyncStatus status;
    if (!stored->has_value())
        return status;
    const CalendarAccount& account = **stored;
    status.connected = true;
    status.serverUrl = account.serverUrl;
    status.user = account.user;
    status.calendarUrl = account.calendarUrl;
    status.lastSyncUtc = account.lastSyncUtc;
    status.lastError = account.lastError;
    auto pending = m_repository->pendingCount();
    if (!pending)
        return pending.error();
    status.pendingChanges = *pending;
    auto differences = m_repository->differenceCount();
    if (!differences)
        return differences.error();
    status.differences = *differences;
    return status;
}

Result<CalDavClient*> CalendarSyncService::clientFor(const CalendarAccount& account) {
    auto password = m_repository->password();
    if (!password)
        return password.error();
    m_client = std::make_unique<CalDavClient>();
    m_client->transport().setTimeoutMs(m_timeoutMs);
    m_client->setCredentials(account.user, *password);
    return m_client.get();
}

Result<CalDavDiscovery> CalendarSyncService::discover() {
    auto stored = m_repository->account();
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return noAccount();
    auto password = m_repository->password();
    if (!password)
        return password.error();
    // A client of its own: a sync waiting for the server may be using m_client.
    CalDavClient client;
    client.transport().setTimeoutMs(m_timeoutMs);
    client.setCredentials((*stored)->user, *password);
    return client.discover((*stored)->serverUrl);
}

Result<CalendarAccount> CalendarSyncService::connectAccount(const ConnectRequest& request,
                                                            const SecureBytes& password) {
    if (request.user.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Give the user name of the calendar account."));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the password of the calendar account."));
    if (Status secure = DavTransport::checkSecure(request.serverUrl); !secure)
        return secure.error();

    CalDavClient client;
    client.transport().setTimeoutMs(m_timeoutMs);
    client.setCredentials(request.user, password);
    auto found = client.discover(request.serverUrl);
    if (!found)
        return found.error();

    QUrl calendarUrl;
    const QString name =
        request.calendarName.isEmpty() ? QStringLiteral("MentorDesk") : request.calendarName;
    for (const CalendarInfo& calendar : found->calendars) {
        if (!request.calendarUrl.isEmpty() ? calendar.url == request.calendarUrl
                                           : calendar.displayName == name) {
            if (!calendar.holdsEvents())
                return makeError(ErrorCode::InvalidInput,
                                 tr("The calendar %1 cannot hold events; choose another one.")
                                     .arg(calendar.displayName));
            calendarUrl = calendar.url;
            break;
        }
    }
    if (calendarUrl.isEmpty() && !request.calendarUrl.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("The server has no calendar at %1 for this account.")
                             .arg(request.calendarUrl.toDisplayString()));
    if (calendarUrl.isEmpty()) {
        auto made = client.makeCalendar(found->calendarHomeUrl, name);
        if (!made)
            return made.error();
        calendarUrl = *made;
    }

    QList<QUrl> busyCalendars;
    for (const QString& busyName : request.busyCalendarNames) {
        const auto named = std::find_if(
            found->calendars.cbegin(), found->calendars.cend(),
            [&](const CalendarInfo& calendar) { return calendar.displayName == busyName; });
        if (named == found->calendars.cend())
            return makeError(ErrorCode::NotFound,
                             tr("The account has no calendar named %1.").arg(busyName));
        if (named->url != calendarUrl)
            busyCalendars.append(named->url);
    }

    auto previous = m_repository->account();
    if (!previous)
        return previous.error();
    CalendarAccount account;
    account.serverUrl = request.serverUrl;
    account.user = request.user.trimmed();
    account.calendarHomeUrl = found->calendarHomeUrl;
    account.calendarUrl = calendarUrl;
    const bool sameCalendar = previous->has_value() && (*previous)->calendarUrl == calendarUrl;
    if (previous->has_value()) {
        account.summaryUsesPreferredName = (*previous)->summaryUsesPreferredName;
        account.busyCalendars = (*previous)->busyCalendars;
        if (sameCalendar) {
            account.syncToken = (*previous)->syncToken;
            account.lastSyncUtc = (*previous)->lastSyncUtc;
        }
    }
    if (!request.busyCalendarNames.isEmpty()) {
        account.busyCalendars = busyCalendars;
        account.busyTitlesShown = request.busyTitlesShown;
    }
    account.connectedUtc = m_clock.nowUtc();
    Status saved = m_database.transaction([&]() -> Status {
        // Another calendar: what was published to the old one is not there.
        if (previous->has_value() && !sameCalendar) {
            if (Status removed = m_repository->removeAccount(); !removed)
                return removed;
        }
        if (Status stored = m_repository->saveAccount(account, password, account.connectedUtc);
            !stored)
            return stored;
        return m_repository->enqueueEverything();
    });
    if (!saved)
        return saved.error();
    return account;
}

Status CalendarSyncService::disconnectAccount() {
    auto stored = m_repository->account();
    if (!stored)
        return stored.error();
    return m_database.transaction([&]() -> Status {
        if (stored->has_value()) {
            for (const QUrl& url : (*stored)->busyCalendars) {
                if (Status removed = m_scheduling.removeBusyTimeSource(busySource(url)); !removed)
                    return removed;
            }
        }
        return m_repository->removeAccount();
    });
}

Status CalendarSyncService::setBusyCalendars(const QStringList& displayNames, bool titlesShown) {
    auto found = discover();
    if (!found)
        return found.error();
    QList<QUrl> chosen;
    for (const QString& name : displayNames) {
        const auto named = std::find_if(
            found->calendars.cbegin(), found->calendars.cend(),
            [&](const CalendarInfo& calendar) { return calendar.displayName == name; });
        if (named == found->calendars.cend())
            return makeError(ErrorCode::NotFound,
                             tr("The account has no calendar named %1.").arg(name));
        if (!chosen.contains(named->url))
            chosen.append(named->url);
    }
    return m_database.transaction([&]() -> Status {
        // Read again inside the unit of work: a sync may have written since.
        auto stored = m_repository->account();
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return noAccount();
        CalendarAccount account = **stored;
        chosen.removeAll(account.calendarUrl);
        for (const QUrl& url : std::as_const(account.busyCalendars)) {
            if (chosen.contains(url))
                continue;
            if (Status removed = m_scheduling.removeBusyTimeSource(busySource(url)); !removed)
                return removed;
        }
        auto password = m_repository->password();
        if (!password)
            return password.error();
        account.busyCalendars = chosen;
        account.busyTitlesShown = titlesShown;
        if (Status saved = m_repository->saveAccount(account, *password, account.connectedUtc);
            !saved)
            return saved;
        m_database.noteChange(RecordKind::CalendarSync, ChangeOp::Updated, 0);
        return {};
    });
}

QString CalendarSyncService::busySource(const QUrl& calendarUrl) {
    return calendarUrl.toDisplayString();
}

Result<int> CalendarSyncService::readBusyTimes(CalDavClient& client,
                                               const CalendarAccount& account) {
    // The coming months, as far as a conflict check looks (IcsReader's window).
    const QDateTime from = m_clock.nowUtc().addDays(-1);
    const QDateTime to = from.addMonths(IcsReader::kMaxWindowMonths);
    int count = 0;
    for (const QUrl& url : account.busyCalendars) {
        auto events = client.eventsBetween(url, from, to);
        if (!events)
            return events.error();
        // The choice may have changed while this waited for the server (the
        // worker runs other jobs meanwhile): a calendar no longer chosen is
        // not read back in.
        auto current = m_repository->account();
        if (!current)
            return current.error();
        if (!current->has_value() || !(*current)->busyCalendars.contains(url))
            continue;
        QList<QByteArray> objects;
        for (const CalendarObject& object : std::as_const(*events))
            objects.append(object.data);
        auto imported = m_scheduling.importBusyTimes(
            BusyCalendar::merge(objects, (*current)->busyTitlesShown), busySource(url));
        if (!imported)
            return imported.error();
        count += imported->busyTimes;
    }
    return count;
}

Status CalendarSyncService::setSummaryUsesPreferredName(bool usePreferredName) {
    return m_database.transaction([&]() -> Status {
        auto stored = m_repository->account();
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return noAccount();
        if (Status saved = m_repository->setSummaryUsesPreferredName(usePreferredName); !saved)
            return saved;
        // Every title changes: publish everything again.
        return m_repository->enqueueEverything();
    });
}

} // namespace md
