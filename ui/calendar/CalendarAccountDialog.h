#pragma once

#include "caldav/CalDavClient.h"
#include "caldav/CalendarAccount.h"
#include "crypto/SecureBytes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace md {

class CalendarSyncScheduler;
class Workspace;

// File > Calendar account…: connects the workspace to a calendar on the
// mentor's CalDAV server, or shows the connected account with Disconnect.
//
// Connecting is two steps: "Find calendars" runs discovery with the address,
// user and password typed, then the mentor chooses the calendar to publish
// to (or a new one), the other calendars whose events are busy times and the
// privacy options, and connects. The password goes into secure memory as soon
// as Find calendars is pressed and the field is cleared; it is kept only
// until the dialog closes. The network work runs on the scheduler's worker,
// so the window never waits for the server. Every error is the core's own
// sentence, shown under the fields (the dialog grows, nothing moves).
//
// Connected, it finds the account's other calendars again (on the worker,
// with the stored password), so the busy calendars and their titles can be
// changed in place and applied (CalendarAccountDialogBusy.cpp).
class CalendarAccountDialog final : public QDialog {
    Q_OBJECT
public:
    CalendarAccountDialog(Workspace& workspace, CalendarSyncScheduler& scheduler,
                          QWidget* parent = nullptr);
    ~CalendarAccountDialog() override;

    bool isWorking() const { return m_working; }

Q_SIGNALS:
    // The account was connected or disconnected.
    void accountChanged();

private:
    QWidget* buildAccountPage();
    QWidget* buildConnectedPage();
    void showCurrentState();
    void findCalendars();
    void calendarsFound(const Result<CalDavDiscovery>& found);
    void connectAccount();
    void askToDisconnect();
    void disconnectAccount();
    void setPreferredName(bool usePreferredName);
    // The busy calendars of the connected account (CalendarAccountDialogBusy.cpp).
    void buildConnectedBusyBox(QWidget* page);
    void findBusyCalendars(const CalendarAccount& account);
    void busyCalendarsFound(const Result<CalDavDiscovery>& found, int lookup);
    void applyBusyCalendars();
    void forgetCalendars();
    void updatePublishChoice();
    void setWorking(bool working, const QString& progress = {});
    void showError(const QString& message);
    void growToFit();
    // The address as typed, with https:// added when no scheme was given.
    QUrl typedServerUrl() const;

    Workspace& m_workspace;
    QPointer<CalendarSyncScheduler> m_scheduler;
    SecureBytes m_password; // from Find calendars until the dialog closes
    QList<CalendarInfo> m_calendars;
    bool m_working = false;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_accountPage = nullptr;
    QWidget* m_connectedPage = nullptr;
    QLineEdit* m_serverEdit = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QPushButton* m_findButton = nullptr;
    QWidget* m_calendarsBox = nullptr;
    QComboBox* m_publishCombo = nullptr;
    QLineEdit* m_newCalendarEdit = nullptr;
    QListWidget* m_busyList = nullptr;
    QCheckBox* m_busyTitlesCheck = nullptr;
    QCheckBox* m_preferredNameCheck = nullptr;
    QPushButton* m_connectButton = nullptr;
    QLabel* m_connectedLabel = nullptr;
    QCheckBox* m_connectedPreferredNameCheck = nullptr;
    QPushButton* m_disconnectButton = nullptr;
    QWidget* m_connectedBusyBox = nullptr;
    QListWidget* m_connectedBusyList = nullptr;
    QCheckBox* m_connectedBusyTitlesCheck = nullptr;
    QPushButton* m_applyBusyButton = nullptr;
    CalendarAccount m_connectedAccount;
    int m_busyLookup = 0; // a newer lookup makes an older answer stale
    QWidget* m_confirmBox = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace md
