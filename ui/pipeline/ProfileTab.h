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

class ChangeSet;
struct Engagement;

// Stage 1, "profile & agreement": the engagement's terms and the mentor's
// profile-study notes, beside the client's own profile for reference.
class ProfileTab final : public EngagementTab {
    Q_OBJECT
public:
    explicit ProfileTab(QWidget* parent = nullptr);

    void setEngagement(Workspace* workspace, qint64 engagementId) override;
    void focusTarget(const FillTarget& target) override;
    bool save();

Q_SIGNALS:
    // The user wants to prepare the engagement's agreement (a gate's "Go
    // There" or the tab's button); the Agreements area handles it.
    void agreementRequested(qint64 engagementId);

private:
    void load();
    void loadForm(const Engagement& engagement);
    void loadClientProfile();
    void loadAgreement();
    void followChanges(const ChangeSet& changes);
    void setDirty(bool dirty);

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    qint64 m_clientId = 0;
    bool m_loading = false;
    bool m_dirty = false;
    QString m_currency; // of the fee per session

    QLineEdit* m_title = nullptr;
    QDateEdit* m_start = nullptr;
    QSpinBox* m_sessions = nullptr;
    QComboBox* m_cadence = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_fee = nullptr;
    QLineEdit* m_sessionFee = nullptr; // an amount, in the workspace currency
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QLabel* m_clientProfile = nullptr;
    QLabel* m_agreement = nullptr;
    QPushButton* m_prepareAgreement = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace md
