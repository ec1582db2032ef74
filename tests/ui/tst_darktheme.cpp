// In a dark desktop theme the painted views take their colours from the
// palette and stay readable: calendar blocks and their text, today's
// highlight, the pipeline's cards, the warning colour, the agreements'
// verification badge and signature pad; and the week view's event text is
// never smaller than the UI's small font.

#include "UiStyle.h"
#include "agreements/AgreementDetailsPanel.h"
#include "agreements/SignaturePad.h"
#include "agreements/VerificationBadge.h"
#include "calendar/CalendarItem.h"
#include "calendar/WeekGrid.h"
#include "pipeline/EngagementCardDelegate.h"
#include "pipeline/GoalEditor.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>

using namespace md;

namespace {

// A dark Fusion palette, as a dark desktop theme gives it.
QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x45, 0x45));
    return p;
}

QList<CalendarItem> sampleItems() {
    QList<CalendarItem> items;
    const QDateTime start(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
    int id = 1;
    for (SessionStatus status : {SessionStatus::Planned, SessionStatus::Held,
                                 SessionStatus::CancelledByClient, SessionStatus::NoShow}) {
        for (qint64 engagement = 1; engagement <= 12; ++engagement) {
            CalendarItem item;
            item.sessionId = id++;
            item.engagementId = engagement;
            item.status = status;
            item.title = QStringLiteral("Amara Okonkwo");
            item.startUtc = start.addDays(engagement % 5).addSecs(3600 * (engagement % 3) * 3);
            item.endUtc = item.startUtc.addSecs(3600);
            items.append(item);
        }
    }
    CalendarItem busy;
    busy.busyTimeId = 1;
    busy.title = QStringLiteral("Dentist");
    busy.startUtc = start.addSecs(3600 * 6);
    busy.endUtc = busy.startUtc.addSecs(3600);
    items.append(busy);
    return items;
}

} // namespace

class TestDarkTheme final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }
    void calendarColoursAreReadable_data();
    void calendarColoursAreReadable();
    void weekGridPaintsWithThePalette();
    void weekEventsUseAtLeastTheSmallFont();
    void cardsAndHighlightsAreReadable_data();
    void cardsAndHighlightsAreReadable();
    void verificationBadgeIsReadable_data();
    void verificationBadgeIsReadable();
    void verificationBadgeFollowsAChangeOfTheme();
    void signaturePadPaintsWithThePalette_data();
    void signaturePadPaintsWithThePalette();
    void secondaryTextIsReadable_data();
    void secondaryTextIsReadable();
    void agreementTextReadsAsPrinted();
    void smartCheckIsReadable_data();
    void smartCheckIsReadable();
};

void TestDarkTheme::calendarColoursAreReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("light") << QApplication::style()->standardPalette();
}

void TestDarkTheme::calendarColoursAreReadable() {
    QFETCH(QPalette, palette);
    const bool dark = ui::isDark(palette);
    for (const CalendarItem& item : sampleItems()) {
        const QColor fill = CalendarItems::colorFor(item, palette);
        const QColor text = CalendarItems::textColorFor(item, fill, palette);
        const double contrast = ui::contrastRatio(text, fill);
        QVERIFY2(
            contrast >= 4.5,
            qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), fill.name()).arg(contrast)));
        // The block belongs to the page: no pastel slab on a dark base.
        QCOMPARE(fill.lightness() < 128, dark);
    }
    QVERIFY(ui::contrastRatio(ui::accentColor(palette), palette.color(QPalette::Base)) >= 4.5);
    QVERIFY(ui::contrastRatio(ui::warningColor(palette), palette.color(QPalette::Window)) >= 4.5);
    const QColor highlight = palette.color(QPalette::Highlight);
    QVERIFY(ui::contrastRatio(ui::readableTextOn(highlight, palette), highlight) >= 4.5);
    // Today's column is tinted, and the hour labels still read on it.
    const QColor today = ui::highlightTint(palette);
    QVERIFY(today != palette.color(QPalette::Base));
    QVERIFY(ui::contrastRatio(palette.color(QPalette::Text), today) >= 4.5);
}

void TestDarkTheme::weekGridPaintsWithThePalette() {
    WeekGrid grid;
    grid.setPalette(darkPalette());
    grid.resize(900, 24 * grid.hourHeight());
    grid.setWeek(QDate(2026, 3, 2), QTimeZone::utc());
    // The planned sessions only: they do not overlap one another.
    QList<CalendarItem> items;
    for (const CalendarItem& item : sampleItems()) {
        if (item.status == SessionStatus::Planned && !item.isBusyTime())
            items.append(item);
    }
    grid.setItems(items);
    const QImage image = grid.grab().toImage();
    const QRect block = grid.itemRect(items.first().sessionId);
    QVERIFY(!block.isEmpty());
    // Inside the block, away from its text and its edge stripe.
    const QColor painted = image.pixelColor(block.right() - 4, block.bottom() - 3);
    const QColor expected = CalendarItems::colorFor(items.first(), darkPalette());
    QVERIFY2(std::abs(painted.lightness() - expected.lightness()) < 12,
             qPrintable(painted.name() + QStringLiteral(" vs ") + expected.name()));
    QVERIFY2(painted.lightness() < 128, qPrintable(painted.name()));
    // The empty grid is the dark base, not a light sheet.
    QVERIFY(image.pixelColor(WeekGrid::kGutter + 3, 3 * grid.hourHeight() + 5).lightness() < 80);
}

void TestDarkTheme::weekEventsUseAtLeastTheSmallFont() {
    const QFont base = QApplication::font();
    const QFont events = WeekGrid::eventFont(base);
    QVERIFY(events.pointSizeF() >= 0.9 * base.pointSizeF() - 0.01);
    const double smallest =
        QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont).pointSizeF();
    QVERIFY(events.pointSizeF() >= std::min(smallest, base.pointSizeF()) - 0.01);
    QCOMPARE(events.pointSizeF(), ui::smallFont(base).pointSizeF());
}

void TestDarkTheme::cardsAndHighlightsAreReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("light") << QApplication::style()->standardPalette();
}

void TestDarkTheme::cardsAndHighlightsAreReadable() {
    QFETCH(QPalette, palette);
    for (bool selected : {false, true}) {
        for (bool warned : {false, true}) {
            const auto colours = EngagementCardDelegate::coloursFor(palette, selected, warned);
            const QString what = QStringLiteral("selected %1, warned %2").arg(selected).arg(warned);
            QVERIFY2(ui::contrastRatio(colours.text, colours.fill) >= 4.5, qPrintable(what));
            QVERIFY2(ui::contrastRatio(colours.secondary, colours.fill) >= 4.5, qPrintable(what));
            QVERIFY2(ui::contrastRatio(colours.warning, colours.fill) >= 4.5, qPrintable(what));
            QCOMPARE(colours.fill.lightness() < 128, ui::isDark(palette));
        }
    }
}

void TestDarkTheme::verificationBadgeIsReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("light") << QApplication::style()->standardPalette();
}

void TestDarkTheme::verificationBadgeIsReadable() {
    QFETCH(QPalette, palette);
    QWidget page;
    page.setPalette(palette);
    auto* badge = new VerificationBadge(&page);
    for (VerificationStatus status : {VerificationStatus::Verified, VerificationStatus::Modified,
                                      VerificationStatus::NotSigned}) {
        AgreementVerification verification;
        verification.status = status;
        badge->setVerification(verification);
        const QColor fill = badge->palette().color(QPalette::Window);
        const QColor text = badge->palette().color(QPalette::WindowText);
        const QString what =
            QStringLiteral("%1: %2 on %3").arg(badge->text(), text.name(), fill.name());
        QVERIFY2(ui::contrastRatio(text, fill) >= 4.5, qPrintable(what));
        // A badge of the page, not a pastel slab on a dark one.
        QVERIFY2((fill.lightness() < 128) == ui::isDark(palette), qPrintable(what));
        const ui::ToneColours expected = VerificationBadge::coloursFor(palette, status);
        QCOMPARE(fill, expected.fill);
        QCOMPARE(text, expected.text);
    }
    // Verified and modified still look apart: green against red.
    const auto verified = VerificationBadge::coloursFor(palette, VerificationStatus::Verified);
    const auto modified = VerificationBadge::coloursFor(palette, VerificationStatus::Modified);
    QVERIFY(verified.text.hslHue() > 60 && verified.text.hslHue() < 180);
    QVERIFY(modified.text.hslHue() < 30 || modified.text.hslHue() > 330);
}

void TestDarkTheme::verificationBadgeFollowsAChangeOfTheme() {
    QWidget page;
    page.setPalette(QApplication::style()->standardPalette());
    auto* badge = new VerificationBadge(&page);
    AgreementVerification verification;
    verification.status = VerificationStatus::Verified;
    badge->setVerification(verification);
    QVERIFY(badge->palette().color(QPalette::Window).lightness() >= 128);
    // The theme changes while the badge is on screen (Preferences › Theme).
    page.setPalette(darkPalette());
    const QColor fill = badge->palette().color(QPalette::Window);
    QVERIFY2(fill.lightness() < 128, qPrintable(fill.name()));
    QCOMPARE(fill, VerificationBadge::coloursFor(darkPalette(), VerificationStatus::Verified).fill);
    QVERIFY(ui::contrastRatio(badge->palette().color(QPalette::WindowText), fill) >= 4.5);
}

void TestDarkTheme::signaturePadPaintsWithThePalette_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("light") << QApplication::style()->standardPalette();
}

void TestDarkTheme::signaturePadPaintsWithThePalette() {
    QFETCH(QPalette, palette);
    const SignaturePad::Colours colours = SignaturePad::coloursFor(palette);
    QCOMPARE(colours.paper, palette.color(QPalette::Base));
    QVERIFY(ui::contrastRatio(colours.ink, colours.paper) >= 4.5);
    QVERIFY(ui::contrastRatio(colours.hint, colours.paper) >= 4.5);
    QVERIFY(ui::contrastRatio(colours.guide, colours.paper) >= 3.0); // a line, not text

    SignaturePad pad;
    pad.setPalette(palette);
    pad.resize(400, 150);
    const QPoint from(60, 60);
    QTest::mousePress(&pad, Qt::LeftButton, {}, from);
    for (int x = 60; x <= 300; x += 8)
        QTest::mouseMove(&pad, QPoint(x, 60 + (x / 8) % 2 * 3));
    QTest::mouseRelease(&pad, Qt::LeftButton, {}, QPoint(300, 60));
    QVERIFY(!pad.isEmpty());
    const QImage shown = pad.grab().toImage();
    // The surface is the palette's base, not a white sheet on a dark page.
    const QColor surface = shown.pixelColor(pad.width() - 8, 12);
    QVERIFY2(std::abs(surface.lightness() - colours.paper.lightness()) < 8,
             qPrintable(surface.name()));
    // The stroke is drawn in the readable ink.
    bool inked = false;
    for (int y = 55; y < 68 && !inked; ++y)
        inked = ui::contrastRatio(shown.pixelColor(180, y), colours.paper) >= 4.5;
    QVERIFY(inked);

    // The signature kept is dark ink on transparency, whatever the theme, as
    // it is printed on white paper.
    const QImage png = QImage::fromData(pad.toPng());
    QVERIFY(!png.isNull());
    bool darkInk = false;
    for (int y = 0; y < png.height() && !darkInk; ++y) {
        for (int x = 0; x < png.width() && !darkInk; ++x) {
            const QColor pixel = png.pixelColor(x, y);
            darkInk = pixel.alpha() == 255 && pixel == SignaturePad::exportInk();
        }
    }
    QVERIFY(darkInk);

    // A stored signature (ink on transparency) shows in the pad's ink too.
    SignaturePad stored;
    stored.setPalette(palette);
    stored.resize(400, 150);
    stored.setStoredSignature(pad.toPng());
    const QImage storedShown = stored.grab().toImage();
    bool storedInked = false;
    for (int y = 0; y < storedShown.height() && !storedInked; ++y) {
        for (int x = 20; x < storedShown.width() - 20 && !storedInked; ++x)
            storedInked = ui::contrastRatio(storedShown.pixelColor(x, y), colours.paper) >= 4.5 &&
                          storedShown.pixelColor(x, y) != colours.hint;
    }
    QVERIFY(storedInked);
}

void TestDarkTheme::secondaryTextIsReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("light") << QApplication::style()->standardPalette();
}

void TestDarkTheme::secondaryTextIsReadable() {
    QFETCH(QPalette, palette);
    QWidget page;
    page.setPalette(palette);
    auto* label = new QLabel(QStringLiteral("Added Friday, 4 December 2026"), &page);
    ui::styleAsSecondary(label);
    const QColor window = label->palette().color(QPalette::Window);
    const QColor text = label->palette().color(QPalette::WindowText);
    QVERIFY2(ui::contrastRatio(text, window) >= 4.5,
             qPrintable(text.name(QColor::HexArgb) + QStringLiteral(" on ") + window.name()));
    // Still secondary: apart from the normal text.
    QVERIFY(text != palette.color(QPalette::WindowText));
}

void TestDarkTheme::agreementTextReadsAsPrinted() {
    QWidget page;
    page.setPalette(darkPalette());
    auto* panel = new AgreementDetailsPanel(&page);
    Agreement agreement;
    agreement.id = 7;
    agreement.title = QStringLiteral("Mentoring Agreement");
    agreement.bodyHtml = QStringLiteral(
        "<h1>Mentoring Agreement</h1><p class=\"subtitle\">Stepping into team leadership</p>"
        "<h2>1. Purpose</h2><p>The mentor will support the mentee.</p>");
    panel->showAgreement(agreement, QStringLiteral("Amara Okafor"), AgreementVerification{}, 1);
    auto* browser = panel->findChild<QTextBrowser*>(QStringLiteral("agreementTextBrowser"));
    QVERIFY(browser);
    const QColor paper = browser->palette().color(QPalette::Base);
    // Every run of text in the colour the document gives it, or the view's.
    int runs = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                continue;
            const QBrush brush = fragment.charFormat().foreground();
            const QColor colour = brush.style() == Qt::NoBrush
                                      ? browser->palette().color(QPalette::Text)
                                      : brush.color();
            QVERIFY2(ui::contrastRatio(colour, paper) >= 4.5,
                     qPrintable(QStringLiteral("'%1': %2 on %3")
                                    .arg(fragment.text(), colour.name(), paper.name())));
            ++runs;
        }
    }
    QVERIFY(runs >= 4);
}

void TestDarkTheme::smartCheckIsReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("light") << QApplication::style()->standardPalette();
}

void TestDarkTheme::smartCheckIsReadable() {
    QFETCH(QPalette, palette);
    QWidget page;
    page.setPalette(palette);
    auto* editor = new GoalEditor(&page);
    editor->setGoal(SmartGoal{}); // fails every letter
    const QList<QLabel*> labels = editor->findChildren<QLabel*>();
    auto* issues = editor->findChild<QLabel*>(QStringLiteral("smartIssuesLabel"));
    QVERIFY(issues);
    QVERIFY(!issues->text().isEmpty());
    int coloured = 0;
    for (QLabel* label : labels) {
        const QColor text = label->palette().color(QPalette::WindowText);
        if (text == palette.color(QPalette::WindowText) || label->text().isEmpty())
            continue;
        ++coloured;
        QVERIFY2(ui::contrastRatio(text, label->palette().color(QPalette::Window)) >= 4.5,
                 qPrintable(label->text() + QStringLiteral(": ") + text.name()));
    }
    QVERIFY(coloured >= 6); // the five letters and the issues
}

QTEST_MAIN(TestDarkTheme)
#include "tst_darktheme.moc"
