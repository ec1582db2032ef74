#include "pipeline/NeedsTab.h"

#include "UiStyle.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "pipeline/NeedListModel.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace md {

namespace {
QStringList profileLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines.append(simplified);
    }
    return lines;
}
} // namespace

NeedsTab::NeedsTab(QWidget* parent)
    : EngagementTab(parent) {
    setObjectName(QStringLiteral("needsTab"));
    m_model = new NeedListModel(this);
    m_view = pipelineui::makeListView(m_model, QStringLiteral("needsTableView"), this);
    QStringList categories;
    for (NeedCategory category : allOf<NeedCategory>())
        categories << labelOf(category);
    ui::fitColumnToTexts(m_view, NeedListModel::CategoryColumn, categories);
    QStringList priorities;
    for (NeedPriority priority : allOf<NeedPriority>())
        priorities << labelOf(priority);
    ui::fitColumnToTexts(m_view, NeedListModel::PriorityColumn, priorities);
    // The profile links are cut short at a typical name's width; the editor
    // beside the list ticks them all.
    m_view->setColumnWidth(NeedListModel::LinksColumn, ui::typicalNameWidth(m_view));
    ui::keepListBesideEditor(
        m_view, NeedListModel::DescriptionColumn,
        {NeedListModel::LinksColumn, NeedListModel::CategoryColumn, NeedListModel::PriorityColumn});

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("needDescriptionTextEdit"));
    m_description->setPlaceholderText(tr("What the mentee needs, in their words."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("needCategoryComboBox"));
    for (NeedCategory category : allOf<NeedCategory>())
        m_category->addItem(labelOf(category), int(category));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("needPriorityComboBox"));
    for (NeedPriority priority : allOf<NeedPriority>())
        m_priority->addItem(labelOf(priority), int(priority));
    m_strengths = new QListWidget(this);
    m_strengths->setObjectName(QStringLiteral("needStrengthsListWidget"));
    m_weaknesses = new QListWidget(this);
    m_weaknesses->setObjectName(QStringLiteral("needWeaknessesListWidget"));
    for (QListWidget* list : {m_strengths, m_weaknesses})
        list->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Need:"), m_description);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Builds on &strengths:"), m_strengths);
    form->addRow(tr("Addresses &weaknesses:"), m_weaknesses);

    const pipelineui::EditorControls controls =
        pipelineui::buildFormEditor(this, m_view, form, QStringLiteral("Need"),
                                    {tr("&New Need"), tr("&Delete"), tr("&Save Need")}, 1, 1);
    m_error = controls.error;
    m_delete = controls.deleteButton;

    connect(controls.newButton, &QPushButton::clicked, this, &NeedsTab::newNeed);
    connect(controls.saveButton, &QPushButton::clicked, this, &NeedsTab::save);
    connect(m_delete, &QPushButton::clicked, this, &NeedsTab::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showNeed(current.row()); });
    newNeed();
}

void NeedsTab::setEngagement(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    m_clientId = 0;
    m_model->setSource(workspace, m_engagementId);
    if (m_workspace && m_engagementId > 0) {
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this, &NeedsTab::followChanges);
        if (auto engagement = m_workspace->engagements().engagement(m_engagementId))
            m_clientId = engagement->clientId;
    }
    loadProfileLists();
    newNeed();
    setEnabled(m_engagementId > 0);
}

void NeedsTab::followChanges(const ChangeSet& changes) {
    // The need in the form was deleted elsewhere: the form starts afresh.
    if (m_needId > 0 && (changes.removed(RecordKind::Need, m_needId) ||
                         (changes.external() && m_model->rowOf(m_needId) < 0)))
        newNeed();
    if (changes.external() || changes.ids(RecordKind::Client).contains(m_clientId)) {
        // The client's profile lines changed: keep what the form has ticked.
        const QStringList strengths = checkedLines(m_strengths);
        const QStringList weaknesses = checkedLines(m_weaknesses);
        loadProfileLists();
        checkLines(m_strengths, strengths);
        checkLines(m_weaknesses, weaknesses);
    }
}

void NeedsTab::loadProfileLists() {
    QStringList strengths;
    QStringList weaknesses;
    if (m_workspace && m_clientId > 0) {
        if (auto client = m_workspace->clients().get(m_clientId)) {
            strengths = profileLines(client->strengths);
            weaknesses = profileLines(client->weaknesses);
        }
    }
    fillProfileLists(strengths, weaknesses);
}

void NeedsTab::fillProfileLists(const QStringList& strengths, const QStringList& weaknesses) {
    for (auto [list, lines] :
         {std::pair{m_strengths, strengths}, std::pair{m_weaknesses, weaknesses}}) {
        list->clear();
        for (const QString& line : lines) {
            auto* item = new QListWidgetItem(line, list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

QStringList NeedsTab::checkedLines(const QListWidget* list) {
    QStringList lines;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            lines.append(list->item(row)->text());
    }
    return lines;
}

void NeedsTab::checkLines(QListWidget* list, const QStringList& lines) {
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(lines.contains(list->item(row)->text()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    // A linked line no longer in the profile is kept, shown checked.
    for (const QString& line : lines) {
        if (list->findItems(line, Qt::MatchExactly).isEmpty()) {
            auto* item = new QListWidgetItem(line, list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

void NeedsTab::newNeed() {
    m_needId = 0;
    m_view->clearSelection();
    m_description->clear();
    m_category->setCurrentIndex(m_category->findData(int(NeedCategory::SkillGap)));
    m_priority->setCurrentIndex(m_priority->findData(int(NeedPriority::Medium)));
    checkLines(m_strengths, {});
    checkLines(m_weaknesses, {});
    m_delete->setEnabled(false);
    ui::setErrorText(m_error, QString());
}

void NeedsTab::showNeed(int row) {
    const Need* need = m_model->needAt(row);
    if (!need)
        return;
    m_needId = need->id;
    m_description->setPlainText(need->description);
    m_category->setCurrentIndex(m_category->findData(int(need->category)));
    m_priority->setCurrentIndex(m_priority->findData(int(need->priority)));
    checkLines(m_strengths, need->strengthRefs);
    checkLines(m_weaknesses, need->weaknessRefs);
    m_delete->setEnabled(true);
    ui::setErrorText(m_error, QString());
}

bool NeedsTab::save() {
    if (!m_workspace || m_engagementId <= 0)
        return false;
    Need need;
    need.id = m_needId;
    need.engagementId = m_engagementId;
    need.description = m_description->toPlainText();
    need.category = static_cast<NeedCategory>(m_category->currentData().toInt());
    need.priority = static_cast<NeedPriority>(m_priority->currentData().toInt());
    need.strengthRefs = checkedLines(m_strengths);
    need.weaknessRefs = checkedLines(m_weaknesses);
    EngagementService& engagements = m_workspace->engagements();
    auto saved = m_needId > 0 ? engagements.updateNeed(need) : engagements.addNeed(need);
    if (!saved) {
        ui::setErrorText(m_error, saved.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    const int row = m_model->rowOf(saved->id);
    if (row >= 0)
        m_view->selectRow(row);
    m_needId = saved->id;
    m_delete->setEnabled(true);
    Q_EMIT statusMessage(tr("Saved the need."));
    return true;
}

void NeedsTab::removeSelected() {
    if (!m_workspace || m_needId <= 0)
        return;
    if (QMessageBox::question(this, tr("Delete Need"),
                              tr("Delete this need? Goals linked to it lose the link.")) !=
        QMessageBox::Yes)
        return;
    if (const Status removed = m_workspace->engagements().removeNeed(m_needId); !removed) {
        ui::setErrorText(m_error, removed.message());
        return;
    }
    newNeed();
}

void NeedsTab::focusTarget(const FillTarget&) {
    newNeed();
    m_description->setFocus(Qt::OtherFocusReason);
}

bool NeedsTab::selectItem(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    if (m_needId != id)
        showNeed(row);
    return m_needId == id;
}

} // namespace md
