#include "billing/BillingArea.h"

#include "UiStyle.h"
#include "agreements/MentorProfileDialog.h"
#include "billing/BillingDashboardWidget.h"
#include "billing/BillingReportsWidget.h"
#include "billing/BillingService.h"
#include "billing/BusinessSettingsDialog.h"
#include "billing/ClientBalanceWidget.h"
#include "billing/EngagementPackagesWidget.h"
#include "billing/InvoiceEditorDialog.h"
#include "billing/InvoiceFilterProxyModel.h"
#include "billing/InvoiceListModel.h"
#include "billing/IssueNotice.h"
#include "billing/PaymentDialog.h"
#include "billing/PriceListWidget.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {
enum Period { AllTime, ThisMonth, LastMonth, ThisYear, LastYear };

QPushButton* button(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

BillingArea::BillingArea(QWidget* parent)
    : AreaPage(parent) {
    setObjectName(QStringLiteral("billingArea"));
    m_model = new InvoiceListModel(this);
    m_proxy = new InvoiceFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (InvoiceStatus status : allInvoiceStatuses())
        m_statusFilter->addItem(invoiceStatusLabel(status), int(status));
    m_clientFilter = new QComboBox(this);
    m_clientFilter->setObjectName(QStringLiteral("clientFilterComboBox"));
    m_periodFilter = new QComboBox(this);
    m_periodFilter->setObjectName(QStringLiteral("periodFilterComboBox"));
    m_periodFilter->addItem(tr("All time"), AllTime);
    m_periodFilter->addItem(tr("This month"), ThisMonth);
    m_periodFilter->addItem(tr("Last month"), LastMonth);
    m_periodFilter->addItem(tr("This year"), ThisYear);
    m_periodFilter->addItem(tr("Last year"), LastYear);
    // Who bills (the mentor profile, shared with agreements) and how: one
    // menu button, so the filter row stays narrow.
    auto* settings = button(tr("Settings"), "billingSettingsButton", this);
    auto* settingsMenu = new QMenu(settings);
    QAction* profile = settingsMenu->addAction(tr("Your name and address…"));
    profile->setObjectName(QStringLiteral("mentorProfileAction"));
    QAction* business = settingsMenu->addAction(tr("Business settings…"));
    business->setObjectName(QStringLiteral("businessSettingsAction"));
    settings->setMenu(settingsMenu);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_clientFilter, 1);
    filters->addWidget(m_periodFilter);
    filters->addStretch(1);
    filters->addWidget(settings);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invoiceTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InvoiceListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::ClientColumn,
                                                     QHeaderView::Stretch);
    // The status on one line, whole: "Overdue (18 days)" does not wrap.
    ui::fitColumnToTexts(m_view, InvoiceListModel::StatusColumn, InvoiceListModel::statusTexts());
    ui::fitColumnToTexts(m_view, InvoiceListModel::NumberColumn, InvoiceListModel::numberTexts());

    m_new = button(tr("New invoice…"), "newInvoiceButton", this);
    m_edit = button(tr("Edit…"), "editInvoiceButton", this);
    m_issue = button(tr("Issue…"), "issueInvoiceButton", this);
    m_pay = button(tr("Record payment…"), "recordPaymentButton", this);
    m_credit = button(tr("Credit note…"), "creditInvoiceButton", this);
    m_delete = button(tr("Delete draft"), "deleteDraftButton", this);
    m_document = button(tr("PDF and print"), "documentButton", this);
    auto* documentMenu = new QMenu(m_document);
    m_pdf = documentMenu->addAction(tr("Save PDF…"));
    m_pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_print = documentMenu->addAction(tr("Print…"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_preview = documentMenu->addAction(tr("Print preview…"));
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_document->setMenu(documentMenu);
    m_csv = button(tr("Export CSV…"), "exportCsvButton", this);
    // Only the main action has an icon: the row must fit beside the sidebar at 1024 px.
    m_new->setIcon(ui::actionIcon("document-new", "new-invoice"));
    m_print->setIcon(ui::actionIcon("document-print", "print"));
    m_pdf->setIcon(ui::actionIcon("document-save-as", "export"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_issue, m_pay, m_credit, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    // The documents made from the list sit with its filters (the CSV is of
    // the filtered list): one row of eight buttons does not fit 1024 px in
    // the longer languages.
    filters->addWidget(m_document);
    filters->addWidget(m_csv);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("invoiceDetailLabel"));
    m_detail->setWordWrap(true);
    ui::styleAsSecondary(m_detail);

    auto* invoicesPage = new QWidget(this);
    auto* invoicesLayout = new QVBoxLayout(invoicesPage);
    invoicesLayout->addLayout(filters);
    invoicesLayout->addWidget(m_view, 1);
    invoicesLayout->addWidget(m_detail);
    invoicesLayout->addLayout(actions);

    m_priceList = new PriceListWidget(this);
    m_reports = new BillingReportsWidget(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("billingTabWidget"));
    m_tabs->addTab(invoicesPage, tr("Invoices"));
    m_tabs->addTab(m_reports, tr("Payments and reports"));
    m_tabs->addTab(m_priceList, tr("Price list"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &BillingArea::applyFilters);
    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, &BillingArea::applyFilters);
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &BillingArea::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BillingArea::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const InvoiceRecord* r = selectedRecord(); r && !r->invoice.isIssued())
            editSelected();
        else
            previewSelected();
    });
    connect(business, &QAction::triggered, this, &BillingArea::editBusinessSettings);
    connect(profile, &QAction::triggered, this, &BillingArea::editMentorProfile);
    connect(m_new, &QPushButton::clicked, this, [this] { newInvoice(); });
    connect(m_edit, &QPushButton::clicked, this, &BillingArea::editSelected);
    connect(m_issue, &QPushButton::clicked, this, &BillingArea::issueSelected);
    connect(m_pay, &QPushButton::clicked, this, &BillingArea::recordPaymentForSelected);
    connect(m_credit, &QPushButton::clicked, this, &BillingArea::creditSelected);
    connect(m_delete, &QPushButton::clicked, this, &BillingArea::deleteSelectedDraft);
    connect(m_pdf, &QAction::triggered, this, &BillingArea::exportSelectedPdf);
    connect(m_print, &QAction::triggered, this, &BillingArea::printSelected);
    connect(m_preview, &QAction::triggered, this, &BillingArea::previewSelected);
    connect(m_csv, &QPushButton::clicked, this, &BillingArea::exportCsv);
    connect(m_priceList, &PriceListWidget::statusMessage, this, &AreaPage::statusMessage);
    connect(m_model, &InvoiceListModel::loadFailed, this, &AreaPage::statusMessage);
    // The selected invoice's details and the summary follow its rows.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateSummary();
            updateActions();
        });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateActions();
    });
    updateActions();
}

BillingArea::~BillingArea() = default;

void BillingArea::attach(ClientBalanceWidget* widget) {
    m_balanceWidgets.append(widget);
    widget->setWorkspace(m_workspace);
}

void BillingArea::attach(BillingDashboardWidget* widget) {
    m_dashboardWidgets.append(widget);
    widget->setWorkspace(m_workspace);
}

void BillingArea::attach(EngagementPackagesWidget* widget) {
    m_packageWidgets.append(widget);
    widget->setWorkspace(m_workspace);
}

void BillingArea::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &BillingArea::followChanges);
    m_model->setBilling(workspace ? &workspace->billing() : nullptr,
                        workspace ? &workspace->changes() : nullptr,
                        workspace ? &workspace->clock() : nullptr);
    m_priceList->setWorkspace(workspace);
    m_reports->setWorkspace(workspace);
    for (const auto& widget : std::as_const(m_balanceWidgets))
        if (widget)
            widget->setWorkspace(workspace);
    for (const auto& widget : std::as_const(m_dashboardWidgets))
        if (widget)
            widget->setWorkspace(workspace);
    for (const auto& widget : std::as_const(m_packageWidgets))
        if (widget)
            widget->setWorkspace(workspace);
    reloadClients();
    if (!workspace)
        m_detail->clear();
    updateSummary();
    updateActions();
}

void BillingArea::followChanges(const ChangeSet& changes) {
    if (changes.touches(RecordKind::Client))
        reloadClients();
}

void BillingArea::focusFilter() {
    m_clientFilter->setFocus();
}

void BillingArea::reloadClients() {
    const qint64 current = m_clientFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_clientFilter);
    m_clientFilter->clear();
    m_clientFilter->addItem(tr("All clients"), qint64(0));
    if (m_workspace) {
        if (auto clients = m_workspace->clients().listRows({true}))
            for (const ClientListRow& c : *clients)
                m_clientFilter->addItem(c.fullName, c.id);
    }
    m_clientFilter->setCurrentIndex(qMax(0, m_clientFilter->findData(current)));
}

void BillingArea::updateSummary() {
    if (!m_workspace) {
        Q_EMIT summaryChanged(QString());
        return;
    }
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->statusAt(row) == InvoiceStatus::Overdue;
    Q_EMIT summaryChanged(tr("%n invoice(s)", nullptr, m_model->rowCount()) +
                          (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
}

void BillingArea::applyFilters() {
    m_model->refreshStatuses();
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(InvoiceStatus(status)));
    m_proxy->setClientId(m_clientFilter->currentData().toLongLong());
    if (!m_workspace)
        return;
    const QDate today = m_workspace->clock().today();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to;
    switch (m_periodFilter->currentData().toInt()) {
    case ThisMonth:
        from = monthStart;
        to = monthStart.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    default:
        break;
    }
    m_proxy->setPeriod(from, to);
    updateActions();
}

bool BillingArea::selectInvoice(qint64 invoiceId) {
    const int row = m_model->rowOf(invoiceId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_statusFilter->setCurrentIndex(0);
        m_clientFilter->setCurrentIndex(0);
        m_periodFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return index.isValid();
}

const InvoiceRecord* BillingArea::selectedRecord() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->recordAt(m_proxy->mapToSource(rows.first()).row());
}

qint64 BillingArea::selectedInvoiceId() const {
    const InvoiceRecord* r = selectedRecord();
    return r ? r->invoice.id : 0;
}

void BillingArea::updateActions() {
    const InvoiceRecord* r = selectedRecord();
    const bool open = m_workspace != nullptr;
    const bool draft = r && !r->invoice.isIssued();
    const InvoiceStatus status =
        r && m_workspace ? m_workspace->billing().statusOf(*r) : InvoiceStatus::Draft;
    const bool payable = r && r->invoice.isIssued() && !r->invoice.isCreditNote() &&
                         status != InvoiceStatus::Cancelled;
    m_new->setEnabled(open);
    m_edit->setEnabled(draft);
    m_issue->setEnabled(draft);
    m_delete->setEnabled(draft);
    m_pay->setEnabled(payable && r->outstanding().isPositive());
    m_credit->setEnabled(payable && r->credited.isZero());
    m_document->setEnabled(r != nullptr);
    m_csv->setEnabled(open);
    if (!r) {
        m_detail->setText(open ? tr("Select an invoice to see what is paid and owed.") : QString());
        return;
    }
    const QLocale locale;
    QStringList parts{
        tr("Net %1, tax %2, total %3")
            .arg(r->net.format(locale), r->tax.format(locale), r->total.format(locale))};
    if (r->invoice.isIssued() && !r->invoice.isCreditNote()) {
        parts << tr("paid %1").arg(r->paid.format(locale));
        if (!r->credited.isZero())
            parts << tr("credited %1").arg(r->credited.format(locale));
        parts << tr("outstanding %1").arg(r->outstanding().format(locale));
    }
    if (r->invoice.isCreditNote())
        parts << tr("corrects %1").arg(r->creditOfNumber);
    m_detail->setText(parts.join(QStringLiteral(" · ")));
}

bool BillingArea::confirm(const QString& title, const QString& text) {
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void BillingArea::newInvoice(qint64 clientId) {
    if (!m_workspace)
        return;
    Invoice draft;
    draft.clientId = clientId != 0 ? clientId : m_clientFilter->currentData().toLongLong();
    auto* dialog = new InvoiceEditorDialog(*m_workspace, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceEditorDialog::saved, this, [this](qint64 id) {
        selectInvoice(id);
        Q_EMIT statusMessage(tr("Draft saved."));
    });
    connect(dialog, &InvoiceEditorDialog::issued, this, [this](qint64 id, const QString& number) {
        selectInvoice(id);
        Q_EMIT statusMessage(tr("Issued invoice %1.").arg(number));
    });
    dialog->open();
}

void BillingArea::editSelected() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || r->invoice.isIssued() || !m_workspace)
        return;
    auto invoice = m_workspace->billing().invoice(r->invoice.id);
    if (!invoice) {
        Q_EMIT statusMessage(invoice.message());
        return;
    }
    auto* dialog = new InvoiceEditorDialog(*m_workspace, *invoice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceEditorDialog::issued, this, [this](qint64, const QString& number) {
        Q_EMIT statusMessage(tr("Issued invoice %1.").arg(number));
    });
    dialog->open();
}

void BillingArea::issueSelected() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || r->invoice.isIssued() || !m_workspace)
        return;
    const qint64 id = r->invoice.id;
    if (!confirm(tr("Issue invoice"),
                 tr("Issue the draft for %1 (%2)?\n\nIt gets the next invoice number and can no "
                    "longer be changed; mistakes are corrected with a credit note.")
                         .arg(r->clientName, r->total.format()) +
                     missingDetailsNotice(m_workspace->billing(), r->invoice.clientId)) ||
        !m_workspace)
        return;
    auto issued = m_workspace->billing().issue(id);
    Q_EMIT statusMessage(issued ? tr("Issued invoice %1.").arg(issued->number) : issued.message());
    if (!issued)
        QMessageBox::warning(this, tr("Issue invoice"), issued.message());
    selectInvoice(id);
}

void BillingArea::recordPaymentForSelected() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || !m_workspace)
        return;
    auto* dialog = new PaymentDialog(*m_workspace, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::recorded, this,
            [this] { Q_EMIT statusMessage(tr("Payment recorded.")); });
    dialog->open();
}

void BillingArea::creditSelected() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || !m_workspace)
        return;
    const qint64 id = r->invoice.id;
    if (!confirm(tr("Cancel with a credit note"),
                 tr("Cancel invoice %1 (%2) with a credit note?\n\nThe credit note takes the next "
                    "number; what was paid becomes %3's credit.")
                     .arg(r->invoice.number, r->total.format(), r->clientName)) ||
        !m_workspace)
        return;
    auto credit = m_workspace->billing().creditInvoice(id);
    Q_EMIT statusMessage(credit ? tr("Issued credit note %1.").arg(credit->number)
                                : credit.message());
    if (credit)
        selectInvoice(credit->id);
}

void BillingArea::deleteSelectedDraft() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || r->invoice.isIssued() || !m_workspace)
        return;
    const qint64 id = r->invoice.id;
    if (!confirm(tr("Delete draft"), tr("Delete this draft invoice for %1?").arg(r->clientName)) ||
        !m_workspace)
        return;
    const Status removed = m_workspace->billing().removeDraft(id);
    Q_EMIT statusMessage(removed ? tr("Draft deleted.") : removed.message());
}

void BillingArea::editMentorProfile() {
    if (!m_workspace)
        return;
    auto* dialog = new MentorProfileDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { Q_EMIT statusMessage(tr("Saved your name and address.")); });
    dialog->open();
}

void BillingArea::editBusinessSettings() {
    if (!m_workspace)
        return;
    auto* dialog = new BusinessSettingsDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace md
