#pragma once

#include "agreements/Agreement.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace md {

class Workspace;

namespace Ui {
class NewAgreementDialog;
}

// Generates a draft agreement for an engagement from a template. When the
// template needs values that are missing, it says which and stays open.
class NewAgreementDialog final : public QDialog {
    Q_OBJECT
public:
    // `engagementId` preselects an engagement (0 = the first).
    NewAgreementDialog(Workspace& workspace, qint64 engagementId = 0, QWidget* parent = nullptr);
    ~NewAgreementDialog() override;

    const Agreement& created() const { return m_created; }
    void accept() override;

private:
    std::unique_ptr<Ui::NewAgreementDialog> m_ui;
    QPointer<Workspace> m_workspace;
    Agreement m_created;
};

} // namespace md
