#pragma once

#include "settings/MentorProfile.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace md {

class MentorProfileRepository;
class SettingsService;
class SignaturePad;

// The mentor profile as a settings page: name, business name, address, tax
// id, e-mail, phone, a logo for the letterhead and a stored signature (drawn
// here or loaded from an image). Used inside MentorProfileDialog and by any
// settings window that wants it.
class MentorProfilePage final : public QWidget {
    Q_OBJECT
public:
    explicit MentorProfilePage(QWidget* parent = nullptr);

    // Loads from `repository`; nullptr clears the page (locking).
    void setRepository(MentorProfileRepository* repository);
    // The same through the workspace's settings (the save is announced).
    void setSettings(SettingsService* settings);
    MentorProfile profile() const;
    // Saves; false with the reason shown on the page.
    bool save();

Q_SIGNALS:
    void saved();

private:
    void showProfile(const MentorProfile& profile);
    void chooseLogo();
    void loadSignatureImage();
    void updateLogo();

    QPointer<MentorProfileRepository> m_repository;
    SettingsService* m_settings = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_business = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_taxId = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_removeLogo = nullptr;
    SignaturePad* m_signature = nullptr;
    QLabel* m_error = nullptr;
    QByteArray m_logo;
};

} // namespace md
