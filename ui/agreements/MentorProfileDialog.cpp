#include "agreements/MentorProfileDialog.h"

#include "agreements/MentorProfilePage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

MentorProfileDialog::MentorProfileDialog(MentorProfileRepository& repository, QWidget* parent)
    : QDialog(parent) {
    build();
    m_page->setRepository(&repository);
}

MentorProfileDialog::MentorProfileDialog(SettingsService& settings, QWidget* parent)
    : QDialog(parent) {
    build();
    m_page->setSettings(&settings);
}

void MentorProfileDialog::build() {
    setObjectName(QStringLiteral("mentorProfileDialog"));
    setWindowTitle(tr("Mentor profile"));
    m_page = new MentorProfilePage(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MentorProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MentorProfileDialog::reject);
}

void MentorProfileDialog::accept() {
    if (m_page->save())
        QDialog::accept();
}

} // namespace md
