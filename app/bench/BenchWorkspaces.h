#pragma once

#include "BenchFigures.h"

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace md::bench {

// The passphrase of every workspace the benchmark generates (invented data).
// Its slot uses the fast key derivation of the tests: every figure is taken
// after the key is in hand, and the CLI's unlock is subtracted (CliBench).
inline constexpr char kBenchPassphrase[] = "mentordesk bench passphrase";

struct DemoCounts {
    int clients = 0;
    int sessions = 0;
    int invoices = 0;
};
DemoCounts countsFor(BenchSize size);

// A generated workspace in the cache, ready to measure.
struct BenchWorkspace {
    QString directory;
    QString database;  // its encrypted mentordesk.db
    QString plainCopy; // the same data in a plain SQLite file
    QByteArray keyHex; // the raw data key, for the bare engine
    qint64 engagementId = 0;
    qint64 invoiceId = 0;
    int longestSessionMinutes = 0;
};

// Reuses `<cache>/<size>-seed<seed>` when a complete generation is there;
// otherwise generates it (through the core's demo generator) in a partial
// folder first, so an interrupted run is never reused. `log` gets progress.
Result<BenchWorkspace> prepareWorkspace(const QString& cacheRoot, BenchSize size, quint32 seed,
                                        QTextStream& log);
// An empty workspace (the baseline of the CLI's time and memory).
Result<BenchWorkspace> prepareEmptyWorkspace(const QString& cacheRoot);

} // namespace md::bench
