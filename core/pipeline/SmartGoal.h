#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// A goal written the SMART way. It may be stored while it still fails the
// SMART check (a draft); the goals gate only counts goals that pass.
struct SmartGoal {
    qint64 id = 0;
    qint64 engagementId = 0;
    QString specific;               // S: what exactly will be different
    QString metric;                 // M: what is measured …
    QString unit;                   //    … in which unit …
    std::optional<double> baseline; // … from where …
    std::optional<double> target;   // … to where
    QString attainable;             // A: why it is realistic
    QList<qint64> needIds;          // R: the needs it answers
    QDate dueDate;                  // T
    bool active = true;             // inactive goals are set aside: no actions required
    QDateTime createdUtc;
    QDateTime updatedUtc;

    // A one-line name for lists and messages.
    QString title() const { return titleOf(specific); }
    // The same from the "specific" text alone (read models carry only that).
    static QString titleOf(const QString& specific) {
        const QString line = specific.section(QLatin1Char('\n'), 0, 0).trimmed();
        return line.size() > 80 ? line.left(79) + QChar(0x2026) : line;
    }
};

// A measurement of a goal's metric on a day.
struct ProgressEntry {
    qint64 id = 0;
    qint64 goalId = 0;
    QDate date;
    double value = 0.0;
    QString comment;
    QDateTime createdUtc;
};

} // namespace md
