#include "agreements/AgreementColumns.h"

#include "UiStyle.h"
#include "agreements/Agreement.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementVerifier.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace md {

namespace {
using Model = AgreementListModel;
// Hidden first when the list is narrow: what the details beside it repeat.
constexpr int kHiddenFirst[] = {Model::EndDateColumn, Model::VerificationColumn};
} // namespace

AgreementColumns::AgreementColumns(QTableView* view)
    : QObject(view)
    , m_view(view) {
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(Model::TitleColumn, QHeaderView::Stretch);
    view->viewport()->installEventFilter(this);
    ui::showElidedTextAsToolTip(view);
    measure();
    fit();
}

void AgreementColumns::measure() {
    // Not measured from the rows (that reads them all whenever one changes):
    // from every text a column can hold.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    m_wanted = QList<int>(Model::ColumnCount, 0);
    const auto fit = [&](int column, const QStringList& texts) {
        // The heading with room for the sort arrow, and every text.
        const QString title =
            m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = QFontMetrics(header->font()).horizontalAdvance(title) + 2 * padding;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        m_wanted[column] = width;
    };
    Agreement widest;
    widest.id = 99999;
    fit(Model::NumberColumn, {widest.number()});
    // A typical full name; a longer one is cut short, whole in the tooltip.
    m_wanted[Model::ClientColumn] = ui::typicalNameWidth(m_view);
    fit(Model::StateColumn,
        {agreementStateLabel(AgreementState::Draft), agreementStateLabel(AgreementState::Signed)});
    fit(Model::VerificationColumn,
        {verificationLabel(AgreementVerification(VerificationStatus::NotSigned)),
         verificationLabel(
             AgreementVerification(VerificationStatus::Verified, 0, {}, SigningMethod::OnScreen)),
         widestVerificationLabel(),
         verificationLabel(AgreementVerification(VerificationStatus::Modified)),
         Model::checkingLabel()});
    fit(Model::EndDateColumn, {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
    for (int column = 0; column < Model::ColumnCount; ++column) {
        if (column != Model::TitleColumn)
            header->resizeSection(column, m_wanted.at(column));
    }
}

int AgreementColumns::wantedWidth(int column) const {
    return column >= 0 && column < m_wanted.size() ? m_wanted.at(column) : 0;
}

int AgreementColumns::leastTitleWidth() const {
    return m_view->fontMetrics().averageCharWidth() * 14;
}

void AgreementColumns::fit() {
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    int needed = leastTitleWidth();
    for (int column = 0; column < Model::ColumnCount; ++column) {
        if (column != Model::TitleColumn)
            needed += m_wanted.at(column);
    }
    QList<int> hidden;
    for (int column : kHiddenFirst) {
        if (needed <= available)
            break;
        hidden << column;
        needed -= m_wanted.at(column);
    }
    for (int column : kHiddenFirst)
        header->setSectionHidden(column, hidden.contains(column));
}

bool AgreementColumns::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return false;
}

} // namespace md
