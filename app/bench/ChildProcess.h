#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace md::bench {

// What one run of a child program cost.
struct ChildRun {
    int exitCode = -1;             // -1: did not start, crashed or timed out
    double wallMs = 0;             // from starting it to reaping it
    std::optional<double> peakMiB; // its VmHWM (ru_maxrss); Linux only
    QByteArray out;
    QByteArray err;
};

// The environment of every child: this one, with the home, the XDG folders
// and a private runtime folder below `scratchDir` (no keychain, no default
// workspace, no settings of the real user) and English messages.
QProcessEnvironment isolatedEnvironment(const QString& scratchDir);

// Runs `program`, writes `input` to its standard input and closes it, reads
// everything it prints, waits up to `timeoutMs`. On Linux, given `spawner`
// (mentordesk-bench-spawn), through it, so that the child's own peak
// resident set is known; elsewhere through QProcess, without the peak.
ChildRun runChild(const QString& program, const QStringList& arguments, const QByteArray& input,
                  const QProcessEnvironment& environment, const QString& spawner = {},
                  int timeoutMs = 600000);

} // namespace md::bench
