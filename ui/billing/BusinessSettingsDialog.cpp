#include "billing/BusinessSettingsDialog.h"

#include "ui_BusinessSettingsDialog.h"

#include "UiStyle.h"
#include "billing/BusinessSettings.h"
#include "billing/Money.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QPushButton>
#include <QRegularExpression>

namespace md {

namespace {

const QString kCurrency = QStringLiteral("billing.currency");
const QString kTaxMode = QStringLiteral("billing.tax.mode");
const QString kStandardRate = QStringLiteral("billing.tax.standard_rate");
const QString kReducedRate = QStringLiteral("billing.tax.reduced_rate");
const QString kExemptionText = QStringLiteral("billing.tax.exemption_text");
const QString kSessionPrice = QStringLiteral("billing.session.price");

// "billing.bank.iban" → "bankIban": the form names each key's widget so, with
// the suffix of its class ("bankIbanLineEdit").
QString objectNameFor(const QString& key) {
    QStringList words = key.mid(8).split(QRegularExpression(QStringLiteral("[._]")));
    for (int i = 1; i < words.size(); ++i)
        words[i][0] = words[i][0].toUpper();
    return words.join(QString());
}

} // namespace

BusinessSettingsDialog::BusinessSettingsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_ui(std::make_unique<Ui::BusinessSettingsDialog>()) {
    m_ui->setupUi(this);
    ui::styleAsError(m_ui->errorLabel);
    m_ui->settingsButtonBox->button(QDialogButtonBox::Save)
        ->setObjectName(QStringLiteral("saveButton"));
    m_ui->currencyComboBox->addItems(
        {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
         QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("SEK"), QStringLiteral("NOK"),
         QStringLiteral("DKK"), QStringLiteral("PLN")});
    m_ui->taxModeComboBox->addItem(tr("Charge VAT or sales tax on each line"),
                                   QStringLiteral("vat"));
    m_ui->taxModeComboBox->addItem(tr("Small-business exemption: no tax, with the wording below"),
                                   QStringLiteral("exempt"));
    QSpinBox* terms = m_ui->invoicePaymentTermsDaysSpinBox;
    const auto suffix = [this, terms](int days) {
        terms->setSuffix(tr(" day(s)", nullptr, days));
    };
    connect(terms, &QSpinBox::valueChanged, this, suffix);
    QSpinBox* notice = m_ui->policyCancellationNoticeHoursSpinBox;
    const auto noticeSuffix = [this, notice](int hours) {
        notice->setSuffix(tr(" hour(s) before the start", nullptr, hours));
    };
    connect(notice, &QSpinBox::valueChanged, this, noticeSuffix);

    const auto stored = workspace.settings().businessSettings();
    const BusinessSettings current = stored ? *stored : BusinessSettings();
    if (!stored)
        ui::setErrorText(m_ui->errorLabel, stored.message());
    for (const SettingKeyInfo& info : BusinessSettingsKeys::keys()) {
        Field field = bind(info.key, BusinessSettingsKeys::valueOf(current, info.key));
        Q_ASSERT(field.widget); // every documented key has its widget in the form
        if (!field.widget)
            continue;
        field.widget->setToolTip(info.description);
        if (auto* edit = qobject_cast<QLineEdit*>(field.widget))
            edit->setPlaceholderText(info.example);
        m_fields.insert(info.key, field);
        m_original.insert(info.key, field.text());
    }
    // The session price is typed as the locale writes amounts ("120,00" in
    // German); the settings keep the machine form ("120.00").
    QLineEdit* price = m_ui->sessionPriceLineEdit;
    price->setText(Money(current.sessionPriceMinor, current.currency).formatForInput());
    price->setPlaceholderText(Money(12000, current.currency).formatForInput());
    m_fields[kSessionPrice].text = [this, price] {
        const auto typed = Money::parseInput(price->text(), m_fields.value(kCurrency).text());
        return typed ? typed->toDecimalString() : price->text();
    };
    m_original.insert(kSessionPrice, m_fields.value(kSessionPrice).text());
    suffix(terms->value());
    noticeSuffix(notice->value());
    connect(m_ui->taxModeComboBox, &QComboBox::currentIndexChanged, this,
            &BusinessSettingsDialog::updateTaxFields);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::accepted, this,
            &BusinessSettingsDialog::save);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTaxFields();
}

BusinessSettingsDialog::~BusinessSettingsDialog() = default;

BusinessSettingsDialog::Field BusinessSettingsDialog::bind(const QString& key,
                                                           const QString& current) {
    const QString name = objectNameFor(key);
    if (auto* combo = findChild<QComboBox*>(name + QStringLiteral("ComboBox"))) {
        if (combo->isEditable()) { // the currency: any ISO code may be typed
            combo->setCurrentText(current);
            return {combo, [combo] {
                        return combo->currentText().trimmed().toUpper();
                    }};
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        return {combo, [combo] {
                    return combo->currentData().toString();
                }};
    }
    if (auto* spin = findChild<QSpinBox*>(name + QStringLiteral("SpinBox"))) {
        spin->setValue(current.toInt());
        return {spin, [spin] {
                    return QString::number(spin->value());
                }};
    }
    if (auto* check = findChild<QCheckBox*>(name + QStringLiteral("CheckBox"))) {
        check->setChecked(current == QLatin1String("true")); // valueOf's canonical form
        return {check, [check] {
                    return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
                }};
    }
    if (auto* text = findChild<QPlainTextEdit*>(name + QStringLiteral("PlainTextEdit"))) {
        text->setPlainText(current);
        return {text, [text] {
                    return text->toPlainText().trimmed();
                }};
    }
    if (auto* edit = findChild<QLineEdit*>(name + QStringLiteral("LineEdit"))) {
        edit->setText(current);
        return {edit, [edit] {
                    return edit->text();
                }};
    }
    return {};
}

void BusinessSettingsDialog::updateTaxFields() {
    const bool exempt = m_fields.value(kTaxMode).text() == QLatin1String("exempt");
    for (const QString& key : {kStandardRate, kReducedRate})
        m_fields.value(key).widget->setEnabled(!exempt);
    m_fields.value(kExemptionText).widget->setEnabled(exempt);
}

void BusinessSettingsDialog::save() {
    if (!m_workspace)
        return;
    // The currency first: the session price is read in it. A new currency
    // re-reads the price as typed (120.00 stays 120.00, not 12000 yen).
    QStringList keys = m_fields.keys();
    keys.sort();
    keys.removeAll(kCurrency);
    keys.prepend(kCurrency);
    const bool newCurrency = m_fields.value(kCurrency).text() != m_original.value(kCurrency);
    QList<QPair<QString, QString>> changed;
    for (const QString& key : std::as_const(keys)) {
        const QString text = m_fields.value(key).text();
        if (text != m_original.value(key) || (newCurrency && key == kSessionPrice))
            changed.append({key, text});
    }
    // All or nothing, each value checked by the rules of `settings set`.
    QString refusedKey;
    if (Status saved = m_workspace->settings().setBusinessValues(changed, &refusedKey); !saved) {
        if (QWidget* widget = field(refusedKey))
            widget->setFocus();
        ui::setErrorText(m_ui->errorLabel, saved.message());
        return;
    }
    accept();
}

} // namespace md
