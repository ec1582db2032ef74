#pragma once

#include "pipeline/EngagementTab.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace md {

// Stage 1, "profile & agreement": the engagement's terms and the mentor's
// profile-study notes, beside the client's own profile for reference.
class ProfileTab final : public EngagementTab {
    Q_OBJECT
public:
    explicit ProfileTab(QWidget* parent = nullptr);

    void setEngagement(Pipeline* pipeline, ClientRepository* clients, qint64 engagementId) override;
    void focusTarget(const FillTarget& target) override;
    bool save();

private:
    void load();
    void setDirty(bool dirty);

    QPointer<Pipeline> m_pipeline;
    QPointer<ClientRepository> m_clients;
    qint64 m_engagementId = 0;
    bool m_loading = false;

    QLineEdit* m_title = nullptr;
    QDateEdit* m_start = nullptr;
    QSpinBox* m_sessions = nullptr;
    QComboBox* m_cadence = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_fee = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QLabel* m_clientProfile = nullptr;
    QLabel* m_agreement = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace md
