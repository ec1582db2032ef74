#pragma once

#include "agreements/Agreement.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace md {

class Workspace;

// Generates a draft agreement for an engagement from a template. When the
// template needs values that are missing, it says which and stays open.
class NewAgreementDialog final : public QDialog {
    Q_OBJECT
public:
    // `engagementId` preselects an engagement (0 = the first).
    NewAgreementDialog(Workspace& workspace, qint64 engagementId = 0, QWidget* parent = nullptr);

    const Agreement& created() const { return m_created; }
    void accept() override;

private:
    QPointer<Workspace> m_workspace;
    QComboBox* m_engagement = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_hasEndDate = nullptr;
    QDateEdit* m_endDate = nullptr;
    QLabel* m_error = nullptr;
    Agreement m_created;
};

} // namespace md
