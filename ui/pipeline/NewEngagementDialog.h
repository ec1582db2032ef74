#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace md {

namespace Ui {
class NewEngagementDialog;
}

class ClientService;
class EngagementService;

// Starts an engagement for a client: title, start, sessions, cadence and
// format (NewEngagementDialog.ui). It begins in "profile & agreement".
class NewEngagementDialog final : public QDialog {
    Q_OBJECT
public:
    NewEngagementDialog(EngagementService& engagements, ClientService& clients, qint64 clientId = 0,
                        QWidget* parent = nullptr);
    ~NewEngagementDialog() override;
    // The engagement created on OK; 0 before.
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    void updateButtons();

    EngagementService& m_engagements;
    std::unique_ptr<Ui::NewEngagementDialog> m_ui;
    qint64 m_createdId = 0;
    QPushButton* m_create = nullptr;
};

} // namespace md
