#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace md::test {

// What one run of mentordesk-cli left behind.
struct CliRun {
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    QString describe() const;
    QString text() const { return QString::fromUtf8(out).trimmed(); }
};

// The environment for running the CLI in isolation below `root`: a fast key
// derivation, and XDG_DATA_HOME and HOME there so the default workspace and
// any keychain traffic stay away from the real home. Messages are the
// English source strings (LC_ALL=C.UTF-8, no LANGUAGE).
QProcessEnvironment isolatedCliEnvironment(const QString& root);

// Runs `program` with `arguments`, writes `input` to its standard input and
// closes it, and waits up to a minute.
CliRun runCli(const QString& program, const QStringList& arguments, const QByteArray& input,
              const QProcessEnvironment& environment);

} // namespace md::test
