#pragma once

namespace md {

class MainWindow;

// Adds the Agreements area to the main window. MainWindow calls it once,
// while adding areas.
void installAgreementsArea(MainWindow& window);

} // namespace md
