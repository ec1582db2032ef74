#pragma once

#include "BenchCommands.h"
#include "BenchWorkspaces.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace md::bench {

// The samples of one CLI command over the runs.
struct CliSamples {
    QList<double> afterUnlockMs; // its run minus `settings show` on the same workspace
    QList<double> peakMiB;       // its peak resident set on the generated workspace
    QList<double> emptyPeakMiB;  // the same command on an empty workspace
};

// Runs the real mentordesk-cli as a child process, the passphrase on its
// standard input as a script gives it. Each command's time after unlocking is
// its whole run minus that of `settings show` (start, unlock, a few rows) on
// the same workspace in the same round.
class CliBench final {
public:
    // `spawner`: mentordesk-bench-spawn, for the peak memory (Linux).
    CliBench(QString cliProgram, QString spawner, const QString& scratchDir);

    bool run(const BenchWorkspace& data, const BenchWorkspace& empty,
             const QList<BenchCommand>& commands, int runs, QHash<QString, CliSamples>* samples,
             QString* error);

private:
    bool once(const BenchWorkspace& workspace, const QStringList& arguments, double* wallMs,
              std::optional<double>* peakMiB, QString* error);

    QString m_program;
    QString m_spawner;
    QProcessEnvironment m_environment;
};

} // namespace md::bench
