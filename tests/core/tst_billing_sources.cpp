// The billing sources keep the shape of docs/ARCHITECTURE.md: the UI and the
// CLI reach billing only through BillingService (no storage/ header), time
// comes from the Clock, every string is translated under a context lupdate
// sees, views keep their data in item models, and the billing repositories
// are plain classes without signals.
//
// Reads the source tree from MENTORDESK_SOURCE_DIR (set by CTest).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QString sourceDir() {
    return qEnvironmentVariable("MENTORDESK_SOURCE_DIR");
}

// The files below `root` whose path relative to it matches `pattern`.
QStringList files(const QString& pattern) {
    const QRegularExpression match(pattern);
    QStringList found;
    const QDir root(sourceDir());
    for (const char* top : {"core", "ui", "app"}) {
        QDirIterator it(root.filePath(QLatin1String(top)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            if (match.match(relative).hasMatch())
                found << relative;
        }
    }
    found.sort();
    return found;
}

// "file:line: text" for every line of `paths` that matches `forbidden`.
QStringList offendingLines(const QStringList& paths, const QRegularExpression& forbidden) {
    QStringList found;
    for (const QString& path : paths) {
        QFile file(QDir(sourceDir()).filePath(path));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found << path + QStringLiteral(": unreadable");
            continue;
        }
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (line.trimmed().startsWith(QLatin1String("//")))
                continue;
            if (forbidden.match(line).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(line.trimmed());
        }
    }
    return found;
}

const QString kUiBilling = QStringLiteral("^ui/billing/");
const QString kCliBilling =
    QStringLiteral("^app/cli/(Billing|Invoice|Payment|ClientBilling)Command|^app/cli/InvoiceJson");
const QString kCoreBilling =
    QStringLiteral("^core/billing/|^core/export/InvoiceCsvExporter|"
                   "^core/storage/(Invoice|InvoiceRecipient|Payment|Offering|Package|"
                   "BusinessSettings)Repository|^core/storage/PaymentAllocations");

} // namespace

class TestBillingSources final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!sourceDir().isEmpty(), "MENTORDESK_SOURCE_DIR is not set");
        QVERIFY(files(kUiBilling).size() > 10);
        QVERIFY(files(kCliBilling).size() >= 5);
        QVERIFY(files(kCoreBilling).size() > 20);
    }

    void uiAndCliUseTheServiceOnly() {
        const QStringList found =
            offendingLines(files(kUiBilling) + files(kCliBilling),
                           QRegularExpression(QStringLiteral("#\\s*include\\s*[\"<]storage/")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void timeComesFromTheClock() {
        const QStringList found = offendingLines(
            files(kUiBilling) + files(kCliBilling) + files(kCoreBilling),
            QRegularExpression(QStringLiteral("QDateTime::currentDateTime|QDate::currentDate|"
                                              "QTime::currentTime|currentMSecsSinceEpoch|"
                                              "currentSecsSinceEpoch|SystemClock::instance")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void noFileLocalTranslationHelpers() {
        const QStringList found =
            offendingLines(files(kUiBilling) + files(kCliBilling) + files(kCoreBilling),
                           QRegularExpression(QStringLiteral("QString\\s+tr\\s*\\(\\s*const")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void viewsKeepTheirDataInModels() {
        const QStringList found =
            offendingLines(files(kUiBilling),
                           QRegularExpression(QStringLiteral("\\bQ(Table|List|Tree)Widget\\b")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void repositoriesAndTheServiceHaveNoSignals() {
        const QStringList found =
            offendingLines(files(kCoreBilling),
                           QRegularExpression(QStringLiteral(
                               "\\bQ_OBJECT\\b|\\bQ_SIGNALS\\b|\\bQ_EMIT\\b|public QObject")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestBillingSources)
#include "tst_billing_sources.moc"
