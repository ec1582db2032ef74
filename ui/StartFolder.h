#pragma once

#include <QString>

namespace md::ui {

// Where file dialogs open when there is nothing better to offer: the user's
// Documents folder, or the home folder when there is none (a fresh account,
// a minimal desktop). A folder dialog started in a folder that does not exist
// offers that folder's name as the choice, then refuses it: "Directory not
// found".
QString startFolder();

} // namespace md::ui
