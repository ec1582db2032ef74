// The mentor's own document language and country, set on the Mentor profile
// page with its real widgets: saved as profile.language / profile.country,
// an unknown country refused, and what follows from them — a new client's
// documents default to the mentor's language (the client form names it) and
// the invoice prints the small-business wording of the chosen country.

#include "../core/tst_billing_fixture.h"
#include "UiTestHelpers.h"
#include "agreements/MentorProfileDialog.h"
#include "billing/ExemptionWording.h"
#include "clients/ClientsPage.h"
#include "i18n/DocumentTranslator.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace md;
using test::BillingFixture;
using test::child;
using test::click;
using test::typeInto;

class TestMentorProfileLanguage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        setDefaultKdfStrength(KdfStrength::Fast);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void languageAndCountryAreSavedAndFollowed();
    void otherCountryTakesAValidCode();
    void languageChoicesAreTheClientFormsOnes();

private:
    static QString setting(Workspace& ws, const char* key) {
        const Result<QString> value = ws.settings().value(QString::fromLatin1(key));
        return value ? *value : QStringLiteral("<%1>").arg(value.message());
    }
};

void TestMentorProfileLanguage::languageAndCountryAreSavedAndFollowed() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Workspace& ws = f.workspace().workspace();
    // A German IBAN; the country chosen on the page wins over it.
    QVERIFY(f.set(QStringLiteral("billing.bank.iban"), QStringLiteral("DE89370400440532013000")));
    QVERIFY(f.set(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")));

    // The client page is open beside, its form on a new client.
    ClientsPage clients;
    clients.resize(1000, 700);
    clients.show();
    clients.setWorkspace(&ws);
    QVERIFY(QTest::qWaitForWindowExposed(&clients));
    clients.newClient();
    auto* clientLanguage = child<QComboBox>(&clients, "documentLanguageComboBox");
    QVERIFY(clientLanguage);
    QCOMPARE(clientLanguage->currentIndex(), 0);
    QVERIFY2(clientLanguage->itemText(0).contains(QStringLiteral("English")),
             qPrintable(clientLanguage->itemText(0)));

    MentorProfileDialog dialog(ws);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* language = child<QComboBox>(&dialog, "documentLanguageComboBox");
    auto* country = child<QComboBox>(&dialog, "countryComboBox");
    QVERIFY(language && country);
    QVERIFY(language->isVisible() && country->isVisible());
    QCOMPARE(language->currentIndex(), 0); // nothing stored: the interface's
    QCOMPARE(country->currentData().toString(), QString());
    QVERIFY(!child<QLineEdit>(&dialog, "countryCodeLineEdit")->isVisible());

    // Chosen with the keyboard, as a mentor would: the label's Alt+D, then
    // the first letters of the language's own name.
    QTest::keySequence(&dialog, QKeySequence(Qt::ALT | Qt::Key_D));
    QCOMPARE(QApplication::focusWidget(), language);
    QTest::keyClicks(language, QStringLiteral("Deu"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QTest::keySequence(&dialog, QKeySequence(Qt::ALT | Qt::Key_U));
    QCOMPARE(QApplication::focusWidget(), country);
    country->setCurrentIndex(country->findData(QStringLiteral("IT")));
    QVERIFY(country->currentText().contains(QStringLiteral("Italia")));
    click(child<QPushButton>(&dialog, "saveButton"));
    QTRY_VERIFY(!dialog.isVisible());

    QCOMPARE(setting(ws, "profile.language"), QStringLiteral("de"));
    QCOMPARE(setting(ws, "profile.country"), QStringLiteral("IT"));

    // The client form's default now names the mentor's language...
    QTRY_VERIFY2(clientLanguage->itemText(0).contains(QStringLiteral("Deutsch")),
                 qPrintable(clientLanguage->itemText(0)));
    // ...and a new client without a language of their own gets it.
    typeInto(child<QLineEdit>(&clients, "fullNameLineEdit"), QStringLiteral("Ada Lovelace"));
    click(child<QPushButton>(&clients, "saveButton"));
    Result<QList<Client>> stored = ws.clients().list();
    QVERIFY(stored && stored->size() == 1);
    const Client ada = stored->first();
    QCOMPARE(ada.documentLanguage, QString());
    QCOMPARE(*ws.settings().documentLanguageOf(ada), QStringLiteral("de"));
    InvoiceRecipient recipient;
    recipient.clientId = ada.id;
    recipient.address = QStringLiteral("1 Example Road\nLondon");
    QVERIFY(f.billing().saveRecipient(recipient).ok());

    // Her invoice: German, with Italy's wording of the exemption, in German.
    auto draft = f.billing().createFromSessions(
        ada.id, {BillingFixture::line(QStringLiteral("Mentoring"), 1000, 10000, 0)});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    const Result<InvoiceDocument> document = f.billing().document(draft->id);
    QVERIFY2(document.ok(), qPrintable(document.message()));
    QCOMPARE(document->language, QStringLiteral("de"));
    QCOMPARE(
        document->seller.exemptionText,
        ExemptionWording::text(QStringLiteral("IT"), DocumentTranslator(QStringLiteral("de"))));
    QVERIFY2(document->seller.exemptionText.contains(QStringLiteral("190/2014")),
             qPrintable(document->seller.exemptionText));
    QVERIFY2(!document->seller.exemptionText.contains(QStringLiteral("§ 19 UStG")),
             qPrintable(document->seller.exemptionText));

    // Opened again, the page shows what is stored.
    MentorProfileDialog again(ws);
    QCOMPARE(child<QComboBox>(&again, "documentLanguageComboBox")->currentData().toString(),
             QStringLiteral("de"));
    QCOMPARE(child<QComboBox>(&again, "countryComboBox")->currentData().toString(),
             QStringLiteral("IT"));
}

void TestMentorProfileLanguage::otherCountryTakesAValidCode() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Workspace& ws = f.workspace().workspace();
    MentorProfileDialog dialog(ws);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* country = child<QComboBox>(&dialog, "countryComboBox");
    auto* code = child<QLineEdit>(&dialog, "countryCodeLineEdit");
    QVERIFY(country && code);
    // Every country whose wording MentorDesk knows is offered by name.
    for (const char* known : {"DE", "AT", "FR", "IT", "BR"}) {
        QVERIFY(ExemptionWording::knowsCountry(QString::fromLatin1(known)));
        QVERIFY2(country->findData(QString::fromLatin1(known)) > 0, known);
    }

    country->setCurrentIndex(country->count() - 1); // "Other…"
    QVERIFY(code->isVisible());
    typeInto(code, QStringLiteral("Q1"));
    click(child<QPushButton>(&dialog, "saveButton"));
    QVERIFY(dialog.isVisible()); // refused, in words
    auto* error = child<QLabel>(&dialog, "profileErrorLabel");
    QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("Q1")),
             qPrintable(error->text()));
    QCOMPARE(setting(ws, "profile.country"), QString());

    typeInto(code, QStringLiteral("nl"));
    click(child<QPushButton>(&dialog, "saveButton"));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(setting(ws, "profile.country"), QStringLiteral("NL"));

    // A country not in the list (here from the command line) shows as "Other".
    QVERIFY(ws.settings().setValue(QStringLiteral("profile.country"), QStringLiteral("SE")).ok());
    MentorProfileDialog again(ws);
    again.show();
    QCOMPARE(child<QComboBox>(&again, "countryComboBox")->currentIndex(), country->count() - 1);
    QCOMPARE(child<QLineEdit>(&again, "countryCodeLineEdit")->text(), QStringLiteral("SE"));
    QVERIFY(child<QLineEdit>(&again, "countryCodeLineEdit")->isVisible());
}

void TestMentorProfileLanguage::languageChoicesAreTheClientFormsOnes() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    MentorProfileDialog dialog(f.workspace().workspace());
    ClientsPage clients;
    auto* mentor = child<QComboBox>(&dialog, "documentLanguageComboBox");
    auto* client = child<QComboBox>(&clients, "documentLanguageComboBox");
    QVERIFY(mentor && client);
    QCOMPARE(mentor->count(), client->count());
    for (int i = 1; i < mentor->count(); ++i) {
        QCOMPARE(mentor->itemText(i), client->itemText(i));
        QCOMPARE(mentor->itemData(i), client->itemData(i));
    }
    QCOMPARE(mentor->itemData(0).toString(), QString());
    QCOMPARE(mentor->findData(QStringLiteral("pt_BR")) > 0, true);
    QCOMPARE(mentor->itemText(mentor->findData(QStringLiteral("pt_BR"))),
             QStringLiteral("Português (Brasil)"));
}

QTEST_MAIN(TestMentorProfileLanguage)
#include "tst_mentorprofilelanguage.moc"
