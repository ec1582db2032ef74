#pragma once

#include "billing/BusinessSettings.h"
#include "billing/Invoice.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace md {

class BillingService;
class ClientService;

// Edits a draft invoice: client, lines (description, quantity, unit price
// before tax, tax rate), notes, with the totals recomputed on every keystroke
// exactly as they will be stored (InvoiceMath). "Save draft" keeps it
// editable; "Issue" saves, numbers and freezes it after a confirmation.
class InvoiceEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // `draft` with id 0 creates a new invoice (its clientId preselected).
    InvoiceEditorDialog(BillingService& billing, ClientService& clients, const Invoice& draft,
                        QWidget* parent = nullptr);

    qint64 invoiceId() const { return m_draft.id; }
    // The lines as typed, or an error naming the first bad cell.
    Result<QList<InvoiceLine>> lines() const;
    // "Net … · Tax … · Total …" as shown.
    QString totalsText() const;

    // Appends a line (also used by "Add sessions").
    void addLine(const InvoiceLine& line);
    // Appends a line priced from the price list ("From price list").
    void addOffering(qint64 offeringId);

Q_SIGNALS:
    void saved(qint64 invoiceId);
    void issued(qint64 invoiceId, const QString& number);

private:
    enum Column { DescriptionColumn, QuantityColumn, PriceColumn, RateColumn, AmountColumn };

    void loadClients(ClientService& clients);
    void addEmptyLine();
    void addSessions();
    void removeSelectedLine();
    // The tax choice (standard / reduced / 0 % from the business settings)
    // applies to the current line and follows it.
    void fillRateChoices();
    void applyRateChoice(int index);
    void showLineRate();
    void recompute();
    bool save();
    void issue();
    qint64 selectedClientId() const;

    QPointer<BillingService> m_billing;
    BusinessSettings m_settings;
    Invoice m_draft;
    bool m_updating = false;
    QComboBox* m_client = nullptr;
    QTableWidget* m_lines = nullptr;
    QComboBox* m_rate = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_issue = nullptr;
};

} // namespace md
