// CalendarAccountDialog, connected: choosing the busy calendars in place.

#include "calendar/CalendarAccountDialog.h"

#include "caldav/CalendarSyncService.h"
#include "calendar/CalendarSyncScheduler.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace md {

void CalendarAccountDialog::buildConnectedBusyBox(QWidget* page) {
    m_connectedBusyBox = new QWidget(page);
    auto* form = new QFormLayout(m_connectedBusyBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_connectedBusyList = new QListWidget(m_connectedBusyBox);
    m_connectedBusyList->setObjectName(QStringLiteral("connectedBusyCalendarsListWidget"));
    m_connectedBusyList->setMaximumHeight(120);
    form->addRow(tr("&Busy times from:"), m_connectedBusyList);
    m_connectedBusyTitlesCheck = new QCheckBox(tr("Show busy event tit&les"), m_connectedBusyBox);
    m_connectedBusyTitlesCheck->setObjectName(QStringLiteral("connectedBusyTitlesCheckBox"));
    form->addRow(QString(), m_connectedBusyTitlesCheck);
    // Qt's own translated "Apply", in a box of its own so it sits under the list.
    auto* apply = new QDialogButtonBox(QDialogButtonBox::Apply, m_connectedBusyBox);
    m_applyBusyButton = apply->button(QDialogButtonBox::Apply);
    m_applyBusyButton->setObjectName(QStringLiteral("applyBusyCalendarsButton"));
    m_applyBusyButton->setEnabled(false);
    form->addRow(apply);
    page->layout()->addWidget(m_connectedBusyBox);
    m_connectedBusyBox->hide();

    // Apply is enabled only while the choice differs from what is stored.
    const auto changed = [this] {
        m_applyBusyButton->setEnabled(true);
    };
    connect(m_connectedBusyList, &QListWidget::itemChanged, this, changed);
    connect(m_connectedBusyTitlesCheck, &QCheckBox::toggled, this, changed);
    connect(m_applyBusyButton, &QPushButton::clicked, this,
            &CalendarAccountDialog::applyBusyCalendars);
}

void CalendarAccountDialog::findBusyCalendars(const CalendarAccount& account) {
    m_connectedAccount = account;
    m_connectedBusyBox->hide();
    if (!m_scheduler)
        return;
    const int lookup = ++m_busyLookup;
    if (!m_working) {
        m_progressLabel->setText(
            tr("Looking for your calendars on %1…").arg(account.serverUrl.host()));
        m_progressLabel->show();
    }
    m_scheduler->discoverAccount(this, [this, lookup](const Result<CalDavDiscovery>& found) {
        busyCalendarsFound(found, lookup);
    });
}

void CalendarAccountDialog::busyCalendarsFound(const Result<CalDavDiscovery>& found, int lookup) {
    // Disconnected, or connected again, meanwhile: the answer is of no use.
    if (lookup != m_busyLookup || m_pages->currentWidget() != m_connectedPage)
        return;
    if (!m_working)
        m_progressLabel->hide();
    if (!found) {
        showError(found.message());
        return;
    }
    {
        const QSignalBlocker listBlocker(m_connectedBusyList);
        const QSignalBlocker checkBlocker(m_connectedBusyTitlesCheck);
        m_connectedBusyList->clear();
        for (const CalendarInfo& calendar : found->calendars) {
            // The calendar published to is not a source of busy times.
            if (!calendar.holdsEvents() || calendar.url == m_connectedAccount.calendarUrl)
                continue;
            const QString name =
                calendar.displayName.isEmpty() ? calendar.url.path() : calendar.displayName;
            auto* item = new QListWidgetItem(name, m_connectedBusyList);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(m_connectedAccount.busyCalendars.contains(calendar.url)
                                    ? Qt::Checked
                                    : Qt::Unchecked);
            // The core chooses by display name.
            item->setData(Qt::UserRole, calendar.displayName);
        }
        m_connectedBusyTitlesCheck->setChecked(m_connectedAccount.busyTitlesShown);
    }
    m_applyBusyButton->setEnabled(false);
    m_connectedBusyBox->show();
    growToFit();
}

void CalendarAccountDialog::applyBusyCalendars() {
    if (m_working || !m_scheduler)
        return;
    showError({});
    QStringList names;
    for (int row = 0; row < m_connectedBusyList->count(); ++row) {
        const QListWidgetItem* item = m_connectedBusyList->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    setWorking(true, tr("Saving the busy calendars…"));
    m_scheduler->setBusyCalendars(names, m_connectedBusyTitlesCheck->isChecked(), this,
                                  [this](const Status& set) {
                                      setWorking(false);
                                      if (!set) {
                                          showError(set.message());
                                          return;
                                      }
                                      m_applyBusyButton->setEnabled(false);
                                      auto account = m_workspace.calendarSync().account();
                                      if (account && account->has_value())
                                          m_connectedAccount = **account;
                                  });
}

} // namespace md
