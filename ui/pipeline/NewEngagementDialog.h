#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace md {

class ClientService;
class Pipeline;

// Starts an engagement for a client: title, start, sessions, cadence and
// format. It begins in "profile & agreement".
class NewEngagementDialog final : public QDialog {
    Q_OBJECT
public:
    NewEngagementDialog(Pipeline& pipeline, ClientService& clients, qint64 clientId = 0,
                        QWidget* parent = nullptr);
    // The engagement created on OK; 0 before.
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    void updateButtons();

    Pipeline& m_pipeline;
    qint64 m_createdId = 0;
    QComboBox* m_client = nullptr;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_start = nullptr;
    QSpinBox* m_sessions = nullptr;
    QComboBox* m_cadence = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace md
