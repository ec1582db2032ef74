#include "StartFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace md::ui {

QString startFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

} // namespace md::ui
