#pragma once

class QWidget;

namespace md {

// Help › User Guide: the manual bundled with the program (docs/user-guide.md,
// the same file the README links), shown in a window of its own.
void showUserGuide(QWidget* parent);

// Help › Keyboard Shortcuts: every shortcut of `window` (its menus' actions
// and the keys that have no menu entry), read from the window itself so the
// list cannot drift from what the keys do.
void showKeyboardShortcuts(QWidget* window);

} // namespace md
