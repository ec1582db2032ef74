#include "BenchFigures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace md::bench {

QString sizeKey(BenchSize size) {
    switch (size) {
    case BenchSize::Tiny:
        return QStringLiteral("tiny");
    case BenchSize::Realistic:
        return QStringLiteral("realistic");
    case BenchSize::Stress:
        return QStringLiteral("stress");
    }
    return {};
}

std::optional<BenchSize> sizeFromKey(const QString& key) {
    for (BenchSize size : {BenchSize::Tiny, BenchSize::Realistic, BenchSize::Stress}) {
        if (sizeKey(size) == key)
            return size;
    }
    return std::nullopt;
}

std::optional<double> median(QList<double> samples) {
    if (samples.isEmpty())
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(mid);
    return (samples.at(mid - 1) + samples.at(mid)) / 2.0;
}

Targets targetsFor(BenchSize size) {
    // The "Targets" table; 16 ms is one frame at 60 Hz.
    if (size == BenchSize::Stress)
        return {300, 200, 16, 30, 1.5, 1.5, 120, 16};
    return {150, 100, 16, 30, 1.5, 1.3, 70, 16};
}

void FigureTable::add(const QString& name, std::optional<double> value, const QString& unit,
                      std::optional<double> floor, double target) {
    m_figures.append({name, m_size, value, unit, floor, target});
}

namespace {

double rounded(double value) {
    return std::round(value * 1000.0) / 1000.0;
}

QString number(std::optional<double> value) {
    if (!value)
        return QStringLiteral("n/a");
    return QString::number(*value, 'f', *value < 10 ? 2 : 1);
}

} // namespace

QByteArray FigureTable::toJson() const {
    QJsonArray array;
    for (const Figure& f : m_figures) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), f.name);
        o.insert(QStringLiteral("size"), f.size);
        o.insert(QStringLiteral("value"),
                 f.value ? QJsonValue(rounded(*f.value)) : QJsonValue(QStringLiteral("n/a")));
        o.insert(QStringLiteral("unit"), f.unit);
        o.insert(QStringLiteral("floor"), f.floor ? QJsonValue(rounded(*f.floor)) : QJsonValue());
        o.insert(QStringLiteral("target"), rounded(f.target));
        o.insert(QStringLiteral("met"), f.met());
        array.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("figures"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void FigureTable::printTable(QTextStream& out) const {
    qsizetype nameWidth = 6;
    for (const Figure& f : m_figures)
        nameWidth = std::max(nameWidth, f.name.size());
    const auto row = [&](const QString& name, const QString& value, const QString& floor,
                         const QString& target, const QString& met) {
        out << name.leftJustified(nameWidth + 2) << value.rightJustified(12)
            << floor.rightJustified(12) << target.rightJustified(12) << QLatin1String("  ") << met
            << '\n';
    };
    out << "size: " << m_size << '\n';
    row(QStringLiteral("figure"), QStringLiteral("median"), QStringLiteral("floor"),
        QStringLiteral("target"), QStringLiteral("met"));
    for (const Figure& f : m_figures) {
        const QString unit = QLatin1Char(' ') + f.unit;
        row(f.name, number(f.value) + unit, f.floor ? number(f.floor) + unit : QStringLiteral("-"),
            QStringLiteral("<= ") + number(f.target) + unit,
            f.met() ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    out.flush();
}

} // namespace md::bench
