#include "calendar/CalendarSyncStatusWidget.h"

#include "UiStyle.h"
#include "caldav/CalendarSyncService.h"
#include "calendar/CalendarDifferencesDialog.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace md {

CalendarSyncStatusWidget::CalendarSyncStatusWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("calendarSyncStatusWidget"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("calendarSyncStatusLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    m_connectButton = new QPushButton(tr("Connect a Calendar…"), this);
    m_connectButton->setObjectName(QStringLiteral("connectCalendarButton"));
    layout->addWidget(m_connectButton);
    m_reviewButton = new QPushButton(tr("Review…"), this);
    m_reviewButton->setObjectName(QStringLiteral("reviewDifferencesButton"));
    layout->addWidget(m_reviewButton);
    m_tryAgainButton = new QPushButton(tr("Try Again"), this);
    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    layout->addWidget(m_tryAgainButton);
    connect(m_connectButton, &QPushButton::clicked, this,
            &CalendarSyncStatusWidget::connectRequested);
    connect(m_reviewButton, &QPushButton::clicked, this,
            &CalendarSyncStatusWidget::reviewDifferences);
    connect(m_tryAgainButton, &QPushButton::clicked, this,
            &CalendarSyncStatusWidget::syncRequested);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(std::chrono::seconds(30));
    connect(m_clockTimer, &QTimer::timeout, this, &CalendarSyncStatusWidget::refresh);
    setWorkspace(nullptr);
}

CalendarSyncStatusWidget::~CalendarSyncStatusWidget() = default;

void CalendarSyncStatusWidget::setWorkspace(Workspace* workspace) {
    disconnect(m_following);
    m_workspace = workspace;
    if (workspace) {
        m_following = connect(&workspace->changes(), &ChangeNotifier::changed, this,
                              &CalendarSyncStatusWidget::follow);
        m_clockTimer->start();
    } else {
        m_clockTimer->stop();
    }
    refresh();
}

QString CalendarSyncStatusWidget::text() const {
    return m_label->text();
}

void CalendarSyncStatusWidget::follow(const ChangeSet& changes) {
    // Sessions and series queue calendar objects: the pending count moves.
    if (changes.touchesAny({RecordKind::CalendarSync, RecordKind::CalendarDifference,
                            RecordKind::Session, RecordKind::SessionSeries}))
        refresh();
}

void CalendarSyncStatusWidget::reviewDifferences() {
    if (!m_workspace)
        return;
    CalendarDifferencesDialog dialog(*m_workspace, window());
    dialog.exec();
    refresh();
}

QString CalendarSyncStatusWidget::syncedWhen(const QDateTime& lastSyncUtc) const {
    const qint64 seconds = std::max<qint64>(0, lastSyncUtc.secsTo(m_workspace->clock().nowUtc()));
    if (seconds < 60)
        return tr("Synced just now.");
    if (seconds < 3600)
        return tr("Synced %n minute(s) ago.", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("Synced %n hour(s) ago.", nullptr, int(seconds / 3600));
    return tr("Last synced %1.")
        .arg(QLocale().toString(lastSyncUtc.toLocalTime(), QLocale::ShortFormat));
}

void CalendarSyncStatusWidget::refresh() {
    m_connectButton->hide();
    m_reviewButton->hide();
    m_tryAgainButton->hide();
    m_label->setPalette(palette());
    if (!m_workspace) {
        m_label->clear();
        return;
    }
    const Result<CalendarSyncStatus> status = m_workspace->calendarSync().status();
    if (!status) {
        ui::styleAsError(m_label);
        m_label->setText(status.message());
        m_label->show();
        return;
    }
    if (!status->connected) {
        ui::styleAsSecondary(m_label);
        m_label->setText(tr("Your sessions are not published to a calendar on your phone."));
        m_label->show();
        m_connectButton->show();
        return;
    }
    QStringList parts;
    if (!status->lastError.isEmpty())
        parts << tr("The last sync did not finish: %1").arg(status->lastError);
    else if (status->lastSyncUtc.isValid())
        parts << syncedWhen(status->lastSyncUtc);
    else
        parts << tr("Not synced yet.");
    if (status->pendingChanges > 0)
        parts << tr("%n change(s) waiting to be sent.", nullptr, status->pendingChanges);
    if (status->differences > 0)
        parts << tr("%n event(s) changed on the calendar server wait for your choice.", nullptr,
                    status->differences);
    if (status->lastError.isEmpty())
        ui::styleAsSecondary(m_label);
    else
        ui::styleAsError(m_label);
    m_label->setText(parts.join(QLatin1Char(' ')));
    m_label->show();
    m_reviewButton->setVisible(status->differences > 0);
    m_tryAgainButton->setVisible(!status->lastError.isEmpty());
}

} // namespace md
