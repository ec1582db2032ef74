#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QThread;

namespace md {

class AgreementService;

// Verifies the audit log's whole hash chain without holding up the window:
// the entries are read here (a connection belongs to its thread), the
// hashing and the canonical-form check of each entry, which at a large
// practice is a tenth of a second, run on a worker thread. Only the latest
// check reports; an older one still running is left to finish unheard.
class AuditChainCheck final : public QObject {
    Q_OBJECT
public:
    explicit AuditChainCheck(QObject* parent = nullptr);
    ~AuditChainCheck() override; // waits for a check still running

    // Starts a check of `agreements`' chain; checked() follows. nullptr
    // reports no problems at once (nothing is open).
    void start(const AgreementService* agreements);
    // Forgets the check under way (the workspace was closed).
    void cancel();
    bool isRunning() const { return m_waiting; }

Q_SIGNALS:
    // Empty when the chain is intact; a read error is one problem.
    void checked(const QStringList& problems);

private:
    quint64 m_generation = 0;
    bool m_waiting = false;
    QList<QPointer<QThread>> m_threads;
};

} // namespace md
