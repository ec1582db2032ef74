#include "pipeline/GateFailureDialog.h"

#include "UiStyle.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

GateFailureDialog::GateFailureDialog(const GateResult& gate, const QString& engagementName,
                                     QWidget* parent)
    : QDialog(parent)
    , m_gate(gate) {
    setObjectName(QStringLiteral("gateFailureDialog"));
    setWindowTitle(tr("Not Ready to Leave \"%1\"").arg(labelOf(gate.stage)));

    // Plain text: a title such as "R&D <team>" shows as typed, never as markup.
    auto* heading = new QLabel(
        tr("%1 cannot leave \"%2\" yet.").arg(engagementName, labelOf(gate.stage)), this);
    heading->setObjectName(QStringLiteral("gateFailureHeadingLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    ui::styleAsHeading(heading, 1.15);
    auto* explanation =
        new QLabel(tr("This is what is missing. Select an item and choose Go There to fill it "
                      "in."),
                   this);
    explanation->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("missingItemsListWidget"));
    for (const MissingItem& item : gate.missing) {
        auto* row = new QListWidgetItem(
            QStringLiteral("%1  \u2014  %2").arg(item.message, labelOf(item.target.tab)), m_list);
        row->setData(Qt::UserRole, item.key);
    }
    m_list->setCurrentRow(0);

    m_goTo = new QPushButton(tr("&Go There"), this);
    m_goTo->setObjectName(QStringLiteral("goToMissingButton"));
    m_goTo->setDefault(true);

    auto* overrideBox = new QGroupBox(tr("Move anyway"), this);
    auto* overrideHint = new QLabel(tr("An override is recorded in the engagement's timeline "
                                       "with your reason."),
                                    overrideBox);
    overrideHint->setWordWrap(true);
    ui::styleAsSecondary(overrideHint);
    m_reason = new QPlainTextEdit(overrideBox);
    m_reason->setObjectName(QStringLiteral("overrideReasonTextEdit"));
    m_reason->setPlaceholderText(tr("Why move on without this?"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_override = new QPushButton(tr("&Override and Move"), overrideBox);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    auto* overrideLayout = new QVBoxLayout(overrideBox);
    overrideLayout->addWidget(overrideHint);
    overrideLayout->addWidget(m_reason);
    overrideLayout->addWidget(m_override, 0, Qt::AlignRight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_goTo, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(overrideBox);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::GoTo;
        accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_goTo, &QPushButton::click);
    connect(m_override, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Override;
        accept();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &GateFailureDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &GateFailureDialog::updateButtons);
    updateButtons();
    resize(520, 420);
}

FillTarget GateFailureDialog::target() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_gate.missing.size())
        return m_gate.missing.isEmpty() ? FillTarget{m_gate.stage, {}, 0}
                                        : m_gate.missing.first().target;
    return m_gate.missing.at(row).target;
}

QString GateFailureDialog::overrideReason() const {
    return m_reason->toPlainText().trimmed();
}

void GateFailureDialog::updateButtons() {
    m_override->setEnabled(!overrideReason().isEmpty());
    m_goTo->setEnabled(m_list->currentRow() >= 0);
}

} // namespace md
