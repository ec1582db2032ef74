// The application layer's boundaries, kept by a test that names the file and
// line: the UI and the CLI reach data only through services (no storage/
// header), services are owned by the workspace (never looked up by name),
// time comes only from md::Clock, and no loop over a query's rows takes a
// step error for the end of the rows.
//
// Reads the source tree from MENTORDESK_SOURCE_DIR (set by CTest).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

struct Finding {
    QString file;
    int line = 0;
    QString text;
};

QString sourceDir() {
    return qEnvironmentVariable("MENTORDESK_SOURCE_DIR");
}

// Every line below `dirs` of `root` that matches `pattern`, comments aside.
QList<Finding> find(const QString& root, const QStringList& dirs, const QRegularExpression& pattern,
                    const QStringList& allowedFiles = {}) {
    QList<Finding> found;
    for (const QString& dir : dirs) {
        QDirIterator it(QDir(root).filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (allowedFiles.contains(relative))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            QTextStream in(&file);
            int number = 0;
            bool inComment = false;
            while (!in.atEnd()) {
                QString line = in.readLine();
                ++number;
                if (inComment) {
                    const qsizetype end = line.indexOf(QLatin1String("*/"));
                    if (end < 0)
                        continue;
                    line = line.mid(end + 2);
                    inComment = false;
                }
                if (const qsizetype start = line.indexOf(QLatin1String("/*")); start >= 0) {
                    inComment = line.indexOf(QLatin1String("*/"), start) < 0;
                    line = line.left(start);
                }
                if (const qsizetype comment = line.indexOf(QLatin1String("//")); comment >= 0)
                    line = line.left(comment);
                if (pattern.match(line).hasMatch())
                    found.append({relative, number, line.trimmed()});
            }
        }
    }
    return found;
}

QString describe(const QList<Finding>& findings) {
    QStringList lines;
    for (const Finding& f : findings)
        lines << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.text);
    return lines.join(QLatin1Char('\n'));
}

const QRegularExpression kStorageInclude(QStringLiteral("^\\s*#\\s*include\\s*[<\"]storage/"));
const QRegularExpression kWallClock(QStringLiteral(
    "QDateTime::currentDateTime(Utc)?\\b|QDate::currentDate\\b|QTime::currentTime\\b|"
    "currentMSecsSinceEpoch|currentSecsSinceEpoch|system_clock::now|\\btime\\s*\\(\\s*(nullptr|"
    "NULL|0)\\s*\\)"));
// A service found at run time instead of owned: X::of(workspace), or a
// findChild for a service class.
const QRegularExpression kServiceLookup(
    QStringLiteral("\\b[A-Z]\\w*(Service|Pipeline|Scheduling)\\s*::\\s*of\\s*\\(|"
                   "findChild\\s*<\\s*\\w*(Service|Pipeline|Scheduling)\\s*\\*\\s*>"));

// Every `while (q.next())` in core/ whose query is not asked for its error
// within the next lines: a damaged page would pass as the end of the rows.
QList<Finding> uncheckedRowLoops(const QString& root) {
    static const QRegularExpression loop(
        QStringLiteral("while\\s*\\(\\s*(\\w+)\\.next\\(\\)\\s*\\)"));
    constexpr int kLookahead = 40;
    QList<Finding> found;
    QDirIterator it(QDir(root).filePath(QStringLiteral("core")), {QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch match = loop.match(lines.at(i));
            if (!match.hasMatch())
                continue;
            const QString check = match.captured(1) + QStringLiteral(".lastError()");
            bool checked = false;
            for (int j = i; j < std::min<int>(lines.size(), i + kLookahead) && !checked; ++j)
                checked = lines.at(j).contains(check);
            if (!checked)
                found.append({QDir(root).relativeFilePath(path), i + 1, lines.at(i).trimmed()});
        }
    }
    return found;
}

void writeFile(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestBoundaries final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QDir(sourceDir()).exists(QStringLiteral("core")),
                 "MENTORDESK_SOURCE_DIR is not set");
    }

    // The rules on a made-up tree, so a scanner that finds nothing cannot pass.
    void scannerFindsViolations() {
        QTemporaryDir tree;
        writeFile(tree.filePath(QStringLiteral("ui/a/Page.cpp")),
                  "#include \"storage/ClientRepository.h\"\n"
                  "// QDate::currentDate() in a comment is fine\n"
                  "const QDate today = QDate::currentDate();\n"
                  "auto& billing = BillingService::of(workspace);\n"
                  "auto* s = window.findChild<SchedulingService*>();\n");
        writeFile(tree.filePath(QStringLiteral("core/common/Clock.h")),
                  "return QDateTime::currentDateTimeUtc();\n");
        const QStringList dirs{QStringLiteral("ui"), QStringLiteral("core")};
        QCOMPARE(find(tree.path(), dirs, kStorageInclude).size(), 1);
        const QList<Finding> clock =
            find(tree.path(), dirs, kWallClock, {QStringLiteral("core/common/Clock.h")});
        QCOMPARE(clock.size(), 1);
        QCOMPARE(clock.first().line, 3);
        QCOMPARE(find(tree.path(), dirs, kServiceLookup).size(), 2);

        writeFile(tree.filePath(QStringLiteral("core/storage/Rows.cpp")),
                  "while (query.next())\n    rows.append(read(query));\nreturn rows;\n"
                  "while (checked.next())\n    rows.append(read(checked));\n"
                  "if (checked.lastError().isValid())\n    return error;\n");
        const QList<Finding> loops = uncheckedRowLoops(tree.path());
        QCOMPARE(loops.size(), 1);
        QCOMPARE(loops.first().line, 1);
    }

    void uiAndAppReachDataOnlyThroughServices() {
        const QList<Finding> found =
            find(sourceDir(), {QStringLiteral("ui"), QStringLiteral("app")}, kStorageInclude);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("ui/ and app/ must use the services, not storage/:\n") +
                            describe(found)));
    }

    void timeComesOnlyFromTheClock() {
        const QList<Finding> found =
            find(sourceDir(), {QStringLiteral("core"), QStringLiteral("ui")}, kWallClock,
                 {QStringLiteral("core/common/Clock.h")});
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("read the time from md::Clock instead:\n") +
                            describe(found)));
    }

    void servicesAreOwnedNotLookedUp() {
        const QList<Finding> found =
            find(sourceDir(), {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")},
                 kServiceLookup);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("take the service from the Workspace that owns it:\n") +
                            describe(found)));
    }

    void rowLoopsCheckForStepErrors() {
        const QList<Finding> found = uncheckedRowLoops(sourceDir());
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("check the query's lastError() after the loop:\n") +
                            describe(found)));
    }
};

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
