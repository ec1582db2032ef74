// The price list through its real form: a package offering is added, edited
// and deactivated, and bad input is refused with a message while nothing is
// stored.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "billing/BillingService.h"
#include "billing/OfferingDialog.h"
#include "billing/OfferingListModel.h"
#include "billing/PriceListWidget.h"
#include "settings/SettingsService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace md;
using md::test::child;

class TestPriceList final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addsAPackageThroughTheForm();
    void refusesAnEmptyNameAndBadAmounts();
    void sessionsCannotBeZero();
    void editsAndDeactivatesAnEntry();

private:
    OfferingDialog* openAddDialog();
    void fillPackage(OfferingDialog* dialog, const QString& name, const QString& price,
                     const QString& rate, int sessions, int months);
    // Adds a package through the form and waits until the form is gone.
    void addPackage(const QString& name, const QString& price, const QString& rate, int sessions,
                    int months);
    QList<Offering> stored() const;
    QStringList rowTexts(int row) const;

    std::unique_ptr<md::test::TemporaryWorkspace> m_ws;
    std::unique_ptr<PriceListWidget> m_widget;
};

void TestPriceList::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_ws = std::make_unique<md::test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_widget = std::make_unique<PriceListWidget>();
    new QAbstractItemModelTester(
        m_widget->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_widget.get());
    m_widget->setWorkspace(&m_ws->workspace());
    m_widget->resize(800, 400);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestPriceList::cleanup() {
    m_widget.reset();
    m_ws.reset();
}

OfferingDialog* TestPriceList::openAddDialog() {
    auto* add = child<QPushButton>(m_widget.get(), "addOfferingButton");
    if (!add || !add->isEnabled())
        return nullptr;
    md::test::click(add);
    auto* dialog = m_widget->findChild<OfferingDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Types into a spin box as a user would: select its text, type, leave.
static void typeIntoSpinBox(QSpinBox* spin, const QString& text) {
    auto* edit = spin->findChild<QLineEdit*>();
    QVERIFY(edit);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

void TestPriceList::fillPackage(OfferingDialog* dialog, const QString& name, const QString& price,
                                const QString& rate, int sessions, int months) {
    auto* kind = child<QComboBox>(dialog, "kindComboBox");
    QVERIFY(kind);
    const int packageIndex = kind->findData(int(OfferingKind::Package));
    QVERIFY(packageIndex >= 0);
    kind->setFocus();
    while (kind->currentIndex() < packageIndex)
        QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentIndex(), packageIndex);
    auto* sessionsSpin = child<QSpinBox>(dialog, "sessionsSpinBox");
    auto* monthsSpin = child<QSpinBox>(dialog, "monthsSpinBox");
    QVERIFY(sessionsSpin && monthsSpin);
    QVERIFY2(sessionsSpin->isEnabled(), "a package must ask for its number of sessions");
    md::test::typeInto(child<QLineEdit>(dialog, "nameLineEdit"), name);
    md::test::typeInto(child<QLineEdit>(dialog, "priceLineEdit"), price);
    md::test::typeInto(child<QLineEdit>(dialog, "rateLineEdit"), rate);
    typeIntoSpinBox(sessionsSpin, QString::number(sessions));
    typeIntoSpinBox(monthsSpin, QString::number(months));
    QCOMPARE(sessionsSpin->value(), sessions);
    QCOMPARE(monthsSpin->value(), months);
}

void TestPriceList::addPackage(const QString& name, const QString& price, const QString& rate,
                               int sessions, int months) {
    OfferingDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    QPointer<OfferingDialog> guard(dialog);
    fillPackage(dialog, name, price, rate, sessions, months);
    md::test::click(child<QPushButton>(dialog, "saveButton"));
    QTRY_VERIFY(guard.isNull());
}

QList<Offering> TestPriceList::stored() const {
    auto list = m_ws->workspace().billing().offerings(true);
    return list ? *list : QList<Offering>();
}

QStringList TestPriceList::rowTexts(int row) const {
    QStringList out;
    const QAbstractItemModel* model = m_widget->model();
    for (int column = 0; column < model->columnCount(); ++column)
        out << model->index(row, column).data().toString();
    return out;
}

void TestPriceList::addsAPackageThroughTheForm() {
    QCOMPARE(m_widget->model()->rowCount(), 0);
    QSignalSpy status(m_widget.get(), &PriceListWidget::statusMessage);
    addPackage(QStringLiteral("Eight sessions"), QStringLiteral("800.50"), QStringLiteral("19"), 8,
               6);
    if (QTest::currentTestFailed())
        return;

    const QList<Offering> offerings = stored();
    QCOMPARE(offerings.size(), 1);
    const Offering& o = offerings.first();
    QCOMPARE(o.name, QStringLiteral("Eight sessions"));
    QCOMPARE(o.kind, OfferingKind::Package);
    QCOMPARE(o.price.minorUnits(), qint64(80050));
    QCOMPARE(o.price.currency(), QStringLiteral("EUR"));
    QCOMPARE(o.taxRateBasisPoints, 1900);
    QCOMPARE(o.sessionCount, 8);
    QCOMPARE(o.validityMonths, 6);
    QVERIFY(o.active);

    QCOMPARE(m_widget->model()->rowCount(), 1);
    const QStringList row = rowTexts(0);
    QVERIFY2(row.value(0) == QStringLiteral("Eight sessions"), qPrintable(row.join('|')));
    QVERIFY2(row.value(2).contains(QStringLiteral("800.50")), qPrintable(row.join('|')));
    // Tests load no catalogue, so plurals show their source form "session(s)";
    // the english_plurals test keeps the app's English forms complete.
    QVERIFY2(row.value(4).startsWith(QStringLiteral("8 session")), qPrintable(row.join('|')));
    QVERIFY2(row.value(4).endsWith(QStringLiteral("valid 6 months")), qPrintable(row.join('|')));
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("Eight sessions")),
             qPrintable(status.last().first().toString()));
}

void TestPriceList::refusesAnEmptyNameAndBadAmounts() {
    OfferingDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    auto* error = child<QLabel>(dialog, "errorLabel");
    auto* save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(error && save);

    fillPackage(dialog, QString(), QStringLiteral("100"), QStringLiteral("19"), 4, 3);
    md::test::click(save);
    QVERIFY2(dialog->isVisible(), "a nameless entry closed the form");
    QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
    QVERIFY(error->isVisible());

    md::test::typeInto(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Four"));
    md::test::typeInto(child<QLineEdit>(dialog, "priceLineEdit"), QStringLiteral("a lot"));
    md::test::click(save);
    QVERIFY(dialog->isVisible());
    QVERIFY2(!error->text().isEmpty() && !error->text().contains(QStringLiteral("name")),
             qPrintable(error->text()));

    md::test::typeInto(child<QLineEdit>(dialog, "priceLineEdit"), QStringLiteral("100"));
    md::test::typeInto(child<QLineEdit>(dialog, "rateLineEdit"), QStringLiteral("150"));
    md::test::click(save);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("between 0 and 100")),
             qPrintable(error->text()));

    QVERIFY2(stored().isEmpty(), "a refused entry was stored");
    QCOMPARE(m_widget->model()->rowCount(), 0);

    // Corrected, the same form saves.
    md::test::typeInto(child<QLineEdit>(dialog, "rateLineEdit"), QStringLiteral("7"));
    QPointer<OfferingDialog> guard(dialog);
    md::test::click(save);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().taxRateBasisPoints, 700);
}

void TestPriceList::sessionsCannotBeZero() {
    // A new entry starts at the standard rate of the settings.
    QVERIFY(m_ws->workspace().settings().setValue(QStringLiteral("billing.tax.standard_rate"),
                                                  QStringLiteral("19")));
    OfferingDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "rateLineEdit")->text(), QStringLiteral("19"));
    fillPackage(dialog, QStringLiteral("Empty"), QStringLiteral("100"), QStringLiteral("0"), 3, 0);
    auto* sessions = child<QSpinBox>(dialog, "sessionsSpinBox");
    typeIntoSpinBox(sessions, QStringLiteral("0"));
    QVERIFY2(sessions->value() >= 1, "the form accepted a package of zero sessions");
    // The repository refuses it too, whatever the form lets through.
    Offering zero;
    zero.kind = OfferingKind::Package;
    zero.name = QStringLiteral("Zero");
    zero.price = Money(100, QStringLiteral("EUR"));
    zero.sessionCount = 0;
    auto added = m_ws->workspace().billing().addOffering(zero);
    QVERIFY(!added.ok());
    QVERIFY2(added.message().contains(QStringLiteral("between 1 and 1000")),
             qPrintable(added.message()));
    QVERIFY(stored().isEmpty());
}

void TestPriceList::editsAndDeactivatesAnEntry() {
    addPackage(QStringLiteral("Four sessions"), QStringLiteral("400"), QStringLiteral("19"), 4, 0);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(rowTexts(0).value(4).startsWith(QStringLiteral("4 session")),
             qPrintable(rowTexts(0).join('|')));
    QVERIFY2(rowTexts(0).value(4).endsWith(QStringLiteral("no expiry")),
             qPrintable(rowTexts(0).join('|')));

    // Edit: select the row, change the price through the same form.
    auto* edit = child<QPushButton>(m_widget.get(), "editOfferingButton");
    auto* toggle = child<QPushButton>(m_widget.get(), "toggleOfferingButton");
    QVERIFY(edit && toggle);
    QVERIFY(!edit->isEnabled());
    m_widget->view()->selectRow(0);
    QVERIFY(edit->isEnabled());
    md::test::click(edit);
    QTRY_VERIFY(m_widget->findChild<OfferingDialog*>() != nullptr);
    auto* editor = m_widget->findChild<OfferingDialog*>();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QCOMPARE(child<QLineEdit>(editor, "nameLineEdit")->text(), QStringLiteral("Four sessions"));
    md::test::typeInto(child<QLineEdit>(editor, "priceLineEdit"), QStringLiteral("420"));
    QPointer<OfferingDialog> editorGuard(editor);
    md::test::click(child<QPushButton>(editor, "saveButton"));
    QTRY_VERIFY(editorGuard.isNull());
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().price.minorUnits(), qint64(42000));

    // Deactivate: kept in the list, marked, and the button offers the way back.
    m_widget->view()->selectRow(0);
    QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));
    md::test::click(toggle);
    QCOMPARE(stored().size(), 1);
    QVERIFY(!stored().first().active);
    QVERIFY2(rowTexts(0).value(0).contains(QStringLiteral("inactive")),
             qPrintable(rowTexts(0).join('|')));
    auto active = m_ws->workspace().billing().offerings(false);
    QVERIFY(active.ok());
    QVERIFY2(active->isEmpty(), "a deactivated entry is still offered");
    m_widget->view()->selectRow(0);
    QCOMPARE(toggle->text(), QStringLiteral("Activate"));
}

QTEST_MAIN(TestPriceList)
#include "tst_pricelist.moc"
