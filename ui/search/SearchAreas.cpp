#include "search/SearchAreas.h"

#include "MainWindow.h"
#include "search/SearchController.h"

namespace md {

void installSearch(MainWindow& window) {
    new SearchController(window);
}

} // namespace md
