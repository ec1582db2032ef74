#pragma once

#include "common/Change.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace md {

// Keeps an .ics at a chosen path up to date, so another calendar program can
// subscribe to the file: rewritten after every committed change to what it
// holds (sessions, series, the clients' names). Owned by SchedulingService,
// which connects it to the workspace's ChangeNotifier.
class IcsAutoExporter final : public QObject {
    Q_OBJECT
public:
    // `render` makes the file's content (the whole calendar).
    explicit IcsAutoExporter(std::function<Result<QByteArray>()> render, QObject* parent = nullptr);

    // Empty turns the export off. A new path is written at once.
    Status setPath(const QString& path);
    // Takes up a path chosen earlier without writing: the file is written on
    // the next change.
    void resume(const QString& path) { m_path = path; }
    QString path() const { return m_path; }
    Status rewriteNow();
    // Rewrites the file when `changes` touch what it holds.
    void follow(const md::ChangeSet& changes);

Q_SIGNALS:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    std::function<Result<QByteArray>()> m_render;
    QString m_path;
};

} // namespace md
