// Documents in the client's language, whatever the interface speaks: the
// agreement and the invoice of a client in each of the six languages, read
// back from the PDF with pdftotext. What each must hold comes from the
// project's files (I18nTestData.h); a language whose catalogue or template
// is not merged yet prints English, and passes as such until
// MENTORDESK_CATALOGUES_COMPLETE says it may not.

#include "I18nTestData.h"

#include "../core/tst_agreementfixture.h"
#include "../core/tst_billing_fixture.h"

#include "agreements/BuiltInTemplates.h"
#include "agreements/SignerName.h"
#include "billing/ExemptionWording.h"
#include "export/InvoicePdfRenderer.h"
#include "i18n/DocumentLanguage.h"
#include "i18n/DocumentTranslator.h"

#include <QtTest>

using namespace md;
using namespace md::test;

class TestDocumentLanguages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void translatorIgnoresTheInterfaceLanguage();
    void languageNames();
    void agreementInClientLanguage_data();
    void agreementInClientLanguage();
    void invoiceInClientLanguage_data();
    void invoiceInClientLanguage();
    void issuedInvoiceKeepsItsLanguage();
    void exemptionWordingFollowsCountryAndLanguage();
    void clientWithoutLanguageFollowsMentor();
    void editedTemplateKeepsItsLanguage();
    void signerNoteInTheDocumentLanguage_data();
    void signerNoteInTheDocumentLanguage();

private:
    static void languageRows();
    static bool setClientLanguage(Workspace& workspace, qint64 clientId, const QString& language);
    static void setUpBilling(BillingFixture& f, qint64 clientId);
    static Result<qint64> issuedInvoice(BillingFixture& f, qint64 clientId);
};

void TestDocumentLanguages::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed");
    QVERIFY2(!sourceDir().isEmpty(), "MENTORDESK_SOURCE_DIR is not set");
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/mentordesk_de.qm")),
             "the catalogues are not embedded in this test");
    // The interface speaks English here; every document below is in the
    // client's language all the same.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDocumentLanguages::languageRows() {
    QTest::addColumn<QString>("language");
    for (const QString& code : DocumentLanguage::codes())
        QTest::newRow(qPrintable(code)) << code;
}

bool TestDocumentLanguages::setClientLanguage(Workspace& workspace, qint64 clientId,
                                              const QString& language) {
    Result<Client> client = workspace.clients().get(clientId);
    if (!client)
        return false;
    client->documentLanguage = language;
    Result<Client> saved = workspace.clients().update(*client);
    if (!saved)
        qWarning() << saved.message();
    return saved.ok() && saved->documentLanguage == language;
}

void TestDocumentLanguages::translatorIgnoresTheInterfaceLanguage() {
    // A message the German catalogue has translated since its beginning.
    const QString german = catalogueTranslation(
        QStringLiteral("de"), QStringLiteral("md::cli::CliRunner"), QStringLiteral("DIR"));
    QVERIFY2(!german.isEmpty(), "the German catalogue no longer translates \"DIR\"");
    QCOMPARE(DocumentTranslator(QStringLiteral("de")).translate("md::cli::CliRunner", "DIR"),
             german);
    // No translator is installed: the interface is still in English.
    QCOMPARE(QCoreApplication::translate("md::cli::CliRunner", "DIR"), QStringLiteral("DIR"));
    QCOMPARE(DocumentTranslator(QStringLiteral("en")).translate("md::cli::CliRunner", "DIR"),
             QStringLiteral("DIR"));
    // Plurals come from the English catalogue's forms, %n filled in.
    QCOMPARE(DocumentTranslator(QStringLiteral("en"))
                 .translate("md::InvoicePdfRenderer",
                            "Please transfer %1 within %n day(s), quoting %2.", nullptr, 1),
             QStringLiteral("Please transfer %1 within 1 day, quoting %2."));
    QCOMPARE(DocumentTranslator(QStringLiteral("de")).locale().language(), QLocale::German);
    QCOMPARE(DocumentTranslator(QStringLiteral("pt_BR")).locale().territory(), QLocale::Brazil);
    QCOMPARE(DocumentTranslator(QStringLiteral("xx")).language(), QStringLiteral("en"));
}

void TestDocumentLanguages::languageNames() {
    QCOMPARE(DocumentLanguage::codes(), (QStringList{"en", "de", "pt_BR", "es", "fr", "it"}));
    QCOMPARE(DocumentLanguage::nativeName(QStringLiteral("pt_BR")),
             QStringLiteral("Português (Brasil)"));
    QCOMPARE(DocumentLanguage::normalised(QStringLiteral("pt_BR.UTF-8")), QStringLiteral("pt_BR"));
    QCOMPARE(DocumentLanguage::normalised(QStringLiteral("de-AT")), QStringLiteral("de"));
    QCOMPARE(DocumentLanguage::normalised(QStringLiteral("C")), QString());
    QCOMPARE(DocumentLanguage::normalised(QStringLiteral("nl_NL")), QString());
    QCOMPARE(DocumentLanguage::fallbacks(QStringLiteral("pt_BR")),
             (QStringList{"pt_BR", "pt", "en"}));
    QCOMPARE(BuiltInTemplates::bestLanguage(AgreementKind::Mentoring, QStringLiteral("nl_NL")),
             QStringLiteral("en"));
}

void TestDocumentLanguages::agreementInClientLanguage_data() {
    languageRows();
}

void TestDocumentLanguages::agreementInClientLanguage() {
    QFETCH(QString, language);
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QVERIFY(setClientLanguage(f.workspace(), f.clientId(), language));

    const TemplateHeading expected = templateHeading(QStringLiteral("confidentiality"), language);
    QVERIFY2(!expected.heading.isEmpty(), "no confidentiality template at all");
    if (cataloguesComplete())
        QCOMPARE(expected.language, language);

    AgreementCreateOptions options;
    options.kind = AgreementKind::Confidentiality;
    Result<Agreement> draft = f.service().createDraft(f.engagementId(), options);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QCOMPARE(draft->language, expected.language);
    Result<QByteArray> pdf = f.service().pdf(draft->id);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QString text = comparable(AgreementFixture::pdfText(*pdf));
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");

    QVERIFY2(
        text.contains(comparable(expected.heading)),
        qPrintable(
            QStringLiteral("\"%1\" is not in the %2 agreement").arg(expected.heading, language)));
    // The text around the template's own, from the catalogue.
    const QString signatures =
        printedAs(expected.language, QStringLiteral("md::AgreementPdfRenderer"),
                  QStringLiteral("Signatures"));
    QVERIFY2(text.contains(comparable(signatures)), qPrintable(signatures));
    // The values filled in are written in the agreement's language: the
    // month of today's date by its name there.
    const QString month = QLocale(DocumentLanguage::locale(expected.language))
                              .standaloneMonthName(f.clock().today().month());
    QVERIFY2(
        text.contains(month, Qt::CaseInsensitive) ||
            text.contains(
                DocumentLanguage::locale(expected.language).monthName(f.clock().today().month()),
                Qt::CaseInsensitive),
        qPrintable(month));
}

void TestDocumentLanguages::setUpBilling(BillingFixture& f, qint64 clientId) {
    MentorProfile profile;
    profile.name = QStringLiteral("Jane Doe");
    profile.address = QStringLiteral("Friedrichstraße 1\n10117 Berlin");
    profile.taxId = QStringLiteral("DE123456789");
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    QVERIFY(f.set(QStringLiteral("billing.bank.iban"), QStringLiteral("DE89370400440532013000")));
    QVERIFY(f.set(QStringLiteral("billing.bank.account_holder"), QStringLiteral("Jane Doe")));
    InvoiceRecipient recipient;
    recipient.clientId = clientId;
    recipient.address = QStringLiteral("1 Example Road\nLondon");
    QVERIFY(f.billing().saveRecipient(recipient).ok());
}

Result<qint64> TestDocumentLanguages::issuedInvoice(BillingFixture& f, qint64 clientId) {
    // 1,234.50 net at no tax: the amount shows the locale's separators.
    auto draft = f.billing().createFromSessions(
        clientId, {BillingFixture::line(QStringLiteral("Mentoring programme"), 1000, 123450, 0)});
    if (!draft)
        return draft.error();
    auto issued = f.billing().issue(draft->id);
    if (!issued)
        return issued.error();
    return issued->id;
}

void TestDocumentLanguages::invoiceInClientLanguage_data() {
    languageRows();
}

void TestDocumentLanguages::invoiceInClientLanguage() {
    QFETCH(QString, language);
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada Lovelace"));
    setUpBilling(f, client);
    QVERIFY(setClientLanguage(f.workspace().workspace(), client, language));
    Result<qint64> id = issuedInvoice(f, client);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    Result<InvoiceDocument> doc = f.billing().document(*id);
    QVERIFY(doc.ok());
    QCOMPARE(doc->language, language);
    Result<QByteArray> pdf = InvoicePdfRenderer::render(*doc);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QString text = comparable(AgreementFixture::pdfText(*pdf));
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");

    const QString translated = catalogueTranslation(
        language, QStringLiteral("md::InvoicePdfRenderer"), QStringLiteral("Invoice"));
    if (cataloguesComplete() && language != QLatin1String("en"))
        QVERIFY2(!translated.isEmpty(), "the catalogue has no word for \"Invoice\"");
    const QString invoiceWord = translated.isEmpty() ? QStringLiteral("Invoice") : translated;
    QVERIFY2(text.contains(comparable(invoiceWord)), qPrintable(invoiceWord));

    // The amount as the language's locale writes it: "1.234,50" in German,
    // "1,234.50" in English.
    const QString amount = comparable(DocumentLanguage::locale(language).toString(1234.5, 'f', 2));
    QVERIFY2(text.contains(amount), qPrintable(QStringLiteral("%1 not in:\n%2").arg(amount, text)));
    if (language != QLatin1String("en"))
        QVERIFY2(!text.contains(QStringLiteral("1,234.50")), "the amount is in English");
}

void TestDocumentLanguages::issuedInvoiceKeepsItsLanguage() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada Lovelace"));
    setUpBilling(f, client);
    QVERIFY(setClientLanguage(f.workspace().workspace(), client, QStringLiteral("de")));
    Result<qint64> id = issuedInvoice(f, client);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QVERIFY(setClientLanguage(f.workspace().workspace(), client, QStringLiteral("fr")));
    // Reprinted as it was sent: German.
    QCOMPARE(f.billing().document(*id)->language, QStringLiteral("de"));
    // A new draft follows the client's language now.
    auto draft = f.billing().createFromSessions(
        client, {BillingFixture::line(QStringLiteral("Follow-up"), 1000, 5000, 0)});
    QVERIFY(draft.ok());
    QCOMPARE(f.billing().document(draft->id)->language, QStringLiteral("fr"));
}

void TestDocumentLanguages::exemptionWordingFollowsCountryAndLanguage() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada Lovelace"));
    setUpBilling(f, client);
    QVERIFY(f.set(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")));

    // A German business (its IBAN says so) invoicing a German client: the
    // sentence of § 19 UStG as German invoices print it.
    QVERIFY(setClientLanguage(f.workspace().workspace(), client, QStringLiteral("de")));
    Result<qint64> german = issuedInvoice(f, client);
    QVERIFY2(german.ok(), qPrintable(german.message()));
    QString text = comparable(
        AgreementFixture::pdfText(*InvoicePdfRenderer::render(*f.billing().document(*german))));
    QVERIFY2(text.contains(QStringLiteral("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.")),
             qPrintable(text));

    // The same business invoicing a French client: the rule named in French.
    QVERIFY(setClientLanguage(f.workspace().workspace(), client, QStringLiteral("fr")));
    Result<qint64> french = issuedInvoice(f, client);
    QVERIFY(french.ok());
    text = comparable(
        AgreementFixture::pdfText(*InvoicePdfRenderer::render(*f.billing().document(*french))));
    QVERIFY2(text.contains(QStringLiteral("§ 19 UStG, Allemagne")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Gemäß")));

    // A French business: the law's own words always, with a translation.
    QVERIFY(f.set(QStringLiteral("profile.country"), QStringLiteral("fr")));
    QVERIFY(setClientLanguage(f.workspace().workspace(), client, QStringLiteral("en")));
    Result<qint64> english = issuedInvoice(f, client);
    QVERIFY(english.ok());
    text = comparable(
        AgreementFixture::pdfText(*InvoicePdfRenderer::render(*f.billing().document(*english))));
    QVERIFY2(text.contains(QStringLiteral("TVA non applicable, art. 293 B du CGI")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("French General Tax Code")));

    // A country without fixed wording: the catalogue's sentence.
    QCOMPARE(ExemptionWording::text(QStringLiteral("NL"), DocumentTranslator(QStringLiteral("en"))),
             QStringLiteral("No VAT is charged: small business exemption."));
    QCOMPARE(businessCountry(QString(), QStringLiteral("IT60X0542811101000000123456"), QString()),
             QStringLiteral("IT"));

    // The mentor's own wording stands as written, in every language.
    QVERIFY(f.set(QStringLiteral("billing.tax.exemption_text"), QStringLiteral("Own words.")));
    Result<qint64> own = issuedInvoice(f, client);
    QVERIFY(own.ok());
    QCOMPARE(f.billing().document(*own)->seller.exemptionText, QStringLiteral("Own words."));
}

void TestDocumentLanguages::clientWithoutLanguageFollowsMentor() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Result<Client> client = f.workspace().clients().get(f.clientId());
    QVERIFY(client.ok());
    QCOMPARE(client->documentLanguage, QString());
    QVERIFY(
        f.settings().setValue(QStringLiteral("profile.language"), QStringLiteral("it_IT")).ok());
    QCOMPARE(*f.settings().mentorLanguage(), QStringLiteral("it"));
    QCOMPARE(*f.settings().documentLanguageOf(*client), QStringLiteral("it"));
    QCOMPARE(*f.workspace().billing().documentLanguage(f.clientId()), QStringLiteral("it"));
    QVERIFY(!f.settings().setValue(QStringLiteral("profile.language"), QStringLiteral("nl")).ok());
    // A client of their own language keeps it.
    QVERIFY(setClientLanguage(f.workspace(), f.clientId(), QStringLiteral("es")));
    QCOMPARE(*f.workspace().billing().documentLanguage(f.clientId()), QStringLiteral("es"));
    // An unknown language is refused in words.
    client->documentLanguage = QStringLiteral("klingon");
    Result<Client> refused = f.workspace().clients().update(*client);
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(QStringLiteral("klingon")));
}

void TestDocumentLanguages::editedTemplateKeepsItsLanguage() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    // The mentor writes their own Italian confidentiality agreement, whatever
    // ships; a client in Italian gets it, a client in English the built-in.
    AgreementTemplate own;
    own.kind = AgreementKind::Confidentiality;
    own.language = QStringLiteral("it");
    own.title = QStringLiteral("Accordo di riservatezza");
    own.bodyHtml = QStringLiteral("<h1>Accordo di riservatezza su misura</h1>"
                                  "<p>Tra {{mentor.name}} e {{client.full_name}}.</p>");
    own.hasConfidentialityTerms = true;
    QVERIFY(f.service().saveTemplate(own).ok());

    AgreementCreateOptions options;
    options.kind = AgreementKind::Confidentiality;
    QVERIFY(setClientLanguage(f.workspace(), f.clientId(), QStringLiteral("it")));
    Result<Agreement> italian = f.service().createDraft(f.engagementId(), options);
    QVERIFY2(italian.ok(), qPrintable(italian.message()));
    QCOMPARE(italian->language, QStringLiteral("it"));
    QVERIFY(italian->bodyHtml.contains(QStringLiteral("su misura")));

    QVERIFY(setClientLanguage(f.workspace(), f.clientId(), QStringLiteral("en")));
    Result<Agreement> english = f.service().createDraft(f.engagementId(), options);
    QVERIFY(english.ok());
    QCOMPARE(english->language, QStringLiteral("en"));
    QVERIFY(!english->bodyHtml.contains(QStringLiteral("su misura")));
}

void TestDocumentLanguages::signerNoteInTheDocumentLanguage_data() {
    languageRows();
}

// The note under a signature whose typed name differs is printed in the
// agreement's language, like the rest of the signature block.
void TestDocumentLanguages::signerNoteInTheDocumentLanguage() {
    QFETCH(QString, language);
    AgreementSignature signature;
    signature.role = SignerRole::Mentee;
    signature.fullName = QStringLiteral("Anna Miller");
    signature.nameOnRecord = QStringLiteral("Ana Mueller");
    signature.nameDifferenceConfirmed = true;
    const QString source = QStringLiteral(
        "Signed as “%1”; the mentor confirmed this differs from the client's name “%2”.");
    QString expected = catalogueTranslation(language, QStringLiteral("md::SignerName"), source);
    if (expected.isEmpty())
        expected = source;
    const DocumentTranslator text(language);
    QCOMPARE(signerNameNote(signature, &text),
             expected.arg(signature.fullName, signature.nameOnRecord));
    if (language != QLatin1String("en"))
        QVERIFY(signerNameNote(signature, &text) != signerNameNote(signature));
}

QTEST_MAIN(TestDocumentLanguages)
#include "tst_documentlanguages.moc"
