// One document layout for every PDF: an agreement, an invoice, a session
// summary and the recovery key are rendered and read back with poppler.
// Every page carries its footer with the right "Page n of m"; the text of
// each document is all there, in order; the four share the page (size,
// margins, footer position); a signed agreement keeps its frozen bytes.
//
// Set MENTORDESK_DUMP_PDF=<folder> to keep the PDFs (pdftoppm -png -r 60 …).
#include "tst_agreementfixture.h"

#include "billing/InvoiceDocument.h"
#include "export/DocumentLayout.h"
#include "export/InvoicePdfRenderer.h"
#include "export/RecoveryKeyDocument.h"
#include "export/SessionSummaryDocument.h"
#include "scheduling/ZonedTime.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace md;
using md::test::AgreementFixture;

namespace {

struct PdfPage {
    QStringList words;    // in the order they were drawn (pdftotext -raw)
    QString text;         // the same, as one string of single-spaced words
    qreal footerTop = 0;  // where "Page" of "Page n of m" stands (points from the top)
    qreal footerLeft = 0; // the leftmost word at the footer's height
};

QString tool(const char* name) {
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList wordsOf(const QString& text) {
    QString normal = text.normalized(QString::NormalizationForm_KC);
    normal.replace(QChar::Nbsp, QLatin1Char(' '));
    // A word broken at its hyphen ("one-to-" / "one") is one word again.
    static const QRegularExpression brokenAtHyphen(QStringLiteral("(\\w)-\n(\\w)"));
    normal.replace(brokenAtHyphen, QStringLiteral("\\1-\\2"));
    return normal.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// The words of an HTML text as it reads, without the layout's box markers.
QStringList wordsOfHtml(const QString& html) {
    QTextDocument document;
    document.setHtml(html);
    QString text = document.toPlainText();
    static const QRegularExpression marker(QStringLiteral("\\[\\[md:[^\\]]*\\]\\]"));
    text.remove(marker);
    text.remove(QChar::ObjectReplacementCharacter);
    return wordsOf(text);
}

QList<PdfPage> readPdf(const QByteArray& pdf, const QString& name) {
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("MENTORDESK_DUMP_PDF");
    const QString path = QDir(keep.isEmpty() ? dir.path() : keep).filePath(name + ".pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QList<PdfPage> pages;
    const QStringList raw =
        run(tool("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    for (const QString& text : raw) {
        if (text.trimmed().isEmpty())
            continue;
        PdfPage page;
        page.words = wordsOf(text);
        page.text = page.words.join(QLatin1Char(' '));
        pages << page;
    }
    // Word boxes: <page ...> ... <word xMin=".." yMin=".." ...>Page</word>
    const QString boxes =
        run(tool("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression pageTag(QStringLiteral("<page "));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    const QStringList perPage = boxes.split(pageTag);
    for (int i = 1; i < perPage.size() && i - 1 < pages.size(); ++i) {
        PdfPage& page = pages[i - 1];
        QList<std::tuple<qreal, qreal, QString>> all;
        for (auto it = word.globalMatch(perPage.at(i)); it.hasNext();) {
            const auto m = it.next();
            all.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3)});
        }
        // The last "Page" on the page is the footer's.
        for (const auto& [x, y, text] : all)
            if (text == QLatin1String("Page"))
                page.footerTop = y;
        page.footerLeft = 1e9;
        for (const auto& [x, y, text] : all)
            if (qAbs(y - page.footerTop) < 1.0)
                page.footerLeft = std::min(page.footerLeft, x);
    }
    return pages;
}

// True when `expected` appears in `pages` in order (a word may repeat: Qt
// draws the line above a page's first line in the margin, hidden by the clip).
bool containsInOrder(const QList<PdfPage>& pages, const QStringList& expected, QString* missing) {
    QStringList all;
    for (const PdfPage& page : pages)
        all << page.words;
    qsizetype at = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        while (at < all.size() && all.at(at) != expected.at(i))
            ++at;
        if (at == all.size()) {
            *missing = expected.mid(qMax<qsizetype>(0, i - 5), 12).join(QLatin1Char(' '));
            return false;
        }
        ++at;
    }
    return true;
}

// How often each word of a PDF is printed inside the text area of a page:
// below the top margin and above the footer band (the layout's 18 mm and
// 12 + 12 mm), counting a word whose box only partly reaches into it.
QMap<QString, int> wordsInTextArea(const QByteArray& pdf) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("words.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    const QString boxes =
        run(tool("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression page(
        QStringLiteral("<page width=\"[0-9.]+\" height=\"([0-9.]+)\""));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    constexpr qreal kPointsPerMm = 72 / 25.4;
    QMap<QString, int> counts;
    const QStringList pages = boxes.split(QStringLiteral("</page>"));
    for (const QString& text : pages) {
        const auto height = page.match(text);
        if (!height.hasMatch())
            continue;
        const qreal top = 18 * kPointsPerMm;
        const qreal bottom = height.captured(1).toDouble() - 24 * kPointsPerMm;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2).toDouble() > top && m.captured(1).toDouble() < bottom)
                ++counts[m.captured(3)];
        }
    }
    return counts;
}

// Every page ends with the footer: its own text and "Page n of m".
void checkFooters(const QList<PdfPage>& pages, const QStringList& footerWords) {
    const QString footer = footerWords.join(QLatin1Char(' '));
    for (int i = 0; i < pages.size(); ++i) {
        const QString& text = pages.at(i).text;
        QVERIFY2(text.contains(footer), qPrintable(QStringLiteral("page %1 lacks \"%2\": …%3")
                                                       .arg(i + 1)
                                                       .arg(footer, text.right(200))));
        const QString number = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        QVERIFY2(text.endsWith(number) || text.contains(number + QLatin1Char(' ')),
                 qPrintable(QStringLiteral("page %1 lacks \"%2\"").arg(i + 1).arg(number)));
        QVERIFY2(pages.at(i).footerTop > 0, "no page number found in the word boxes");
    }
}

InvoiceDocument invoiceDocument(int lineCount) {
    InvoiceDocument doc;
    doc.seller.name = QStringLiteral("Jane Doe");
    doc.seller.businessName = QStringLiteral("Doe Career Mentoring");
    doc.seller.address = QStringLiteral("Friedrichstraße 1\n10117 Berlin\nGermany");
    doc.seller.email = QStringLiteral("jane@doe-mentoring.example");
    doc.seller.phone = QStringLiteral("+49 30 1234567");
    doc.seller.taxId = QStringLiteral("DE123456789");
    doc.seller.iban = QStringLiteral("DE89370400440532013000");
    doc.seller.latePaymentNote = QStringLiteral("Late payments incur statutory default interest.");
    Invoice& invoice = doc.invoice;
    invoice.id = 7;
    invoice.currency = QStringLiteral("EUR");
    invoice.number = QStringLiteral("2026-0007");
    invoice.issueDate = QDate(2026, 3, 2);
    invoice.dueDate = QDate(2026, 3, 16);
    invoice.billTo = QStringLiteral("Analytical Engines Ltd\n12 St James's Square\nLondon");
    for (int i = 1; i <= lineCount; ++i) {
        InvoiceLine line;
        line.description = QStringLiteral("Mentoring session number %1").arg(i);
        line.unitPriceMinor = 12000;
        line.taxRateBasisPoints = 1900;
        invoice.lines << line;
    }
    doc.paid = Money(0, invoice.currency);
    return doc;
}

SessionSummaryInput summaryInput() {
    SessionSummaryInput input;
    Session& s = input.session;
    s.start = ZonedTime::make(QDate(2026, 3, 17), QTime(18, 0), QTimeZone("Europe/Berlin"));
    s.durationMinutes = 60;
    s.format = SessionFormat::Video;
    s.status = SessionStatus::Held;
    s.topics = QStringLiteral("- Portfolio review\n- Interview with Northwind on Friday");
    s.goalProgress = QStringLiteral("Two of five case studies are done.");
    s.agreedActions = QStringLiteral("- Finish the third case study\n- Ask for a referral");
    // Long enough for a second page.
    QStringList notes;
    for (int i = 1; i <= 60; ++i)
        notes
            << QStringLiteral("Note %1: we talked through the next interview step by step.").arg(i);
    s.shareableNotes = notes.join(QLatin1Char('\n'));
    input.clientName = QStringLiteral("Anna Berg");
    input.engagementTitle = QStringLiteral("From analyst to product manager");
    input.mentorName = QStringLiteral("Maria Schneider");
    return input;
}

const QByteArray kRecoveryKey =
    "0A1B-2C3D-4E5F-6071-8293-A4B5-C6D7-E8F9-0A1B-2C3D-4E5F-6071-8293-A4B5-C6D7-E8F9";

} // namespace

class TestDocumentLayout final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageLayoutFollowsTheLocale();
    void agreement();
    void invoice();
    void sessionSummary();
    void recoveryKey();
    void allShareOnePage();
    void signedAgreementKeepsItsBytes();
    void noLineIsPrintedTwice_data();
    void noLineIsPrintedTwice();

private:
    // The first page of each document, for allShareOnePage().
    QMap<QString, PdfPage> m_firstPages;
};

void TestDocumentLayout::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestDocumentLayout::pageLayoutFollowsTheLocale() {
    QCOMPARE(DocumentLayout(QLocale(QLocale::German, QLocale::Germany)).pageSize().id(),
             QPageSize::A4);
    QCOMPARE(DocumentLayout(QLocale(QLocale::English, QLocale::UnitedStates)).pageSize().id(),
             QPageSize::Letter);
    const QPageLayout page = DocumentLayout(QLocale()).pageLayout();
    QCOMPARE(page.orientation(), QPageLayout::Portrait);
    QCOMPARE(page.margins(QPageLayout::Millimeter), QMarginsF(22, 18, 22, 12));
    // Invoices print on the same page as everything else.
    QCOMPARE(InvoicePdfRenderer::pageLayout().margins(QPageLayout::Millimeter),
             page.margins(QPageLayout::Millimeter));
}

void TestDocumentLayout::agreement() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    const auto pdf = f.service().pdf(draft->id);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QList<PdfPage> pages = readPdf(*pdf, QStringLiteral("agreement"));
    QVERIFY2(pages.size() >= 2, "an agreement runs over several pages");
    checkFooters(pages, wordsOf(QStringLiteral("Agreement %1 · Fingerprint %2")
                                    .arg(draft->number(), draft->fingerprint())));
    QString missing;
    // The letterhead, then the text as stored, then the signature lines.
    QVERIFY2(containsInOrder(pages, wordsOf(QStringLiteral("Brandt Career Mentoring Jonas Brandt")),
                             &missing),
             qPrintable(missing));
    QVERIFY2(containsInOrder(pages, wordsOfHtml(draft->bodyHtml), &missing), qPrintable(missing));
    QVERIFY2(containsInOrder(pages,
                             wordsOf(QStringLiteral("Signatures By signing below, the parties")),
                             &missing),
             qPrintable(missing));
    m_firstPages.insert(QStringLiteral("agreement"), pages.first());
}

void TestDocumentLayout::invoice() {
    const InvoiceDocument doc = invoiceDocument(45);
    const auto pdf = InvoicePdfRenderer::render(doc);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QList<PdfPage> pages = readPdf(*pdf, QStringLiteral("invoice"));
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    checkFooters(pages, wordsOf(InvoicePdfRenderer::footerText(doc.seller)));
    QString missing;
    QVERIFY2(containsInOrder(pages, wordsOfHtml(InvoicePdfRenderer::html(doc)), &missing),
             qPrintable(missing));
    QVERIFY(pages.last().text.contains(QStringLiteral("Late payments incur")));
    m_firstPages.insert(QStringLiteral("invoice"), pages.first());
}

void TestDocumentLayout::sessionSummary() {
    const SessionSummaryDocument document(summaryInput());
    const auto pdf = document.pdf();
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QList<PdfPage> pages = readPdf(*pdf, QStringLiteral("session-summary"));
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    checkFooters(pages, wordsOf(QStringLiteral("Session summary · Anna Berg")));
    QString missing;
    QVERIFY2(containsInOrder(pages, wordsOfHtml(document.html()), &missing), qPrintable(missing));
    m_firstPages.insert(QStringLiteral("summary"), pages.first());
}

void TestDocumentLayout::recoveryKey() {
    const RecoveryKeyDocument::Input input{kRecoveryKey,
                                           QStringLiteral("/home/jonas/MentorDesk"),
                                           QStringLiteral("5d9c1f6e-workspace"),
                                           4096,
                                           QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                           QStringLiteral("en")};
    const auto pdf = RecoveryKeyDocument::pdf(input);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QList<PdfPage> pages = readPdf(*pdf, QStringLiteral("recovery-key"));
    QCOMPARE(pages.size(), 1);
    checkFooters(pages, wordsOf(QStringLiteral("MentorDesk recovery key · workspace "
                                               "5d9c1f6e-workspace")));
    QString missing;
    QVERIFY2(containsInOrder(pages, wordsOfHtml(RecoveryKeyDocument::html(input)), &missing),
             qPrintable(missing));
    // The key itself, group by group, and the date it was printed (Clock).
    QVERIFY(pages.first().text.contains(QStringLiteral("0A1B-2C3D-4E5F-6071-")));
    QVERIFY(pages.first().text.contains(QStringLiteral("2 March 2026")));
    m_firstPages.insert(QStringLiteral("recovery key"), pages.first());
}

void TestDocumentLayout::allShareOnePage() {
    QCOMPARE(m_firstPages.size(), 4);
    const PdfPage reference = m_firstPages.first();
    // The footer stands at the same height on the page and starts at the same
    // margin in every document; 22 mm is 62.4 pt.
    QVERIFY2(qAbs(reference.footerLeft - 22 / 25.4 * 72) < 1.0,
             qPrintable(QString::number(reference.footerLeft)));
    for (auto it = m_firstPages.cbegin(); it != m_firstPages.cend(); ++it) {
        QVERIFY2(qAbs(it->footerTop - reference.footerTop) < 1.0,
                 qPrintable(QStringLiteral("%1: footer at %2, not %3")
                                .arg(it.key())
                                .arg(it->footerTop)
                                .arg(reference.footerTop)));
        QVERIFY2(qAbs(it->footerLeft - reference.footerLeft) < 1.0, qPrintable(it.key()));
    }
}

void TestDocumentLayout::signedAgreementKeepsItsBytes() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY2(signedAgreement.ok(), qPrintable(signedAgreement.message()));
    const QByteArray frozen = (*f.service().seal(signedAgreement->id))->pdf;
    // A new letterhead and a day later: a rendering would differ, the signed
    // document does not.
    MentorProfile profile = *f.settings().mentorProfile();
    profile.businessName = QStringLiteral("Brandt & Partners");
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    f.clock().advanceDays(1);
    QCOMPARE(*f.service().pdf(signedAgreement->id), frozen);
    QCOMPARE(f.service().verify(signedAgreement->id)->status, VerificationStatus::Verified);
    const QList<PdfPage> pages = readPdf(frozen, QStringLiteral("signed-agreement"));
    QVERIFY(!pages.isEmpty());
    QVERIFY(pages.first().text.contains(QStringLiteral("Brandt Career Mentoring")));
    checkFooters(pages, wordsOf(QStringLiteral("Agreement %1").arg(signedAgreement->number())));
}

// A line of text that would straddle a page break is moved whole to the next
// page: before, it was drawn clipped at the foot of one page and again at the
// top of the next. Each numbered word must appear exactly once.
void TestDocumentLayout::noLineIsPrintedTwice_data() {
    QTest::addColumn<QString>("shape");
    QTest::newRow("paragraphs") << QStringLiteral("p");
    QTest::newRow("table cells") << QStringLiteral("table");
    QTest::newRow("list items") << QStringLiteral("ul");
}

void TestDocumentLayout::noLineIsPrintedTwice() {
    QFETCH(QString, shape);
    QStringList expected;
    QString html;
    for (int block = 0; block < 140; ++block) {
        QStringList words;
        // Blocks of one to four lines, so their ends fall anywhere on a page.
        const int count = 3 + (block * 7) % 40;
        for (int i = 0; i < count; ++i)
            words << QStringLiteral("w%1x%2").arg(block).arg(i);
        expected << words;
        const QString text = words.join(QLatin1Char(' '));
        if (shape == QLatin1String("table"))
            html += QStringLiteral("<tr><td width=\"30%\">%1</td><td>%2</td></tr>")
                        .arg(QStringLiteral("row %1").arg(block), text);
        else if (shape == QLatin1String("ul"))
            html += QStringLiteral("<li>%1</li>").arg(text);
        else
            html += QStringLiteral("<p>%1</p>").arg(text);
    }
    if (shape == QLatin1String("table"))
        html = QStringLiteral("<table width=\"100%\" cellpadding=\"4\">%1</table>").arg(html);
    else if (shape == QLatin1String("ul"))
        html = QStringLiteral("<ul>%1</ul>").arg(html);
    DocumentContent content;
    content.title = QStringLiteral("Pagination");
    content.html = html;
    content.font = QFont(QStringLiteral("DejaVu Sans"), 11);
    content.footer = QStringLiteral("Pagination check");
    const auto pdf = DocumentLayout(QLocale()).renderPdf(content);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QList<PdfPage> pages = readPdf(*pdf, QStringLiteral("pagination-") + shape);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    checkFooters(pages, wordsOf(content.footer));
    // Qt also draws the line just above a page's first one, entirely in the
    // top margin where the clip hides it; only words that reach into the
    // text area of a page are printed there.
    const QMap<QString, int> seen = wordsInTextArea(*pdf);
    for (const QString& word : std::as_const(expected))
        QVERIFY2(seen.value(word) == 1,
                 qPrintable(QStringLiteral("%1 printed %2 times").arg(word).arg(seen.value(word))));
}

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
