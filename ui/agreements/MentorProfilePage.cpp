#include "agreements/MentorProfilePage.h"

#include "DocumentLanguageComboBox.h"
#include "UiStyle.h"
#include "agreements/SignaturePad.h"
#include "common/ChangeNotifier.h"
#include "i18n/BusinessCountries.h"
#include "i18n/DocumentLanguage.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include "ui_MentorProfilePage.h"

#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLocale>
#include <QPixmap>

namespace md {

MentorProfilePage::MentorProfilePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MentorProfilePage>()) {
    m_ui->setupUi(this);
    QPlainTextEdit* address = m_ui->addressPlainTextEdit;
    address->setFixedHeight(address->fontMetrics().lineSpacing() * 4 + 12);
    ui::styleAsSecondary(m_ui->explanationLabel);
    ui::styleAsError(m_ui->profileErrorLabel);
    ui::styleAsError(m_ui->changedElsewhereLabel);
    m_ui->changedElsewhereLabel->hide();
    setUpLanguageAndCountry();

    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &MentorProfilePage::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogo();
        markEdited();
    });
    connect(m_ui->loadSignatureButton, &QPushButton::clicked, this,
            &MentorProfilePage::loadSignatureImage);
    connect(m_ui->clearSignatureButton, &QPushButton::clicked, m_ui->storedSignaturePad,
            &SignaturePad::clear);
    for (QLineEdit* edit : {m_ui->mentorNameLineEdit, m_ui->businessNameLineEdit,
                            m_ui->taxIdLineEdit, m_ui->emailLineEdit, m_ui->phoneLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &MentorProfilePage::markEdited);
    connect(address, &QPlainTextEdit::textChanged, this, &MentorProfilePage::markEdited);
    connect(m_ui->storedSignaturePad, &SignaturePad::changed, this, &MentorProfilePage::markEdited);
    setEnabled(false);
}

MentorProfilePage::~MentorProfilePage() = default;

void MentorProfilePage::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    setEnabled(workspace != nullptr);
    if (workspace)
        connect(&workspace->changes(), &ChangeNotifier::changed, this,
                &MentorProfilePage::applyChanges);
    load();
}

void MentorProfilePage::load() {
    MentorProfile profile;
    QString error;
    if (m_workspace) {
        Result<MentorProfile> loaded = m_workspace->settings().mentorProfile();
        if (loaded)
            profile = *loaded;
        else
            error = loaded.message();
    }
    showProfile(profile);
    ui::setErrorText(m_ui->profileErrorLabel, error);
}

void MentorProfilePage::applyChanges(const ChangeSet& changes) {
    if (!m_workspace || !changes.touches(RecordKind::MentorProfile))
        return;
    // An edit in progress is the mentor's: keep it, and say what saving does.
    if (m_edited) {
        m_ui->changedElsewhereLabel->show();
        return;
    }
    load();
}

void MentorProfilePage::markEdited() {
    if (!m_loading)
        m_edited = true;
}

void MentorProfilePage::showProfile(const MentorProfile& profile) {
    m_loading = true;
    m_ui->mentorNameLineEdit->setText(profile.name);
    m_ui->businessNameLineEdit->setText(profile.businessName);
    m_ui->addressPlainTextEdit->setPlainText(profile.address);
    m_ui->taxIdLineEdit->setText(profile.taxId);
    m_ui->emailLineEdit->setText(profile.email);
    m_ui->phoneLineEdit->setText(profile.phone);
    m_logo = profile.logoImage;
    m_ui->documentLanguageComboBox->setLanguage(profile.language);
    showCountry(profile.country);
    updateLogo();
    m_ui->storedSignaturePad->clear();
    if (!profile.signatureImage.isEmpty())
        m_ui->storedSignaturePad->setStoredSignature(profile.signatureImage);
    ui::setErrorText(m_ui->profileErrorLabel, QString());
    m_ui->changedElsewhereLabel->hide();
    m_edited = false;
    m_loading = false;
}

void MentorProfilePage::setUpLanguageAndCountry() {
    // Without a language of their own, documents follow the interface's.
    const QString interface = DocumentLanguage::fromLocale(QLocale());
    m_ui->documentLanguageComboBox->setDefaultText(
        tr("Same as the interface (%1)").arg(DocumentLanguage::nativeName(interface)));

    QComboBox* country = m_ui->countryComboBox;
    country->addItem(tr("From your IBAN or VAT number"), QString());
    for (const QString& code : BusinessCountries::offered())
        country->addItem(tr("%1 (%2)").arg(BusinessCountries::nativeName(code), code), code);
    country->addItem(tr("Other…"), QString::fromLatin1(kOtherCountry));
    m_ui->countryCodeLineEdit->hide();

    connect(m_ui->documentLanguageComboBox, &QComboBox::currentIndexChanged, this,
            &MentorProfilePage::markEdited);
    connect(country, &QComboBox::currentIndexChanged, this, [this] {
        const bool other = m_ui->countryComboBox->currentData() == QLatin1String(kOtherCountry);
        m_ui->countryCodeLineEdit->setVisible(other);
        if (other && !m_loading)
            m_ui->countryCodeLineEdit->setFocus(Qt::OtherFocusReason);
        markEdited();
    });
    connect(m_ui->countryCodeLineEdit, &QLineEdit::textEdited, this,
            &MentorProfilePage::markEdited);
}

void MentorProfilePage::showCountry(const QString& code) {
    QComboBox* country = m_ui->countryComboBox;
    int index = code.isEmpty() ? 0 : country->findData(code.toUpper());
    // A country not offered (set with the CLI, say) shows as "Other" with its code.
    if (index < 0)
        index = country->findData(QString::fromLatin1(kOtherCountry));
    country->setCurrentIndex(index);
    m_ui->countryCodeLineEdit->setText(index == country->count() - 1 ? code : QString());
    m_ui->countryCodeLineEdit->setVisible(index == country->count() - 1);
}

QString MentorProfilePage::country() const {
    const QString chosen = m_ui->countryComboBox->currentData().toString();
    if (chosen != QLatin1String(kOtherCountry))
        return chosen;
    const QString typed = m_ui->countryCodeLineEdit->text();
    const QString code = BusinessCountries::normalised(typed);
    return code.isEmpty() ? typed.trimmed() : code;
}

Status MentorProfilePage::checkCountry() const {
    if (m_ui->countryComboBox->currentData() != QLatin1String(kOtherCountry))
        return {};
    const QString typed = m_ui->countryCodeLineEdit->text().trimmed();
    if (typed.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Enter the two-letter code of your country, such as NL."));
    if (BusinessCountries::normalised(typed).isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a country code (two letters, such as NL).").arg(typed));
    return {};
}

void MentorProfilePage::updateLogo() {
    const QImage image = QImage::fromData(m_logo);
    QLabel* preview = m_ui->logoPreviewLabel;
    preview->setPixmap(image.isNull()
                           ? QPixmap()
                           : QPixmap::fromImage(image.scaled(160, 60, Qt::KeepAspectRatio,
                                                             Qt::SmoothTransformation)));
    preview->setText(image.isNull() ? tr("No logo") : QString());
    m_ui->removeLogoButton->setEnabled(!image.isNull());
}

void MentorProfilePage::chooseLogo() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), {},
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ui::setErrorText(m_ui->profileErrorLabel, tr("Could not read %1.").arg(path));
        return;
    }
    m_logo = file.readAll();
    updateLogo();
    markEdited();
}

void MentorProfilePage::loadSignatureImage() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an image of your signature"),
                                                      {}, tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_ui->storedSignaturePad->setStoredSignature(file.readAll());
}

MentorProfile MentorProfilePage::profile() const {
    MentorProfile profile;
    profile.name = m_ui->mentorNameLineEdit->text();
    profile.businessName = m_ui->businessNameLineEdit->text();
    profile.address = m_ui->addressPlainTextEdit->toPlainText();
    profile.taxId = m_ui->taxIdLineEdit->text();
    profile.email = m_ui->emailLineEdit->text();
    profile.phone = m_ui->phoneLineEdit->text();
    profile.logoImage = m_logo;
    profile.language = m_ui->documentLanguageComboBox->language();
    profile.country = country();
    profile.signatureImage = m_ui->storedSignaturePad->toPng();
    return profile;
}

bool MentorProfilePage::save() {
    if (!m_workspace)
        return false;
    if (Status valid = checkCountry(); !valid) {
        ui::setErrorText(m_ui->profileErrorLabel, valid.message());
        m_ui->countryCodeLineEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // Saved edits are no longer edits: the change this save announces must
    // show the stored values, not be kept back as "edited here".
    const MentorProfile edited = profile();
    m_edited = false;
    if (Status saved = m_workspace->settings().saveMentorProfile(edited); !saved) {
        m_edited = true;
        ui::setErrorText(m_ui->profileErrorLabel, saved.message());
        return false;
    }
    ui::setErrorText(m_ui->profileErrorLabel, QString());
    Q_EMIT saved();
    return true;
}

} // namespace md
