#pragma once

#include "common/Change.h"

#include <QObject>

namespace md {

// The one place a view learns that data changed. Services note what they
// write; the database hands each committed unit of work here as one
// ChangeSet, and every view, whatever area wrote, hears of it once and
// updates the rows it names (STYLE.md, item 19: qBittorrent's Session).
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void publish(const ChangeSet& changes) { Q_EMIT changed(changes); }

Q_SIGNALS:
    void changed(const md::ChangeSet& changes);
};

} // namespace md
