#include "agreements/EndingAgreementsWidget.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

EndingAgreementsWidget::EndingAgreementsWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("endingAgreementsWidget"));
    m_title = new QLabel(this);
    ui::styleAsHeading(m_title, 1.15);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Agreement"), tr("Client"), tr("Ends on"), tr("Days left")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("endingAgreementsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    ui::keepNamesWhole(m_table, ClientColumn);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id =
            m_model->index(index.row(), NumberColumn).data(AgreementIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openRequested(id);
    });
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("endingAgreementsEmptyLabel"));
    ui::styleAsSecondary(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    m_load = new LoadOnShow(this, [this] { reload(); });
    setDays(kDefaultDays);
}

int EndingAgreementsWidget::loads() const {
    return m_reads;
}

void EndingAgreementsWidget::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(&workspace->changes(), &ChangeNotifier::changed, this,
                &EndingAgreementsWidget::applyChanges);
    if (workspace) {
        m_load->request();
    } else {
        m_load->cancel();
        reload(); // empties, reads nothing
    }
}

void EndingAgreementsWidget::applyChanges(const ChangeSet& changes) {
    // Whether an agreement is listed depends on others (a signed amendment
    // replaces it) and on the order of end dates: reading the short list
    // again is one indexed query and always right.
    if (changes.touchesAny({RecordKind::Agreement, RecordKind::Client}))
        m_load->request();
}

void EndingAgreementsWidget::setDays(int days) {
    m_days = std::max(1, days);
    m_title->setText(tr("Agreements ending soon"));
    m_title->setToolTip(tr("Signed agreements that end within %n day(s)", nullptr, m_days));
    if (m_workspace)
        m_load->request();
    else
        reload();
}

void EndingAgreementsWidget::showEvent(QShowEvent* event) {
    // The days left move with the date: a show on another day reads again.
    if (m_workspace && m_loadedOn.isValid() && m_loadedOn != m_workspace->clock().today())
        m_load->request();
    QWidget::showEvent(event);
}

void EndingAgreementsWidget::reload() {
    m_model->removeRows(0, m_model->rowCount());
    m_loadedOn = m_workspace ? m_workspace->clock().today() : QDate();
    m_reads += m_workspace ? 1 : 0;
    QString emptyText = tr("No agreement ends within %n day(s).", nullptr, m_days);
    if (m_workspace) {
        const QDate today = m_workspace->clock().today();
        Result<QList<Agreement>> ending = m_workspace->agreements().endingWithin(m_days);
        if (!ending)
            emptyText = ending.message();
        const QLocale locale;
        for (const Agreement& agreement : ending ? *ending : QList<Agreement>()) {
            const Result<QString> name = m_workspace->clients().listName(agreement.clientId);
            const QString client = name ? *name : QString();
            auto* number = new QStandardItem(agreement.number());
            number->setData(agreement.id, AgreementIdRole);
            number->setToolTip(agreement.title);
            auto* end = new QStandardItem(locale.toString(agreement.endDate, QLocale::ShortFormat));
            const qint64 left = today.daysTo(agreement.endDate);
            // A bare number under "Days left" reads well in every language.
            auto* daysLeft = new QStandardItem(left == 0 ? tr("today") : locale.toString(left));
            daysLeft->setData(left, DaysLeftRole);
            daysLeft->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_model->appendRow({number, new QStandardItem(client), end, daysLeft});
        }
    }
    m_empty->setText(emptyText);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
}

} // namespace md
