#pragma once

#include <QDialog>

namespace md {

class MentorProfilePage;
class Workspace;

// The mentor profile page in a dialog with Save and Cancel.
class MentorProfileDialog final : public QDialog {
    Q_OBJECT
public:
    explicit MentorProfileDialog(Workspace& workspace, QWidget* parent = nullptr);

    MentorProfilePage* page() const { return m_page; }
    void accept() override;

private:
    MentorProfilePage* m_page = nullptr;
};

} // namespace md
