#pragma once

#include "pipeline/SmartCheck.h"
#include "pipeline/SmartGoal.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace md {

struct Need;

// The form of one SMART goal, grouped by letter, with the SMART check shown
// live: each letter turns green when it passes, and the reasons it fails are
// listed under the form.
class GoalEditor final : public QWidget {
    Q_OBJECT
public:
    explicit GoalEditor(QWidget* parent = nullptr);

    // The needs to link to and the context of the check.
    void setNeeds(const QList<Need>& needs, const SmartContext& context);
    void setGoal(const SmartGoal& goal);
    // The goal as typed; `ok` is false when a number field holds text that is
    // not a number (the message says which).
    SmartGoal goal(bool* ok, QString* problem) const;
    SmartReport report() const;

Q_SIGNALS:
    void edited();

private:
    void recheck();

    SmartGoal m_base; // id and engagement of the goal in the form
    SmartContext m_context;
    QLineEdit* m_specific = nullptr;
    QLineEdit* m_metric = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_baseline = nullptr;
    QLineEdit* m_target = nullptr;
    QPlainTextEdit* m_attainable = nullptr;
    QListWidget* m_needs = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QCheckBox* m_active = nullptr;
    QList<QLabel*> m_letters;
    QLabel* m_issues = nullptr;
};

} // namespace md
