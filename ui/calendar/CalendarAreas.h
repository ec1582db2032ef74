#pragma once

namespace md {

class MainWindow;

// Adds scheduling to the main window: the Calendar area, and the upcoming
// sessions panel on the Dashboard (when there is one). MainWindow calls it
// once, while adding areas.
void installCalendarArea(MainWindow& window);

} // namespace md
