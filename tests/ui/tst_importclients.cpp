// File > Import Clients through the real dialog: a CSV with its columns
// guessed and one changed by hand, the preview, duplicates merged, a
// malformed file that offers no Import, and a vCard file.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "clients/ImportClientsDialog.h"
#include "clients/ImportPreviewModel.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace md;
using test::child;
using test::click;

namespace {
QString fixture(const char* name) {
    return qEnvironmentVariable("MENTORDESK_SOURCE_DIR") + QStringLiteral("/tests/data/import/") +
           QLatin1String(name);
}
} // namespace

class TestImportClients final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void csvWithAColumnChangedByHand() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ClientsPage page;
        page.setWorkspace(&tw.workspace());
        page.show();
        page.importClients();
        auto* dialog = page.findChild<ImportClientsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(fixture("linkedin.csv")));
        auto* mapping = child<QTableView>(dialog, "mappingTableView");
        QVERIFY(mapping->isVisibleTo(dialog));
        QAbstractItemModel* columns = mapping->model();
        QCOMPARE(columns->rowCount(), 7);
        QCOMPARE(columns->index(2, 0).data().toString(), QStringLiteral("URL"));
        QCOMPARE(columns->index(2, 2).data().toString(), QStringLiteral("(not imported)"));
        // The URL becomes "Found you via", as a mentor might choose.
        QVERIFY(columns->setData(columns->index(2, 2), int(ImportField::Source),
                                 ColumnMappingModel::FieldRole));
        QAbstractItemModel* preview = child<QTableView>(dialog, "previewTableView")->model();
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->index(0, ImportPreviewModel::NameColumn).data().toString(),
                 QStringLiteral("Priya Raman"));
        QCOMPARE(preview->index(0, ImportPreviewModel::ActionColumn).data().toString(),
                 QStringLiteral("Add"));
        QVERIFY(
            child<QLabel>(dialog, "summaryLabel")->text().startsWith(QStringLiteral("2 to add")));
        QCOMPARE(tw->clients().count().value(), 0); // nothing yet
        click(child<QPushButton>(dialog, "importButton"));
        QCOMPARE(tw->clients().count().value(), 2);
        QCOMPARE(page.model()->rowCount(), 2);
        const QList<Client> stored = tw->clients().list().value();
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(), [](const Client& c) {
            return c.referralSource ==
                   QLatin1String("https://www.linkedin.com/in/priya-raman-example");
        }));
    }

    void duplicatesMergedAndAMalformedFileRefused() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        Client ada;
        ada.fullName = QStringLiteral("Ada Lovelace");
        ada.email = QStringLiteral("ada@example.org");
        const qint64 adaId = tw->clients().add(ada)->id;
        ImportClientsDialog dialog(tw->clients());
        dialog.show();

        QVERIFY(!dialog.loadFile(fixture("malformed_email.csv")));
        QVERIFY(child<QLabel>(&dialog, "problemsLabel")
                    ->text()
                    .contains(QStringLiteral("Line 3, Email")));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());

        QVERIFY(dialog.loadFile(fixture("duplicates.csv")));
        QVERIFY(child<QLabel>(&dialog, "problemsLabel")->text().isEmpty());
        QAbstractItemModel* preview = child<QTableView>(&dialog, "previewTableView")->model();
        QVERIFY(preview->index(0, ImportPreviewModel::ActionColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Skip")));
        click(child<QRadioButton>(&dialog, "mergeRadioButton"));
        QVERIFY(preview->index(0, ImportPreviewModel::ActionColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Merge")));
        click(child<QPushButton>(&dialog, "importButton"));
        QCOMPARE(tw->clients().get(adaId)->organisation, QStringLiteral("Analytical Engines"));
        QVERIFY(dialog.outcomeText().contains(QStringLiteral("2 added, 1 merged, 1 skipped")));
    }

    void vcardHasNoColumnsToMap() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ImportClientsDialog dialog(tw->clients());
        dialog.show();
        QVERIFY(dialog.loadFile(fixture("outlook.vcf")));
        QVERIFY(!child<QGroupBox>(&dialog, "mappingGroupBox")->isVisible());
        click(child<QPushButton>(&dialog, "importButton"));
        QCOMPARE(tw->clients().list()->first().fullName, QStringLiteral("Jürgen Müller"));
    }
};

QTEST_MAIN(TestImportClients)
#include "tst_importclients.moc"
