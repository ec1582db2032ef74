#include "agreements/AuditChainCheck.h"

#include "agreements/AgreementService.h"
#include "agreements/AuditChain.h"

#include <QThread>

#include <memory>

namespace md {

AuditChainCheck::AuditChainCheck(QObject* parent)
    : QObject(parent) {}

AuditChainCheck::~AuditChainCheck() {
    // A check of the chain takes a fraction of a second: closing the window
    // waits for it rather than leave a thread behind.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

void AuditChainCheck::start(const AgreementService* agreements) {
    const quint64 generation = ++m_generation;
    if (!agreements) {
        m_waiting = false;
        Q_EMIT checked({});
        return;
    }
    Result<QList<AuditEntry>> entries = agreements->auditEntries();
    if (!entries) {
        m_waiting = false;
        Q_EMIT checked({entries.message()});
        return;
    }
    m_waiting = true;
    auto problems = std::make_shared<QStringList>();
    // The worker owns its copy of the entries and the list it fills; it
    // touches nothing else, so it may outlive the workspace it came from.
    QThread* thread = QThread::create(
        [entries = std::move(*entries), problems] { *problems = AuditChain::verify(entries); });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, problems, generation] {
        m_threads.removeAll(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return;
        m_waiting = false;
        Q_EMIT checked(*problems);
    });
    thread->start(QThread::LowPriority);
}

void AuditChainCheck::cancel() {
    ++m_generation;
    m_waiting = false;
}

} // namespace md
