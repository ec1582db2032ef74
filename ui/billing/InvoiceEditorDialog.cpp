#include "billing/InvoiceEditorDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "billing/IssueNotice.h"
#include "clients/ClientService.h"
#include "storage/InvoiceRepository.h"
#include "storage/OfferingRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

Q_DECLARE_METATYPE(md::InvoiceLine)

namespace md {

namespace {

// The origin of a line (session, package, retainer) rides along in the
// description cell so that editing the text keeps what the line bills.
constexpr int kOriginRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

InvoiceEditorDialog::InvoiceEditorDialog(BillingService& billing, ClientService& clients,
                                         const Invoice& draft, QWidget* parent)
    : QDialog(parent)
    , m_billing(&billing)
    , m_draft(draft) {
    setObjectName(QStringLiteral("invoiceEditorDialog"));
    setWindowTitle(draft.id == 0 ? tr("New invoice") : tr("Edit draft invoice"));
    if (auto settings = billing.businessSettings())
        m_settings = *settings;

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("clientComboBox"));
    loadClients(clients);

    m_lines = new QTableWidget(0, 5, this);
    m_lines->setObjectName(QStringLiteral("linesTableWidget"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"),
                                        tr("Unit price (%1)").arg(m_settings.currency), tr("Tax %"),
                                        tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setMinimumWidth(640);

    auto* addLineButton = new QPushButton(tr("Add line"), this);
    addLineButton->setObjectName(QStringLiteral("addLineButton"));
    auto* addSessions = new QPushButton(tr("Add held sessions"), this);
    addSessions->setObjectName(QStringLiteral("addSessionsButton"));
    addSessions->setToolTip(tr("Adds the client's held sessions that are not billed yet and "
                               "not paid by a package."));
    // Single sessions of the price list as ready-made lines. Packages and
    // retainers are billed by their own flows (credits, one month at a time).
    auto* fromPriceList = new QPushButton(tr("From price list"), this);
    fromPriceList->setObjectName(QStringLiteral("fromPriceListButton"));
    auto* priceListMenu = new QMenu(fromPriceList);
    if (auto offerings = billing.offerings().list(); offerings) {
        for (const Offering& o : std::as_const(*offerings)) {
            if (o.kind != OfferingKind::SingleSession)
                continue;
            QAction* entry =
                priceListMenu->addAction(QStringLiteral("%1 (%2)").arg(o.name, o.price.format()));
            const qint64 id = o.id;
            connect(entry, &QAction::triggered, this, [this, id] { addOffering(id); });
        }
    }
    fromPriceList->setMenu(priceListMenu);
    fromPriceList->setEnabled(!priceListMenu->isEmpty());
    fromPriceList->setToolTip(priceListMenu->isEmpty()
                                  ? tr("Single sessions added to Billing › Price list appear here.")
                                  : tr("Adds a line priced from the price list."));
    auto* remove = new QPushButton(tr("Remove line"), this);
    remove->setObjectName(QStringLiteral("removeLineButton"));
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(addSessions);
    lineButtons->addWidget(fromPriceList);
    lineButtons->addWidget(remove);
    lineButtons->addStretch(1);
    m_rate = new QComboBox(this);
    m_rate->setObjectName(QStringLiteral("lineTaxRateComboBox"));
    m_rate->setToolTip(tr("The tax rate of the selected line, from the business settings."));
    auto* rateLabel = new QLabel(tr("Tax of the line:"), this);
    rateLabel->setBuddy(m_rate);
    lineButtons->addWidget(rateLabel);
    lineButtons->addWidget(m_rate);
    fillRateChoices();

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setPlaceholderText(tr("Printed under the lines (optional)"));
    m_notes->setMaximumHeight(70);
    m_notes->setPlainText(draft.notes);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAlignment(Qt::AlignRight);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    ui::styleAsError(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save draft"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_issue = buttons->addButton(tr("Save and issue…"), QDialogButtonBox::ActionRole);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setToolTip(tr("Gives the invoice its number. An issued invoice can no longer be "
                           "changed, only cancelled by a credit note."));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Client:"), m_client);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(new QLabel(tr("Notes:"), this));
    layout->addWidget(m_notes);
    layout->addWidget(m_totals);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const InvoiceLine& line : draft.lines)
        addLine(line);
    if (draft.lines.isEmpty())
        addEmptyLine();

    connect(addLineButton, &QPushButton::clicked, this, &InvoiceEditorDialog::addEmptyLine);
    connect(addSessions, &QPushButton::clicked, this, &InvoiceEditorDialog::addSessions);
    connect(remove, &QPushButton::clicked, this, &InvoiceEditorDialog::removeSelectedLine);
    connect(m_lines, &QTableWidget::itemChanged, this, &InvoiceEditorDialog::recompute);
    connect(m_lines, &QTableWidget::itemChanged, this, &InvoiceEditorDialog::showLineRate);
    connect(m_lines, &QTableWidget::currentCellChanged, this, &InvoiceEditorDialog::showLineRate);
    connect(m_rate, &QComboBox::activated, this, &InvoiceEditorDialog::applyRateChoice);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_issue, &QPushButton::clicked, this, &InvoiceEditorDialog::issue);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    recompute();
    showLineRate();
}

void InvoiceEditorDialog::fillRateChoices() {
    m_rate->clear();
    // Under the small-business exemption every line is untaxed: only 0 % is
    // offered. Equal rates (a reduced rate not set, i.e. 0) appear once.
    QList<std::pair<QString, int>> choices;
    if (m_settings.taxMode != TaxMode::SmallBusinessExemption) {
        choices.append({tr("Standard"), m_settings.standardRateBasisPoints});
        if (m_settings.reducedRateBasisPoints > 0)
            choices.append({tr("Reduced"), m_settings.reducedRateBasisPoints});
    }
    choices.append({tr("Zero"), 0});
    const QLocale locale;
    QList<int> seen;
    for (const auto& [name, rate] : std::as_const(choices)) {
        if (seen.contains(rate))
            continue;
        seen.append(rate);
        m_rate->addItem(tr("%1 (%2 %)").arg(name, InvoiceMath::formatRatePercent(rate, locale)),
                        rate);
    }
}

void InvoiceEditorDialog::applyRateChoice(int index) {
    const int row = m_lines->currentRow();
    if (row < 0 || index < 0)
        return;
    m_lines->item(row, RateColumn)
        ->setText(InvoiceMath::formatRatePercent(m_rate->itemData(index).toInt()));
}

void InvoiceEditorDialog::showLineRate() {
    const int row = m_lines->currentRow();
    m_rate->setEnabled(row >= 0);
    if (row < 0 || !m_lines->item(row, RateColumn))
        return;
    // A rate typed by hand that is none of the choices shows no choice.
    auto rate = InvoiceMath::parseRatePercent(m_lines->item(row, RateColumn)->text());
    m_rate->setCurrentIndex(rate ? m_rate->findData(*rate) : -1);
}

void InvoiceEditorDialog::loadClients(ClientService& clients) {
    auto list = clients.list();
    if (!list)
        return;
    for (const Client& c : *list)
        m_client->addItem(c.fullName, c.id);
    const int index = m_client->findData(m_draft.clientId);
    if (index >= 0)
        m_client->setCurrentIndex(index);
    // A draft's lines may be bound to this client's sessions.
    m_client->setEnabled(m_draft.id == 0);
}

qint64 InvoiceEditorDialog::selectedClientId() const {
    return m_client->currentData().toLongLong();
}

void InvoiceEditorDialog::addLine(const InvoiceLine& line) {
    m_updating = true;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto* description = cell(line.description);
    description->setData(kOriginRole, QVariant::fromValue(line));
    m_lines->setItem(row, DescriptionColumn, description);
    m_lines->setItem(row, QuantityColumn,
                     cell(InvoiceMath::formatQuantity(line.quantityMilli), Qt::AlignRight));
    m_lines->setItem(
        row, PriceColumn,
        cell(Money(line.unitPriceMinor, m_settings.currency).toDecimalString(), Qt::AlignRight));
    m_lines->setItem(row, RateColumn,
                     cell(InvoiceMath::formatRatePercent(line.taxRateBasisPoints), Qt::AlignRight));
    auto* amount = cell(QString(), Qt::AlignRight);
    amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
    m_lines->setItem(row, AmountColumn, amount);
    m_updating = false;
    recompute();
}

void InvoiceEditorDialog::addEmptyLine() {
    InvoiceLine line;
    line.taxRateBasisPoints = m_settings.defaultRateBasisPoints();
    addLine(line);
    m_lines->setCurrentCell(m_lines->rowCount() - 1, DescriptionColumn);
    m_lines->editItem(m_lines->item(m_lines->rowCount() - 1, DescriptionColumn));
}

void InvoiceEditorDialog::addSessions() {
    if (!m_billing)
        return;
    auto sessions = m_billing->unbilledSessionLines(selectedClientId());
    if (!sessions) {
        ui::setErrorText(m_error, sessions.message());
        return;
    }
    // Sessions already in this editor are not added twice.
    QSet<qint64> present;
    for (int row = 0; row < m_lines->rowCount(); ++row)
        present.insert(m_lines->item(row, DescriptionColumn)
                           ->data(kOriginRole)
                           .value<InvoiceLine>()
                           .sessionId);
    int added = 0;
    for (const InvoiceLine& line : *sessions) {
        if (!present.contains(line.sessionId)) {
            addLine(line);
            ++added;
        }
    }
    ui::setErrorText(m_error,
                     added == 0 ? tr("This client has no held sessions left to bill.") : QString());
}

void InvoiceEditorDialog::addOffering(qint64 offeringId) {
    if (!m_billing)
        return;
    auto line = m_billing->lineFromOffering(offeringId);
    if (!line) {
        ui::setErrorText(m_error, line.message());
        return;
    }
    ui::setErrorText(m_error, QString());
    addLine(*line);
    m_lines->setCurrentCell(m_lines->rowCount() - 1, DescriptionColumn);
}

void InvoiceEditorDialog::removeSelectedLine() {
    const int row = m_lines->currentRow();
    if (row >= 0)
        m_lines->removeRow(row);
    recompute();
}

Result<QList<InvoiceLine>> InvoiceEditorDialog::lines() const {
    QList<InvoiceLine> result;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QTableWidgetItem* description = m_lines->item(row, DescriptionColumn);
        InvoiceLine line = description->data(kOriginRole).value<InvoiceLine>();
        line.description = description->text().trimmed();
        const QString quantityText = m_lines->item(row, QuantityColumn)->text();
        const QString priceText = m_lines->item(row, PriceColumn)->text();
        const QString rateText = m_lines->item(row, RateColumn)->text();
        // A completely empty row is ignored rather than an error.
        if (line.description.isEmpty() && priceText.trimmed().isEmpty())
            continue;
        if (line.description.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1 needs a description.").arg(row + 1));
        auto quantity = InvoiceMath::parseQuantity(quantityText, true);
        if (!quantity)
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: %2").arg(row + 1).arg(quantity.message()));
        auto price = Money::parse(priceText, m_settings.currency, true);
        if (!price)
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: %2").arg(row + 1).arg(price.message()));
        auto rate = InvoiceMath::parseRatePercent(rateText);
        if (!rate)
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: %2").arg(row + 1).arg(rate.message()));
        line.quantityMilli = *quantity;
        line.unitPriceMinor = price->minorUnits();
        line.taxRateBasisPoints = *rate;
        result.append(line);
    }
    return result;
}

void InvoiceEditorDialog::recompute() {
    if (m_updating)
        return;
    m_updating = true;
    const QLocale locale;
    // Per-row amounts, so a typo shows next to where it was made.
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto quantity =
            InvoiceMath::parseQuantity(m_lines->item(row, QuantityColumn)->text(), true);
        const auto price =
            Money::parse(m_lines->item(row, PriceColumn)->text(), m_settings.currency, true);
        const auto rate = InvoiceMath::parseRatePercent(m_lines->item(row, RateColumn)->text());
        for (auto [column, ok] :
             {std::pair{QuantityColumn, quantity.ok()}, std::pair{PriceColumn, price.ok()},
              std::pair{RateColumn, rate.ok()}})
            m_lines->item(row, column)
                ->setBackground(ok ? QBrush() : QBrush(QColor(0xf6, 0xd5, 0xd5)));
        QString amount;
        if (quantity && price && rate)
            amount = Money(InvoiceMath::lineAmounts({*quantity, price->minorUnits(), *rate}).net,
                           m_settings.currency)
                         .format(locale);
        m_lines->item(row, AmountColumn)->setText(amount);
    }
    m_updating = false;

    const auto current = lines();
    if (!current) {
        m_totals->setText(tr("Net – · Tax – · Total –"));
        ui::setErrorText(m_error, current.message());
        m_save->setEnabled(false);
        m_issue->setEnabled(false);
        return;
    }
    ui::setErrorText(m_error, QString());
    QList<LineInput> inputs;
    for (const InvoiceLine& line : *current)
        inputs.append(line.input());
    const InvoiceTotals totals = InvoiceMath::totals(inputs, m_settings.currency);
    m_totals->setText(totalsText());
    QStringList breakdown;
    for (const TaxBreakdownRow& row : totals.byRate)
        breakdown << tr("%1 % on %2: %3")
                         .arg(InvoiceMath::formatRatePercent(row.rateBasisPoints, locale),
                              row.net.format(locale), row.tax.format(locale));
    m_totals->setToolTip(breakdown.join(u'\n'));
    m_save->setEnabled(selectedClientId() > 0);
    m_issue->setEnabled(selectedClientId() > 0 && !current->isEmpty() &&
                        !totals.total.isNegative());
}

QString InvoiceEditorDialog::totalsText() const {
    const auto current = lines();
    if (!current)
        return m_totals->text();
    QList<LineInput> inputs;
    for (const InvoiceLine& line : *current)
        inputs.append(line.input());
    const InvoiceTotals totals = InvoiceMath::totals(inputs, m_settings.currency);
    const QLocale locale;
    return tr("Net %1 · Tax %2 · Total %3")
        .arg(totals.net.format(locale), totals.tax.format(locale), totals.total.format(locale));
}

bool InvoiceEditorDialog::save() {
    if (!m_billing)
        return false;
    auto current = lines();
    if (!current) {
        ui::setErrorText(m_error, current.message());
        return false;
    }
    Result<Invoice> stored = makeError(ErrorCode::InvalidInput, QString());
    if (m_draft.id == 0) {
        stored = m_billing->createInvoice(selectedClientId(), *current, m_notes->toPlainText());
    } else {
        Invoice invoice = m_draft;
        invoice.lines = *current;
        invoice.notes = m_notes->toPlainText();
        stored = m_billing->invoices().updateDraft(invoice);
    }
    if (!stored) {
        ui::setErrorText(m_error, stored.message());
        return false;
    }
    m_draft = *stored;
    Q_EMIT saved(m_draft.id);
    return true;
}

void InvoiceEditorDialog::issue() {
    const auto answer = QMessageBox::question(
        this, tr("Issue invoice"),
        tr("Issue this invoice for %1?\n\nIt gets the next invoice number and can no longer be "
           "changed afterwards; mistakes are corrected with a credit note.")
                .arg(totalsText()) +
            missingSellerDetailsNotice(*m_billing),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !save())
        return;
    auto issued = m_billing->issue(m_draft.id);
    if (!issued) {
        ui::setErrorText(m_error, issued.message());
        return;
    }
    Q_EMIT this->issued(issued->id, issued->number);
    accept();
}

} // namespace md
