#include "GuiBench.h"

#include "ChildProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace md::bench {

bool runGuiBench(const QString& benchProgram, const BenchWorkspace& workspace, int runs,
                 const QString& scratchDir, GuiSamples* samples, QString* error) {
    QProcessEnvironment environment = isolatedEnvironment(scratchDir);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const QStringList arguments{
        QStringLiteral("--gui-run"),    workspace.directory,
        QStringLiteral("--engagement"), QString::number(workspace.engagementId),
        QStringLiteral("--invoice"),    QString::number(workspace.invoiceId)};
    for (int r = 0; r < runs; ++r) {
        const ChildRun run = runChild(benchProgram, arguments, {}, environment);
        const QJsonObject o = QJsonDocument::fromJson(run.out.trimmed()).object();
        if (run.exitCode != 0 || o.isEmpty()) {
            *error = QStringLiteral("the GUI run failed (exit %1): %2")
                         .arg(run.exitCode)
                         .arg(QString::fromUtf8(run.err.right(3000)));
            return false;
        }
        samples->areas.clear();
        for (const QJsonValue& area : o.value(QStringLiteral("areas")).toArray())
            samples->areas.append(area.toString());
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isDouble())
                samples->values[it.key()].append(it.value().toDouble());
        }
    }
    return true;
}

} // namespace md::bench
