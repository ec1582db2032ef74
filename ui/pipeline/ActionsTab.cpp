#include "pipeline/ActionsTab.h"

#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "pipeline/ActionListModel.h"
#include "pipeline/EngagementService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace md {

ActionsTab::ActionsTab(QWidget* parent)
    : EngagementTab(parent) {
    setObjectName(QStringLiteral("actionsTab"));
    m_model = new ActionListModel(this);
    m_view = pipelineui::makeListView(m_model, QStringLiteral("actionsTableView"), this);
    // The goal and the people are cut short at a typical name's width (the
    // editor shows them whole); the due date and status fit whole.
    m_view->setColumnWidth(ActionListModel::GoalColumn, ui::typicalNameWidth(m_view));
    m_view->setColumnWidth(ActionListModel::PeopleColumn, ui::typicalNameWidth(m_view));
    ui::fitColumnToTexts(m_view, ActionListModel::DueColumn, {pipelineui::widestShortDate()});
    ui::fitColumnToTexts(m_view, ActionListModel::StatusColumn, ActionListModel::statusTexts());
    ui::keepListBesideEditor(m_view, ActionListModel::ActionColumn,
                             {ActionListModel::PeopleColumn, ActionListModel::GoalColumn,
                              ActionListModel::StatusColumn, ActionListModel::DueColumn});

    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("actionGoalComboBox"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("actionDescriptionLineEdit"));
    m_description->setPlaceholderText(tr("A concrete step, e.g. ask for a stretch project"));
    m_hasDue = new QCheckBox(tr("Due &by"), this);
    m_hasDue->setObjectName(QStringLiteral("actionHasDueCheckBox"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("actionDueDateEdit"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatusComboBox"));
    for (ActionStatus status : allOf<ActionStatus>())
        m_status->addItem(labelOf(status), int(status));
    m_people = new QLineEdit(this);
    m_people->setObjectName(QStringLiteral("actionPeopleLineEdit"));
    m_people->setPlaceholderText(tr("Managers, recruiters, peers… separated by commas"));

    auto* due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due);
    due->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Goal:"), m_goal);
    form->addRow(tr("&Action:"), m_description);
    form->addRow(tr("Due:"), due);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&People to approach:"), m_people);

    const pipelineui::EditorControls controls =
        pipelineui::buildFormEditor(this, m_view, form, QStringLiteral("Action"),
                                    {tr("&New Action"), tr("&Delete"), tr("&Save Action")}, 3, 2);
    m_error = controls.error;
    m_delete = controls.deleteButton;

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(controls.newButton, &QPushButton::clicked, this, [this] { newAction(); });
    connect(controls.saveButton, &QPushButton::clicked, this, &ActionsTab::save);
    connect(m_delete, &QPushButton::clicked, this, &ActionsTab::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showAction(current.row()); });
    newAction();
}

void ActionsTab::setEngagement(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    m_model->setSource(workspace, m_engagementId);
    if (m_workspace) {
        if (m_engagementId > 0)
            connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                    &ActionsTab::followChanges);
        m_due->setDate(m_workspace->clock().today().addDays(14));
    }
    refreshGoals();
    newAction();
    setEnabled(m_engagementId > 0);
}

void ActionsTab::followChanges(const ChangeSet& changes) {
    if (m_actionId > 0 && (changes.removed(RecordKind::Action, m_actionId) ||
                           (changes.external() && m_model->rowOf(m_actionId) < 0)))
        newAction();
    // The goals to choose from: every write to a goal names its engagement.
    if (changes.external() || (changes.touches(RecordKind::Goal) &&
                               changes.ids(RecordKind::Engagement).contains(m_engagementId)))
        refreshGoals();
}

void ActionsTab::refreshGoals() {
    const qint64 current = m_goal->currentData().toLongLong();
    m_goal->clear();
    if (!m_workspace || m_engagementId <= 0)
        return;
    if (auto goals = m_workspace->engagements().goals(m_engagementId)) {
        for (const SmartGoal& goal : std::as_const(goals.value())) {
            if (goal.active)
                m_goal->addItem(goal.title(), goal.id);
        }
    }
    const int index = m_goal->findData(current);
    m_goal->setCurrentIndex(index >= 0 ? index : 0);
}

void ActionsTab::newAction(qint64 goalId) {
    m_actionId = 0;
    m_view->clearSelection();
    if (goalId > 0 && m_goal->findData(goalId) >= 0)
        m_goal->setCurrentIndex(m_goal->findData(goalId));
    m_description->clear();
    m_hasDue->setChecked(false);
    m_status->setCurrentIndex(m_status->findData(int(ActionStatus::Todo)));
    m_people->clear();
    m_delete->setEnabled(false);
    ui::setErrorText(m_error, QString());
}

void ActionsTab::showAction(int row) {
    const Action* action = m_model->actionAt(row);
    if (!action)
        return;
    m_actionId = action->id;
    if (m_goal->findData(action->goalId) < 0)
        m_goal->addItem(tr("(inactive goal)"), action->goalId);
    m_goal->setCurrentIndex(m_goal->findData(action->goalId));
    m_description->setText(action->description);
    m_hasDue->setChecked(action->dueDate.isValid());
    if (action->dueDate.isValid())
        m_due->setDate(action->dueDate);
    m_status->setCurrentIndex(m_status->findData(int(action->status)));
    m_people->setText(action->people.join(QStringLiteral(", ")));
    m_delete->setEnabled(true);
    ui::setErrorText(m_error, QString());
}

bool ActionsTab::save() {
    if (!m_workspace || m_engagementId <= 0)
        return false;
    Action action;
    action.id = m_actionId;
    action.goalId = m_goal->currentData().toLongLong();
    if (action.goalId <= 0) {
        ui::setErrorText(m_error, tr("Write an active goal first; actions belong to a goal."));
        return false;
    }
    action.description = m_description->text();
    action.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    action.status = static_cast<ActionStatus>(m_status->currentData().toInt());
    action.people = pipelineui::splitList(m_people->text());
    EngagementService& engagements = m_workspace->engagements();
    auto saved = m_actionId > 0 ? engagements.updateAction(action) : engagements.addAction(action);
    if (!saved) {
        ui::setErrorText(m_error, saved.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    m_actionId = saved->id;
    const int row = m_model->rowOf(saved->id);
    if (row >= 0)
        m_view->selectRow(row);
    m_delete->setEnabled(true);
    Q_EMIT statusMessage(tr("Saved the action."));
    return true;
}

void ActionsTab::removeSelected() {
    if (!m_workspace || m_actionId <= 0)
        return;
    if (QMessageBox::question(this, tr("Delete Action"), tr("Delete this action?")) !=
        QMessageBox::Yes)
        return;
    if (const Status removed = m_workspace->engagements().removeAction(m_actionId); !removed) {
        ui::setErrorText(m_error, removed.message());
        return;
    }
    newAction();
}

void ActionsTab::focusTarget(const FillTarget& target) {
    newAction(target.itemId);
    m_description->setFocus(Qt::OtherFocusReason);
}

bool ActionsTab::selectItem(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    if (m_actionId != id)
        showAction(row);
    return m_actionId == id;
}

} // namespace md
