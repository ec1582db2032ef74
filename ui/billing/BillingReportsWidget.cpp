#include "billing/BillingReportsWidget.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "billing/BillingReportModels.h"
#include "billing/BillingService.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

namespace {

// Numbers keep their full width; the one text column (`stretchColumn`) takes
// what is left, so the amounts never hide behind a horizontal scroll bar.
QTableView* table(QAbstractItemModel* model, int stretchColumn, const char* name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    ui::keepNamesWhole(view, stretchColumn);
    return view;
}

// QTableView hides the measure its base class offers.
int textWidth(const QAbstractItemView* view, int column) {
    return view->sizeHintForColumn(column);
}

// The width `view` needs to show every column whole, its frame and a
// vertical scroll bar included.
int wholeWidth(const QTableView* view) {
    const QHeaderView* header = view->horizontalHeader();
    int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            width += std::max(textWidth(view, column), header->sectionSizeHint(column));
    }
    return width;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

BillingReportsWidget::BillingReportsWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("billingReportsWidget"));
    m_payments = new PaymentListModel(this);
    m_revenue = new RevenueModel(this);
    m_ageing = new AgeingModel(this);
    m_paymentsView = table(m_payments, PaymentListModel::InvoicesColumn, "paymentsTableView", this);
    m_revenueView = table(m_revenue, RevenueModel::MonthColumn, "revenueTableView", this);
    m_ageingView = table(m_ageing, AgeingModel::ClientColumn, "ageingTableView", this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(2000, 2200);
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("creditLabel"));
    ui::styleAsSecondary(m_credit);

    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year:"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    auto* revenue = new QWidget(this);
    auto* revenueLayout = new QVBoxLayout(revenue);
    revenueLayout->setContentsMargins(0, 0, 0, 0);
    revenueLayout->addLayout(yearRow);
    revenueLayout->addWidget(m_revenueView);

    m_reports = new QBoxLayout(QBoxLayout::LeftToRight);
    m_reports->addWidget(box(tr("Revenue by month"), revenue, this), 1);
    m_reports->addWidget(box(tr("Owed by client, by age of the invoice"), m_ageingView, this), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_reports, 1);
    layout->addWidget(box(tr("Payments received"), m_paymentsView, this), 1);
    layout->addWidget(m_credit);
    m_load = new LoadOnShow(this, [this] { reload(); });
    connect(m_year, &QSpinBox::valueChanged, this, &BillingReportsWidget::reload);
}

void BillingReportsWidget::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &BillingReportsWidget::followChanges);
        const QSignalBlocker blocker(m_year);
        m_year->setValue(m_workspace->clock().today().year());
        m_load->request();
    } else {
        m_load->cancel();
        reload(); // locked: nothing is shown
    }
}

void BillingReportsWidget::followChanges(const ChangeSet& changes) {
    // Totals over every invoice and payment: recomputed as a whole.
    if (changes.touchesAny({RecordKind::Invoice, RecordKind::Payment, RecordKind::Client,
                            RecordKind::BusinessSettings}))
        m_load->request();
}

void BillingReportsWidget::reload() {
    m_credit->clear();
    auto overview = m_workspace ? m_workspace->billing().overview(m_year->value())
                                : Result<BillingOverview>(makeError(ErrorCode::Locked, {}));
    if (!overview) {
        m_payments->setPayments({});
        m_revenue->setRevenue({}, {});
        m_ageing->setRows({});
        if (m_workspace)
            m_credit->setText(overview.message());
        return;
    }
    auto payments = m_workspace->billing().payments();
    m_payments->setPayments(payments ? *payments : QList<PaymentRecord>{});
    if (!payments)
        m_credit->setText(payments.message());
    m_revenue->setRevenue(overview->months, overview->yearTotal);
    m_ageing->setRows(overview->owed);
    arrangeReports();
    if (overview->unallocated.isPositive())
        m_credit->setText(
            tr("Client credit not yet used: %1").arg(overview->unallocated.format(QLocale())));
    scrollToThisMonth();
}

void BillingReportsWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    scrollToThisMonth();
}

void BillingReportsWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangeReports();
}

void BillingReportsWidget::arrangeReports() {
    // Two group boxes' frames and margins on top of the tables themselves.
    const int chrome = 4 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) +
                       m_reports->spacing() + contentsMargins().left() + contentsMargins().right();
    const bool sideBySide =
        wholeWidth(m_revenueView) + wholeWidth(m_ageingView) + chrome <= width();
    const auto direction = sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_reports->direction() != direction)
        m_reports->setDirection(direction);
}

void BillingReportsWidget::scrollToThisMonth() {
    if (!m_workspace)
        return;
    const QDate today = m_workspace->clock().today();
    const int row = m_revenue->rowOfMonth(today.month());
    if (m_year->value() == today.year() && row >= 0)
        m_revenueView->scrollTo(m_revenue->index(row, 0), QAbstractItemView::PositionAtCenter);
}

} // namespace md
