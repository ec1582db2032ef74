// ClientListModel and ClientFilterProxyModel over a real encrypted workspace:
// the model follows the repository's signals row by row (checked by
// QAbstractItemModelTester), the proxy filters and sorts.

#include "TemporaryWorkspace.h"
#include "clients/ClientFilterProxyModel.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

namespace {
Client makeClient(const QString& name, const QString& email = {}, const QString& org = {},
                  const QStringList& tags = {}) {
    Client client;
    client.fullName = name;
    client.email = email;
    client.organisation = org;
    client.tags = tags;
    return client;
}

QStringList names(const QAbstractItemModel& model) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ClientListModel::NameColumn).data().toString());
    return result;
}
} // namespace

class TestClientListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void followsRepositorySignals() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ClientService& repository = tw->clients();
        QVERIFY(repository.add(makeClient(QStringLiteral("Existing Person"))));

        ClientListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setClients(&repository, &tw->changes()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Result<Client> ada = repository.add(makeClient(QStringLiteral("Ada Lovelace")));
        QVERIFY(ada);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(ada->id), 1);

        Client edited = *ada;
        edited.preferredName = QStringLiteral("Ada");
        edited.organisation = QStringLiteral("Analytical Engines");
        edited.role = QStringLiteral("Programmer");
        QVERIFY(repository.update(edited));
        QCOMPARE(changed.count(), 1);
        const QModelIndex name = model.index(1, ClientListModel::NameColumn);
        // The list shows the preferred name (the default rule); the tooltip both.
        QCOMPARE(name.data().toString(), QStringLiteral("Ada"));
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), QStringLiteral("Ada Lovelace (Ada)"));
        QCOMPARE(model.index(1, ClientListModel::OrganisationColumn).data().toString(),
                 QStringLiteral("Analytical Engines, Programmer"));
        QCOMPARE(name.data(ClientListModel::IdRole).toLongLong(), ada->id);

        QVERIFY(repository.setArchived(ada->id, true));
        QVERIFY(name.data(ClientListModel::ArchivedRole).toBool());
        QCOMPARE(model.archivedCount(), 1);

        QVERIFY(repository.remove(ada->id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(ada->id), -1);
        QCOMPARE(reset.count(), 0); // row by row, never a reset

        // Locking: no rows, and later repository signals are not followed.
        QVERIFY(model.setClients(nullptr, nullptr));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(repository.add(makeClient(QStringLiteral("After Lock"))));
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersAndSorts() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ClientService& repository = tw->clients();
        QVERIFY(repository.add(
            makeClient(QStringLiteral("Zoë Zimmer"), QStringLiteral("zoe@example.org"),
                       QStringLiteral("Northwind"), {QStringLiteral("design")})));
        QVERIFY(repository.add(
            makeClient(QStringLiteral("Brian Baker"), QStringLiteral("brian@bakery.test"),
                       QStringLiteral("Contoso"), {QStringLiteral("leadership")})));
        Result<Client> archived = repository.add(
            makeClient(QStringLiteral("Anna Archived"), {}, QStringLiteral("Northwind")));
        QVERIFY(archived);
        QVERIFY(repository.setArchived(archived->id, true));

        ClientListModel model;
        ClientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setClients(&repository, &tw->changes()));
        proxy.sort(ClientListModel::NameColumn, Qt::AscendingOrder);

        QCOMPARE(names(proxy),
                 (QStringList{QStringLiteral("Brian Baker"), QStringLiteral("Zoë Zimmer")}));
        proxy.setShowArchived(true);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(names(proxy).first(), QStringLiteral("Anna Archived"));
        proxy.setShowArchived(false);

        proxy.setFilterText(QStringLiteral("northwind")); // organisation
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Zoë Zimmer")});
        proxy.setFilterText(QStringLiteral("BAKERY")); // email, any case
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Brian Baker")});
        proxy.setFilterText(QStringLiteral("leader")); // tag
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Brian Baker")});
        proxy.setFilterText(QStringLiteral("zoë design")); // every word must match
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Zoë Zimmer")});
        proxy.setFilterText(QStringLiteral("zoë leadership"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setShowArchived(true);
        proxy.setFilterText(QStringLiteral("northwind"));
        QCOMPARE(proxy.rowCount(), 2);

        // A new client that matches appears at once, in sorted position.
        QVERIFY(repository.add(makeClient(QStringLiteral("Aaron Northwind-Smith"))));
        QCOMPARE(names(proxy).first(), QStringLiteral("Aaron Northwind-Smith"));

        proxy.setFilterText({});
        proxy.sort(ClientListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("Zoë Zimmer"));
    }
};

QTEST_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"
