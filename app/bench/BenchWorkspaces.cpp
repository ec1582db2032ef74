#include "BenchWorkspaces.h"

#include "BareDatabase.h"
#include "EngineBench.h"

#include "crypto/PassphraseSlot.h"
#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstring>

namespace md::bench {

namespace {

// Bump when what a cached workspace holds must change (a new stamp format).
constexpr int kCacheFormat = 1;

SecureBytes passphrase() {
    return SecureBytes(reinterpret_cast<const unsigned char*>(kBenchPassphrase),
                       std::strlen(kBenchPassphrase));
}

QString stampPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("bench-stamp.json"));
}

bool stampMatches(const QString& dir, const DemoCounts& counts, quint32 seed) {
    QFile file(stampPath(dir));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return o.value(QStringLiteral("format")).toInt() == kCacheFormat &&
           o.value(QStringLiteral("clients")).toInt() == counts.clients &&
           o.value(QStringLiteral("sessions")).toInt() == counts.sessions &&
           o.value(QStringLiteral("invoices")).toInt() == counts.invoices &&
           o.value(QStringLiteral("seed")).toInt() == int(seed) &&
           // A generator that wrote nothing (its stub) is not a workspace to reuse.
           (counts.clients == 0 || o.value(QStringLiteral("generatedClients")).toInt() > 0);
}

Status writeStamp(const QString& dir, const DemoCounts& counts, quint32 seed,
                  const DemoReport& report) {
    QJsonObject o;
    o.insert(QStringLiteral("format"), kCacheFormat);
    o.insert(QStringLiteral("clients"), counts.clients);
    o.insert(QStringLiteral("sessions"), counts.sessions);
    o.insert(QStringLiteral("invoices"), counts.invoices);
    o.insert(QStringLiteral("seed"), int(seed));
    o.insert(QStringLiteral("generatedClients"), report.clients);
    o.insert(QStringLiteral("generatedEngagements"), report.engagements);
    o.insert(QStringLiteral("generatedSessions"), report.sessions);
    o.insert(QStringLiteral("generatedInvoices"), report.invoices);
    o.insert(QStringLiteral("generatedPayments"), report.payments);
    o.insert(QStringLiteral("generatedAgreements"), report.agreements);
    QSaveFile file(stampPath(dir));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 ||
        !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(stampPath(dir)));
    return {};
}

Status generate(const QString& dir, const DemoCounts& counts, quint32 seed, QTextStream& log) {
    const QString partial = dir + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    // Fast slots: the benchmark measures after the key is in hand.
    setDefaultKdfStrength(KdfStrength::Fast);
    auto created = Workspace::create(partial, passphrase());
    if (!created)
        return created.error();
    DemoReport report;
    if (counts.clients > 0) {
        DemoSize size;
        size.clients = counts.clients;
        size.sessions = counts.sessions;
        size.invoices = counts.invoices;
        size.seed = seed;
        QElapsedTimer timer;
        timer.start();
        int lastPercent = -1;
        auto generated = generateDemo(*created->workspace, size, [&](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
            if (percent / 10 != lastPercent / 10) {
                log << "  generating: " << percent << "%\n";
                log.flush();
                lastPercent = percent;
            }
        });
        if (!generated)
            return generated.error();
        report = *generated;
        log << "  generated " << report.clients << " clients, " << report.engagements
            << " engagements, " << report.sessions << " sessions, " << report.invoices
            << " invoices, " << report.payments << " payments, " << report.agreements
            << " agreements in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
        log.flush();
    }
    created->workspace.reset();
    if (Status stamped = writeStamp(partial, counts, seed, report); !stamped)
        return stamped;
    QDir(dir).removeRecursively();
    if (!QDir().rename(partial, dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot rename %1").arg(partial));
    return {};
}

Result<BenchWorkspace> open(const QString& dir) {
    BenchWorkspace w;
    w.directory = dir;
    w.database = Workspace::databasePath(dir);
    w.plainCopy = QDir(dir).filePath(QStringLiteral("plain-copy.db"));
    // Opening once applies the migrations of a newer build, so that no
    // measured run pays for them.
    auto opened = Workspace::unlockWithPassphrase(dir, passphrase());
    if (!opened)
        return opened.error();
    opened->reset();
    auto sidecar = Workspace::readSidecar(dir);
    if (!sidecar)
        return sidecar.error();
    if (sidecar->passphraseSlots.isEmpty())
        return makeError(ErrorCode::Corrupted, QStringLiteral("no passphrase slot in %1").arg(dir));
    auto key = unwrapKey(sidecar->passphraseSlots.first(), passphrase());
    if (!key)
        return key.error();
    w.keyHex = key->toHex().view().toByteArray();

    BareDatabase db;
    if (!db.open(w.database, w.keyHex))
        return makeError(ErrorCode::Database, db.error());
    w.engagementId = db.value("SELECT id FROM engagements ORDER BY id LIMIT 1 OFFSET "
                              "(SELECT count(*) / 2 FROM engagements)")
                         .toLongLong();
    w.invoiceId = db.value("SELECT id FROM invoices WHERE number IS NOT NULL ORDER BY id DESC "
                           "LIMIT 1")
                      .toLongLong();
    w.longestSessionMinutes =
        int(db.value("SELECT max(duration_minutes) FROM sessions").toLongLong());
    db.close();

    const QFileInfo plain(w.plainCopy);
    if (!plain.exists() || plain.lastModified() < QFileInfo(w.database).lastModified()) {
        QString error;
        if (!exportPlainCopy(w.database, w.keyHex, w.plainCopy, &error))
            return makeError(ErrorCode::Database, QStringLiteral("plain copy: %1").arg(error));
    }
    return w;
}

} // namespace

DemoCounts countsFor(BenchSize size) {
    switch (size) {
    case BenchSize::Tiny:
        return {20, 300, 40};
    case BenchSize::Realistic:
        return {1000, 20000, 3000};
    case BenchSize::Stress:
        return {10000, 200000, 30000};
    }
    return {};
}

Result<BenchWorkspace> prepareWorkspace(const QString& cacheRoot, BenchSize size, quint32 seed,
                                        QTextStream& log) {
    const DemoCounts counts = countsFor(size);
    const QString dir =
        QDir(cacheRoot).filePath(QStringLiteral("%1-seed%2").arg(sizeKey(size)).arg(seed));
    if (!stampMatches(dir, counts, seed) || !Workspace::exists(dir)) {
        log << "generating the " << sizeKey(size) << " workspace in " << dir << '\n';
        log.flush();
        if (Status made = generate(dir, counts, seed, log); !made)
            return made.error();
    } else {
        log << "reusing " << dir << '\n';
        log.flush();
    }
    return open(dir);
}

Result<BenchWorkspace> prepareEmptyWorkspace(const QString& cacheRoot) {
    const QString dir = QDir(cacheRoot).filePath(QStringLiteral("empty"));
    QTextStream quiet(stderr);
    if (!stampMatches(dir, {}, 0) || !Workspace::exists(dir)) {
        if (Status made = generate(dir, {}, 0, quiet); !made)
            return made.error();
    }
    return open(dir);
}

} // namespace md::bench
