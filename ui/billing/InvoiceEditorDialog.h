#pragma once

#include "billing/BusinessSettings.h"
#include "billing/Invoice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QMenu;

namespace md {

namespace Ui {
class InvoiceEditorDialog;
}

class ChangeSet;
class InvoiceLinesModel;
class Workspace;

// Edits a draft invoice: client, lines (description, quantity, unit price
// before tax, tax rate), notes, with the totals recomputed on every keystroke
// exactly as they will be stored (InvoiceMath). "Save draft" keeps it
// editable; "Issue" saves, numbers and freezes it after a confirmation. It
// follows changes made elsewhere: a draft saved in another window is shown
// as saved (never over edits made here, which are kept with a notice), one
// issued or deleted elsewhere can no longer be saved, and the price list,
// the tax rates and the clients stay current.
class InvoiceEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // `draft` with id 0 creates a new invoice (its clientId preselected).
    InvoiceEditorDialog(Workspace& workspace, const Invoice& draft, QWidget* parent = nullptr);
    ~InvoiceEditorDialog() override;

    qint64 invoiceId() const { return m_draft.id; }
    InvoiceLinesModel* linesModel() const { return m_lines; }
    // The lines as typed, or an error naming the first bad cell.
    Result<QList<InvoiceLine>> lines() const;
    // "Net … · Tax … · Total …" as shown.
    QString totalsText() const;
    // True once something was typed that is not saved yet.
    bool isDirty() const { return m_dirty; }

    // Appends a line (also used by "Add sessions").
    void addLine(const InvoiceLine& line);
    // Appends a line priced from the price list ("From price list").
    void addOffering(qint64 offeringId);

Q_SIGNALS:
    void saved(qint64 invoiceId);
    void issued(qint64 invoiceId, const QString& number);

private:
    void loadSettings();
    void loadClients();
    void fillPriceListMenu();
    void showDraft(const Invoice& draft);
    void followChanges(const ChangeSet& changes);
    void followDraft(bool removed);
    void addEmptyLine();
    void addSessions();
    // Sessions have no price: says so, with a button that sets it.
    void askForSessionPrice(const QString& message);
    void removeSelectedLine();
    // The tax choice (standard / reduced / 0 % from the business settings)
    // applies to the current line and follows it.
    void fillRateChoices();
    void applyRateChoice(int index);
    void showLineRate();
    int currentRow() const;
    void recompute();
    void markDirty();
    bool save();
    void issue();
    qint64 selectedClientId() const;

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Ui::InvoiceEditorDialog> m_ui;
    InvoiceLinesModel* m_lines = nullptr;
    QMenu* m_priceListMenu = nullptr;
    BusinessSettings m_settings;
    Invoice m_draft;
    bool m_dirty = false;
    bool m_loading = false;
    // Set while this dialog writes, so its own change notes are not taken
    // for a change made elsewhere.
    bool m_writing = false;
    // Issued or deleted elsewhere: nothing here can be saved any more.
    bool m_frozen = false;
};

} // namespace md
