#pragma once

namespace md {

class MainWindow;

// Adds the engagement pipeline to the main window: the Pipeline area (board
// and engagement pages), the Dashboard area, and the client's engagement
// list on the Clients page; an engagement's agreement is prepared in the
// Agreements area. MainWindow calls it once, while adding areas.
void installPipelineAreas(MainWindow& window);

} // namespace md
