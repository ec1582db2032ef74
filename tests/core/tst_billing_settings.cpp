#include "tst_billing_fixture.h"

#include "settings/SettingsService.h"
#include "storage/MentorProfileRepository.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>

using namespace md;
using md::test::BillingFixture;

class TestBillingSettings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsLetANewWorkspaceInvoice();
    void setAndShow_data();
    void setAndShow();
    void refusedValues_data();
    void refusedValues();
    void everyKeyIsDocumented();
    void profileKeysGoThroughTheMentorProfile();
    void typedSaveValidatesToo();
    void sellerDetailsSayWhatAnInvoiceLacks();

private:
    std::unique_ptr<BillingFixture> m_f;
    SettingsService* m_catalog = nullptr;
};

void TestBillingSettings::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_catalog = &m_f->workspace()->settings();
}

void TestBillingSettings::cleanup() {
    m_catalog = nullptr;
    m_f.reset();
}

void TestBillingSettings::defaultsLetANewWorkspaceInvoice() {
    auto settings = m_f->settings().businessSettings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->currency, QStringLiteral("EUR"));
    QCOMPARE(settings->numberPattern, QStringLiteral("{YYYY}-{NNNN}"));
    QCOMPARE(settings->paymentTermsDays, 14);
    QCOMPARE(settings->taxMode, TaxMode::Vat);
    const qint64 client = m_f->addClient(QStringLiteral("Ada"));
    auto draft = m_f->billing().createInvoice(
        client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 0)});
    QVERIFY(draft.ok());
    QVERIFY(m_f->billing().issue(draft->id).ok());
}

void TestBillingSettings::setAndShow_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("currency") << "billing.currency"
                              << "chf"
                              << "CHF";
    QTest::newRow("rate") << "billing.tax.standard_rate"
                          << "19"
                          << "19";
    QTest::newRow("reduced rate") << "billing.tax.reduced_rate"
                                  << "5,5"
                                  << "5.5";
    QTest::newRow("mode") << "billing.tax.mode"
                          << "exempt"
                          << "exempt";
    QTest::newRow("pattern") << "billing.invoice.number_pattern"
                             << "RE-{YYYY}-{NNN}"
                             << "RE-{YYYY}-{NNN}";
    QTest::newRow("terms") << "billing.invoice.payment_terms_days"
                           << "30"
                           << "30";
    QTest::newRow("iban") << "billing.bank.iban"
                          << "de89370400440532013000"
                          << "DE89 3704 0044 0532 0130 00";
    QTest::newRow("bic") << "billing.bank.bic"
                         << "cobadeff"
                         << "COBADEFF";
    QTest::newRow("price") << "billing.session.price"
                           << "120,5"
                           << "120.50";
    QTest::newRow("no-show") << "billing.policy.no_show_chargeable"
                             << "yes"
                             << "true";
    QTest::newRow("name") << "profile.name"
                          << "Jane Doe"
                          << "Jane Doe";
    QTest::newRow("address") << "profile.address"
                             << "1 Main St\\nBerlin"
                             << "1 Main St\nBerlin";
}

void TestBillingSettings::setAndShow() {
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, shown);
    auto set = m_catalog->setValue(key, input);
    QVERIFY2(set.ok(), qPrintable(set.message()));
    QCOMPARE(*set, shown);
    QCOMPARE(m_catalog->value(key).value(), shown);
    // It survives closing the workspace.
    m_catalog = nullptr;
    QVERIFY(m_f->reopen());
    SettingsService& again = m_f->workspace()->settings();
    QCOMPARE(again.value(key).value(), shown);
}

void TestBillingSettings::refusedValues_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::newRow("currency") << "billing.currency"
                              << "EURO";
    QTest::newRow("rate") << "billing.tax.standard_rate"
                          << "19.123";
    QTest::newRow("rate over 100") << "billing.tax.standard_rate"
                                   << "120";
    QTest::newRow("mode") << "billing.tax.mode"
                          << "maybe";
    QTest::newRow("pattern") << "billing.invoice.number_pattern"
                             << "{NNNN}";
    QTest::newRow("terms") << "billing.invoice.payment_terms_days"
                           << "-1";
    QTest::newRow("iban checksum") << "billing.bank.iban"
                                   << "DE88370400440532013000";
    QTest::newRow("bic") << "billing.bank.bic"
                         << "COBA";
    QTest::newRow("price") << "billing.session.price"
                           << "12.345";
    QTest::newRow("flag") << "billing.policy.no_show_chargeable"
                          << "perhaps";
    QTest::newRow("unknown") << "billing.nonsense"
                             << "1";
    QTest::newRow("unknown profile") << "profile.shoe_size"
                                     << "44";
}

void TestBillingSettings::refusedValues() {
    QFETCH(QString, key);
    QFETCH(QString, input);
    const auto before = m_catalog->values();
    auto set = m_catalog->setValue(key, input);
    QVERIFY(!set.ok());
    QVERIFY(!set.message().isEmpty());
    QCOMPARE(m_catalog->values().value(), before.value());
}

void TestBillingSettings::everyKeyIsDocumented() {
    const auto keys = SettingsService::keys();
    QVERIFY(keys.size() >= 20);
    QStringList names;
    for (const SettingKeyInfo& info : keys) {
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.key));
        QVERIFY2(!info.example.isEmpty(), qPrintable(info.key));
        QVERIFY(info.key.startsWith(QLatin1String("profile.")) ||
                info.key.startsWith(QLatin1String("practice.")) ||
                info.key.startsWith(QLatin1String("billing.")));
        names << info.key;
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), keys.size());
    const auto values = m_catalog->values();
    QVERIFY(values.ok());
    QCOMPARE(values->size(), keys.size());
    for (const QString& profileKey :
         {QStringLiteral("profile.name"), QStringLiteral("profile.business_name"),
          QStringLiteral("profile.address"), QStringLiteral("profile.tax_id"),
          QStringLiteral("profile.email"), QStringLiteral("profile.phone"),
          QStringLiteral("profile.logo")})
        QVERIFY(names.contains(profileKey));
}

// A new workspace may issue at once, but the mentor is told what the invoice
// will lack: a name, an address, a tax number (a VAT invoice only), the
// client's billing address, bank details.
void TestBillingSettings::sellerDetailsSayWhatAnInvoiceLacks() {
    const qint64 client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    auto labels = [&] {
        QStringList out;
        if (auto missing = m_f->billing().missingDetails(client); missing)
            for (const MissingInvoiceDetail& m : *missing)
                out << m.label;
        else
            out << missing.message();
        return out;
    };
    QCOMPARE(labels(), QStringList({QStringLiteral("your name"), QStringLiteral("your address"),
                                    QStringLiteral("your tax number"),
                                    QStringLiteral("Ada Lovelace's billing address"),
                                    QStringLiteral("your bank details")}));
    // Under the small-business exemption an invoice needs no tax number.
    QVERIFY(m_catalog->setValue(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")).ok());
    QVERIFY(!labels().contains(QStringLiteral("your tax number")));
    QVERIFY(m_catalog->setValue(QStringLiteral("billing.tax.mode"), QStringLiteral("vat")).ok());
    // A business name alone is a name.
    QVERIFY(m_catalog->setValue(QStringLiteral("profile.business_name"), QStringLiteral("Doe Ltd"))
                .ok());
    QVERIFY(
        m_catalog->setValue(QStringLiteral("profile.address"), QStringLiteral("1 Main St\\nBerlin"))
            .ok());
    QVERIFY(
        m_catalog->setValue(QStringLiteral("profile.tax_id"), QStringLiteral("DE123456789")).ok());
    InvoiceRecipient recipient;
    recipient.clientId = client;
    recipient.address = QStringLiteral("2 Side St\nLondon");
    QVERIFY(m_f->billing().saveRecipient(recipient).ok());
    QCOMPARE(labels(), QStringList{QStringLiteral("your bank details")});
    QVERIFY(m_catalog
                ->setValue(QStringLiteral("billing.bank.iban"),
                           QStringLiteral("DE89 3704 0044 0532 0130 00"))
                .ok());
    QVERIFY2(labels().isEmpty(), qPrintable(labels().join('|')));
}

void TestBillingSettings::profileKeysGoThroughTheMentorProfile() {
    QVERIFY(m_catalog
                ->setValue(QStringLiteral("profile.business_name"), QStringLiteral("Doe Mentoring"))
                .ok());
    QCOMPARE(m_f->settings().mentorProfile()->businessName, QStringLiteral("Doe Mentoring"));

    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(image.save(path, "PNG"));
    auto set = m_catalog->setValue(QStringLiteral("profile.logo"), path);
    QVERIFY2(set.ok(), qPrintable(set.message()));
    QVERIFY(set->startsWith(QStringLiteral("PNG image")));
    QVERIFY(!m_f->settings().mentorProfile()->logoImage.isEmpty());
    // Not an image: refused by the profile's own check.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    QVERIFY(!m_catalog->setValue(QStringLiteral("profile.logo"), text).ok());
    QVERIFY(m_catalog->setValue(QStringLiteral("profile.logo"), QString()).ok());
    QVERIFY(m_f->settings().mentorProfile()->logoImage.isEmpty());
}

void TestBillingSettings::typedSaveValidatesToo() {
    BusinessSettings settings;
    settings.standardRateBasisPoints = 2000;
    settings.iban = QStringLiteral("GB29NWBK60161331926819");
    QVERIFY(m_f->settings().saveBusinessSettings(settings).ok());
    QCOMPARE(m_f->settings().businessSettings()->standardRateBasisPoints, 2000);
    settings.iban = QStringLiteral("GB28NWBK60161331926819");
    QCOMPARE(m_f->settings().saveBusinessSettings(settings).code(), ErrorCode::InvalidInput);
    QCOMPARE(m_f->settings().businessSettings()->iban, QStringLiteral("GB29NWBK60161331926819"));
}

QTEST_MAIN(TestBillingSettings)
#include "tst_billing_settings.moc"
