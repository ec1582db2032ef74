#include "CliBench.h"

#include "ChildProcess.h"

namespace md::bench {

CliBench::CliBench(QString cliProgram, QString spawner, const QString& scratchDir)
    : m_program(std::move(cliProgram))
    , m_spawner(std::move(spawner))
    , m_environment(isolatedEnvironment(scratchDir)) {}

bool CliBench::once(const BenchWorkspace& workspace, const QStringList& arguments, double* wallMs,
                    std::optional<double>* peakMiB, QString* error) {
    const QStringList all =
        QStringList{QStringLiteral("--workspace"), workspace.directory} + arguments;
    const ChildRun run =
        runChild(m_program, all, QByteArray(kBenchPassphrase) + '\n', m_environment, m_spawner);
    if (run.exitCode != 0) {
        *error = QStringLiteral("mentordesk-cli %1 failed (exit %2): %3")
                     .arg(all.join(QLatin1Char(' ')))
                     .arg(run.exitCode)
                     .arg(QString::fromUtf8(run.err.left(2000)));
        return false;
    }
    *wallMs = run.wallMs;
    *peakMiB = run.peakMiB;
    return true;
}

bool CliBench::run(const BenchWorkspace& data, const BenchWorkspace& empty,
                   const QList<BenchCommand>& commands, int runs,
                   QHash<QString, CliSamples>* samples, QString* error) {
    const QStringList baseline{QStringLiteral("settings"), QStringLiteral("show")};
    for (int r = 0; r < runs; ++r) {
        double baseMs = 0;
        std::optional<double> unused;
        if (!once(data, baseline, &baseMs, &unused, error))
            return false;
        for (const BenchCommand& command : commands) {
            double ms = 0, emptyMs = 0;
            std::optional<double> peak, emptyPeak;
            if (!once(data, command.arguments, &ms, &peak, error) ||
                !once(empty, command.arguments, &emptyMs, &emptyPeak, error))
                return false;
            CliSamples& s = (*samples)[command.name];
            s.afterUnlockMs.append(ms - baseMs);
            if (peak && emptyPeak) {
                s.peakMiB.append(*peak);
                s.emptyPeakMiB.append(*emptyPeak);
            }
        }
    }
    return true;
}

} // namespace md::bench
