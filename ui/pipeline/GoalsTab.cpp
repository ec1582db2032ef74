#include "pipeline/GoalsTab.h"

#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "pipeline/GoalEditor.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/GoalProgress.h"
#include "pipeline/ProgressChart.h"
#include "workspace/Workspace.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

void fitGoalColumns(QTableView* view) {
    QString passing;
    for (SmartLetter letter : allOf<SmartLetter>())
        passing += letterOf(letter);
    ui::fitColumnToTexts(view, GoalListModel::SmartColumn,
                         {passing, QString(passing.size(), QChar(0x00b7))});
    ui::fitColumnToTexts(view, GoalListModel::ProgressColumn,
                         {QStringLiteral("%1%").arg(100), QStringLiteral("%1%").arg(-100)});
    ui::fitColumnToTexts(view, GoalListModel::DueColumn, {pipelineui::widestShortDate()});
    QStringList outcomes;
    for (EvaluationOutcome outcome : allOf<EvaluationOutcome>())
        outcomes << labelOf(outcome);
    ui::fitColumnToTexts(view, GoalListModel::EvaluationColumn, outcomes);
}

GoalsTab::GoalsTab(QWidget* parent)
    : EngagementTab(parent) {
    setObjectName(QStringLiteral("goalsTab"));
    m_model = new GoalListModel(this);
    m_view = pipelineui::makeListView(m_model, QStringLiteral("goalsTableView"), this);
    fitGoalColumns(m_view);
    // Hidden in this order when the list is narrow: the editor beside it
    // shows the evaluation, the due date, the SMART check and the progress.
    ui::keepListBesideEditor(m_view, GoalListModel::GoalColumn,
                             {GoalListModel::EvaluationColumn, GoalListModel::DueColumn,
                              GoalListModel::SmartColumn, GoalListModel::ProgressColumn});

    m_editor = new GoalEditor(this);
    const pipelineui::EditorControls controls = pipelineui::makeEditorControls(
        QStringLiteral("Goal"), {tr("&New Goal"), tr("&Delete"), tr("&Save Goal")}, this);
    m_error = controls.error;
    m_delete = controls.deleteButton;

    auto* progressBox = new QGroupBox(tr("Progress"), this);
    m_chart = new ProgressChart(progressBox);
    m_progressSummary = new QLabel(progressBox);
    m_progressSummary->setObjectName(QStringLiteral("progressSummaryLabel"));
    // The entries themselves, so their comments (the story behind a value) are read too.
    m_progressEntries = new QListWidget(progressBox);
    m_progressEntries->setObjectName(QStringLiteral("progressEntriesListWidget"));
    m_progressEntries->setMaximumHeight(90);
    m_progressEntries->setSelectionMode(QAbstractItemView::NoSelection);
    m_progressDate = new QDateEdit(progressBox);
    m_progressDate->setObjectName(QStringLiteral("progressDateEdit"));
    m_progressDate->setCalendarPopup(true);
    m_progressValue = new QLineEdit(progressBox);
    m_progressValue->setObjectName(QStringLiteral("progressValueLineEdit"));
    m_progressValue->setPlaceholderText(tr("Value"));
    m_progressComment = new QLineEdit(progressBox);
    m_progressComment->setObjectName(QStringLiteral("progressCommentLineEdit"));
    m_progressComment->setPlaceholderText(tr("Comment (optional)"));
    m_addProgress = new QPushButton(tr("Add &Value"), progressBox);
    m_addProgress->setObjectName(QStringLiteral("addProgressButton"));
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_progressDate);
    entryRow->addWidget(m_progressValue);
    entryRow->addWidget(m_progressComment, 1);
    entryRow->addWidget(m_addProgress);
    auto* progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addWidget(m_progressSummary);
    progressLayout->addWidget(m_chart, 1);
    progressLayout->addWidget(m_progressEntries);
    progressLayout->addLayout(entryRow);

    auto* editorPane = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(pipelineui::makeButtonRow(controls));
    editorLayout->addWidget(progressBox, 1);

    // The SMART form, its progress chart and entries are taller than a laptop
    // screen allows; they scroll instead of stretching the main window.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setObjectName(QStringLiteral("goalEditorScrollArea"));
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidgetResizable(true);
    editorScroll->setWidget(editorPane);

    pipelineui::placeBesideList(this, m_view, editorScroll, 2, 3)->setSizes({400, 600});

    connect(controls.newButton, &QPushButton::clicked, this, &GoalsTab::newGoal);
    connect(controls.saveButton, &QPushButton::clicked, this, &GoalsTab::save);
    connect(m_delete, &QPushButton::clicked, this, &GoalsTab::removeSelected);
    connect(m_addProgress, &QPushButton::clicked, this, &GoalsTab::addProgress);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const GoalDetails* goal = m_model->goalAt(current.row()))
                    showGoal(goal->goal.id);
            });
    // The chart and percentage follow stored changes (e.g. a value added).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GoalsTab::refreshProgress);
    newGoal();
}

void GoalsTab::setEngagement(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    m_model->setSource(workspace, m_engagementId);
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this, &GoalsTab::followChanges);
    if (m_workspace)
        m_progressDate->setDate(m_workspace->clock().today());
    m_shownNeeds.clear();
    refreshNeeds();
    newGoal();
    setEnabled(m_engagementId > 0);
}

void GoalsTab::followChanges(const ChangeSet& changes) {
    if (m_goalId > 0 && (changes.removed(RecordKind::Goal, m_goalId) ||
                         (changes.external() && m_model->rowOf(m_goalId) < 0))) {
        newGoal();
    }
    // The needs to link to, and the start date the check compares with: every
    // write to them names this engagement.
    if (changes.external() || changes.ids(RecordKind::Engagement).contains(m_engagementId))
        refreshNeeds();
}

void GoalsTab::refreshNeeds() {
    if (!m_workspace || m_engagementId <= 0) {
        m_shownNeeds.clear();
        m_editor->setNeeds({}, {});
        return;
    }
    EngagementService& engagements = m_workspace->engagements();
    auto engagement = engagements.engagement(m_engagementId);
    auto needs = engagements.needs(m_engagementId);
    if (!engagement || !needs)
        return;
    // Only a change of the needs or of the start date concerns the editor.
    QStringList shown{engagement->startDate.toString(Qt::ISODate)};
    for (const Need& need : std::as_const(needs.value()))
        shown << QString::number(need.id) + QLatin1Char(':') + need.description;
    if (shown == m_shownNeeds)
        return;
    m_shownNeeds = shown;
    EngagementDetails scope;
    scope.engagement = engagement.value();
    scope.needs = needs.value();
    m_editor->setNeeds(scope.needs, EngagementService::smartContextOf(scope));
}

void GoalsTab::newGoal() {
    m_goalId = 0;
    m_view->clearSelection();
    SmartGoal goal;
    goal.engagementId = m_engagementId;
    m_editor->setGoal(goal);
    m_delete->setEnabled(false);
    ui::setErrorText(m_error, QString());
    refreshProgress();
}

void GoalsTab::showGoal(qint64 goalId) {
    const GoalDetails* details = m_model->goalAt(m_model->rowOf(goalId));
    if (!details)
        return;
    m_goalId = goalId;
    m_editor->setGoal(details->goal);
    m_delete->setEnabled(true);
    ui::setErrorText(m_error, QString());
    refreshProgress();
}

void GoalsTab::refreshProgress() {
    const GoalDetails* details = m_goalId ? m_model->goalAt(m_model->rowOf(m_goalId)) : nullptr;
    m_addProgress->setEnabled(details != nullptr);
    m_progressEntries->clear();
    if (!details) {
        m_chart->clear();
        m_progressSummary->setText(tr("Save the goal to record progress."));
        return;
    }
    // The evaluation's final value is a measurement too (GoalProgress): it
    // is charted and listed with the entries, so the percentage below adds up.
    QList<ProgressEntry> measured = details->progress;
    std::optional<GoalMeasurement> evaluated;
    if (details->evaluation)
        evaluated = GoalProgress::measurementOf(*details->evaluation);
    if (evaluated) {
        ProgressEntry finalValue;
        finalValue.goalId = details->goal.id;
        finalValue.date = evaluated->date;
        finalValue.value = evaluated->value;
        finalValue.comment = tr("final value of the evaluation");
        finalValue.createdUtc = evaluated->recordedUtc;
        measured.append(finalValue);
        std::stable_sort(
            measured.begin(), measured.end(),
            [](const ProgressEntry& a, const ProgressEntry& b) { return a.date < b.date; });
    }
    m_chart->setGoal(details->goal, measured);
    const QLocale locale;
    for (const ProgressEntry& entry : std::as_const(measured)) {
        QString text = tr("%1: %2 %3")
                           .arg(locale.toString(entry.date, QLocale::ShortFormat),
                                pipelineui::formatNumber(entry.value), details->goal.unit)
                           .trimmed();
        if (!entry.comment.trimmed().isEmpty())
            text += tr(" \u2014 %1").arg(entry.comment.trimmed());
        auto* item = new QListWidgetItem(text, m_progressEntries);
        item->setToolTip(entry.comment);
    }
    m_progressSummary->setText(
        details->percent
            ? tr("%1% of the way from baseline to target.").arg(qRound(*details->percent))
            : tr("Progress needs a baseline and a target."));
}

bool GoalsTab::save() {
    if (!m_workspace || m_engagementId <= 0)
        return false;
    bool ok = true;
    QString problem;
    SmartGoal goal = m_editor->goal(&ok, &problem);
    if (!ok) {
        ui::setErrorText(m_error, problem);
        return false;
    }
    goal.engagementId = m_engagementId;
    goal.id = m_goalId;
    EngagementService& engagements = m_workspace->engagements();
    auto saved = m_goalId > 0 ? engagements.updateGoal(goal) : engagements.addGoal(goal);
    if (!saved) {
        ui::setErrorText(m_error, saved.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    m_goalId = saved->id;
    const int row = m_model->rowOf(saved->id);
    if (row >= 0)
        m_view->selectRow(row);
    m_delete->setEnabled(true);
    refreshProgress();
    Q_EMIT statusMessage(m_editor->report().passed()
                             ? tr("Saved the goal; it passes the SMART check.")
                             : tr("Saved the goal as a draft; it is not SMART yet."));
    return true;
}

void GoalsTab::removeSelected() {
    if (!m_workspace || m_goalId <= 0)
        return;
    if (QMessageBox::question(this, tr("Delete Goal"),
                              tr("Delete this goal with its progress, actions and "
                                 "evaluation?")) != QMessageBox::Yes)
        return;
    if (const Status removed = m_workspace->engagements().removeGoal(m_goalId); !removed) {
        ui::setErrorText(m_error, removed.message());
        return;
    }
    newGoal();
}

bool GoalsTab::addProgress() {
    if (!m_workspace || m_goalId <= 0)
        return false;
    bool ok = true;
    const auto value = pipelineui::parseNumber(m_progressValue->text(), &ok);
    if (!ok || !value) {
        ui::setErrorText(m_error, tr("Enter the measured value as a number."));
        return false;
    }
    ProgressEntry entry;
    entry.goalId = m_goalId;
    entry.date = m_progressDate->date();
    entry.value = *value;
    entry.comment = m_progressComment->text();
    auto added = m_workspace->engagements().addProgress(entry);
    if (!added) {
        ui::setErrorText(m_error, added.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    m_progressValue->clear();
    m_progressComment->clear();
    refreshProgress();
    return true;
}

void GoalsTab::focusTarget(const FillTarget& target) {
    if (target.itemId > 0 && m_model->rowOf(target.itemId) >= 0) {
        m_view->selectRow(m_model->rowOf(target.itemId));
        showGoal(target.itemId);
    } else {
        newGoal();
    }
    m_editor->setFocus(Qt::OtherFocusReason);
    if (auto* specific = m_editor->findChild<QWidget*>(QStringLiteral("goalSpecificLineEdit")))
        specific->setFocus(Qt::OtherFocusReason);
}

bool GoalsTab::selectItem(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    showGoal(id);
    return true;
}

} // namespace md
