#include "backup/BackupStatusPanel.h"

#include "UiStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

BackupStatusPanel::BackupStatusPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("backupStatusPanel"));
    auto* title = new QLabel(tr("Backups"), this);
    ui::styleAsHeading(title, 1.15);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardBackupStatusLabel"));
    m_status->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("dashboardBackupDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backUpNow = new QPushButton(tr("Back Up Now"), this);
    m_backUpNow->setObjectName(QStringLiteral("dashboardBackUpNowButton"));
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupStatusPanel::backUpNowRequested);

    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_backUpNow, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_details);
}

void BackupStatusPanel::setStatus(const QString& text, bool warning, const QString& details) {
    m_status->setText(text.isEmpty() ? tr("Backups are not set up for this workspace.") : text);
    QPalette palette = this->palette();
    if (warning)
        palette.setColor(QPalette::WindowText, ui::warningColor());
    m_status->setPalette(palette);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

} // namespace md
