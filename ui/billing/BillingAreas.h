#pragma once

namespace md {

class MainWindow;

// Adds billing to the main window: the Billing area, the client's balance and
// packages on the Clients page, and revenue and overdue invoices on the
// Dashboard. MainWindow calls it once, while adding areas (after the pipeline,
// whose Dashboard it extends).
void installBillingAreas(MainWindow& window);

} // namespace md
