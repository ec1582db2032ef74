#include "billing/BusinessSettingsDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "settings/SettingsCatalog.h"
#include "storage/BusinessSettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md {

namespace {

const QString kCurrency = QStringLiteral("billing.currency");
const QString kTaxMode = QStringLiteral("billing.tax.mode");
const QString kStandardRate = QStringLiteral("billing.tax.standard_rate");
const QString kReducedRate = QStringLiteral("billing.tax.reduced_rate");
const QString kExemptionText = QStringLiteral("billing.tax.exemption_text");
const QString kPaymentTerms = QStringLiteral("billing.invoice.payment_terms_days");
const QString kLateCancellation = QStringLiteral("billing.policy.late_cancellation_chargeable");
const QString kNoShow = QStringLiteral("billing.policy.no_show_chargeable");
const QString kCancellationText = QStringLiteral("billing.policy.cancellation_text");

// "billing.bank.iban" → "bankIbanLineEdit" (the suffix names the widget's class).
QString objectNameFor(const QString& key, const QString& suffix) {
    QStringList words = key.mid(8).split(QRegularExpression(QStringLiteral("[._]")));
    for (int i = 1; i < words.size(); ++i)
        words[i][0] = words[i][0].toUpper();
    return words.join(QString()) + suffix;
}

} // namespace

BusinessSettingsDialog::BusinessSettingsDialog(BillingService& billing, QWidget* parent)
    : QDialog(parent)
    , m_billing(&billing) {
    setObjectName(QStringLiteral("businessSettingsDialog"));
    setWindowTitle(tr("Business settings"));
    const BusinessSettings current =
        billing.businessSettings() ? *billing.businessSettings() : BusinessSettings();
    QHash<QString, SettingKeyInfo> infos;
    for (const SettingKeyInfo& info : BusinessSettingsKeys::keys())
        infos.insert(info.key, info);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    const auto group = [&](const QString& title, const QList<QPair<QString, QString>>& rows) {
        auto* box = new QGroupBox(title, page);
        auto* form = new QFormLayout(box);
        for (const auto& [key, label] : rows)
            addField(form, infos.value(key), label, BusinessSettingsKeys::valueOf(current, key));
        pageLayout->addWidget(box);
        return form;
    };
    group(tr("Currency and tax"), {{kCurrency, tr("Currency:")},
                                   {kTaxMode, tr("Tax:")},
                                   {kStandardRate, tr("Standard rate (%):")},
                                   {kReducedRate, tr("Reduced rate (%):")},
                                   {kExemptionText, tr("Exemption wording:")}});
    group(tr("Invoices"),
          {{QStringLiteral("billing.invoice.number_pattern"), tr("Number pattern:")},
           {kPaymentTerms, tr("Payment due after:")},
           {QStringLiteral("billing.session.price"), tr("Price of a session:")},
           {QStringLiteral("billing.invoice.late_payment_note"), tr("Late-payment note:")}});
    group(tr("Payment by bank transfer"),
          {{QStringLiteral("billing.bank.account_holder"), tr("Account holder:")},
           {QStringLiteral("billing.bank.name"), tr("Bank:")},
           {QStringLiteral("billing.bank.iban"), tr("IBAN:")},
           {QStringLiteral("billing.bank.bic"), tr("BIC:")}});
    group(tr("Cancellations"), {{kLateCancellation, QString()},
                                {kNoShow, QString()},
                                {kCancellationText, tr("Policy printed on invoices:")}});
    pageLayout->addStretch(1);
    Q_ASSERT(m_fields.size() == infos.size()); // every documented key has its widget

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    ui::styleAsError(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 640);
    connect(buttons, &QDialogButtonBox::accepted, this, &BusinessSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTaxFields();
}

void BusinessSettingsDialog::addField(QFormLayout* form, const SettingKeyInfo& info,
                                      const QString& label, const QString& current) {
    const QString& key = info.key;
    Field field;
    if (key == kCurrency) {
        auto* combo = new QComboBox(this);
        combo->setEditable(true);
        combo->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                         QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                         QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                         QStringLiteral("PLN")});
        combo->setCurrentText(current);
        combo->setObjectName(objectNameFor(key, QStringLiteral("ComboBox")));
        field = {combo, [combo] {
                     return combo->currentText().trimmed().toUpper();
                 }};
    } else if (key == kTaxMode) {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("Charge VAT or sales tax on each line"), QStringLiteral("vat"));
        combo->addItem(tr("Small-business exemption: no tax, with the wording below"),
                       QStringLiteral("exempt"));
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        combo->setObjectName(objectNameFor(key, QStringLiteral("ComboBox")));
        connect(combo, &QComboBox::currentIndexChanged, this,
                &BusinessSettingsDialog::updateTaxFields);
        field = {combo, [combo] {
                     return combo->currentData().toString();
                 }};
    } else if (key == kPaymentTerms) {
        auto* spin = new QSpinBox(this);
        spin->setRange(0, 365);
        spin->setValue(current.toInt());
        const auto suffix = [this, spin](int days) {
            spin->setSuffix(tr(" day(s)", nullptr, days));
        };
        suffix(spin->value());
        connect(spin, &QSpinBox::valueChanged, this, suffix);
        spin->setObjectName(objectNameFor(key, QStringLiteral("SpinBox")));
        field = {spin, [spin] {
                     return QString::number(spin->value());
                 }};
    } else if (key == kLateCancellation || key == kNoShow) {
        auto* check = new QCheckBox(key == kNoShow ? tr("Bill sessions the client missed")
                                                   : tr("Bill sessions the client cancelled late"),
                                    this);
        check->setChecked(current == QLatin1String("true")); // valueOf's canonical form
        check->setObjectName(objectNameFor(key, QStringLiteral("CheckBox")));
        field = {check, [check] {
                     return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
                 }};
    } else if (key == kCancellationText) {
        auto* text = new QPlainTextEdit(current, this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        text->setObjectName(objectNameFor(key, QStringLiteral("PlainTextEdit")));
        field = {text, [text] {
                     return text->toPlainText().trimmed();
                 }};
    } else {
        auto* edit = new QLineEdit(current, this);
        edit->setObjectName(objectNameFor(key, QStringLiteral("LineEdit")));
        edit->setPlaceholderText(info.example);
        field = {edit, [edit] {
                     return edit->text();
                 }};
    }
    field.widget->setToolTip(info.description);
    if (label.isEmpty())
        form->addRow(field.widget);
    else
        form->addRow(label, field.widget);
    m_fields.insert(key, field);
    m_original.insert(key, field.text());
}

void BusinessSettingsDialog::updateTaxFields() {
    const bool exempt = m_fields.value(kTaxMode).text() == QLatin1String("exempt");
    for (const QString& key : {kStandardRate, kReducedRate})
        m_fields.value(key).widget->setEnabled(!exempt);
    m_fields.value(kExemptionText).widget->setEnabled(exempt);
}

void BusinessSettingsDialog::save() {
    if (!m_billing)
        return;
    // The currency first: the session price is read in it. A new currency
    // re-reads the price as typed (120.00 stays 120.00, not 12000 yen).
    const QString sessionPrice = QStringLiteral("billing.session.price");
    QStringList keys = m_fields.keys();
    keys.sort();
    keys.removeAll(kCurrency);
    keys.prepend(kCurrency);
    const bool newCurrency = m_fields.value(kCurrency).text() != m_original.value(kCurrency);
    QList<QPair<QString, QString>> changed;
    for (const QString& key : std::as_const(keys)) {
        const QString text = m_fields.value(key).text();
        if (text != m_original.value(key) || (newCurrency && key == sessionPrice))
            changed.append({key, text});
    }
    // All or nothing, each value checked by the rules of `settings set`.
    QString refusedKey;
    if (Status saved = m_billing->settings().setValues(changed, &refusedKey); !saved) {
        if (QWidget* widget = field(refusedKey))
            widget->setFocus();
        ui::setErrorText(m_error, saved.message());
        return;
    }
    accept();
}

} // namespace md
