#pragma once

#include "agreements/Agreement.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace md {

class AgreementService;
class RichTextEditor;

// Edits a draft before anyone signs it: title, text, end date and whether
// the text contains confidentiality terms.
class DraftEditorDialog final : public QDialog {
    Q_OBJECT
public:
    DraftEditorDialog(AgreementService& service, const Agreement& draft, QWidget* parent = nullptr);

    void accept() override;

private:
    QPointer<AgreementService> m_service;
    Agreement m_draft;
    QLineEdit* m_title = nullptr;
    RichTextEditor* m_editor = nullptr;
    QCheckBox* m_hasEndDate = nullptr;
    QDateEdit* m_endDate = nullptr;
    QCheckBox* m_confidentiality = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace md
