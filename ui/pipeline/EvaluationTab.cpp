#include "pipeline/EvaluationTab.h"

#include "UiStyle.h"
#include "pipeline/EngagementService.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/GoalsTab.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {
QPlainTextEdit* textEdit(QWidget* parent, const char* name, const QString& placeholder) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}
} // namespace

EvaluationTab::EvaluationTab(QWidget* parent)
    : EngagementTab(parent) {
    setObjectName(QStringLiteral("evaluationTab"));
    m_model = new GoalListModel(this);
    m_view = pipelineui::makeListView(m_model, QStringLiteral("evaluationGoalsTableView"), this);
    m_view->setColumnHidden(GoalListModel::SmartColumn, true);
    m_view->setColumnHidden(GoalListModel::DueColumn, true);
    fitGoalColumns(m_view);
    // The editor beside the list shows the range and the outcome.
    ui::keepListBesideEditor(m_view, GoalListModel::GoalColumn,
                             {GoalListModel::ProgressColumn, GoalListModel::EvaluationColumn});

    m_goalLabel = new QLabel(tr("Select a goal to evaluate."), this);
    m_goalLabel->setObjectName(QStringLiteral("evaluationGoalLabel"));
    m_goalLabel->setWordWrap(true);
    ui::styleAsHeading(m_goalLabel, 1.1);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("evaluationOutcomeComboBox"));
    for (EvaluationOutcome outcome : allOf<EvaluationOutcome>())
        m_outcome->addItem(labelOf(outcome), int(outcome));
    m_finalValue = new QLineEdit(this);
    m_finalValue->setObjectName(QStringLiteral("evaluationFinalValueLineEdit"));
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("evaluationRangeLabel"));
    ui::styleAsSecondary(m_range);
    m_assessment = textEdit(this, "mentorAssessmentTextEdit",
                            tr("Your assessment of the mentee's performance"));
    m_rating = new QComboBox(this);
    m_rating->setObjectName(QStringLiteral("menteeRatingComboBox"));
    m_rating->addItem(tr("Not given"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(QString(stars, QChar(0x2605)) + QStringLiteral("  %1").arg(stars), stars);
    m_comments = textEdit(this, "menteeCommentsTextEdit", tr("What the mentee said"));
    m_adjustments = textEdit(this, "adjustmentsTextEdit", tr("Suggested adjustments"));

    auto* value = new QHBoxLayout;
    value->addWidget(m_finalValue);
    value->addWidget(m_range, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Final value:"), value);
    form->addRow(tr("&Assessment:"), m_assessment);
    form->addRow(tr("Mentee's &rating:"), m_rating);
    form->addRow(tr("Mentee's &comments:"), m_comments);
    form->addRow(tr("A&djustments:"), m_adjustments);

    m_error = pipelineui::makeErrorLabel(QStringLiteral("evaluationErrorLabel"), this);
    m_save = new QPushButton(tr("&Save Evaluation"), this);
    m_save->setObjectName(QStringLiteral("saveEvaluationButton"));

    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_goalLabel);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_error);
    editorLayout->addWidget(m_save, 0, Qt::AlignRight);
    editorLayout->addStretch();

    pipelineui::placeBesideList(this, m_view, editor, 2, 3);

    connect(m_save, &QPushButton::clicked, this, &EvaluationTab::save);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const GoalDetails* goal = m_model->goalAt(current.row()))
                    showGoal(goal->goal.id);
            });
    // The form follows its goal's row (an evaluation saved elsewhere), never
    // over unsaved edits; a goal deleted elsewhere empties it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EvaluationTab::followRow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_goalId > 0 && m_model->rowOf(m_goalId) < 0)
            showGoal(0);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_goalId > 0 && !m_dirty)
            showGoal(m_goalId);
    });
    auto markDirty = [this] {
        if (!m_loading)
            m_dirty = true;
    };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, markDirty);
    connect(m_rating, &QComboBox::currentIndexChanged, this, markDirty);
    connect(m_finalValue, &QLineEdit::textEdited, this, markDirty);
    for (QPlainTextEdit* edit : {m_assessment, m_comments, m_adjustments})
        connect(edit, &QPlainTextEdit::textChanged, this, markDirty);
    showGoal(0);
}

void EvaluationTab::followRow(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    const int row = m_model->rowOf(m_goalId);
    if (m_goalId > 0 && !m_dirty && row >= topLeft.row() && row <= bottomRight.row())
        showGoal(m_goalId);
}

void EvaluationTab::setEngagement(Workspace* workspace, qint64 engagementId) {
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    m_model->setSource(workspace, m_engagementId);
    showGoal(0);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    setEnabled(engagementId > 0);
}

bool EvaluationTab::selectGoal(qint64 goalId) {
    const int row = m_model->rowOf(goalId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    showGoal(goalId);
    return true;
}

void EvaluationTab::showGoal(qint64 goalId) {
    const GoalDetails* details = goalId ? m_model->goalAt(m_model->rowOf(goalId)) : nullptr;
    m_goalId = details ? goalId : 0;
    m_loading = true;
    m_dirty = false;
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_outcome, m_finalValue, m_assessment, m_rating, m_comments, m_adjustments, m_save})
        field->setEnabled(details != nullptr);
    ui::setErrorText(m_error, QString());
    if (!details) {
        m_goalLabel->setText(tr("Select a goal to evaluate."));
        m_range->clear();
        m_loading = false;
        return;
    }
    m_goalLabel->setText(details->goal.title());
    const SmartGoal& goal = details->goal;
    m_range->setText(goal.baseline && goal.target
                         ? tr("baseline %1, target %2 %3")
                               .arg(pipelineui::formatNumber(goal.baseline),
                                    pipelineui::formatNumber(goal.target), goal.unit)
                         : QString());
    const Evaluation evaluation = details->evaluation.value_or(Evaluation{});
    m_outcome->setCurrentIndex(m_outcome->findData(int(evaluation.outcome)));
    std::optional<double> finalValue = evaluation.finalValue;
    if (!details->evaluation && !details->progress.isEmpty())
        finalValue = details->progress.last().value; // a sensible start
    m_finalValue->setText(pipelineui::formatNumber(finalValue));
    m_assessment->setPlainText(evaluation.mentorAssessment);
    m_rating->setCurrentIndex(m_rating->findData(evaluation.menteeRating.value_or(0)));
    m_comments->setPlainText(evaluation.menteeComments);
    m_adjustments->setPlainText(evaluation.adjustments);
    m_loading = false;
}

bool EvaluationTab::save() {
    if (!m_workspace || m_goalId <= 0)
        return false;
    bool ok = true;
    Evaluation evaluation;
    evaluation.goalId = m_goalId;
    evaluation.outcome = static_cast<EvaluationOutcome>(m_outcome->currentData().toInt());
    evaluation.finalValue = pipelineui::parseNumber(m_finalValue->text(), &ok);
    if (!ok) {
        ui::setErrorText(m_error, tr("The final value is not a number."));
        return false;
    }
    evaluation.mentorAssessment = m_assessment->toPlainText();
    if (const int rating = m_rating->currentData().toInt(); rating > 0)
        evaluation.menteeRating = rating;
    evaluation.menteeComments = m_comments->toPlainText();
    evaluation.adjustments = m_adjustments->toPlainText();
    // Saved edits are no longer the form's own: the row may refresh it.
    m_dirty = false;
    auto saved = m_workspace->engagements().saveEvaluation(evaluation);
    if (!saved) {
        m_dirty = true;
        ui::setErrorText(m_error, saved.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    Q_EMIT statusMessage(tr("Saved the evaluation."));
    return true;
}

void EvaluationTab::focusTarget(const FillTarget& target) {
    if (target.itemId > 0)
        selectGoal(target.itemId);
    m_outcome->setFocus(Qt::OtherFocusReason);
}

} // namespace md
