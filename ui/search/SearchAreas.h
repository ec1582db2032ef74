#pragma once

namespace md {

class MainWindow;

// The workspace search in the main window: a field in the toolbar (Ctrl+K,
// and Ctrl+F where an area has no filter), results grouped by kind while
// typing shown in place of the current area, arrow keys and Enter to open a
// result in its area, Esc to return.
void installSearch(MainWindow& window);

} // namespace md
