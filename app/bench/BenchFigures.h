#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace md::bench {

// The three sizes of the performance issue, and the tiny one that keeps the
// benchmark running under CTest.
enum class BenchSize { Tiny, Realistic, Stress };
QString sizeKey(BenchSize size);
std::optional<BenchSize> sizeFromKey(const QString& key);

// One line of the result: a median over the runs, the floor measured in the
// same run (when the issue names one) and the target of the table.
struct Figure {
    QString name;
    QString size;
    std::optional<double> value; // empty where it cannot be measured (memory off Linux)
    QString unit;                // "ms", "MiB", "x"
    std::optional<double> floor;
    double target = 0;
    bool met() const { return value && *value <= target; }
};

// The median of the samples (the mean of the middle two for an even count);
// empty for no samples.
std::optional<double> median(QList<double> samples);

// The targets of the table (tiny uses the realistic ones).
struct Targets {
    double unlockMs;
    double firstShowMs;
    double interactionMs; // repeat show, filter keystroke, calendar step
    double openMs;        // a client, an engagement, an invoice
    double cliVsEngine;   // CLI after unlocking / the same SQL in the bare engine
    double encryptedVsPlain;
    double guiResidentMiB;
    double cliAboveEmptyMiB;
    // What the search index adds to the file, in per cent of the file without it.
    double searchIndexPercent = 35;
};
Targets targetsFor(BenchSize size);

class FigureTable final {
public:
    explicit FigureTable(BenchSize size)
        : m_size(sizeKey(size)) {}
    void add(const QString& name, std::optional<double> value, const QString& unit,
             std::optional<double> floor, double target);
    const QList<Figure>& figures() const { return m_figures; }

    // {"figures": [{"name", "size", "value", "unit", "floor", "target", "met"}, ...]}
    QByteArray toJson() const;
    void printTable(QTextStream& out) const;

private:
    QString m_size;
    QList<Figure> m_figures;
};

} // namespace md::bench
