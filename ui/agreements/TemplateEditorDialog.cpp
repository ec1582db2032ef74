#include "agreements/TemplateEditorDialog.h"

#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "agreements/BuiltInTemplates.h"
#include "agreements/RichTextEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace md {

TemplateEditorDialog::TemplateEditorDialog(AgreementService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(&service) {
    setObjectName(QStringLiteral("templateEditorDialog"));
    setWindowTitle(tr("Agreement templates"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKindComboBox"));
    for (AgreementKind kind : {AgreementKind::Mentoring, AgreementKind::Confidentiality})
        m_kind->addItem(agreementKindLabel(kind), int(kind));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguageComboBox"));
    for (const QString& language : BuiltInTemplates::languages(AgreementKind::Mentoring))
        m_language->addItem(QLocale::languageToString(QLocale(language).language()), language);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("templateVersionLabel"));
    ui::styleAsSecondary(m_version);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("templateTitleLineEdit"));
    m_confidentiality = new QCheckBox(tr("This template contains confidentiality terms"), this);
    m_confidentiality->setObjectName(QStringLiteral("templateConfidentialityCheckBox"));

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_kind);
    chooser->addWidget(m_language);
    chooser->addWidget(m_version, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), chooser);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_confidentiality);

    m_editor = new RichTextEditor(this);
    m_editor->setObjectName(QStringLiteral("templateRichTextEditor"));
    m_editor->enablePlaceholders();
    auto* help = new QLabel(tr("Placeholders in double braces are filled in from your profile, "
                               "the client and the engagement when an agreement is generated. "
                               "One without a value stops the generation and is named."),
                            this);
    help->setWordWrap(true);
    ui::styleAsSecondary(help);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    ui::styleAsError(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("&Save as new version"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveVersionButton"));
    auto* builtIn =
        buttons->addButton(tr("Start from the &built-in text"), QDialogButtonBox::ResetRole);
    builtIn->setObjectName(QStringLiteral("builtInTextButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(help);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);
    connect(save, &QPushButton::clicked, this, &TemplateEditorDialog::saveVersion);
    connect(builtIn, &QPushButton::clicked, this, &TemplateEditorDialog::loadBuiltIn);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::load);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::load);
    load();
    resize(860, 760);
}

AgreementKind TemplateEditorDialog::currentKind() const {
    return AgreementKind(m_kind->currentData().toInt());
}

void TemplateEditorDialog::load() {
    ui::setErrorText(m_error, QString());
    if (!m_service)
        return;
    auto latest = m_service->latestTemplate(currentKind(), m_language->currentData().toString());
    if (!latest) {
        ui::setErrorText(m_error, latest.message());
        return;
    }
    m_title->setText(latest->title);
    m_editor->setHtml(latest->bodyHtml);
    m_confidentiality->setChecked(latest->hasConfidentialityTerms);
    // The built-in text is not stored until it is first used or edited.
    if (latest->id == 0)
        m_version->setText(tr("Version %1 (built in)").arg(latest->version));
    else
        m_version->setText(tr("Version %1 of %2%3")
                               .arg(latest->version)
                               .arg(QLocale().toString(latest->createdUtc.toLocalTime().date(),
                                                       QLocale::ShortFormat),
                                    latest->builtIn ? tr(" (built in)") : QString()));
}

void TemplateEditorDialog::loadBuiltIn() {
    const auto builtIn = BuiltInTemplates::get(currentKind(), m_language->currentData().toString());
    if (!builtIn)
        return;
    m_title->setText(builtIn->title);
    m_editor->setHtml(builtIn->bodyHtml);
    m_confidentiality->setChecked(builtIn->hasConfidentialityTerms);
}

bool TemplateEditorDialog::saveVersion() {
    if (!m_service)
        return false;
    AgreementTemplate edited;
    edited.kind = currentKind();
    edited.language = m_language->currentData().toString();
    edited.title = m_title->text();
    edited.bodyHtml = m_editor->html();
    edited.hasConfidentialityTerms = m_confidentiality->isChecked();
    auto saved = m_service->saveTemplate(edited);
    if (!saved) {
        ui::setErrorText(m_error, saved.message());
        return false;
    }
    load();
    return true;
}

} // namespace md
