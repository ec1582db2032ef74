#pragma once

#include "BenchCommands.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace md::bench {

// One pass of the benchmark's SQL through the bare engine: each command on a
// connection of its own, as each CLI run has.
struct EngineRun {
    QList<double> queryMs; // per command, after the connection is open and keyed
    double totalMs = 0;    // the whole workload, opening included
};

// `keyHex` empty: a plain SQLite file. False with `error` set when a
// statement fails (the floor must not be the time of an error).
bool runEngineWorkload(const QString& path, const QByteArray& keyHex,
                       const QList<BenchCommand>& commands, EngineRun* run, QString* error);

// Writes an unencrypted copy of the workspace's database (sqlcipher_export
// into a plain attached database) for the encrypted/plain figure.
// What the full-text index adds to the plain copy at `plainPath`, in per
// cent of the same file without it (both compacted): a copy in `scratchDir`
// loses the index and is vacuumed.
bool measureSearchIndexShare(const QString& plainPath, const QString& scratchDir, double* percent,
                             QString* error);
bool exportPlainCopy(const QString& path, const QByteArray& keyHex, const QString& plainPath,
                     QString* error);

} // namespace md::bench
