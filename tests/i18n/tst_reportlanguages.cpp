// An engagement's progress report in the client's document language, while
// the interface speaks English: its headings from the language's catalogue,
// its dates in that language's locale, read back with pdftotext. Like the
// agreement and the invoice of tst_documentlanguages, and the same way: what
// the PDF must hold comes from the catalogues (I18nTestData.h).

#include "I18nTestData.h"

#include "../core/tst_agreementfixture.h"

#include "export/SessionSummaryReport.h"
#include "i18n/DocumentLanguage.h"
#include "i18n/DocumentTranslator.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"

#include <QtTest>

using namespace md;
using namespace md::test;

class TestReportLanguages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void progressReportInClientLanguage_data();
    void progressReportInClientLanguage();
    void clientWithoutLanguageGetsTheMentors();
};

namespace {

const QDate kReportDate(2026, 4, 20);

// Two fortnightly sessions of the fixture's engagement, the first held.
bool addSessions(AgreementFixture& f) {
    SessionSeries series;
    series.engagementId = f.engagementId();
    series.rule = RecurrenceRule::fortnightly(2);
    series.firstStart =
        ZonedTime::make(QDate(2026, 3, 3), QTime(18, 0), QTimeZone("Europe/Berlin"));
    QList<Session> created;
    if (!f.workspace().scheduling().addSeries(series, &created).ok() || created.size() != 2)
        return false;
    Session first = created.first();
    first.status = SessionStatus::Held;
    first.topics = QStringLiteral("Portfolio review");
    return f.workspace().scheduling().updateSession(first).ok();
}

QString reportText(AgreementFixture& f, QString* language) {
    const Result<ProgressReportInput> input =
        f.workspace().scheduling().progressReportInput(f.engagementId());
    if (!input)
        return QStringLiteral("no report input: ") + input.message();
    *language = input->language;
    const Result<QByteArray> pdf = SessionSummaryReport(*input).pdf();
    if (!pdf)
        return QStringLiteral("no PDF: ") + pdf.message();
    return comparable(AgreementFixture::pdfText(*pdf));
}

bool setClientLanguage(Workspace& workspace, qint64 clientId, const QString& language) {
    Result<Client> client = workspace.clients().get(clientId);
    if (!client)
        return false;
    client->documentLanguage = language;
    return workspace.clients().update(*client).ok();
}

} // namespace

void TestReportLanguages::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed");
    QVERIFY2(!sourceDir().isEmpty(), "MENTORDESK_SOURCE_DIR is not set");
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/mentordesk_de.qm")),
             "the catalogues are not embedded in this test");
    // The interface speaks English; the report is in the client's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestReportLanguages::progressReportInClientLanguage_data() {
    QTest::addColumn<QString>("language");
    for (const QString& code : DocumentLanguage::codes())
        QTest::newRow(qPrintable(code)) << code;
}

void TestReportLanguages::progressReportInClientLanguage() {
    QFETCH(QString, language);
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    f.clock().set(QDateTime(kReportDate, QTime(9, 0), Qt::UTC));
    QVERIFY(setClientLanguage(f.workspace(), f.clientId(), language));
    QVERIFY(addSessions(f));

    QString reportLanguage;
    const QString text = reportText(f, &reportLanguage);
    QCOMPARE(reportLanguage, language);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");

    // The headings and labels, as the language's catalogue words them.
    const QString context = QStringLiteral("md::SessionSummaryReport");
    for (const char* source : {"Progress report", "Sessions", "Goals", "Report date", "Mentee"}) {
        const QString expected = printedAs(language, context, QString::fromLatin1(source));
        // (Only the title must differ: "Mentee" is a word of several languages.)
        if (cataloguesComplete() && language != QLatin1String("en") &&
            qstrcmp(source, "Progress report") == 0)
            QVERIFY2(expected != QLatin1String(source),
                     qPrintable(QStringLiteral("%1 has no translation of \"%2\"")
                                    .arg(language, QString::fromLatin1(source))));
        QVERIFY2(text.contains(comparable(expected)),
                 qPrintable(QStringLiteral("\"%1\" is not in the %2 report:\n%3")
                                .arg(expected, language, text)));
    }
    // The letterhead's label too.
    const QString taxId =
        printedAs(language, QStringLiteral("md::MentorLetterhead"), QStringLiteral("Tax ID %1"))
            .arg(QStringLiteral("DE123456789"));
    QVERIFY2(text.contains(comparable(taxId)), qPrintable(taxId + QLatin1Char('\n') + text));

    // Dates as the document language writes them, not as the interface does.
    const QLocale locale = DocumentLanguage::locale(language);
    const QString reportDate = locale.toString(kReportDate, QLocale::LongFormat);
    QVERIFY2(text.contains(comparable(reportDate)),
             qPrintable(reportDate + QLatin1Char('\n') + text));
    const QString sessionDate = locale.toString(QDate(2026, 3, 3), QLocale::ShortFormat);
    QVERIFY2(text.contains(comparable(sessionDate)),
             qPrintable(sessionDate + QLatin1Char('\n') + text));
    if (language == QLatin1String("de")) {
        QVERIFY2(text.contains(QStringLiteral("20. April 2026")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Report date")), qPrintable(text));
    }
}

void TestReportLanguages::clientWithoutLanguageGetsTheMentors() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    f.clock().set(QDateTime(kReportDate, QTime(9, 0), Qt::UTC));
    QVERIFY(addSessions(f));
    QVERIFY(f.settings().setValue(QStringLiteral("profile.language"), QStringLiteral("fr")).ok());
    QString reportLanguage;
    const QString text = reportText(f, &reportLanguage);
    QCOMPARE(reportLanguage, QStringLiteral("fr"));
    const QString title =
        printedAs(QStringLiteral("fr"), QStringLiteral("md::SessionSummaryReport"),
                  QStringLiteral("Progress report"));
    QVERIFY2(text.contains(comparable(title)), qPrintable(text));
}

QTEST_MAIN(TestReportLanguages)
#include "tst_reportlanguages.moc"
