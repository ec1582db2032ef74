#pragma once

#include "pipeline/StageGate.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace md {

// Shown when a move is blocked by a stage gate: exactly what is missing, a
// way to go and fill it in, and an override that needs a written reason
// (recorded in the timeline).
class GateFailureDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, GoTo, Override };

    GateFailureDialog(const GateResult& gate, const QString& engagementName,
                      QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The item chosen with "Go There".
    FillTarget target() const;
    QString overrideReason() const;

private:
    void updateButtons();

    GateResult m_gate;
    Choice m_choice = Choice::Cancel;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_goTo = nullptr;
    QPushButton* m_override = nullptr;
};

} // namespace md
