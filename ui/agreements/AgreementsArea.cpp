#include "agreements/AgreementsArea.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "agreements/AgreementColumns.h"
#include "agreements/AgreementDetailsPanel.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementService.h"
#include "agreements/AgreementVerifier.h"
#include "agreements/AuditChainCheck.h"
#include "agreements/EndingAgreementsWidget.h"
#include "common/ChangeNotifier.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

namespace {
// The dashboard's notion of "soon", also used for this area's summary.
constexpr int kEndingSoonDays = EndingAgreementsWidget::kDefaultDays;
} // namespace

AgreementsArea::AgreementsArea(QWidget* parent)
    : AreaPage(parent) {
    setObjectName(QStringLiteral("agreementsArea"));
    m_model = new AgreementListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgreementListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("agreementsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* newAction = new QAction(tr("&New…"), this);
    newAction->setObjectName(QStringLiteral("newAgreementAction"));
    connect(newAction, &QAction::triggered, this, [this] { newAgreement(); });
    m_actions.append(newAction);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Generate an agreement for an engagement from a template"));
    newAction->setIcon(ui::actionIcon("document-new", "new-document"));
    m_editAction = addAction(tr("&Edit draft…"), QStringLiteral("editDraftAction"),
                             &AgreementsArea::editDraft);
    m_previewAction =
        addAction(tr("Pre&view…"), QStringLiteral("previewAction"), &AgreementsArea::preview);
    m_printAction = addAction(tr("&Print…"), QStringLiteral("printAction"), &AgreementsArea::print);
    m_pdfAction =
        addAction(tr("Save as P&DF…"), QStringLiteral("savePdfAction"), &AgreementsArea::savePdf);
    m_signAction = addAction(tr("&Sign on screen…"), QStringLiteral("signOnScreenAction"),
                             &AgreementsArea::signOnScreen);
    m_paperAction = addAction(tr("Signed on p&aper…"), QStringLiteral("signOnPaperAction"),
                              &AgreementsArea::signOnPaper);
    m_paperAction->setToolTip(tr("Attach the scan of the paper original signed by hand"));
    m_exportAction = addAction(tr("E&xport for client…"), QStringLiteral("exportForClientAction"),
                               &AgreementsArea::exportForClient);
    m_amendAction = addAction(tr("A&mend…"), QStringLiteral("amendAction"), &AgreementsArea::amend);
    m_deleteAction = addAction(tr("&Delete draft"), QStringLiteral("deleteDraftAction"),
                               &AgreementsArea::deleteDraft);
    // Preview, print and PDF are one button with a menu: ten buttons side by
    // side would fold the last ones into an overflow menu in a window of
    // 1024 pixels.
    auto* documentMenu = new QMenu(this);
    documentMenu->setObjectName(QStringLiteral("printMenu"));
    documentMenu->addActions({m_previewAction, m_printAction, m_pdfAction});
    m_documentAction = new QAction(tr("P&rint"), this);
    m_documentAction->setObjectName(QStringLiteral("printMenuAction"));
    m_documentAction->setToolTip(tr("Preview, print or save the agreement as PDF"));
    m_documentAction->setMenu(documentMenu);
    m_documentAction->setIcon(ui::actionIcon("document-print", "print"));
    m_previewAction->setIcon(ui::actionIcon("document-print-preview", "print"));
    m_printAction->setIcon(ui::actionIcon("document-print", "print"));
    m_pdfAction->setIcon(ui::actionIcon("document-save-as", "export"));
    m_editAction->setIcon(ui::actionIcon("document-edit", "edit"));
    m_signAction->setIcon(ui::actionIcon("document-sign", "sign"));
    m_exportAction->setIcon(ui::actionIcon("document-export", "export"));
    m_deleteAction->setIcon(ui::actionIcon("edit-delete", "delete"));
    for (QAction* action : std::as_const(m_actions)) {
        if (action == m_previewAction)
            toolBar->addAction(m_documentAction);
        else if (action != m_printAction && action != m_pdfAction)
            toolBar->addAction(action);
    }
    if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(m_documentAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    // The area's own settings are not about the selected agreement: they sit
    // beside the filter, where a narrow window never folds them away into
    // the toolbar's overflow menu.
    auto* templatesAction = new QAction(tr("&Templates…"), this);
    templatesAction->setObjectName(QStringLiteral("templatesAction"));
    templatesAction->setToolTip(tr("Edit the texts agreements are generated from"));
    connect(templatesAction, &QAction::triggered, this, &AgreementsArea::editTemplates);
    auto* profileAction = new QAction(tr("Mentor &profile…"), this);
    profileAction->setObjectName(QStringLiteral("mentorProfileAction"));
    profileAction->setToolTip(tr("Your name, business, address and signature, as agreements "
                                 "print them"));
    connect(profileAction, &QAction::triggered, this, &AgreementsArea::editProfile);
    QList<QToolButton*> areaButtons;
    for (QAction* action : {templatesAction, profileAction}) {
        m_actions.append(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(
            action->objectName().replace(QLatin1String("Action"), QLatin1String("ToolButton")));
        areaButtons << button;
    }

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("agreementFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by number, client, title or state"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agreementTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AgreementListModel::NumberColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    // Wide enough for what each column can say, the title taking the rest:
    // no horizontal scroll bar beside the preview.
    fitAgreementColumns(m_view);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("agreementsEmptyStateLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_emptyState);
    m_listStack->addWidget(m_view);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listStack, 1);
    m_details = new AgreementDetailsPanel(this);
    connect(m_details, &AgreementDetailsPanel::detailPlaceRequested, this,
            &AgreementsArea::goToDetail);
    connect(m_details, &AgreementDetailsPanel::fillInRequested, this, &AgreementsArea::fillInDraft);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("agreementsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    // The list and the preview share the width about evenly; in a narrow
    // window the list gives up columns (fitAgreementColumns), the preview keeps
    // a readable width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});

    // Above everything: a broken audit chain concerns every agreement, not
    // only the selected one.
    m_auditWarning = new QLabel(this);
    m_auditWarning->setObjectName(QStringLiteral("auditChainWarningLabel"));
    ui::styleAsError(m_auditWarning);
    m_auditCheck = new AuditChainCheck(this);
    connect(m_auditCheck, &AuditChainCheck::checked, this, [this](const QStringList& problems) {
        m_auditBroken = showAuditProblems(problems);
        composeSummary();
    });

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(12);
    for (QToolButton* button : std::as_const(areaButtons))
        filterRow->addWidget(button);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_auditWarning);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgreementsArea::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AgreementsArea::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AgreementsArea::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                // A badge verified in the background changes neither the
                // details shown nor, by itself, the summary (see below).
                if (roles.contains(AgreementListModel::VerificationRole))
                    return;
                updateActions();
                updateDetails();
                updateSummary();
            });
    connect(m_model, &AgreementListModel::verificationsChanged, this,
            &AgreementsArea::composeSummary);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            editDraft();
        else
            preview();
    });
    m_load = new LoadOnShow(this, [this] {
        if (!m_workspace)
            return;
        ++m_reads;
        // The model's reset updates the summary.
        m_model->setWorkspace(m_workspace);
        updateEmptyState();
        updateActions();
        updateDetails();
    });
    setWorkspace(nullptr);
}

int AgreementsArea::loads() const {
    return m_reads;
}

QAction* AgreementsArea::addAction(const QString& text, const QString& name,
                                   void (AgreementsArea::*slot)()) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

AgreementService* AgreementsArea::service() const {
    return m_workspace ? &m_workspace->agreements() : nullptr;
}

void AgreementsArea::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_auditStale = true;
    m_auditCheck->cancel(); // what it finds is the closed workspace's
    // The empty state says what to do first, which depends on the mentor
    // profile: it follows a profile saved here, in Billing or by the CLI.
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                [this](const ChangeSet& changes) {
                    if (changes.external() || changes.touches(RecordKind::Agreement))
                        m_auditStale = true;
                    if (m_load->isPending())
                        return;
                    if (changes.external() || changes.touches(RecordKind::MentorProfile))
                        updateEmptyState();
                    // A detail the draft shown left blank may be set now.
                    const Agreement* shown = m_model->agreementAt(m_model->rowOf(currentId()));
                    if (shown && !shown->isSigned() &&
                        (changes.external() ||
                         changes.touchesAny({RecordKind::MentorProfile, RecordKind::Client,
                                             RecordKind::Engagement})))
                        updateDetails();
                });
    {
        const QScopedValueRollback switching(m_switching, true);
        m_filter->clear();
        // The list is read when the area is first shown; from then on the
        // model follows the workspace's changes.
        m_model->setWorkspace(nullptr);
    }
    if (workspace)
        m_load->request();
    else
        m_load->cancel();
    for (const QPointer<EndingAgreementsWidget>& widget : std::as_const(m_attached)) {
        if (widget)
            widget->setWorkspace(workspace);
    }
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(workspace != nullptr);
    updateEmptyState();
    updateActions();
    updateDetails();
    updateSummary();
}

void AgreementsArea::updateEmptyState() {
    // Locked or not read yet: the profile is not known, and not read here.
    bool hasProfile = false;
    if (m_workspace && !m_load->isPending()) {
        if (auto profile = m_workspace->settings().mentorProfile())
            hasProfile = !profile->name.trimmed().isEmpty();
    }
    m_emptyState->setText(
        hasProfile ? tr("No agreements yet.\n\nPress New (Ctrl+N) to generate a mentoring "
                        "agreement or a confidentiality agreement for an engagement.")
                   : tr("No agreements yet.\n\nFill in your mentor profile, then press "
                        "New (Ctrl+N) to generate a mentoring agreement or a "
                        "confidentiality agreement for an engagement."));
}

void AgreementsArea::focusFilter() {
    m_filter->setFocus();
    m_filter->selectAll();
}

qint64 AgreementsArea::currentId() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(AgreementListModel::IdRole).toLongLong() : 0;
}

void AgreementsArea::select(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: show everything again
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void AgreementsArea::attach(EndingAgreementsWidget* widget) {
    m_attached.append(widget);
    widget->setWorkspace(m_workspace);
}

void AgreementsArea::updateActions() {
    const Agreement* agreement = m_model->agreementAt(m_model->rowOf(currentId()));
    const bool open = m_workspace != nullptr;
    const bool any = open && agreement;
    const bool draft = any && !agreement->isSigned();
    m_editAction->setEnabled(draft);
    m_previewAction->setEnabled(any);
    m_printAction->setEnabled(any);
    m_pdfAction->setEnabled(any);
    m_documentAction->setEnabled(any);
    m_signAction->setEnabled(draft);
    m_paperAction->setEnabled(draft);
    m_deleteAction->setEnabled(draft);
    m_exportAction->setEnabled(any && agreement->isSigned());
    m_amendAction->setEnabled(any && agreement->isSigned());
}

void AgreementsArea::updateDetails() {
    const int row = m_model->rowOf(currentId());
    const Agreement* listed = m_model->agreementAt(row);
    // The list holds no texts: the selected agreement is read whole.
    const Result<Agreement> agreement = listed && m_workspace
                                            ? service()->get(listed->id)
                                            : Result<Agreement>(makeError(ErrorCode::NotFound, {}));
    if (!agreement) {
        m_details->clear();
        return;
    }
    int version = 0;
    if (auto tmpl = service()->templateVersion(agreement->templateId))
        version = tmpl->version;
    const Result<QStringList> signing = service()->signingFacts(agreement->id);
    m_details->showAgreement(
        *agreement, m_model->index(row, AgreementListModel::ClientColumn).data().toString(),
        m_model->verificationAt(row), version, signing ? *signing : QStringList{signing.message()});
    if (!agreement->isSigned()) {
        const Result<DraftBlanks> blanks = service()->draftBlanks(agreement->id);
        m_details->showBlanks(blanks ? std::optional(*blanks) : std::nullopt);
    }
}

void AgreementsArea::updateSummary() {
    if (m_switching)
        return;
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view)
                                                          : m_emptyState);
    // Not read yet: only the shown area's summary is on screen, and this one
    // is composed when the area is first shown.
    if (m_workspace && m_load->isPending()) {
        Q_EMIT summaryChanged(QString());
        return;
    }
    if (m_auditStale || !m_workspace) {
        // The warning and the summary follow when the check is done.
        m_auditStale = !m_workspace;
        m_auditCheck->start(service());
    }
    m_endingSoon = 0;
    if (m_workspace) {
        if (auto ending = service()->endingWithin(kEndingSoonDays))
            m_endingSoon = int(ending->size());
    }
    composeSummary();
}

void AgreementsArea::composeSummary() {
    if (!m_workspace) {
        Q_EMIT summaryChanged(QString());
        return;
    }
    // Counted as the rows are verified (a few at a time while idle).
    const int modified = m_model->modifiedCount();
    QStringList parts{tr("%n agreement(s)", nullptr, m_model->rowCount())};
    if (m_endingSoon > 0)
        parts << tr("%n ending within %1 days", nullptr, m_endingSoon).arg(kEndingSoonDays);
    if (modified > 0)
        parts << tr("%n MODIFIED", nullptr, modified);
    if (m_auditBroken)
        parts << tr("AUDIT LOG BROKEN");
    Q_EMIT summaryChanged(parts.join(QStringLiteral(" · ")));
}

void AgreementsArea::showEvent(QShowEvent* event) {
    AreaPage::showEvent(event);
    m_model->setVerifyingInBackground(true);
}

void AgreementsArea::hideEvent(QHideEvent* event) {
    AreaPage::hideEvent(event);
    m_model->setVerifyingInBackground(false);
}

bool AgreementsArea::showAuditProblems(const QStringList& problems) {
    if (problems.isEmpty()) {
        ui::setErrorText(m_auditWarning, QString());
        m_auditWarning->setToolTip(QString());
        return false;
    }
    // The first problems inline, all of them in the tooltip.
    constexpr qsizetype kShown = 3;
    QStringList shown = problems.mid(0, kShown);
    if (problems.size() > kShown)
        shown << tr("… and %n more.", nullptr, int(problems.size() - kShown));
    ui::setErrorText(m_auditWarning,
                     tr("Warning: the audit log of signings does not verify. Its record of "
                        "who signed what and when may have been changed outside MentorDesk; "
                        "restore a backup or keep the exported copies as evidence.") +
                         QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
    m_auditWarning->setToolTip(problems.join(QLatin1Char('\n')));
    return true;
}

} // namespace md
