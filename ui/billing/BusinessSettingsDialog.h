#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace md {

namespace Ui {
class BusinessSettingsDialog;
}

class Workspace;

// The business settings (currency, taxes, numbering, payment terms, bank
// details, policies) in four groups (BusinessSettingsDialog.ui), each
// "billing.*" key with a fitting widget: choices as combo boxes, yes/no as
// check boxes, days as a spin box. Every changed value is checked by the same
// rules as `settings set` (SettingsService::setBusinessValues) before anything
// is saved, so a refused value leaves all settings as they were.
class BusinessSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit BusinessSettingsDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~BusinessSettingsDialog() override;

    // The widget that edits `key` (for tests and focus on an error).
    QWidget* field(const QString& key) const { return m_fields.value(key).widget; }

private:
    // One edited key: its widget and the value it holds, as `settings set` takes it.
    struct Field {
        QWidget* widget = nullptr;
        std::function<QString()> text;
    };

    // Binds the form's widget of `key` to its current value.
    Field bind(const QString& key, const QString& current);
    void updateTaxFields();
    void save();

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Ui::BusinessSettingsDialog> m_ui;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_original;
};

} // namespace md
