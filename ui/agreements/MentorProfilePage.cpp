#include "agreements/MentorProfilePage.h"

#include "UiStyle.h"
#include "agreements/SignaturePad.h"
#include "settings/SettingsService.h"
#include "storage/MentorProfileRepository.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QString imageFilter() {
    return QCoreApplication::translate("md::MentorProfilePage", "Images (*.png *.jpg *.jpeg)");
}

} // namespace

MentorProfilePage::MentorProfilePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("mentorProfilePage"));
    m_name = lineEdit(this, "mentorNameLineEdit");
    m_business = lineEdit(this, "businessNameLineEdit");
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("addressPlainTextEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_taxId = lineEdit(this, "taxIdLineEdit");
    m_email = lineEdit(this, "emailLineEdit");
    m_phone = lineEdit(this, "phoneLineEdit");

    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logoPreview->setMinimumSize(160, 60);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto* chooseLogo = new QPushButton(tr("Choose &logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogo = new QPushButton(tr("Remove"), this);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();

    m_signature = new SignaturePad(this);
    m_signature->setObjectName(QStringLiteral("storedSignaturePad"));
    auto* loadSignature = new QPushButton(tr("Load from &image…"), this);
    loadSignature->setObjectName(QStringLiteral("loadSignatureButton"));
    auto* clearSignature = new QPushButton(tr("C&lear"), this);
    clearSignature->setObjectName(QStringLiteral("clearSignatureButton"));
    auto* signatureButtons = new QHBoxLayout;
    signatureButtons->addWidget(loadSignature);
    signatureButtons->addWidget(clearSignature);
    signatureButtons->addStretch();
    auto* signatureColumn = new QVBoxLayout;
    signatureColumn->addWidget(m_signature);
    signatureColumn->addLayout(signatureButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Business name:"), m_business);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Tax ID:"), m_taxId);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Stored signature:"), signatureColumn);

    auto* explanation = new QLabel(tr("Agreements show these details in the letterhead and the "
                                      "parties. The stored signature can be used when you sign "
                                      "on screen. Everything stays in the encrypted workspace."),
                                   this);
    explanation->setWordWrap(true);
    ui::styleAsSecondary(explanation);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    ui::styleAsError(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(chooseLogo, &QPushButton::clicked, this, &MentorProfilePage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogo();
    });
    connect(loadSignature, &QPushButton::clicked, this, &MentorProfilePage::loadSignatureImage);
    connect(clearSignature, &QPushButton::clicked, m_signature, &SignaturePad::clear);
    setEnabled(false);
}

void MentorProfilePage::setRepository(MentorProfileRepository* repository) {
    m_repository = repository;
    setEnabled(repository != nullptr);
    MentorProfile profile;
    if (repository) {
        auto loaded = repository->load();
        if (loaded)
            profile = *loaded;
        else
            ui::setErrorText(m_error, loaded.message());
    }
    showProfile(profile);
}

void MentorProfilePage::setSettings(SettingsService* settings) {
    m_settings = settings;
    setEnabled(settings != nullptr);
    MentorProfile profile;
    if (settings) {
        auto loaded = settings->mentorProfile();
        if (loaded)
            profile = *loaded;
        else
            ui::setErrorText(m_error, loaded.message());
    }
    showProfile(profile);
}

void MentorProfilePage::showProfile(const MentorProfile& profile) {
    m_name->setText(profile.name);
    m_business->setText(profile.businessName);
    m_address->setPlainText(profile.address);
    m_taxId->setText(profile.taxId);
    m_email->setText(profile.email);
    m_phone->setText(profile.phone);
    m_logo = profile.logoImage;
    updateLogo();
    m_signature->clear();
    if (!profile.signatureImage.isEmpty())
        m_signature->setStoredSignature(profile.signatureImage);
    ui::setErrorText(m_error, QString());
}

void MentorProfilePage::updateLogo() {
    const QImage image = QImage::fromData(m_logo);
    m_logoPreview->setPixmap(image.isNull()
                                 ? QPixmap()
                                 : QPixmap::fromImage(image.scaled(160, 60, Qt::KeepAspectRatio,
                                                                   Qt::SmoothTransformation)));
    m_logoPreview->setText(image.isNull() ? tr("No logo") : QString());
    m_removeLogo->setEnabled(!image.isNull());
}

void MentorProfilePage::chooseLogo() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), {}, imageFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ui::setErrorText(m_error, tr("Could not read %1.").arg(path));
        return;
    }
    m_logo = file.readAll();
    updateLogo();
}

void MentorProfilePage::loadSignatureImage() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an image of your signature"),
                                                      {}, imageFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_signature->setStoredSignature(file.readAll());
}

MentorProfile MentorProfilePage::profile() const {
    MentorProfile profile;
    profile.name = m_name->text();
    profile.businessName = m_business->text();
    profile.address = m_address->toPlainText();
    profile.taxId = m_taxId->text();
    profile.email = m_email->text();
    profile.phone = m_phone->text();
    profile.logoImage = m_logo;
    profile.signatureImage = m_signature->toPng();
    return profile;
}

bool MentorProfilePage::save() {
    if (!m_repository && !m_settings)
        return false;
    const Status stored =
        m_settings ? m_settings->saveMentorProfile(profile()) : m_repository->save(profile());
    if (!stored) {
        ui::setErrorText(m_error, stored.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    Q_EMIT saved();
    return true;
}

} // namespace md
