#include "pipeline/GoalEditor.h"

#include "pipeline/EngagementTab.h"
#include "pipeline/Need.h"

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
QColor passColour() {
    return {0x2e, 0x8b, 0x57};
}
QColor failColour() {
    return {0xb0, 0x3a, 0x00};
}
} // namespace

GoalEditor::GoalEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("goalEditor"));
    m_specific = new QLineEdit(this);
    m_specific->setObjectName(QStringLiteral("goalSpecificLineEdit"));
    m_specific->setPlaceholderText(tr("What exactly will the mentee achieve?"));
    m_metric = new QLineEdit(this);
    m_metric->setObjectName(QStringLiteral("goalMetricLineEdit"));
    m_metric->setPlaceholderText(tr("What is measured"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("goalUnitLineEdit"));
    m_unit->setPlaceholderText(tr("Unit"));
    m_baseline = new QLineEdit(this);
    m_baseline->setObjectName(QStringLiteral("goalBaselineLineEdit"));
    m_baseline->setPlaceholderText(tr("From"));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("goalTargetLineEdit"));
    m_target->setPlaceholderText(tr("To"));
    m_attainable = new QPlainTextEdit(this);
    m_attainable->setObjectName(QStringLiteral("goalAttainableTextEdit"));
    m_attainable->setPlaceholderText(tr("Why it is realistic for the mentee"));
    m_attainable->setTabChangesFocus(true);
    m_attainable->setMaximumHeight(60);
    m_needs = new QListWidget(this);
    m_needs->setObjectName(QStringLiteral("goalNeedsListWidget"));
    m_needs->setMaximumHeight(80);
    m_hasDue = new QCheckBox(tr("Due &by"), this);
    m_hasDue->setObjectName(QStringLiteral("goalHasDueCheckBox"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("goalDueDateEdit"));
    m_due->setCalendarPopup(true);
    m_active = new QCheckBox(tr("A&ctive"), this);
    m_active->setObjectName(QStringLiteral("goalActiveCheckBox"));
    m_active->setToolTip(tr("Inactive goals are set aside: they need no actions"));

    auto* measure = new QHBoxLayout;
    measure->addWidget(m_metric, 3);
    measure->addWidget(m_unit, 1);
    measure->addWidget(m_baseline, 1);
    measure->addWidget(new QLabel(QStringLiteral("\u2192"), this));
    measure->addWidget(m_target, 1);
    auto* time = new QHBoxLayout;
    time->addWidget(m_hasDue);
    time->addWidget(m_due);
    time->addStretch();
    time->addWidget(m_active);

    auto* form = new QFormLayout;
    form->addRow(tr("&Specific:"), m_specific);
    form->addRow(tr("Measurable:"), measure);
    form->addRow(tr("&Attainable:"), m_attainable);
    form->addRow(tr("&Relevant to:"), m_needs);
    form->addRow(tr("Time-bound:"), time);

    auto* letters = new QHBoxLayout;
    letters->addWidget(new QLabel(tr("SMART check:"), this));
    for (SmartLetter letter : allOf<SmartLetter>()) {
        auto* label = new QLabel(letterOf(letter), this);
        label->setObjectName(keyOf(letter) + QStringLiteral("SmartLabel"));
        label->setToolTip(labelOf(letter));
        QFont bold = label->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        label->setFont(bold);
        letters->addWidget(label);
        m_letters.append(label);
    }
    letters->addStretch();
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("smartIssuesLabel"));
    m_issues->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(letters);
    layout->addWidget(m_issues);

    for (QLineEdit* edit : {m_specific, m_metric, m_unit, m_baseline, m_target})
        connect(edit, &QLineEdit::textChanged, this, &GoalEditor::recheck);
    connect(m_attainable, &QPlainTextEdit::textChanged, this, &GoalEditor::recheck);
    connect(m_needs, &QListWidget::itemChanged, this, &GoalEditor::recheck);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &GoalEditor::recheck);
    connect(m_due, &QDateEdit::dateChanged, this, &GoalEditor::recheck);
    connect(m_active, &QCheckBox::toggled, this, &GoalEditor::recheck);
    setGoal({});
}

void GoalEditor::setNeeds(const QList<Need>& needs, const SmartContext& context) {
    m_context = context;
    const QSignalBlocker blocker(m_needs);
    m_needs->clear();
    for (const Need& need : needs) {
        auto* item =
            new QListWidgetItem(need.description.section(QLatin1Char('\n'), 0, 0), m_needs);
        item->setData(Qt::UserRole, need.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_base.needIds.contains(need.id) ? Qt::Checked : Qt::Unchecked);
    }
    recheck();
}

void GoalEditor::setGoal(const SmartGoal& goal) {
    m_base = goal;
    const QSignalBlocker blockNeeds(m_needs);
    m_specific->setText(goal.specific);
    m_metric->setText(goal.metric);
    m_unit->setText(goal.unit);
    m_baseline->setText(pipelineui::formatNumber(goal.baseline));
    m_target->setText(pipelineui::formatNumber(goal.target));
    m_attainable->setPlainText(goal.attainable);
    for (int row = 0; row < m_needs->count(); ++row) {
        QListWidgetItem* item = m_needs->item(row);
        item->setCheckState(goal.needIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_hasDue->setChecked(goal.dueDate.isValid());
    m_due->setEnabled(goal.dueDate.isValid());
    m_due->setDate(goal.dueDate.isValid() ? goal.dueDate
                                          : (m_context.engagementStart.isValid()
                                                 ? m_context.engagementStart.addMonths(3)
                                                 : QDate(2000, 1, 1)));
    m_active->setChecked(goal.id == 0 || goal.active);
    recheck();
}

SmartGoal GoalEditor::goal(bool* ok, QString* problem) const {
    SmartGoal goal = m_base;
    goal.specific = m_specific->text();
    goal.metric = m_metric->text();
    goal.unit = m_unit->text();
    bool baselineOk = true;
    bool targetOk = true;
    goal.baseline = pipelineui::parseNumber(m_baseline->text(), &baselineOk);
    goal.target = pipelineui::parseNumber(m_target->text(), &targetOk);
    goal.attainable = m_attainable->toPlainText();
    goal.needIds.clear();
    for (int row = 0; row < m_needs->count(); ++row) {
        if (m_needs->item(row)->checkState() == Qt::Checked)
            goal.needIds.append(m_needs->item(row)->data(Qt::UserRole).toLongLong());
    }
    goal.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    goal.active = m_active->isChecked();
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
                         smart.passes(letters.at(i)) ? passColour() : failColour());
        m_letters.at(i)->setPalette(palette);
        m_letters.at(i)->setAccessibleDescription(smart.passes(letters.at(i)) ? tr("passes")
                                                                              : tr("fails"));
    }
    QStringList lines;
    for (const SmartIssue& issue : smart.issues)
        lines.append(QStringLiteral("%1 \u2014 %2").arg(labelOf(issue.letter), issue.message));
    m_issues->setText(lines.isEmpty() ? tr("This goal passes the SMART check.")
                                      : lines.join(QLatin1Char('\n')));
    QPalette palette = m_issues->palette();
    palette.setColor(QPalette::WindowText, lines.isEmpty() ? passColour() : failColour());
    m_issues->setPalette(palette);
    Q_EMIT edited();
}

} // namespace md
