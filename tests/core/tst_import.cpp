// Importing clients from CSV (Google Contacts, Outlook, LinkedIn, a plain
// file) and vCard (Thunderbird, Google, Apple, Outlook) files: exact profiles
// from real-world shapes, malformed files refused with line, column and
// reason and nothing stored, duplicates skipped or merged.

#include "TemporaryWorkspace.h"

#include "clients/ClientService.h"
#include "common/FaultInjection.h"
#include "import/ClientImport.h"
#include "import/VCardReader.h"

#include <QFile>
#include <QTest>

using namespace md;

namespace {

QByteArray fixture(const char* name) {
    QFile file(qEnvironmentVariable("MENTORDESK_SOURCE_DIR") +
               QStringLiteral("/tests/data/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QList<Client> csvClients(const char* name, QList<ImportProblem>* problems = nullptr) {
    Result<ImportTable> table = ClientImport::readCsv(fixture(name), problems);
    if (!table)
        return {};
    Result<QList<ImportedContact>> contacts =
        ClientImport::contactsOf(*table, ColumnMapping::guess(table->headers), problems);
    QList<Client> clients;
    if (contacts)
        for (const ImportedContact& contact : *contacts)
            clients.append(contact.toClient());
    return clients;
}

QList<Client> vcardClients(const char* name) {
    Result<QList<ImportedContact>> contacts = VCardReader::read(fixture(name));
    QList<Client> clients;
    if (contacts)
        for (const ImportedContact& contact : *contacts)
            clients.append(contact.toClient());
    return clients;
}

} // namespace

class TestImport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void googleContactsCsv() {
        const QList<Client> clients = csvClients("google.csv");
        QCOMPARE(clients.size(), 3);
        const Client& zoe = clients.at(0);
        QCOMPARE(zoe.fullName, QStringLiteral("Zoë Ångström"));
        QCOMPARE(zoe.preferredName, QStringLiteral("Zo"));
        QCOMPARE(zoe.email, QStringLiteral("zoe@nordlys.example"));
        QCOMPARE(zoe.phone, QStringLiteral("+46 70 123 45 67"));
        QCOMPARE(zoe.organisation, QStringLiteral("Nordlys AB"));
        QCOMPARE(zoe.role, QStringLiteral("Senior engineer"));
        QCOMPARE(zoe.tags,
                 QStringList{QStringLiteral("Mentoring")}); // "* myContacts" is Google's own
        QVERIFY(zoe.background.startsWith(
            QStringLiteral("Met at the Oslo meetup.\nWants to lead a team.")));
        QVERIFY(zoe.background.contains(QStringLiteral("Other e-mail: zoe.private@example.se")));
        QVERIFY(zoe.background.contains(QStringLiteral("Other phone: +46 8 555 01 00")));
        QCOMPARE(clients.at(1).fullName, QStringLiteral("Kwame Kofi Mensah"));
        QCOMPARE(clients.at(1).organisation, QStringLiteral("Accra Health, Ltd."));
        QCOMPARE(clients.at(2).fullName, QStringLiteral("李 小龍"));
    }

    void outlookGermanCsvWithSemicolonsAndBom() {
        Result<ImportTable> table = ClientImport::readCsv(fixture("outlook_de.csv"), nullptr);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->delimiter, QLatin1Char(';'));
        QCOMPARE(table->headers.first(), QStringLiteral("Vorname")); // the BOM is gone
        const QList<Client> clients = csvClients("outlook_de.csv");
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(0).fullName, QStringLiteral("Jürgen Groß"));
        QCOMPARE(clients.at(0).organisation, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(clients.at(0).phone, QStringLiteral("+49 171 2345678"));
        QCOMPARE(clients.at(0).tags,
                 (QStringList{QStringLiteral("Mentee"), QStringLiteral("Berlin")}));
        QVERIFY(clients.at(0).background.startsWith(
            QStringLiteral("Möchte in die Geschäftsführung; fragt")));
        QCOMPARE(clients.at(1).fullName, QStringLiteral("Anna Maria Schmidt"));
        QCOMPARE(clients.at(1).email, QStringLiteral("anna@schmidt.example"));
    }

    void linkedInConnectionsSkipThePreamble() {
        Result<ImportTable> table = ClientImport::readCsv(fixture("linkedin.csv"), nullptr);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->headerLine, 4);
        QCOMPARE(table->skippedLines, 3);
        const QList<Client> clients = csvClients("linkedin.csv");
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(0).fullName, QStringLiteral("Priya Raman"));
        QCOMPARE(clients.at(0).email, QStringLiteral("priya@example.in"));
        QCOMPARE(clients.at(0).organisation, QStringLiteral("Infosys"));
        QCOMPARE(clients.at(0).role, QStringLiteral("Product Manager"));
        QCOMPARE(clients.at(1).fullName, QStringLiteral("Tomás Ortega"));
        QCOMPARE(clients.at(1).email, QString());
        QCOMPARE(clients.at(1).organisation, QStringLiteral("Banco Sol, S.A."));
    }

    void genericCsv() {
        const QList<Client> clients = csvClients("generic.csv");
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(1).tags,
                 (QStringList{QStringLiteral("alumni"), QStringLiteral("navy")}));
    }

    void malformedCsvNamesLineColumnAndReason_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unclosed quote") << "malformed_quote.csv" << 3 << "field 1"
                                        << "a quoted field is never closed";
        QTest::newRow("too many fields") << "malformed_fields.csv" << 3 << ""
                                         << "5 fields, but the header has 3";
        QTest::newRow("bad email") << "malformed_email.csv" << 3 << "Email"
                                   << "This is not a valid email address";
    }

    void malformedCsvNamesLineColumnAndReason() {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QList<ImportProblem> problems;
        Result<ImportTable> table =
            ClientImport::readCsv(fixture(file.toLatin1().constData()), &problems);
        if (table) {
            Result<QList<ImportedContact>> contacts =
                ClientImport::contactsOf(*table, ColumnMapping::guess(table->headers), &problems);
            QVERIFY(contacts.ok());
            Result<ImportPlan> plan = ClientImport::plan(*contacts, ws->clients(),
                                                         ClientImport::Duplicates::Skip, &problems);
            QVERIFY(!plan.ok());
            QVERIFY(plan.message().startsWith(QStringLiteral("Nothing was imported")));
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, line);
        QCOMPARE(problems.first().column, column);
        QVERIFY2(problems.first().reason.startsWith(reason), qPrintable(problems.first().reason));
        QCOMPARE(ws->clients().count().value(), 0);
    }

    void aFileThatIsNotUtf8IsRefusedInWords() {
        Result<ImportTable> table = ClientImport::readCsv(fixture("latin1.csv"), nullptr);
        QVERIFY(!table.ok());
        QVERIFY2(table.message().contains(QStringLiteral("not UTF-8")) &&
                     table.message().contains(QStringLiteral("line 2")),
                 qPrintable(table.message()));
    }

    void vcardFromThunderbird() {
        const QList<Client> clients = vcardClients("thunderbird.vcf");
        QCOMPARE(clients.size(), 2);
        const Client& marie = clients.at(0);
        QCOMPARE(marie.fullName, QStringLiteral("Marie Dupont"));
        QCOMPARE(marie.preferredName, QStringLiteral("Mimi"));
        QCOMPARE(marie.email, QStringLiteral("marie@example.fr")); // PREF=1 first
        QCOMPARE(marie.phone, QStringLiteral("+33-6-12-34-56-78"));
        QCOMPARE(marie.organisation, QStringLiteral("Société Générale d'Études"));
        QCOMPARE(marie.role, QStringLiteral("Cheffe de projet"));
        QCOMPARE(marie.tags, (QStringList{QStringLiteral("Mentoring"), QStringLiteral("Paris")}));
        QVERIFY2(
            marie.background.startsWith(QStringLiteral(
                "Prépare une reconversion vers le conseil. Souhaite un mentorat de six mois, à "
                "raison d'une séance par mois.\nSecond line.")),
            qPrintable(marie.background));
        QVERIFY(marie.background.contains(
            QStringLiteral("Other e-mail: marie.dupont@societe.example")));
        QCOMPARE(clients.at(1).fullName, QStringLiteral("Søren Kierkegaard"));
    }

    void vcardFromGoogleAppleAndOutlook() {
        const QList<Client> google = vcardClients("google.vcf");
        QCOMPARE(google.size(), 1);
        QCOMPARE(google.first().organisation, QStringLiteral("Accra Health, Ltd."));
        QCOMPARE(google.first().tags,
                 (QStringList{QStringLiteral("myContacts"), QStringLiteral("Mentoring")}));

        const QList<Client> apple = vcardClients("apple.vcf");
        QCOMPARE(apple.size(), 1);
        QCOMPARE(apple.first().fullName, QStringLiteral("Yuki Nakamura"));
        QCOMPARE(apple.first().email, QStringLiteral("yuki@kyoto-robotics.example"));
        QCOMPARE(apple.first().phone, QStringLiteral("+81 90-1234-5678"));
        QCOMPARE(apple.first().organisation, QStringLiteral("Kyoto Robotics"));
        QCOMPARE(apple.first().background.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Speaks at ROSCon every year."));

        const QList<Client> outlook = vcardClients("outlook.vcf");
        QCOMPARE(outlook.size(), 1);
        QCOMPARE(outlook.first().fullName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(outlook.first().phone, QStringLiteral("+49 171 1112223")); // the PREF one
        QCOMPARE(outlook.first().email, QStringLiteral("juergen.mueller@contoso.example"));
        QVERIFY2(outlook.first().background.startsWith(QStringLiteral(
                     "Erste Zeile des Notizfelds, die sehr lang ist und deshalb umbrochen "
                     "wird.\r\nZweite Zeile.")),
                 qPrintable(outlook.first().background));
    }

    void malformedVcardIsRefusedWithItsLines() {
        QList<ImportProblem> problems;
        Result<QList<ImportedContact>> contacts =
            VCardReader::read(fixture("malformed.vcf"), &problems);
        QVERIFY(!contacts.ok());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).line, 6);
        QVERIFY(problems.at(0).reason.contains(QStringLiteral("outside BEGIN:VCARD")));
        QCOMPARE(problems.at(1).line, 7);
        QVERIFY(problems.at(1).reason.contains(QStringLiteral("without END:VCARD")));
    }

    void duplicatesAreSkippedOrMerged_data() {
        QTest::addColumn<bool>("merge");
        QTest::newRow("skip") << false;
        QTest::newRow("merge") << true;
    }

    void duplicatesAreSkippedOrMerged() {
        QFETCH(bool, merge);
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Client ada;
        ada.fullName = QStringLiteral("Ada Lovelace");
        ada.email = QStringLiteral("ada@example.org");
        ada.tags = {QStringLiteral("existing")};
        const qint64 adaId = ws->clients().add(ada)->id;
        Client grace;
        grace.fullName = QStringLiteral("Grace Hopper");
        const qint64 graceId = ws->clients().add(grace)->id;

        Result<ImportTable> table = ClientImport::readCsv(fixture("duplicates.csv"), nullptr);
        QVERIFY(table.ok());
        Result<QList<ImportedContact>> contacts =
            ClientImport::contactsOf(*table, ColumnMapping::guess(table->headers), nullptr);
        QVERIFY(contacts.ok());
        const ClientImport::Duplicates policy =
            merge ? ClientImport::Duplicates::Merge : ClientImport::Duplicates::Skip;
        Result<ImportPlan> plan = ClientImport::plan(*contacts, ws->clients(), policy, nullptr);
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(plan->rows.size(), 4);
        // Line 2: Ada by email (case does not matter); line 4: Ada again (an
        // earlier line); line 5: Grace by name (no email).
        QCOMPARE(plan->rows.at(0).existingId, adaId);
        QCOMPARE(plan->rows.at(2).duplicateOfLine, 2);
        QCOMPARE(plan->rows.at(3).existingId, graceId);
        QCOMPARE(plan->count(ImportPlan::Action::Add), 1);
        QCOMPARE(plan->count(ImportPlan::Action::Merge), merge ? 2 : 0);

        Result<ClientService::ImportOutcome> done = ws->clients().importClients(*plan);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->added, 1);
        QCOMPARE(ws->clients().count().value(), 3);
        const Client storedAda = ws->clients().get(adaId).value();
        const Client storedGrace = ws->clients().get(graceId).value();
        if (merge) {
            QCOMPARE(storedAda.organisation, QStringLiteral("Analytical Engines"));
            QCOMPARE(storedAda.tags,
                     (QStringList{QStringLiteral("existing"), QStringLiteral("imported"),
                                  QStringLiteral("second")}));
            QCOMPARE(storedAda.fullName, QStringLiteral("Ada Lovelace")); // never overwritten
            QCOMPARE(storedGrace.organisation, QStringLiteral("US Navy"));
        } else {
            QCOMPARE(storedAda.organisation, QString());
            QCOMPARE(storedAda.tags, QStringList{QStringLiteral("existing")});
            QCOMPARE(storedGrace.organisation, QString());
        }
    }

    void anImportIsOneUnitOfWork() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<ImportTable> table = ClientImport::readCsv(fixture("google.csv"), nullptr);
        Result<QList<ImportedContact>> contacts =
            ClientImport::contactsOf(*table, ColumnMapping::guess(table->headers), nullptr);
        Result<ImportPlan> plan =
            ClientImport::plan(*contacts, ws->clients(), ClientImport::Duplicates::Skip, nullptr);
        QVERIFY(plan.ok());
        ScopedStatementFault fault(QRegularExpression(QStringLiteral("^INSERT INTO clients")), 2);
        QVERIFY(!ws->clients().importClients(*plan).ok());
        QCOMPARE(ws->clients().count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
