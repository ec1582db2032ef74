#include "LockedPage.h"

#include "UiStyle.h"

#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

LockedPage::LockedPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("lockedPage"));
    m_iconLabel = new QLabel(this);
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->setPixmap(ui::appIcon().pixmap(72));

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("lockedTitleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    ui::styleAsHeading(m_titleLabel, 1.6);

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("lockedTextLabel"));
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setMaximumWidth(520);
    ui::styleAsSecondary(m_textLabel);

    m_unlockButton = new QPushButton(tr("&Unlock…"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_createButton = new QPushButton(tr("&Create Workspace…"), this);
    m_createButton->setObjectName(QStringLiteral("createWorkspaceButton"));
    m_openButton = new QPushButton(tr("&Open Workspace…"), this);
    m_openButton->setObjectName(QStringLiteral("openWorkspaceButton"));
    for (QPushButton* button : {m_unlockButton, m_createButton, m_openButton})
        button->setMinimumWidth(150);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel);
    layout->addSpacing(8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_textLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_unlockButton, &QPushButton::clicked, this, &LockedPage::unlockRequested);
    connect(m_createButton, &QPushButton::clicked, this, &LockedPage::createWorkspaceRequested);
    connect(m_openButton, &QPushButton::clicked, this, &LockedPage::openWorkspaceRequested);
    setMode(Mode::Locked, QString());
}

void LockedPage::setMode(Mode mode, const QString& workspaceDir) {
    m_mode = mode;
    const bool locked = mode == Mode::Locked;
    m_titleLabel->setText(locked ? tr("MentorDesk is locked") : tr("No workspace open"));
    m_textLabel->setText(
        locked ? tr("Your client records are encrypted and closed. Unlock with your passphrase "
                    "or your recovery key.\n\n%1")
                     .arg(QDir::toNativeSeparators(workspaceDir))
               : tr("Create a new encrypted workspace for your client records, or open one "
                    "you already have."));
    m_unlockButton->setVisible(locked);
    m_createButton->setVisible(!locked);
    m_openButton->setVisible(!locked);
    (locked ? m_unlockButton : m_createButton)->setDefault(true);
}

} // namespace md
