#pragma once

#include <QDialog>

namespace md {

class MentorProfilePage;
class MentorProfileRepository;
class SettingsService;

// The mentor profile page in a dialog with Save and Cancel.
class MentorProfileDialog final : public QDialog {
    Q_OBJECT
public:
    explicit MentorProfileDialog(MentorProfileRepository& repository, QWidget* parent = nullptr);
    explicit MentorProfileDialog(SettingsService& settings, QWidget* parent = nullptr);

    MentorProfilePage* page() const { return m_page; }
    void accept() override;

private:
    void build();

    MentorProfilePage* m_page = nullptr;
};

} // namespace md
