#include "calendar/CalendarAccountDialog.h"

#include "UiStyle.h"
#include "caldav/CalendarSyncService.h"
#include "calendar/CalendarSyncScheduler.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace md {

namespace {
// The publish choice that makes a new calendar (the others hold a calendar's index).
constexpr int kNewCalendar = -1;
const QString kDefaultCalendarName = QStringLiteral("MentorDesk");
} // namespace

CalendarAccountDialog::CalendarAccountDialog(Workspace& workspace, CalendarSyncScheduler& scheduler,
                                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_scheduler(&scheduler) {
    setObjectName(QStringLiteral("calendarAccountDialog"));
    setWindowTitle(tr("Calendar Account"));

    auto* layout = new QVBoxLayout(this);
    // Grows with a long error or the calendar list; never shrinks the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(
        tr("MentorDesk keeps a calendar on your own CalDAV server (Nextcloud, Radicale, "
           "Fastmail, iCloud, mailbox.org…) in step with your sessions, so your phone shows "
           "them. It sends only the time, \"Mentoring session\" with the client's initials and "
           "the format: never notes, goals or full names."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_pages = new QStackedWidget(this);
    m_accountPage = buildAccountPage();
    m_connectedPage = buildConnectedPage();
    m_pages->addWidget(m_accountPage);
    m_pages->addWidget(m_connectedPage);
    layout->addWidget(m_pages);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    ui::styleAsSecondary(m_progressLabel);
    m_progressLabel->hide();
    layout->addWidget(m_progressLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ui::styleAsError(m_errorLabel);
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_pages->setMinimumWidth(480);
    showCurrentState();
}

CalendarAccountDialog::~CalendarAccountDialog() = default;

QWidget* CalendarAccountDialog::buildAccountPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_serverEdit = new QLineEdit(page);
    m_serverEdit->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_serverEdit->setPlaceholderText(tr("https://calendar.example.com/"));
    form->addRow(tr("&Server address:"), m_serverEdit);
    m_userEdit = new QLineEdit(page);
    m_userEdit->setObjectName(QStringLiteral("userLineEdit"));
    form->addRow(tr("&User name:"), m_userEdit);
    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    form->addRow(tr("&Password:"), m_passwordEdit);
    layout->addLayout(form);

    m_findButton = new QPushButton(tr("&Find Calendars"), page);
    m_findButton->setObjectName(QStringLiteral("findCalendarsButton"));
    m_findButton->setDefault(true);
    auto* findRow = new QHBoxLayout;
    findRow->addStretch(1);
    findRow->addWidget(m_findButton);
    layout->addLayout(findRow);
    connect(m_findButton, &QPushButton::clicked, this, &CalendarAccountDialog::findCalendars);
    // Calendars found for another address or user are not this account's.
    connect(m_serverEdit, &QLineEdit::textEdited, this, &CalendarAccountDialog::forgetCalendars);
    connect(m_userEdit, &QLineEdit::textEdited, this, &CalendarAccountDialog::forgetCalendars);

    m_calendarsBox = new QWidget(page);
    auto* calendars = new QFormLayout(m_calendarsBox);
    calendars->setContentsMargins(0, 0, 0, 0);
    m_publishCombo = new QComboBox(m_calendarsBox);
    m_publishCombo->setObjectName(QStringLiteral("publishCalendarComboBox"));
    calendars->addRow(tr("Publish &to:"), m_publishCombo);
    m_newCalendarEdit = new QLineEdit(kDefaultCalendarName, m_calendarsBox);
    m_newCalendarEdit->setObjectName(QStringLiteral("newCalendarLineEdit"));
    calendars->addRow(tr("New calendar's &name:"), m_newCalendarEdit);
    m_busyList = new QListWidget(m_calendarsBox);
    m_busyList->setObjectName(QStringLiteral("busyCalendarsListWidget"));
    m_busyList->setMaximumHeight(120);
    calendars->addRow(tr("&Busy times from:"), m_busyList);
    m_busyTitlesCheck = new QCheckBox(tr("Show busy event tit&les"), m_calendarsBox);
    m_busyTitlesCheck->setObjectName(QStringLiteral("busyTitlesCheckBox"));
    calendars->addRow(QString(), m_busyTitlesCheck);
    m_preferredNameCheck =
        new QCheckBox(tr("Use the client's preferred na&me in published titles"), m_calendarsBox);
    m_preferredNameCheck->setObjectName(QStringLiteral("preferredNameCheckBox"));
    calendars->addRow(QString(), m_preferredNameCheck);
    m_connectButton = new QPushButton(tr("&Connect"), m_calendarsBox);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    auto* connectRow = new QHBoxLayout;
    connectRow->addStretch(1);
    connectRow->addWidget(m_connectButton);
    calendars->addRow(connectRow);
    layout->addWidget(m_calendarsBox);
    // Spare height goes below the fields, so a message appearing never moves them.
    layout->addStretch(1);
    m_calendarsBox->hide();
    connect(m_publishCombo, &QComboBox::currentIndexChanged, this,
            &CalendarAccountDialog::updatePublishChoice);
    connect(m_connectButton, &QPushButton::clicked, this, &CalendarAccountDialog::connectAccount);
    return page;
}

QWidget* CalendarAccountDialog::buildConnectedPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_connectedLabel = new QLabel(page);
    m_connectedLabel->setObjectName(QStringLiteral("connectedLabel"));
    m_connectedLabel->setWordWrap(true);
    m_connectedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_connectedLabel);
    m_connectedPreferredNameCheck =
        new QCheckBox(tr("Use the client's preferred na&me in published titles"), page);
    m_connectedPreferredNameCheck->setObjectName(QStringLiteral("connectedPreferredNameCheckBox"));
    layout->addWidget(m_connectedPreferredNameCheck);
    connect(m_connectedPreferredNameCheck, &QCheckBox::toggled, this,
            &CalendarAccountDialog::setPreferredName);
    buildConnectedBusyBox(page);

    m_disconnectButton = new QPushButton(tr("&Disconnect…"), page);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_disconnectButton);
    layout->addLayout(row);
    connect(m_disconnectButton, &QPushButton::clicked, this,
            &CalendarAccountDialog::askToDisconnect);

    // The confirmation stays in the dialog: what happens is said before it does.
    m_confirmBox = new QWidget(page);
    auto* confirm = new QVBoxLayout(m_confirmBox);
    confirm->setContentsMargins(0, 0, 0, 0);
    auto* question = new QLabel(
        tr("Disconnect this calendar account? The events MentorDesk published stay on the "
           "server (delete them there if you no longer want them); changes not yet sent are "
           "dropped, and busy times read from the server are removed. Your sessions in "
           "MentorDesk do not change."),
        m_confirmBox);
    question->setObjectName(QStringLiteral("disconnectQuestionLabel"));
    question->setWordWrap(true);
    confirm->addWidget(question);
    auto* answers = new QHBoxLayout;
    answers->addStretch(1);
    auto* keep = new QPushButton(tr("&Keep Connected"), m_confirmBox);
    keep->setObjectName(QStringLiteral("keepConnectedButton"));
    auto* yes = new QPushButton(tr("Dis&connect"), m_confirmBox);
    yes->setObjectName(QStringLiteral("confirmDisconnectButton"));
    answers->addWidget(keep);
    answers->addWidget(yes);
    confirm->addLayout(answers);
    layout->addWidget(m_confirmBox);
    layout->addStretch(1);
    m_confirmBox->hide();
    connect(keep, &QPushButton::clicked, m_confirmBox, &QWidget::hide);
    connect(yes, &QPushButton::clicked, this, &CalendarAccountDialog::disconnectAccount);
    return page;
}

void CalendarAccountDialog::showCurrentState() {
    auto account = m_workspace.calendarSync().account();
    if (!account) {
        showError(account.message());
        return;
    }
    if (!account->has_value()) {
        m_pages->setCurrentWidget(m_accountPage);
        return;
    }
    const CalendarAccount& connected = **account;
    m_connectedLabel->setText(
        tr("Connected to %1 as %2. Sessions are published to the calendar at %3.")
            .arg(connected.serverUrl.toDisplayString(), connected.user,
                 connected.calendarUrl.toDisplayString()));
    {
        const QSignalBlocker blocker(m_connectedPreferredNameCheck);
        m_connectedPreferredNameCheck->setChecked(connected.summaryUsesPreferredName);
    }
    m_confirmBox->hide();
    m_pages->setCurrentWidget(m_connectedPage);
    findBusyCalendars(connected);
}

QUrl CalendarAccountDialog::typedServerUrl() const {
    QString text = m_serverEdit->text().trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    return QUrl(text, QUrl::StrictMode);
}

void CalendarAccountDialog::findCalendars() {
    if (m_working || !m_scheduler)
        return;
    showError({});
    // Into secure memory at once, whatever happens next.
    if (!m_passwordEdit->text().isEmpty()) {
        QByteArray typed = m_passwordEdit->text().toUtf8();
        m_password = SecureBytes::takeFrom(typed);
        m_passwordEdit->clear();
        m_passwordEdit->setPlaceholderText(tr("Password kept until this dialog closes"));
    }
    if (m_serverEdit->text().trimmed().isEmpty()) {
        showError(tr("Give the address of your calendar server."));
        m_serverEdit->setFocus();
        return;
    }
    const QUrl url = typedServerUrl();
    if (Status secure = DavTransport::checkSecure(url); !secure) {
        showError(secure.message());
        m_serverEdit->setFocus();
        return;
    }
    if (m_userEdit->text().trimmed().isEmpty()) {
        showError(tr("Give the user name of the calendar account."));
        m_userEdit->setFocus();
        return;
    }
    if (m_password.isEmpty()) {
        showError(tr("Give the password of the calendar account."));
        m_passwordEdit->setFocus();
        return;
    }
    setWorking(true, tr("Looking for your calendars on %1…").arg(url.host()));
    m_scheduler->discover(url, m_userEdit->text().trimmed(),
                          SecureBytes(m_password.data(), m_password.size()), this,
                          [this](const Result<CalDavDiscovery>& found) { calendarsFound(found); });
}

void CalendarAccountDialog::calendarsFound(const Result<CalDavDiscovery>& found) {
    setWorking(false);
    if (!found) {
        forgetCalendars();
        showError(found.message());
        return;
    }
    m_calendars.clear();
    for (const CalendarInfo& calendar : found->calendars) {
        if (calendar.holdsEvents())
            m_calendars.append(calendar);
    }
    const QSignalBlocker blocker(m_publishCombo);
    m_publishCombo->clear();
    m_publishCombo->addItem(tr("A new calendar"), kNewCalendar);
    m_busyList->clear();
    int chosen = 0;
    for (int i = 0; i < m_calendars.size(); ++i) {
        const CalendarInfo& calendar = m_calendars.at(i);
        const QString name =
            calendar.displayName.isEmpty() ? calendar.url.path() : calendar.displayName;
        m_publishCombo->addItem(name, i);
        if (calendar.displayName == kDefaultCalendarName)
            chosen = m_publishCombo->count() - 1;
        auto* item = new QListWidgetItem(name, m_busyList);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, i);
    }
    m_publishCombo->setCurrentIndex(chosen);
    updatePublishChoice();
    m_calendarsBox->show();
    growToFit();
    if (m_calendars.isEmpty())
        m_progressLabel->setText(tr("The account has no calendars yet; MentorDesk will make one."));
    m_progressLabel->setVisible(m_calendars.isEmpty());
    m_publishCombo->setFocus();
}

void CalendarAccountDialog::updatePublishChoice() {
    const int chosen = m_publishCombo->currentData().toInt();
    m_newCalendarEdit->setEnabled(chosen == kNewCalendar);
    // The calendar published to is not a source of busy times.
    for (int row = 0; row < m_busyList->count(); ++row) {
        QListWidgetItem* item = m_busyList->item(row);
        const bool published = item->data(Qt::UserRole).toInt() == chosen;
        if (published)
            item->setCheckState(Qt::Unchecked);
        item->setFlags(published ? Qt::ItemIsUserCheckable
                                 : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    }
}

void CalendarAccountDialog::forgetCalendars() {
    m_calendars.clear();
    m_calendarsBox->hide();
    m_progressLabel->hide();
}

void CalendarAccountDialog::connectAccount() {
    if (m_working || !m_scheduler)
        return;
    showError({});
    CalendarSyncService::ConnectRequest request;
    request.serverUrl = typedServerUrl();
    request.user = m_userEdit->text().trimmed();
    const int chosen = m_publishCombo->currentData().toInt();
    if (chosen == kNewCalendar) {
        request.calendarName = m_newCalendarEdit->text().trimmed();
        if (request.calendarName.isEmpty()) {
            showError(tr("Give the new calendar a name."));
            m_newCalendarEdit->setFocus();
            return;
        }
        for (const CalendarInfo& calendar : std::as_const(m_calendars)) {
            if (calendar.displayName == request.calendarName) {
                showError(tr("The account already has a calendar named %1; choose it above "
                             "or give another name.")
                              .arg(request.calendarName));
                m_newCalendarEdit->setFocus();
                return;
            }
        }
    } else {
        request.calendarUrl = m_calendars.at(chosen).url;
    }
    for (int row = 0; row < m_busyList->count(); ++row) {
        const QListWidgetItem* item = m_busyList->item(row);
        if (item->checkState() == Qt::Checked)
            request.busyCalendarNames.append(
                m_calendars.at(item->data(Qt::UserRole).toInt()).displayName);
    }
    request.busyTitlesShown = m_busyTitlesCheck->isChecked();
    setWorking(true, tr("Connecting…"));
    m_scheduler->connectAccount(request, SecureBytes(m_password.data(), m_password.size()),
                                m_preferredNameCheck->isChecked(), this,
                                [this](const Result<CalendarAccount>& connected) {
                                    setWorking(false);
                                    if (!connected) {
                                        showError(connected.message());
                                        return;
                                    }
                                    m_password.clear();
                                    m_passwordEdit->setPlaceholderText({});
                                    showCurrentState();
                                    Q_EMIT accountChanged();
                                });
}

void CalendarAccountDialog::askToDisconnect() {
    showError({});
    m_confirmBox->show();
}

void CalendarAccountDialog::disconnectAccount() {
    if (m_working || !m_scheduler)
        return;
    setWorking(true, tr("Disconnecting…"));
    m_scheduler->disconnectAccount(this, [this](const Status& removed) {
        setWorking(false);
        if (!removed) {
            showError(removed.message());
            return;
        }
        forgetCalendars();
        showCurrentState();
        Q_EMIT accountChanged();
    });
}

void CalendarAccountDialog::setPreferredName(bool usePreferredName) {
    if (!m_scheduler)
        return;
    showError({});
    m_scheduler->setSummaryUsesPreferredName(usePreferredName, this, [this](const Status& set) {
        if (!set)
            showError(set.message());
    });
}

void CalendarAccountDialog::setWorking(bool working, const QString& progress) {
    m_working = working;
    m_pages->setEnabled(!working);
    m_progressLabel->setText(progress);
    m_progressLabel->setVisible(working && !progress.isEmpty());
    if (working)
        m_errorLabel->hide();
    growToFit();
}

void CalendarAccountDialog::showError(const QString& message) {
    ui::setErrorText(m_errorLabel, message);
    growToFit();
}

void CalendarAccountDialog::growToFit() {
    // Taller at once when a message or the calendars appear, before anything
    // is painted squeezed: the fields above never move.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace md
