#include "billing/BusinessSettingsDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "billing/SettingsCatalog.h"
#include "storage/BusinessSettingsRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace md {

BusinessSettingsDialog::BusinessSettingsDialog(BillingService& billing, QWidget* parent)
    : QDialog(parent)
    , m_billing(&billing) {
    setObjectName(QStringLiteral("businessSettingsDialog"));
    setWindowTitle(tr("Business settings"));
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    const BusinessSettings current =
        billing.businessSettings() ? *billing.businessSettings() : BusinessSettings();
    for (const SettingKeyInfo& info : BusinessSettingsKeys::keys()) {
        auto* edit = new QLineEdit(page);
        // "billing.bank.iban" → "bankIbanLineEdit"
        QString name = info.key.mid(8);
        QStringList words = name.split(QRegularExpression(QStringLiteral("[._]")));
        for (int i = 1; i < words.size(); ++i)
            words[i][0] = words[i][0].toUpper();
        edit->setObjectName(words.join(QString()) + QStringLiteral("LineEdit"));
        const QString value = BusinessSettingsKeys::valueOf(current, info.key);
        edit->setText(value);
        edit->setPlaceholderText(info.example);
        edit->setToolTip(info.description);
        m_fields.insert(info.key, edit);
        m_original.insert(info.key, value);
        auto* label = new QLabel(info.description, page);
        label->setWordWrap(true);
        form->addRow(label, edit);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    ui::styleAsError(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 620);
    connect(buttons, &QDialogButtonBox::accepted, this, &BusinessSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BusinessSettingsDialog::save() {
    if (!m_billing)
        return;
    auto current = m_billing->businessSettings();
    if (!current) {
        ui::setErrorText(m_error, current.message());
        return;
    }
    // Check every changed field first, so nothing is half saved.
    BusinessSettings probe = *current;
    QHash<QString, QString> changed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text();
        if (text == m_original.value(it.key()))
            continue;
        auto normalised = BusinessSettingsKeys::normalise(it.key(), text, probe);
        if (!normalised) {
            it.value()->setFocus();
            ui::setErrorText(m_error, normalised.message());
            return;
        }
        changed.insert(it.key(), text);
    }
    // The currency first: the session price is read in it.
    const QString currencyKey = QStringLiteral("billing.currency");
    QStringList order = changed.keys();
    order.sort();
    if (order.removeAll(currencyKey))
        order.prepend(currencyKey);
    for (const QString& key : order) {
        auto stored = m_billing->settings().setValue(key, changed.value(key));
        if (!stored) {
            ui::setErrorText(m_error, stored.message());
            return;
        }
    }
    accept();
}

} // namespace md
