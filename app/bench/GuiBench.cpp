#include "GuiBench.h"

#include "ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace md::bench {

bool runGuiBench(const QString& benchProgram, const BenchWorkspace& workspace, int runs,
                 const QString& scratchDir, GuiSamples* samples, QString* error) {
    QProcessEnvironment environment = isolatedEnvironment(scratchDir);
    // A 1366x800 screen, the smaller of the two sizes the app is laid out
    // for: the offscreen platform's own 800x600 holds the window below its
    // minimum size, which no mentor's screen does.
    const QString screenFile = QDir(scratchDir).filePath(QStringLiteral("offscreen-screen.json"));
    QFile screen(screenFile);
    if (!screen.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        screen.write(R"({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1366, )"
                     R"("height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0) {
        *error = QStringLiteral("could not write %1: %2").arg(screenFile, screen.errorString());
        return false;
    }
    screen.close();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                       QStringLiteral("offscreen:configfile=") + screenFile);

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
