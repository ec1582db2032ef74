#pragma once

#include "BenchFigures.h"

#include <QString>

namespace md::bench {

struct BenchOptions {
    BenchSize size = BenchSize::Realistic;
    int runs = 5;
    quint32 seed = 1;
    bool json = false;
    QString cacheDir;
    QString benchProgram; // this program, for the GUI runs
    QString cliProgram;   // mentordesk-cli
};

// Prepares the workspaces, runs the engine, the CLI and the GUI, and prints
// the figures (progress on standard error). Returns the exit code: 0 when
// every figure was measured, whether or not its target is met.
int runBenchmark(const BenchOptions& options);

} // namespace md::bench
