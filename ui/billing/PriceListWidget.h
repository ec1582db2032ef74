#pragma once

#include "billing/Offering.h"
#include "common/Result.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace md {

class BillingService;

// The price list: single sessions, packages and retainers, with add, edit and
// (de)activate. Entries are never needed for manual invoices; they price held
// sessions, package sales and retainer invoices.
class PriceListWidget final : public QWidget {
    Q_OBJECT
public:
    explicit PriceListWidget(QWidget* parent = nullptr);

    void setBilling(BillingService* billing);
    void reload();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void edit(const Offering& offering);
    void editSelected();
    void toggleActive();
    const Offering* selected() const;

    QPointer<BillingService> m_billing;
    QList<Offering> m_offerings;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggle = nullptr;
};

// Adds or edits one price-list entry.
class OfferingDialog final : public QDialog {
    Q_OBJECT
public:
    OfferingDialog(const Offering& offering, const QString& currency, QWidget* parent = nullptr);
    // The entry as entered, or an error for the first bad field.
    Result<Offering> offering() const;

private:
    void updateFields();

    Offering m_offering;
    QString m_currency;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_rate = nullptr;
    QSpinBox* m_sessions = nullptr;
    QSpinBox* m_months = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace md
