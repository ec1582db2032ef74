#include "billing/InvoiceEditorDialog.h"

#include "ui_InvoiceEditorDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "billing/InvoiceLinesModel.h"
#include "billing/IssueNotice.h"
#include "billing/OfferingDialog.h"
#include "billing/TaxRates.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace md {

InvoiceEditorDialog::InvoiceEditorDialog(Workspace& workspace, const Invoice& draft,
                                         QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_ui(std::make_unique<Ui::InvoiceEditorDialog>())
    , m_draft(draft) {
    m_ui->setupUi(this);
    setWindowTitle(draft.id == 0 ? tr("New invoice") : tr("Edit draft invoice"));
    ui::styleAsError(m_ui->errorLabel);
    ui::styleAsSecondary(m_ui->noticeLabel);
    m_ui->noticeLabel->hide();

    m_lines = new InvoiceLinesModel(this);
    m_ui->linesTableView->setModel(m_lines);
    // The description takes the room; the number columns are as wide as
    // their headers ("Unit price (EUR)") and amounts.
    QHeaderView* header = m_ui->linesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InvoiceLinesModel::DescriptionColumn, QHeaderView::Stretch);
    // Single sessions of the price list as ready-made lines. Packages and
    // retainers are billed by their own flows (credits, one month at a time).
    m_priceListMenu = new QMenu(m_ui->fromPriceListButton);
    m_ui->fromPriceListButton->setMenu(m_priceListMenu);

    loadSettings();
    loadClients();
    fillPriceListMenu();
    // No empty line to start with: "Add sessions", the price list or "Add
    // line" make the first one.
    showDraft(draft);

    connect(m_ui->addLineButton, &QPushButton::clicked, this, &InvoiceEditorDialog::addEmptyLine);
    connect(m_ui->addSessionsButton, &QPushButton::clicked, this,
            &InvoiceEditorDialog::addSessions);
    connect(m_ui->removeLineButton, &QPushButton::clicked, this,
            &InvoiceEditorDialog::removeSelectedLine);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_lines, signal, this, [this] {
            markDirty();
            recompute();
        });
    connect(m_lines, &QAbstractItemModel::dataChanged, this, [this] {
        markDirty();
        recompute();
        showLineRate();
    });
    connect(m_lines, &QAbstractItemModel::modelReset, this, &InvoiceEditorDialog::recompute);
    connect(m_ui->linesTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InvoiceEditorDialog::showLineRate);
    connect(m_ui->lineTaxRateComboBox, &QComboBox::activated, this,
            &InvoiceEditorDialog::applyRateChoice);
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &InvoiceEditorDialog::markDirty);
    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this,
            &InvoiceEditorDialog::recompute);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->issueButton, &QPushButton::clicked, this, &InvoiceEditorDialog::issue);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&workspace.changes(), &ChangeNotifier::changed, this,
            &InvoiceEditorDialog::followChanges);
    recompute();
    showLineRate();
}

InvoiceEditorDialog::~InvoiceEditorDialog() = default;

void InvoiceEditorDialog::loadSettings() {
    if (!m_workspace)
        return;
    if (auto settings = m_workspace->settings().businessSettings())
        m_settings = *settings;
    BusinessSettings forLines = m_settings;
    // A stored draft keeps the currency it was made in.
    if (m_draft.id != 0 && !m_draft.currency.isEmpty())
        forLines.currency = m_draft.currency;
    m_lines->setSettings(forLines);
    fillRateChoices();
}

void InvoiceEditorDialog::fillRateChoices() {
    QComboBox* rate = m_ui->lineTaxRateComboBox;
    rate->clear();
    const QLocale locale;
    for (const TaxRateChoice& choice : TaxRates::choices(m_settings))
        rate->addItem(choice.label(locale), choice.basisPoints);
    showLineRate();
}

void InvoiceEditorDialog::fillPriceListMenu() {
    m_priceListMenu->clear();
    if (m_workspace) {
        if (auto offerings = m_workspace->billing().offerings(); offerings) {
            for (const Offering& o : std::as_const(*offerings)) {
                if (o.kind != OfferingKind::SingleSession)
                    continue;
                QAction* entry = m_priceListMenu->addAction(
                    QStringLiteral("%1 (%2)").arg(o.name, o.price.format()));
                const qint64 id = o.id;
                connect(entry, &QAction::triggered, this, [this, id] { addOffering(id); });
            }
        }
    }
    const bool empty = m_priceListMenu->isEmpty();
    m_ui->fromPriceListButton->setEnabled(!empty);
    m_ui->fromPriceListButton->setToolTip(
        empty ? tr("Single sessions added to Billing › Price list appear here.")
              : tr("Adds a line priced from the price list."));
}

void InvoiceEditorDialog::loadClients() {
    QComboBox* client = m_ui->clientComboBox;
    const qint64 current = client->count() > 0 ? selectedClientId() : m_draft.clientId;
    const QSignalBlocker blocker(client);
    client->clear();
    if (m_workspace) {
        if (auto list = m_workspace->clients().listRows(); list)
            for (const ClientListRow& c : *list)
                client->addItem(c.fullName, c.id);
    }
    const int index = client->findData(current);
    if (index >= 0)
        client->setCurrentIndex(index);
    // A draft's lines may be bound to this client's sessions.
    client->setEnabled(m_draft.id == 0);
}

void InvoiceEditorDialog::showDraft(const Invoice& draft) {
    m_loading = true;
    m_lines->setLines(draft.lines);
    m_ui->notesPlainTextEdit->setPlainText(draft.notes);
    m_loading = false;
    m_dirty = false;
    recompute();
    showLineRate();
}

void InvoiceEditorDialog::markDirty() {
    if (!m_loading)
        m_dirty = true;
}

void InvoiceEditorDialog::followChanges(const ChangeSet& changes) {
    if (m_writing || !m_workspace)
        return;
    if (changes.touches(RecordKind::BusinessSettings))
        loadSettings();
    if (changes.touches(RecordKind::Offering))
        fillPriceListMenu();
    if (changes.touches(RecordKind::Client))
        loadClients();
    if (m_draft.id != 0 &&
        (changes.external() || changes.ids(RecordKind::Invoice).contains(m_draft.id)))
        followDraft(changes.removed(RecordKind::Invoice, m_draft.id));
}

void InvoiceEditorDialog::followDraft(bool removed) {
    Result<Invoice> stored = removed ? Result<Invoice>(makeError(ErrorCode::NotFound, QString()))
                                     : m_workspace->billing().invoice(m_draft.id);
    if (!stored && stored.code() != ErrorCode::NotFound)
        return ui::setErrorText(m_ui->errorLabel, stored.message());
    QString notice;
    if (!stored) {
        m_frozen = true;
        notice = tr("This draft was deleted elsewhere. Copy what you need; it can no longer be "
                    "saved.");
    } else if (stored->isIssued()) {
        m_frozen = true;
        notice = tr("This invoice was issued elsewhere as %1 and can no longer be changed.")
                     .arg(stored->number);
    } else if (m_dirty) {
        notice = tr("This draft was changed elsewhere. Saving replaces those changes with "
                    "yours.");
    } else {
        m_draft = *stored;
        showDraft(*stored);
    }
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
    recompute();
}

qint64 InvoiceEditorDialog::selectedClientId() const {
    return m_ui->clientComboBox->currentData().toLongLong();
}

int InvoiceEditorDialog::currentRow() const {
    const QModelIndex current = m_ui->linesTableView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InvoiceEditorDialog::applyRateChoice(int index) {
    const int row = currentRow();
    if (row < 0 || index < 0)
        return;
    m_lines->setRate(row, m_ui->lineTaxRateComboBox->itemData(index).toInt());
}

void InvoiceEditorDialog::showLineRate() {
    const int row = currentRow();
    QComboBox* rate = m_ui->lineTaxRateComboBox;
    rate->setEnabled(row >= 0);
    if (row < 0)
        return;
    // A rate typed by hand that is none of the choices shows no choice.
    const std::optional<int> typed = m_lines->rateAt(row);
    rate->setCurrentIndex(typed ? rate->findData(*typed) : -1);
}

void InvoiceEditorDialog::addLine(const InvoiceLine& line) {
    m_lines->appendLine(line);
}

void InvoiceEditorDialog::addEmptyLine() {
    InvoiceLine line;
    line.taxRateBasisPoints = TaxRates::defaultRate(m_settings);
    const int row = m_lines->appendLine(line);
    const QModelIndex first = m_lines->index(row, InvoiceLinesModel::DescriptionColumn);
    m_ui->linesTableView->setCurrentIndex(first);
    m_ui->linesTableView->edit(first);
}

void InvoiceEditorDialog::addSessions() {
    if (!m_workspace)
        return;
    BillingService& billing = m_workspace->billing();
    auto sessions = billing.unbilledSessionLines(selectedClientId());
    if (!sessions) {
        if (auto price = billing.sessionPrice(); price && !price->isSet())
            return askForSessionPrice(sessions.message());
        ui::setErrorText(m_ui->errorLabel, sessions.message());
        return;
    }
    // Sessions already in this editor are not added twice.
    const QSet<qint64> present = m_lines->sessionIds();
    int added = 0;
    for (const InvoiceLine& line : *sessions) {
        if (!present.contains(line.sessionId)) {
            addLine(line);
            ++added;
        }
    }
    ui::setErrorText(m_ui->errorLabel,
                     added == 0 ? tr("This client has no held sessions left to bill.") : QString());
}

void InvoiceEditorDialog::askForSessionPrice(const QString& message) {
    QMessageBox box(QMessageBox::Information, tr("Add sessions"), message, QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("sessionPriceMessageBox"));
    QPushButton* set = box.addButton(tr("Set the session price…"), QMessageBox::AcceptRole);
    set->setObjectName(QStringLiteral("setSessionPriceButton"));
    box.setDefaultButton(set);
    box.exec();
    if (box.clickedButton() != set || !m_workspace)
        return;
    // The price list's single session, entered here: the place the message
    // names, without leaving the invoice.
    Offering single;
    single.kind = OfferingKind::SingleSession;
    single.name = tr("Mentoring session");
    single.taxRateBasisPoints = TaxRates::defaultRate(m_settings);
    OfferingDialog dialog(single, m_settings.currency, this);
    if (dialog.exec() != QDialog::Accepted || !m_workspace)
        return;
    auto entered = dialog.offering();
    if (!entered)
        return ui::setErrorText(m_ui->errorLabel, entered.message());
    if (auto stored = m_workspace->billing().addOffering(*entered); !stored)
        return ui::setErrorText(m_ui->errorLabel, stored.message());
    addSessions();
}

void InvoiceEditorDialog::addOffering(qint64 offeringId) {
    if (!m_workspace)
        return;
    auto line = m_workspace->billing().lineFromOffering(offeringId);
    if (!line) {
        ui::setErrorText(m_ui->errorLabel, line.message());
        return;
    }
    ui::setErrorText(m_ui->errorLabel, QString());
    const int row = m_lines->appendLine(*line);
    m_ui->linesTableView->setCurrentIndex(
        m_lines->index(row, InvoiceLinesModel::DescriptionColumn));
}

void InvoiceEditorDialog::removeSelectedLine() {
    m_lines->removeLine(currentRow());
}

Result<QList<InvoiceLine>> InvoiceEditorDialog::lines() const {
    return m_lines->lines();
}

void InvoiceEditorDialog::recompute() {
    const auto current = lines();
    if (!current) {
        m_ui->totalsLabel->setText(tr("Net – · Tax – · Total –"));
        ui::setErrorText(m_ui->errorLabel, current.message());
        m_ui->saveButton->setEnabled(false);
        m_ui->issueButton->setEnabled(false);
        return;
    }
    ui::setErrorText(m_ui->errorLabel, QString());
    QList<LineInput> inputs;
    for (const InvoiceLine& line : *current)
        inputs.append(line.input());
    const QString currency = m_draft.id != 0 ? m_draft.currency : m_settings.currency;
    const InvoiceTotals totals = InvoiceMath::totals(inputs, currency);
    m_ui->totalsLabel->setText(totalsText());
    const QLocale locale;
    QStringList breakdown;
    for (const TaxBreakdownRow& row : totals.byRate)
        breakdown << tr("%1 % on %2: %3")
                         .arg(InvoiceMath::formatRatePercent(row.rateBasisPoints, locale),
                              row.net.format(locale), row.tax.format(locale));
    m_ui->totalsLabel->setToolTip(breakdown.join(u'\n'));
    const bool open = !m_frozen && selectedClientId() > 0;
    m_ui->saveButton->setEnabled(open);
    m_ui->issueButton->setEnabled(open && !current->isEmpty() && !totals.total.isNegative());
}

QString InvoiceEditorDialog::totalsText() const {
    const auto current = lines();
    if (!current)
        return m_ui->totalsLabel->text();
    QList<LineInput> inputs;
    for (const InvoiceLine& line : *current)
        inputs.append(line.input());
    const QString currency = m_draft.id != 0 ? m_draft.currency : m_settings.currency;
    const InvoiceTotals totals = InvoiceMath::totals(inputs, currency);
    const QLocale locale;
    return tr("Net %1 · Tax %2 · Total %3")
        .arg(totals.net.format(locale), totals.tax.format(locale), totals.total.format(locale));
}

bool InvoiceEditorDialog::save() {
    if (!m_workspace || m_frozen)
        return false;
    auto current = lines();
    if (!current) {
        ui::setErrorText(m_ui->errorLabel, current.message());
        return false;
    }
    BillingService& billing = m_workspace->billing();
    m_writing = true;
    Result<Invoice> stored = makeError(ErrorCode::InvalidInput, QString());
    if (m_draft.id == 0) {
        stored = billing.createInvoice(selectedClientId(), *current,
                                       m_ui->notesPlainTextEdit->toPlainText());
    } else {
        Invoice invoice = m_draft;
        invoice.lines = *current;
        invoice.notes = m_ui->notesPlainTextEdit->toPlainText();
        stored = billing.updateDraft(invoice);
    }
    m_writing = false;
    if (!stored) {
        ui::setErrorText(m_ui->errorLabel, stored.message());
        return false;
    }
    m_draft = *stored;
    m_dirty = false;
    m_ui->noticeLabel->hide();
    Q_EMIT saved(m_draft.id);
    return true;
}

void InvoiceEditorDialog::issue() {
    if (!m_workspace)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Issue invoice"),
        tr("Issue this invoice for %1?\n\nIt gets the next invoice number and can no longer be "
           "changed afterwards; mistakes are corrected with a credit note.")
                .arg(totalsText()) +
            missingDetailsNotice(m_workspace->billing(), selectedClientId()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !m_workspace || !save())
        return;
    m_writing = true;
    auto issued = m_workspace->billing().issue(m_draft.id);
    m_writing = false;
    if (!issued) {
        ui::setErrorText(m_ui->errorLabel, issued.message());
        return;
    }
    Q_EMIT this->issued(issued->id, issued->number);
    accept();
}

} // namespace md
