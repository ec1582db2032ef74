#include "caldav/CalendarSyncConnection.h"

#include "caldav/CalendarSyncService.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "scheduling/SchedulingService.h"
#include "settings/SettingsService.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

namespace md {

CalendarSyncConnection::Ticket CalendarSyncConnection::ticketFor(Workspace& workspace) {
    Ticket ticket;
    ticket.databasePath = workspace.database().path();
    ticket.key = workspace.database().copyOfKey();
    ticket.clock = &workspace.clock();
    return ticket;
}

Result<std::unique_ptr<CalendarSyncConnection>> CalendarSyncConnection::open(Ticket ticket) {
    auto database =
        Database::open(ticket.databasePath, std::move(ticket.key), Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    const Clock& clock = ticket.clock ? *ticket.clock : SystemClock::instance();
    return std::unique_ptr<CalendarSyncConnection>(
        new CalendarSyncConnection(std::move(database.value()), clock));
}

CalendarSyncConnection::CalendarSyncConnection(std::unique_ptr<Database> database,
                                               const Clock& clock)
    : m_clock(clock)
    , m_database(std::move(database))
    , m_notifier(std::make_unique<ChangeNotifier>()) {
    // As in Workspace, with every notification also kept (direct calls on
    // this thread) until takeChanges().
    m_database->setChangePublisher(
        [notifier = m_notifier.get()](const ChangeSet& changes) { notifier->publish(changes); });
    QObject::connect(m_notifier.get(), &ChangeNotifier::changed, m_notifier.get(),
                     [this](const ChangeSet& changes) { m_changes.merge(changes); });
    m_settings = std::make_unique<SettingsService>(*m_database, m_clock);
    m_clients = std::make_unique<ClientService>(*m_database, m_clock, *m_settings);
    m_scheduling = std::make_unique<SchedulingService>(*m_database, m_clock, *m_notifier);
    m_calendarSync =
        std::make_unique<CalendarSyncService>(*m_database, m_clock, *m_scheduling, *m_clients);
}

CalendarSyncConnection::~CalendarSyncConnection() {
    m_calendarSync.reset();
    m_scheduling.reset();
    m_clients.reset();
    m_settings.reset();
    m_database->setChangePublisher({});
    m_notifier.reset();
    m_database.reset();
}

ChangeSet CalendarSyncConnection::takeChanges() {
    ChangeSet taken = m_changes;
    m_changes.clear();
    return taken;
}

} // namespace md
