#pragma once

#include "BenchWorkspaces.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace md::bench {

// The samples of the GUI figures over the runs, by the names GuiRun gives
// them ("unlock", "first show: Pipeline", "resident MiB", ...).
struct GuiSamples {
    QStringList areas; // the sidebar's titles, in order
    QHash<QString, QList<double>> values;
};

// Runs the GUI measurements `runs` times, each in a fresh child process of
// this program (`--gui-run`), offscreen and away from the real home.
bool runGuiBench(const QString& benchProgram, const BenchWorkspace& workspace, int runs,
                 const QString& scratchDir, GuiSamples* samples, QString* error);

} // namespace md::bench
