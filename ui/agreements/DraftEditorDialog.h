#pragma once

#include "agreements/Agreement.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace md {

class ChangeSet;
class Workspace;

namespace Ui {
class DraftEditorDialog;
}

// Edits a draft before anyone signs it: title, text, end date and whether
// the text contains confidentiality terms. Should the draft be signed or
// deleted elsewhere meanwhile, it says so and saves nothing.
class DraftEditorDialog final : public QDialog {
    Q_OBJECT
public:
    DraftEditorDialog(Workspace& workspace, const Agreement& draft, QWidget* parent = nullptr);
    ~DraftEditorDialog() override;

    void accept() override;

private:
    void applyChanges(const ChangeSet& changes);

    std::unique_ptr<Ui::DraftEditorDialog> m_ui;
    QPointer<Workspace> m_workspace;
    Agreement m_draft;
};

} // namespace md
