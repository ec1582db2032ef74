#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace md {

class BillingService;
struct SettingKeyInfo;

// The business settings (currency, taxes, numbering, payment terms, bank
// details, policies) in four groups, each "billing.*" key with a fitting
// widget: choices as combo boxes, yes/no as check boxes, days as a spin box.
// Every changed value is checked by the same rules as `settings set` before
// anything is saved, so a refused value leaves all settings as they were.
class BusinessSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit BusinessSettingsDialog(BillingService& billing, QWidget* parent = nullptr);

    // The widget that edits `key` (for tests and focus on an error).
    QWidget* field(const QString& key) const { return m_fields.value(key).widget; }

private:
    // One edited key: its widget and the value it holds, as `settings set` takes it.
    struct Field {
        QWidget* widget = nullptr;
        std::function<QString()> text;
    };

    void addField(QFormLayout* form, const SettingKeyInfo& info, const QString& label,
                  const QString& current);
    void updateTaxFields();
    void save();

    QPointer<BillingService> m_billing;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_original;
    QLabel* m_error = nullptr;
};

} // namespace md
