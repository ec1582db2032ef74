#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

namespace md {

class SessionRepository;

// Keeps an .ics at a chosen path up to date: rewritten after every change of
// the sessions, so another calendar program can subscribe to the file.
class IcsAutoExporter final : public QObject {
    Q_OBJECT
public:
    IcsAutoExporter(const SessionRepository& sessions, const Clock& clock,
                    QObject* parent = nullptr);

    // Empty turns the export off. A new path is written at once.
    Status setPath(const QString& path);
    QString path() const { return m_path; }
    Status rewriteNow();

Q_SIGNALS:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    const SessionRepository& m_sessions;
    const Clock& m_clock;
    QString m_path;
};

} // namespace md
