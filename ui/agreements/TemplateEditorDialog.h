#pragma once

#include "agreements/Agreement.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace md {

class AgreementService;
class RichTextEditor;

// Edits the agreement templates. Saving never changes a version: it adds the
// next one, and agreements made earlier keep the text they were made from.
class TemplateEditorDialog final : public QDialog {
    Q_OBJECT
public:
    explicit TemplateEditorDialog(AgreementService& service, QWidget* parent = nullptr);

    AgreementKind currentKind() const;
    // Saves the editor's content as a new version; false (with the reason
    // shown) when refused.
    bool saveVersion();

private:
    void load();
    void loadBuiltIn();

    AgreementService* m_service = nullptr; // the workspace's; the dialog is modal
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_version = nullptr;
    QLineEdit* m_title = nullptr;
    RichTextEditor* m_editor = nullptr;
    QCheckBox* m_confidentiality = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace md
