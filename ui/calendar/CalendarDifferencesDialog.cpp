#include "calendar/CalendarDifferencesDialog.h"

#include "BusyCursor.h"
#include "caldav/CalendarSyncService.h"
#include "common/ChangeNotifier.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace md {

CalendarDifferencesDialog::CalendarDifferencesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("calendarDifferencesDialog"));
    setWindowTitle(tr("Changes Made on the Calendar Server"));
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("differencesTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Session in MentorDesk"), tr("On the server")});
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumWidth(560);
    layout->addWidget(m_list, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* choices = new QHBoxLayout;
    m_accept = new QPushButton(tr("Accept the server's version"), this);
    m_accept->setObjectName(QStringLiteral("acceptServerVersionButton"));
    m_accept->setToolTip(tr("Change the session in MentorDesk as it was changed on the server. "
                            "A deleted event cancels the session, as cancelled by you."));
    m_keep = new QPushButton(tr("Keep MentorDesk's version"), this);
    m_keep->setObjectName(QStringLiteral("keepMentorDeskVersionButton"));
    m_keep->setToolTip(tr("Write the session to the server again as MentorDesk has it."));
    choices->addWidget(m_accept);
    choices->addWidget(m_keep);
    choices->addStretch(1);
    layout->addLayout(choices);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &CalendarDifferencesDialog::acceptServerVersion);
    connect(m_keep, &QPushButton::clicked, this, &CalendarDifferencesDialog::keepMentorDeskVersion);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &CalendarDifferencesDialog::updateButtons);
    connect(&m_workspace.changes(), &ChangeNotifier::changed, this,
            &CalendarDifferencesDialog::follow);
    reload();
}

void CalendarDifferencesDialog::follow(const ChangeSet& changes) {
    if (changes.touchesAny({RecordKind::CalendarDifference, RecordKind::Session,
                            RecordKind::SessionSeries, RecordKind::Client}))
        reload();
}

void CalendarDifferencesDialog::reload() {
    const qint64 selected = selectedId();
    auto differences = m_workspace.calendarSync().differences();
    if (!differences) {
        showMessage(differences.message());
        return;
    }
    m_differences = *differences;
    auto availability = m_workspace.scheduling().availability();
    const QTimeZone zone = availability ? availability->zone : QTimeZone::systemTimeZone();
    m_list->clear();
    for (const CalendarDifference& difference : std::as_const(m_differences)) {
        auto* item = new QTreeWidgetItem(m_list, {calendarDifferenceSubject(difference, zone),
                                                  describeCalendarDifference(difference, zone)});
        item->setData(0, Qt::UserRole, difference.id);
        if (difference.id == selected)
            item->setSelected(true);
    }
    m_list->resizeColumnToContents(0);
    if (m_differences.isEmpty()) {
        m_intro->setText(tr("The calendar server has what MentorDesk published: nothing was "
                            "changed there."));
    } else {
        m_intro->setText(tr("These events were changed or deleted on the calendar server (on a "
                            "phone or in another calendar app) after MentorDesk published them. "
                            "MentorDesk did not overwrite them. Choose for each which version "
                            "to keep."));
        if (m_list->selectedItems().isEmpty())
            m_list->topLevelItem(0)->setSelected(true);
    }
    updateButtons();
}

qint64 CalendarDifferencesDialog::selectedId() const {
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, Qt::UserRole).toLongLong();
}

void CalendarDifferencesDialog::updateButtons() {
    const bool chosen = selectedId() != 0;
    m_accept->setEnabled(chosen);
    m_keep->setEnabled(chosen);
}

void CalendarDifferencesDialog::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CalendarDifferencesDialog::acceptServerVersion() {
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto accepted = m_workspace.calendarSync().acceptServerVersion(id);
    if (!accepted) {
        showMessage(accepted.message());
        return;
    }
    QStringList warnings;
    for (const ConflictWarning& warning : std::as_const(*accepted))
        warnings << warning.message;
    showMessage(warnings.join(QLatin1Char('\n')));
    reload(); // the change notification does it too; a failed publish must not leave a stale row
}

void CalendarDifferencesDialog::keepMentorDeskVersion() {
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Result<bool> kept = [&] {
        // Writes to the server: a request or two, waited for here.
        BusyCursor busy;
        return m_workspace.calendarSync().keepMentorDeskVersion(id);
    }();
    if (!kept) {
        showMessage(kept.message());
        return;
    }
    showMessage(*kept ? QString()
                      : tr("MentorDesk's version is kept; it goes to the server with the next "
                           "sync."));
    reload();
}

} // namespace md
