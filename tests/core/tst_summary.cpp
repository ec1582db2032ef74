#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "export/MentorLetterhead.h"
#include "export/SessionSummaryDocument.h"
#include "export/SessionSummaryReport.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/ActionRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/GoalRepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// The text of a PDF, through poppler's pdftotext.
QString pdfText(const QByteArray& pdf) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    // Ligatures ("ﬁ") come out as single characters; NFKC splits them.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

// Set MENTORDESK_KEEP_PDF=dir to look at the output (pdftoppm -png -r 60).
void keep(const QByteArray& pdf, const QString& name) {
    const QString dir = qEnvironmentVariable("MENTORDESK_KEEP_PDF");
    if (dir.isEmpty())
        return;
    QFile file(dir + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

Session heldSession() {
    Session s;
    s.id = 4;
    s.engagementId = 1;
    s.start = ZonedTime::make(QDate(2026, 3, 17), QTime(18, 0), kBerlin);
    s.durationMinutes = 60;
    s.format = SessionFormat::Video;
    s.location = QStringLiteral("https://meet.example/anna");
    s.status = SessionStatus::Held;
    s.privateNotes = QStringLiteral("PRIVATE: seems burnt out, ask about sleep");
    s.shareableNotes = QStringLiteral("Great energy today. Keep the interview log going.");
    s.topics = QStringLiteral("- Portfolio review\n- Interview with Northwind on Friday");
    s.goalProgress = QStringLiteral("Two of five case studies are done.");
    s.agreedActions = QStringLiteral("- Finish the third case study\n- Ask Jonas for a referral");
    s.nextSteps = QStringLiteral("Mock interview in the next session.");
    return s;
}

SessionSummaryInput summaryInput() {
    SessionSummaryInput input;
    input.session = heldSession();
    input.clientName = QStringLiteral("Anna Berg");
    input.clientTimeZone = QStringLiteral("America/New_York");
    input.engagementTitle = QStringLiteral("From analyst to product manager");
    input.mentorName = QStringLiteral("Maria Schneider");
    input.sessionNumber = 3;
    input.plannedSessions = 8;
    return input;
}

} // namespace

class TestSummary final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfHoldsShareableNotesNeverPrivate();
    void markdownAndPlainText();
    void letterheadAndAgreedActionsAsAList();
    void markdownKeepsLongLinesAndEscapes();
    void emptySummary();
    void progressReport();
    void reportFromTheWorkspace();
};

void TestSummary::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestSummary::pdfHoldsShareableNotesNeverPrivate() {
    const SessionSummaryDocument document(summaryInput());
    const Result<QByteArray> pdf = document.pdf();
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    QVERIFY(pdf->startsWith("%PDF-"));
    keep(*pdf, QStringLiteral("session-summary.pdf"));
    const QString text = pdfText(*pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    for (const char* expected :
         {"Session summary", "Anna Berg", "From analyst to product manager", "Maria Schneider",
          "Great energy today", "Portfolio review", "Two of five case studies",
          "Finish the third case study", "Mock interview", "3 of 8", "Europe/Berlin",
          "America/New_York", "Page 1 of 1"}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(!text.contains(QLatin1String("PRIVATE")));
    QVERIFY(!text.contains(QLatin1String("burnt out")));
    QVERIFY(!document.html().contains(QLatin1String("burnt out")));
}

void TestSummary::markdownAndPlainText() {
    const SessionSummaryDocument document(summaryInput());
    const QString markdown = document.markdown();
    QVERIFY2(markdown.contains(QLatin1String("# Session summary")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("## Agreed actions")), qPrintable(markdown));
    QVERIFY(markdown.contains(QLatin1String("Finish the third case study")));
    QVERIFY(markdown.contains(QLatin1String("Great energy today")));
    QVERIFY(!markdown.contains(QLatin1String("burnt out")));

    const QString plain = document.plainText();
    QVERIFY2(plain.startsWith(QStringLiteral("Session summary — Anna Berg\n====")),
             qPrintable(plain));
    QVERIFY(plain.contains(QLatin1String("Next steps\n----------\nMock interview")));
    QVERIFY(plain.contains(QLatin1String("- Ask Jonas for a referral")));
    QVERIFY(!plain.contains(QLatin1String("burnt out")));
    QVERIFY(!plain.contains(QLatin1Char('<')));
}

void TestSummary::letterheadAndAgreedActionsAsAList() {
    SessionSummaryInput input = summaryInput();
    MentorProfile mentor;
    mentor.name = QStringLiteral("Maria Schneider");
    mentor.businessName = QStringLiteral("Schneider Career Studio");
    mentor.address = QStringLiteral("Hauptstraße 5\n10115 Berlin");
    mentor.email = QStringLiteral("maria@studio.example");
    input.letterhead = MentorLetterhead::of(mentor, DocumentTranslator());
    // The agreed actions as a mentor types them: bullets or not, blank lines.
    input.session.agreedActions =
        QStringLiteral("Finish the third case study\n\n* Ask Jonas for a referral\n- ");
    const SessionSummaryDocument document(input);

    // The same letterhead as the agreements': business name, then the rest.
    const Letterhead expected = MentorLetterhead::of(mentor, DocumentTranslator());
    QCOMPARE(expected.name, QStringLiteral("Schneider Career Studio"));
    QVERIFY(document.html().startsWith(DocumentLayout::letterheadHtml(expected)));
    const Result<QByteArray> pdf = document.pdf();
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    keep(*pdf, QStringLiteral("session-summary-letterhead.pdf"));
    const QString text = pdfText(*pdf);
    const qsizetype letterhead = text.indexOf(QLatin1String("Schneider Career Studio"));
    QVERIFY2(letterhead >= 0 && letterhead < text.indexOf(QLatin1String("Session summary")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hauptstraße 5, 10115 Berlin")), qPrintable(text));

    QVERIFY2(document.html().contains(QStringLiteral(
                 "<ul><li>Finish the third case study</li><li>Ask Jonas for a referral</li></ul>")),
             qPrintable(document.html()));
    QVERIFY2(
        document.markdown().contains(QStringLiteral(
            "## Agreed actions\n\n- Finish the third case study\n- Ask Jonas for a referral\n")),
        qPrintable(document.markdown()));
}

void TestSummary::markdownKeepsLongLinesAndEscapes() {
    const QString link = QStringLiteral(
        "https://meet.example.org/j/8374651029?pwd=Qk9hV2xYc1RmY0dPa3Z6bHpZcDVjUT09&name=mentor_"
        "session");
    QVERIFY(link.size() > 80);
    SessionSummaryInput input = summaryInput();
    input.clientName = QStringLiteral("Zoë Łukasiewicz-Ñúñez");
    input.session.location = link;
    input.session.shareableNotes =
        QStringLiteral("Recording (for Zoë, who asked for it after the session today): ") + link +
        QStringLiteral("\n# not a heading, 2*3 = 6 and file_name_here\n1. not a list");
    input.session.topics =
        QStringLiteral("- Gehaltsverhandlung für die Stelle in München\n"
                       "- Read https://example.org/a_long_path_with_underscores");
    const QString markdown = SessionSummaryDocument(input).markdown();
    const QStringList lines = markdown.split(QLatin1Char('\n'));

    QVERIFY2(lines.contains(QStringLiteral("- **Format:** Video call · ") + link),
             qPrintable(markdown));
    QVERIFY2(lines.contains(QStringLiteral("Recording (for Zoë, who asked for it after the session "
                                           "today): ") +
                            link),
             qPrintable(markdown));
    QVERIFY(lines.contains(QStringLiteral("- **Mentee:** Zoë Łukasiewicz-Ñúñez")));
    QVERIFY(lines.contains(QStringLiteral("- Gehaltsverhandlung für die Stelle in München")));
    QVERIFY(
        lines.contains(QStringLiteral("- Read https://example.org/a_long_path_with_underscores")));
    QVERIFY(lines.contains(QStringLiteral("\\# not a heading, 2\\*3 = 6 and file\\_name\\_here")));
    QVERIFY(lines.contains(QStringLiteral("1\\. not a list")));
    QVERIFY(lines.contains(QStringLiteral("## Notes")));
    QCOMPARE(lines.first(), QStringLiteral("# Session summary"));
}

void TestSummary::emptySummary() {
    SessionSummaryInput input = summaryInput();
    input.session.topics.clear();
    input.session.goalProgress.clear();
    input.session.agreedActions.clear();
    input.session.nextSteps.clear();
    input.session.shareableNotes.clear();
    const SessionSummaryDocument document(input);
    QVERIFY(document.html().contains(QLatin1String("No summary has been written")));
    QVERIFY(document.pdf().ok());
}

void TestSummary::progressReport() {
    ProgressReportInput input;
    input.clientName = QStringLiteral("Anna Berg");
    input.engagementTitle = QStringLiteral("From analyst to product manager");
    input.mentorName = QStringLiteral("Maria Schneider");
    input.startDate = QDate(2026, 3, 2);
    input.plannedSessions = 8;
    input.reportDate = QDate(2026, 4, 20);
    for (int i = 0; i < 5; ++i) {
        Session s = heldSession();
        s.start = s.start.addDays(14 * (i - 2));
        s.status = i < 3 ? SessionStatus::Held : SessionStatus::Planned;
        s.topics = QStringLiteral("Topic %1").arg(i + 1);
        input.sessions.append(s);
    }
    input.goals.append({QStringLiteral("Publish five product case studies"),
                        QStringLiteral("case studies online"), QStringLiteral("studies"), 0.0, 5.0,
                        2.0, QDate(2026, 4, 1), QDate(2026, 6, 30)});
    input.goals.append({QStringLiteral("Get two product interviews"),
                        {},
                        {},
                        std::nullopt,
                        2.0,
                        std::nullopt,
                        {},
                        {}});
    input.actions.append({QStringLiteral("Write the Northwind case study"),
                          QStringLiteral("Publish five product case studies"),
                          QStringLiteral("done"), QDate(2026, 3, 20)});
    input.actions.append({QStringLiteral("Ask Jonas for a referral"),
                          QStringLiteral("Get two product interviews"), QStringLiteral("todo"),
                          QDate(2026, 5, 1)});
    input.actions.append({QStringLiteral("Dropped idea"), {}, QStringLiteral("dropped"), {}});

    QCOMPARE(SessionSummaryReport::percent(input.goals.at(0)), std::optional<int>(40));
    QCOMPARE(SessionSummaryReport::percent(input.goals.at(1)), std::optional<int>());

    const SessionSummaryReport report(input);
    const Result<QByteArray> pdf = report.pdf();
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    keep(*pdf, QStringLiteral("progress-report.pdf"));
    const QString text = pdfText(*pdf);
    for (const char* expected : {"Progress report", "Anna Berg", "3 of 8 held", "2 still planned",
                                 "Publish five product case studies", "40 %", "Actions done",
                                 "Write the Northwind case study", "Open actions",
                                 "Ask Jonas for a referral", "Topic 3"}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(!text.contains(QLatin1String("Dropped idea")));
    QVERIFY(!text.contains(QLatin1String("burnt out")));
}

void TestSummary::reportFromTheWorkspace() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    ws.clock().set(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    Database& db = ws->database();
    Client client;
    client.fullName = QStringLiteral("Anna Berg");
    client.timeZone = QStringLiteral("America/New_York");
    const qint64 clientId = ws->clients().add(client)->id;
    EngagementRepository engagements(db, ws.clock());
    Engagement engagement;
    engagement.clientId = clientId;
    engagement.title = QStringLiteral("From analyst to product manager");
    engagement.startDate = QDate(2026, 3, 2);
    engagement.plannedSessions = 6;
    const qint64 engagementId = engagements.add(engagement)->id;

    GoalRepository goals(db, ws.clock());
    SmartGoal goal;
    goal.engagementId = engagementId;
    goal.specific = QStringLiteral("Publish five product case studies");
    goal.metric = QStringLiteral("case studies online");
    goal.baseline = 0;
    goal.target = 5;
    auto storedGoal = goals.add(goal);
    QVERIFY2(storedGoal.ok(), qPrintable(storedGoal.message()));
    ProgressEntry entry;
    entry.goalId = storedGoal->id;
    entry.date = QDate(2026, 4, 10);
    entry.value = 3;
    QVERIFY(goals.addProgress(entry).ok());
    ActionRepository actions(db, ws.clock());
    Action action;
    action.goalId = storedGoal->id;
    action.description = QStringLiteral("Write the Northwind case study");
    action.status = ActionStatus::Done;
    QVERIFY(actions.add(action).ok());

    SchedulingService& sessions = ws->scheduling();
    SessionSeries series;
    series.engagementId = engagementId;
    series.rule = RecurrenceRule::fortnightly(4);
    series.firstStart = ZonedTime::make(QDate(2026, 3, 3), QTime(18, 0), kBerlin);
    QList<Session> created;
    QVERIFY(sessions.addSeries(series, &created).ok());
    Session second = created.at(1);
    second.status = SessionStatus::Held;
    second.privateNotes = QStringLiteral("PRIVATE-ROW");
    second.shareableNotes = QStringLiteral("Shared with Anna");
    QVERIFY(sessions.updateSession(second).ok());
    Session first = created.at(0);
    first.status = SessionStatus::CancelledByClient;
    QVERIFY(sessions.updateSession(first).ok());

    const auto summary = sessions.summaryInput(second.id);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    QCOMPARE(summary->clientName, QStringLiteral("Anna Berg"));
    QCOMPARE(summary->sessionNumber, 1); // the cancelled one does not count
    QCOMPARE(summary->plannedSessions, 6);
    QVERIFY(summary->session.privateNotes.isEmpty());
    QVERIFY(pdfText(*SessionSummaryDocument(*summary).pdf())
                .contains(QLatin1String("Shared with Anna")));

    const auto report = sessions.progressReportInput(engagementId);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->sessions.size(), 4);
    QCOMPARE(report->goals.size(), 1);
    QCOMPARE(report->goals.first().latest, std::optional<double>(3));
    QCOMPARE(report->actions.size(), 1);
    QCOMPARE(report->actions.first().status, QStringLiteral("done"));
    const QString text = pdfText(*SessionSummaryReport(*report).pdf());
    QVERIFY2(text.contains(QLatin1String("1 of 6 held")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("60 %")));
    QVERIFY(!text.contains(QLatin1String("PRIVATE-ROW")));
}

QTEST_MAIN(TestSummary)
#include "tst_summary.moc"
