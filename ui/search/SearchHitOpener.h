#pragma once

namespace md {

class MainWindow;
struct SearchHit;

// Opens a search result where it lives, with the record selected: the
// client's page, the engagement's tab with that need, goal, action or
// evaluation, the session in the calendar, the agreement, the invoice.
// False when the window has no such area or the record is not there.
bool openSearchHit(MainWindow& window, const SearchHit& hit);

} // namespace md
