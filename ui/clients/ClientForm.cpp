#include "clients/ClientForm.h"

#include "DocumentLanguageComboBox.h"
#include "UiStyle.h"
#include "domain/ClientValidator.h"
#include "i18n/DocumentLanguage.h"
#include "ui_ClientForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTimeZone>

#include <algorithm>

namespace md {

namespace {

// The profile fields a user can edit; id, archive flag and times are not.
bool sameProfile(const Client& a, const Client& b) {
    return a.fullName == b.fullName && a.preferredName == b.preferredName && a.email == b.email &&
           a.phone == b.phone && a.organisation == b.organisation && a.role == b.role &&
           a.timeZone == b.timeZone && a.referralSource == b.referralSource &&
           a.background == b.background && a.strengths == b.strengths &&
           a.weaknesses == b.weaknesses && a.aspirations == b.aspirations &&
           a.keepDoing == b.keepDoing && a.startDoing == b.startDoing &&
           a.stopDoing == b.stopDoing && a.tags == b.tags && a.status == b.status &&
           a.documentLanguage == b.documentLanguage;
}

QStringList splitTags(const QString& text) {
    QStringList tags;
    for (const QString& tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.append(tag.trimmed());
    return tags;
}

} // namespace

ClientForm::ClientForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClientForm>()) {
    m_ui->setupUi(this);
    ui::styleAsHeading(m_ui->titleLabel, 1.5);
    m_ui->titleLabel->setTextFormat(Qt::PlainText);
    ui::styleAsSecondary(m_ui->metaLabel);
    // "Added … · updated …" and the hint for a new client run long in some
    // languages; wrapped, they never make the form wider than the window.
    m_ui->metaLabel->setWordWrap(true);
    for (QLabel* label :
         {m_ui->fullNameErrorLabel, m_ui->preferredNameErrorLabel, m_ui->emailErrorLabel,
          m_ui->phoneErrorLabel, m_ui->timeZoneErrorLabel, m_ui->formErrorLabel})
        ui::styleAsError(label);

    for (ClientStatus status : allClientStatuses())
        m_ui->statusComboBox->addItem(clientStatusLabel(status), int(status));

    // Every IANA zone the system knows; the empty first entry means "the
    // mentor's own time zone". Typing filters by any part ("Berl").
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromLatin1(id));
    std::sort(zones.begin(), zones.end());
    m_ui->timeZoneComboBox->addItem(QString());
    m_ui->timeZoneComboBox->addItems(zones);
    m_ui->timeZoneComboBox->lineEdit()->setPlaceholderText(tr("Same as yours"));
    m_ui->timeZoneComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->timeZoneComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);

    // Each language under its own name, so the mentor finds the client's
    // whatever the interface speaks; the first entry follows the mentor's.
    m_documentLanguage = new DocumentLanguageComboBox(m_ui->contactGroupBox);
    m_documentLanguage->setObjectName(QStringLiteral("documentLanguageComboBox"));
    m_documentLanguage->setDefaultText(tr("Same as yours", "document language"));
    m_documentLanguage->setToolTip(
        tr("The language of this client's agreements, invoices and session summaries"));
    auto* languageLabel = new QLabel(tr("&Documents in:"), m_ui->contactGroupBox);
    languageLabel->setObjectName(QStringLiteral("documentLanguageLabel"));
    languageLabel->setBuddy(m_documentLanguage);
    m_ui->contactFormLayout->addRow(languageLabel, m_documentLanguage);
    setTabOrder(m_ui->timeZoneComboBox, m_documentLanguage);

    // Long texts get about four lines each; the scroll area takes the rest.
    const int textHeight = fontMetrics().lineSpacing() * 4 + 12;
    for (QPlainTextEdit* edit :
         {m_ui->backgroundTextEdit, m_ui->strengthsTextEdit, m_ui->weaknessesTextEdit,
          m_ui->aspirationsTextEdit, m_ui->keepDoingTextEdit, m_ui->startDoingTextEdit,
          m_ui->stopDoingTextEdit})
        edit->setFixedHeight(textHeight);

    m_ui->saveButton->setShortcut(QKeySequence::Save);
    m_ui->saveButton->setToolTip(
        tr("Save the changes (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    const QList<std::pair<QString, QLineEdit*>> lineEdits = {
        {QStringLiteral("fullName"), m_ui->fullNameLineEdit},
        {QStringLiteral("preferredName"), m_ui->preferredNameLineEdit},
        {QStringLiteral("email"), m_ui->emailLineEdit},
        {QStringLiteral("phone"), m_ui->phoneLineEdit},
        {QStringLiteral("organisation"), m_ui->organisationLineEdit},
        {QStringLiteral("role"), m_ui->roleLineEdit},
        {QStringLiteral("referralSource"), m_ui->referralSourceLineEdit},
        {QStringLiteral("tags"), m_ui->tagsLineEdit},
        {QStringLiteral("timeZone"), m_ui->timeZoneComboBox->lineEdit()}};
    for (const auto& [field, edit] : lineEdits)
        connect(edit, &QLineEdit::textChanged, this, [this, f = field] { onEdited(f); });
    const QList<std::pair<QString, QPlainTextEdit*>> textEdits = {
        {QStringLiteral("background"), m_ui->backgroundTextEdit},
        {QStringLiteral("strengths"), m_ui->strengthsTextEdit},
        {QStringLiteral("weaknesses"), m_ui->weaknessesTextEdit},
        {QStringLiteral("aspirations"), m_ui->aspirationsTextEdit},
        {QStringLiteral("keepDoing"), m_ui->keepDoingTextEdit},
        {QStringLiteral("startDoing"), m_ui->startDoingTextEdit},
        {QStringLiteral("stopDoing"), m_ui->stopDoingTextEdit}};
    for (const auto& [field, edit] : textEdits)
        connect(edit, &QPlainTextEdit::textChanged, this, [this, f = field] { onEdited(f); });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            [this] { onEdited(QStringLiteral("status")); });
    connect(m_documentLanguage, &QComboBox::currentIndexChanged, this,
            [this] { onEdited(QStringLiteral("documentLanguage")); });

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ClientForm::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        loadFields(m_loaded);
        refresh();
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ClientForm::deleteRequested);
    connect(m_ui->archiveAction, &QAction::triggered, this,
            [this] { Q_EMIT archiveRequested(!m_loaded.archived); });
    connect(m_ui->exportAction, &QAction::triggered, this, &ClientForm::exportRequested);
    connect(m_ui->eraseAction, &QAction::triggered, this, &ClientForm::eraseRequested);
    setUpMoreMenu();

    startNew();
}

ClientForm::~ClientForm() = default;

void ClientForm::setClient(const Client& client) {
    m_loaded = client;
    loadFields(client);
    refresh();
}

void ClientForm::setLoadedArchived(bool archived) {
    m_loaded.archived = archived;
    refresh();
}

void ClientForm::startNew() {
    setClient(Client{});
}

void ClientForm::clearForm() {
    // setText/setPlainText also drop the undo history, so nothing typed before
    // locking can be brought back with Ctrl+Z.
    setClient(Client{});
}

void ClientForm::loadFields(const Client& client) {
    m_loading = true;
    m_ui->fullNameLineEdit->setText(client.fullName);
    m_ui->preferredNameLineEdit->setText(client.preferredName);
    m_ui->emailLineEdit->setText(client.email);
    m_ui->phoneLineEdit->setText(client.phone);
    m_ui->organisationLineEdit->setText(client.organisation);
    m_ui->roleLineEdit->setText(client.role);
    m_ui->timeZoneComboBox->setCurrentIndex(-1);
    m_ui->timeZoneComboBox->setEditText(client.timeZone);
    m_ui->referralSourceLineEdit->setText(client.referralSource);
    m_ui->tagsLineEdit->setText(client.tags.join(QStringLiteral(", ")));
    m_ui->statusComboBox->setCurrentIndex(
        std::max(0, m_ui->statusComboBox->findData(int(client.status))));
    m_documentLanguage->setLanguage(client.documentLanguage);
    m_ui->backgroundTextEdit->setPlainText(client.background);
    m_ui->strengthsTextEdit->setPlainText(client.strengths);
    m_ui->weaknessesTextEdit->setPlainText(client.weaknesses);
    m_ui->aspirationsTextEdit->setPlainText(client.aspirations);
    m_ui->keepDoingTextEdit->setPlainText(client.keepDoing);
    m_ui->startDoingTextEdit->setPlainText(client.startDoing);
    m_ui->stopDoingTextEdit->setPlainText(client.stopDoing);
    m_loading = false;
    m_touched.clear();
    m_saveError.clear();
    m_ui->scrollArea->ensureVisible(0, 0);
}

Client ClientForm::client() const {
    Client c = m_loaded;
    c.fullName = m_ui->fullNameLineEdit->text();
    c.preferredName = m_ui->preferredNameLineEdit->text();
    c.email = m_ui->emailLineEdit->text();
    c.phone = m_ui->phoneLineEdit->text();
    c.organisation = m_ui->organisationLineEdit->text();
    c.role = m_ui->roleLineEdit->text();
    c.timeZone = m_ui->timeZoneComboBox->currentText();
    c.referralSource = m_ui->referralSourceLineEdit->text();
    c.tags = splitTags(m_ui->tagsLineEdit->text());
    c.status = ClientStatus(m_ui->statusComboBox->currentData().toInt());
    c.documentLanguage = m_documentLanguage->language();
    c.background = m_ui->backgroundTextEdit->toPlainText();
    c.strengths = m_ui->strengthsTextEdit->toPlainText();
    c.weaknesses = m_ui->weaknessesTextEdit->toPlainText();
    c.aspirations = m_ui->aspirationsTextEdit->toPlainText();
    c.keepDoing = m_ui->keepDoingTextEdit->toPlainText();
    c.startDoing = m_ui->startDoingTextEdit->toPlainText();
    c.stopDoing = m_ui->stopDoingTextEdit->toPlainText();
    return ClientValidator::normalised(c);
}

bool ClientForm::isDirty() const {
    return !sameProfile(client(), ClientValidator::normalised(m_loaded));
}

bool ClientForm::isValid() const {
    return ClientValidator::validate(client()).isEmpty();
}

void ClientForm::showSaveError(const QString& message) {
    m_saveError = message;
    refresh();
}

void ClientForm::focusFirstField() {
    m_ui->fullNameLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->fullNameLineEdit->selectAll();
}

QLabel* ClientForm::errorLabelFor(const QString& field) const {
    static const QHash<QString, QLabel* Ui::ClientForm::*> labels = {
        {QStringLiteral("fullName"), &Ui::ClientForm::fullNameErrorLabel},
        {QStringLiteral("preferredName"), &Ui::ClientForm::preferredNameErrorLabel},
        {QStringLiteral("email"), &Ui::ClientForm::emailErrorLabel},
        {QStringLiteral("phone"), &Ui::ClientForm::phoneErrorLabel},
        {QStringLiteral("timeZone"), &Ui::ClientForm::timeZoneErrorLabel}};
    const auto it = labels.constFind(field);
    return it == labels.cend() ? nullptr : (*m_ui).*(it.value());
}

void ClientForm::onEdited(const QString& field) {
    if (m_loading)
        return;
    m_touched.insert(field);
    m_saveError.clear();
    refresh();
}

void ClientForm::refresh() {
    const QList<FieldError> errors = ClientValidator::validate(client());
    QHash<QLabel*, QString> shown;
    QStringList other;
    for (const FieldError& error : errors) {
        // Errors appear only for fields the user has touched, so a blank new
        // form does not open covered in red.
        if (!m_touched.contains(error.field))
            continue;
        if (QLabel* label = errorLabelFor(error.field))
            shown.insert(label, error.message);
        else
            other.append(error.message);
    }
    for (QLabel* label : {m_ui->fullNameErrorLabel, m_ui->preferredNameErrorLabel,
                          m_ui->emailErrorLabel, m_ui->phoneErrorLabel, m_ui->timeZoneErrorLabel})
        ui::setErrorText(label, shown.value(label));
    if (!m_saveError.isEmpty())
        other.append(m_saveError);
    ui::setErrorText(m_ui->formErrorLabel, other.join(QLatin1Char('\n')));

    const bool dirty = isDirty();
    m_ui->saveButton->setEnabled(dirty && errors.isEmpty());
    m_ui->revertButton->setEnabled(dirty);
    // An erased client is only the label their kept invoices show.
    const bool erasable = !isNew() && !m_loaded.isErased();
    m_ui->deleteButton->setVisible(erasable);
    m_ui->moreButton->setVisible(erasable);
    for (QAction* action : {m_ui->archiveAction, m_ui->exportAction, m_ui->eraseAction})
        action->setVisible(erasable);
    m_ui->archiveAction->setText(m_loaded.archived ? tr("Unar&chive") : tr("Ar&chive"));
    m_ui->archiveAction->setToolTip(m_loaded.archived
                                        ? tr("Return this client to the list")
                                        : tr("Hide this client from the list but keep the record"));
    updateMnemonicShortcuts();
    updateHeader();
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void ClientForm::setMentorLanguage(const QString& language) {
    const QString name = DocumentLanguage::nativeName(language);
    m_documentLanguage->setDefaultText(name.isEmpty() ? tr("Same as yours", "document language")
                                                      : tr("Same as yours (%1)").arg(name));
}

void ClientForm::setUpMoreMenu() {
    // Archiving, exporting and erasing are done to a record now and then, not
    // at every edit: they wait in a menu, so the row beside the list keeps
    // room for Save in every language.
    auto* menu = new QMenu(m_ui->moreButton);
    menu->setObjectName(QStringLiteral("moreMenu"));
    menu->setToolTipsVisible(true);
    menu->addAction(m_ui->archiveAction);
    menu->addAction(m_ui->exportAction);
    menu->addSeparator();
    menu->addAction(m_ui->eraseAction);
    m_ui->moreButton->setMenu(menu);
    // Each keeps the Alt+letter it had as a button, anywhere in the form.
    for (QAction* action : {m_ui->archiveAction, m_ui->exportAction, m_ui->eraseAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void ClientForm::updateMnemonicShortcuts() {
    for (QAction* action : {m_ui->archiveAction, m_ui->exportAction, m_ui->eraseAction})
        action->setShortcut(QKeySequence::mnemonic(action->text()));
}

void ClientForm::updateHeader() {
    if (isNew()) {
        m_ui->titleLabel->setText(tr("New client"));
        m_ui->metaLabel->setText(tr("Only the full name is required. Everything else can be "
                                    "added later."));
        return;
    }
    m_ui->titleLabel->setText(m_loaded.displayName());
    const QLocale locale;
    QStringList meta;
    meta.append(
        tr("Added %1")
            .arg(locale.toString(m_loaded.createdUtc.toLocalTime().date(), QLocale::LongFormat)));
    if (m_loaded.updatedUtc.isValid() && m_loaded.updatedUtc != m_loaded.createdUtc)
        meta.append(tr("updated %1")
                        .arg(locale.toString(m_loaded.updatedUtc.toLocalTime().date(),
                                             QLocale::LongFormat)));
    if (m_loaded.archived)
        meta.append(tr("archived"));
    m_ui->metaLabel->setText(meta.join(QStringLiteral(" · ")));
}

} // namespace md
