#pragma once

#include "pipeline/SmartCheck.h"
#include "pipeline/SmartGoal.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;

namespace md {

namespace Ui {
class GoalEditor;
}

struct Need;

// The form of one SMART goal, grouped by letter (GoalEditor.ui), with the
// SMART check shown live: each letter turns green when it passes, and the
// reasons it fails are listed under the form.
class GoalEditor final : public QWidget {
    Q_OBJECT
public:
    explicit GoalEditor(QWidget* parent = nullptr);
    ~GoalEditor() override;

    // The needs to link to and the context of the check. Needs ticked in the
    // form stay ticked when the list is refilled.
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

    std::unique_ptr<Ui::GoalEditor> m_ui;
    SmartGoal m_base; // id and engagement of the goal in the form
    SmartContext m_context;
    QList<QLabel*> m_letters; // one per SMART letter, in order
};

} // namespace md
