#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace md {

class BillingService;

// The business settings (currency, taxes, numbering, payment terms, bank
// details, policies): one field per documented "billing.*" key, each checked
// by the same rules as `settings set` before anything is saved.
class BusinessSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit BusinessSettingsDialog(BillingService& billing, QWidget* parent = nullptr);

    QLineEdit* field(const QString& key) const { return m_fields.value(key); }

private:
    void save();

    QPointer<BillingService> m_billing;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QString> m_original;
    QLabel* m_error = nullptr;
};

} // namespace md
