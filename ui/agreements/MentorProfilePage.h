#pragma once

#include "common/Result.h"
#include "settings/MentorProfile.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace md {

class ChangeSet;
class SignaturePad;
class Workspace;

namespace Ui {
class MentorProfilePage;
}

// The mentor profile as a settings page: name, business name, address, tax
// id, e-mail, phone, the language of the mentor's documents (every client's
// default) and the business's country (the legal wording of a small-business
// exemption), a logo for the letterhead and a stored signature (drawn here or
// loaded from an image). Read and saved through the workspace's
// SettingsService; used inside MentorProfileDialog and by any settings window
// that wants it.
//
// It follows the profile as it changes elsewhere (the CLI, another window):
// while nothing was edited here the page shows the new values; after an edit
// it keeps the edit and says that saving replaces the other change.
class MentorProfilePage final : public QWidget {
    Q_OBJECT
public:
    explicit MentorProfilePage(QWidget* parent = nullptr);
    ~MentorProfilePage() override;

    // Loads the workspace's profile; nullptr clears the page (locking).
    void setWorkspace(Workspace* workspace);
    MentorProfile profile() const;
    // True once a field was changed here since the profile was loaded.
    bool isEdited() const { return m_edited; }
    // Saves; false with the reason shown on the page.
    bool save();

Q_SIGNALS:
    void saved();

private:
    void load();
    void showProfile(const MentorProfile& profile);
    void applyChanges(const ChangeSet& changes);
    void markEdited();
    void chooseLogo();
    void loadSignatureImage();
    void updateLogo();
    void setUpLanguageAndCountry();
    void showCountry(const QString& code);
    // The chosen country's code; what was typed under "Other…".
    QString country() const;
    // InvalidInput when "Other…" holds no country code.
    Status checkCountry() const;

    // The data of the country combo's last entry, "Other…".
    static constexpr const char* kOtherCountry = "other";

    std::unique_ptr<Ui::MentorProfilePage> m_ui;
    QPointer<Workspace> m_workspace;
    QByteArray m_logo;
    bool m_edited = false;
    bool m_loading = false;
};

} // namespace md
