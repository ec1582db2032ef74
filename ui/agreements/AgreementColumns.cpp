#include "agreements/AgreementColumns.h"

#include "UiStyle.h"
#include "agreements/Agreement.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementVerifier.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace md {

void fitAgreementColumns(QTableView* view) {
    using Model = AgreementListModel;
    // Not measured from the rows (that reads them all whenever one changes):
    // from every text a column can hold.
    Agreement widest;
    widest.id = 99999;
    ui::fitColumnToTexts(view, Model::NumberColumn, {widest.number()});
    // A typical full name; a longer one is cut short, whole in the tooltip.
    view->horizontalHeader()->resizeSection(Model::ClientColumn, ui::typicalNameWidth(view));
    ui::fitColumnToTexts(
        view, Model::StateColumn,
        {agreementStateLabel(AgreementState::Draft), agreementStateLabel(AgreementState::Signed)});
    ui::fitColumnToTexts(view, Model::VerificationColumn,
                         {verificationLabel(AgreementVerification(VerificationStatus::NotSigned)),
                          verificationLabel(AgreementVerification(VerificationStatus::Verified, 0,
                                                                  {}, SigningMethod::OnScreen)),
                          widestVerificationLabel(),
                          verificationLabel(AgreementVerification(VerificationStatus::Modified)),
                          Model::checkingLabel()});
    ui::fitColumnToTexts(view, Model::EndDateColumn,
                         {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
    ui::showElidedTextAsToolTip(view);
    // Hidden first when the list is narrow: what the details beside it repeat.
    ui::keepListBesideEditor(view, Model::TitleColumn,
                             {Model::EndDateColumn, Model::VerificationColumn});
}

} // namespace md
