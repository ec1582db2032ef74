#include "pipeline/GoalEditor.h"

#include "UiStyle.h"

#include "pipeline/EngagementTab.h"
#include "pipeline/Need.h"

#include "ui_GoalEditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace md {

namespace {
// A green and an orange, shaded until they read on the window (lighter in a
// dark theme).
QColor passColour(const QPalette& palette) {
    return ui::readableOn({0x2e, 0x8b, 0x57}, palette.color(QPalette::Window), palette);
}
QColor failColour(const QPalette& palette) {
    return ui::readableOn({0xb0, 0x3a, 0x00}, palette.color(QPalette::Window), palette);
}
} // namespace

GoalEditor::GoalEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GoalEditor>()) {
    m_ui->setupUi(this);
    // One indicator per letter, made from the enumeration so the order and
    // the names (specificSmartLabel, …) follow SmartLetter.
    int at = m_ui->lettersLayout->indexOf(m_ui->smartCheckLabel) + 1;
    for (SmartLetter letter : allOf<SmartLetter>()) {
        auto* label = new QLabel(letterOf(letter), this);
        label->setObjectName(keyOf(letter) + QStringLiteral("SmartLabel"));
        label->setToolTip(labelOf(letter));
        QFont bold = label->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        label->setFont(bold);
        m_ui->lettersLayout->insertWidget(at++, label);
        m_letters.append(label);
    }

    for (QLineEdit* edit :
         {m_ui->goalSpecificLineEdit, m_ui->goalMetricLineEdit, m_ui->goalUnitLineEdit,
          m_ui->goalBaselineLineEdit, m_ui->goalTargetLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &GoalEditor::recheck);
    connect(m_ui->goalAttainableTextEdit, &QPlainTextEdit::textChanged, this, &GoalEditor::recheck);
    connect(m_ui->goalNeedsListWidget, &QListWidget::itemChanged, this, &GoalEditor::recheck);
    // A long need wraps within the form's width instead of scrolling sideways.
    m_ui->goalNeedsListWidget->setWordWrap(true);
    m_ui->goalNeedsListWidget->setResizeMode(QListView::Adjust);
    m_ui->goalNeedsListWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_ui->goalHasDueCheckBox, &QCheckBox::toggled, m_ui->goalDueDateEdit,
            &QWidget::setEnabled);
    connect(m_ui->goalHasDueCheckBox, &QCheckBox::toggled, this, &GoalEditor::recheck);
    connect(m_ui->goalDueDateEdit, &QDateEdit::dateChanged, this, &GoalEditor::recheck);
    connect(m_ui->goalActiveCheckBox, &QCheckBox::toggled, this, &GoalEditor::recheck);
    setGoal({});
}

GoalEditor::~GoalEditor() = default;

void GoalEditor::setNeeds(const QList<Need>& needs, const SmartContext& context) {
    m_context = context;
    QListWidget* list = m_ui->goalNeedsListWidget;
    // What the form has ticked, which may differ from the stored goal.
    QList<qint64> ticked = m_base.needIds;
    if (list->count() > 0) {
        ticked.clear();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                ticked.append(list->item(row)->data(Qt::UserRole).toLongLong());
        }
    }
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Need& need : needs) {
        auto* item = new QListWidgetItem(need.description.section(QLatin1Char('\n'), 0, 0), list);
        item->setData(Qt::UserRole, need.id);
        item->setToolTip(need.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(need.id) ? Qt::Checked : Qt::Unchecked);
    }
    recheck();
}

void GoalEditor::setGoal(const SmartGoal& goal) {
    m_base = goal;
    const QSignalBlocker blockNeeds(m_ui->goalNeedsListWidget);
    m_ui->goalSpecificLineEdit->setText(goal.specific);
    m_ui->goalMetricLineEdit->setText(goal.metric);
    m_ui->goalUnitLineEdit->setText(goal.unit);
    m_ui->goalBaselineLineEdit->setText(pipelineui::formatNumber(goal.baseline));
    m_ui->goalTargetLineEdit->setText(pipelineui::formatNumber(goal.target));
    m_ui->goalAttainableTextEdit->setPlainText(goal.attainable);
    for (int row = 0; row < m_ui->goalNeedsListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->goalNeedsListWidget->item(row);
        item->setCheckState(goal.needIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_ui->goalHasDueCheckBox->setChecked(goal.dueDate.isValid());
    m_ui->goalDueDateEdit->setEnabled(goal.dueDate.isValid());
    m_ui->goalDueDateEdit->setDate(goal.dueDate.isValid()
                                       ? goal.dueDate
                                       : (m_context.engagementStart.isValid()
                                              ? m_context.engagementStart.addMonths(3)
                                              : QDate(2000, 1, 1)));
    m_ui->goalActiveCheckBox->setChecked(goal.id == 0 || goal.active);
    recheck();
}

SmartGoal GoalEditor::goal(bool* ok, QString* problem) const {
    SmartGoal goal = m_base;
    goal.specific = m_ui->goalSpecificLineEdit->text();
    goal.metric = m_ui->goalMetricLineEdit->text();
    goal.unit = m_ui->goalUnitLineEdit->text();
    bool baselineOk = true;
    bool targetOk = true;
    goal.baseline = pipelineui::parseNumber(m_ui->goalBaselineLineEdit->text(), &baselineOk);
    goal.target = pipelineui::parseNumber(m_ui->goalTargetLineEdit->text(), &targetOk);
    goal.attainable = m_ui->goalAttainableTextEdit->toPlainText();
    goal.needIds.clear();
    for (int row = 0; row < m_ui->goalNeedsListWidget->count(); ++row) {
        if (m_ui->goalNeedsListWidget->item(row)->checkState() == Qt::Checked)
            goal.needIds.append(
                m_ui->goalNeedsListWidget->item(row)->data(Qt::UserRole).toLongLong());
    }
    goal.dueDate = m_ui->goalHasDueCheckBox->isChecked() ? m_ui->goalDueDateEdit->date() : QDate();
    goal.active = m_ui->goalActiveCheckBox->isChecked();
    *ok = baselineOk && targetOk;
    if (problem)
        *problem = !baselineOk ? tr("The baseline is not a number.")
                   : !targetOk ? tr("The target is not a number.")
                               : QString();
    return goal;
}

SmartReport GoalEditor::report() const {
    bool ok = true;
    return SmartCheck::check(goal(&ok, nullptr), m_context);
}

void GoalEditor::recheck() {
    const SmartReport smart = report();
    const QList<SmartLetter> letters = allOf<SmartLetter>();
    for (int i = 0; i < letters.size(); ++i) {
        QPalette palette = m_letters.at(i)->palette();
        palette.setColor(QPalette::WindowText,
                         smart.passes(letters.at(i)) ? passColour(palette) : failColour(palette));
        m_letters.at(i)->setPalette(palette);
        m_letters.at(i)->setAccessibleDescription(smart.passes(letters.at(i)) ? tr("passes")
                                                                              : tr("fails"));
    }
    QStringList lines;
    for (const SmartIssue& issue : smart.issues)
        lines.append(QStringLiteral("%1 \u2014 %2").arg(labelOf(issue.letter), issue.message));
    m_ui->smartIssuesLabel->setText(lines.isEmpty() ? tr("This goal passes the SMART check.")
                                                    : lines.join(QLatin1Char('\n')));
    QPalette palette = m_ui->smartIssuesLabel->palette();
    palette.setColor(QPalette::WindowText,
                     lines.isEmpty() ? passColour(palette) : failColour(palette));
    m_ui->smartIssuesLabel->setPalette(palette);
    Q_EMIT edited();
}

} // namespace md
