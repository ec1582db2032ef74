// "Names in lists" in Preferences: the client list, the pipeline's cards and
// the calendar (week grid and agenda) show the client's preferred name or
// full name by the one rule, and follow the choice as soon as it is saved.

#include "FakeClock.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "calendar/AgendaView.h"
#include "calendar/CalendarItem.h"
#include "calendar/CalendarPage.h"
#include "calendar/SessionListModel.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineBoard.h"
#include "scheduling/SchedulingService.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;

namespace {

const QString kFullName = QStringLiteral("Ana Mueller");
const QString kPreferredName = QStringLiteral("Ana");

} // namespace

class TestListNames final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void everyListFollowsTheChoice() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        tw.clock().set(now);
        Client client;
        client.fullName = kFullName;
        client.preferredName = kPreferredName;
        const qint64 clientId = tw->clients().add(client)->id;
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.title = QStringLiteral("Into product management");
        engagement.startDate = now.date();
        const qint64 engagementId = tw->engagements().addEngagement(engagement)->id;
        Session session;
        session.engagementId = engagementId;
        session.start = now.addDays(1);
        session.durationMinutes = 60;
        QVERIFY(tw->scheduling().addSession(session));

        ClientsPage clients;
        clients.show();
        clients.setWorkspace(&tw.workspace());
        PipelineBoard board;
        board.show();
        board.setWorkspace(&tw.workspace());
        CalendarPage calendar;
        calendar.resize(1200, 820);
        calendar.show();
        calendar.setWorkspace(&tw.workspace());
        calendar.setAnchor(now.date());
        calendar.showView(CalendarPage::View::Agenda);

        auto clientListName = [&] {
            const int row = clients.model()->rowOf(clientId);
            return clients.model()->index(row, ClientListModel::NameColumn).data().toString();
        };
        auto cardName = [&] {
            return board.model()->index(board.model()->rowOf(engagementId)).data().toString();
        };
        auto agendaName = [&] {
            SessionListModel* agenda = calendar.agendaView()->model();
            return agenda->rowCount() == 1
                       ? agenda->index(0, SessionListModel::ClientColumn).data().toString()
                       : QStringLiteral("%1 rows").arg(agenda->rowCount());
        };
        auto weekTitle = [&] {
            const QList<CalendarItem> items =
                CalendarItems::load(tw->scheduling(), now.addDays(-1), now.addDays(7));
            return items.size() == 1 ? items.first().title
                                     : QStringLiteral("%1 items").arg(items.size());
        };

        QTRY_COMPARE(clientListName(), kPreferredName);
        QTRY_COMPARE(cardName(), kPreferredName);
        QTRY_COMPARE(agendaName(), kPreferredName);
        QCOMPARE(weekTitle(), kPreferredName);

        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        auto* dialog = new PreferencesDialog(settings, &tw->settings());
        auto* names = child<QComboBox>(dialog, "clientNamesComboBox");
        QVERIFY(names);
        QCOMPARE(names->currentData().toInt(), int(ClientNameStyle::Preferred));
        names->setCurrentIndex(names->findData(int(ClientNameStyle::Full)));
        click(
            child<QDialogButtonBox>(dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        delete dialog;
        QCOMPARE(tw->settings().practiceRules()->clientNames, ClientNameStyle::Full);

        QTRY_COMPARE(clientListName(), kFullName);
        QTRY_COMPARE(cardName(), kFullName);
        QTRY_COMPARE(agendaName(), kFullName);
        QCOMPARE(weekTitle(), kFullName);

        // And back.
        Result<PracticeRules> rules = tw->settings().practiceRules();
        rules->clientNames = ClientNameStyle::Preferred;
        QVERIFY(tw->settings().savePracticeRules(*rules));
        QTRY_COMPARE(clientListName(), kPreferredName);
        QTRY_COMPARE(cardName(), kPreferredName);
        QTRY_COMPARE(agendaName(), kPreferredName);
    }
};

QTEST_MAIN(TestListNames)
#include "tst_listnames.moc"
