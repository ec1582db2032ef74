// In a dark desktop theme the painted views take their colours from the
// palette and stay readable: calendar blocks and their text, today's
// highlight, the pipeline's cards, the warning colour; and the week view's
// event text is never smaller than the UI's small font.

#include "UiStyle.h"
#include "calendar/CalendarItem.h"
#include "calendar/WeekGrid.h"
#include "pipeline/EngagementCardDelegate.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QStyleFactory>
#include <QTest>
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

QTEST_MAIN(TestDarkTheme)
#include "tst_darktheme.moc"
