#include "security/FirstRunWizard.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "keys/KeyStore.h"
#include "security/NewPassphraseWidget.h"
#include "security/RecoveryKeyView.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace md {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

class FirstRunWelcomePage final : public QWizardPage {
public:
    explicit FirstRunWelcomePage(const QString& dir) {
        setTitle(FirstRunWizard::tr("Welcome to MentorDesk"));
        setSubTitle(FirstRunWizard::tr("Your clients' details stay on this computer, encrypted."));
        auto* layout = new QVBoxLayout(this);
        layout->setSpacing(12);
        layout->addWidget(wrappedLabel(
            FirstRunWizard::tr("MentorDesk keeps your mentees' profiles, notes and agreements in "
                               "an encrypted workspace. Nothing in it can be read without your "
                               "passphrase or your recovery key."),
            this));
        layout->addWidget(wrappedLabel(
            FirstRunWizard::tr("In the next steps you choose a passphrase and receive a "
                               "recovery key. Have a printer or a pen and paper ready."),
            this));
        auto* where = wrappedLabel(FirstRunWizard::tr("The workspace will be created in:\n%1")
                                       .arg(QDir::toNativeSeparators(dir)),
                                   this);
        where->setObjectName(QStringLiteral("workspaceDirectoryLabel"));
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        ui::styleAsSecondary(where);
        layout->addWidget(where);
        layout->addStretch();
    }
};

} // namespace

// Not in the anonymous namespace: FirstRunWizard befriends it to create the
// workspace from validatePage().
class FirstRunPassphrasePage final : public QWizardPage {
public:
    explicit FirstRunPassphrasePage(FirstRunWizard* wizard)
        : m_wizard(wizard) {
        setTitle(FirstRunWizard::tr("Choose a passphrase"));
        setSubTitle(FirstRunWizard::tr("You type it to unlock MentorDesk. It cannot be "
                                       "recovered, only replaced with your recovery key."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, FirstRunWizard::tr("&Create Workspace"));

        m_fields = new NewPassphraseWidget(this);
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("createErrorLabel"));
        ui::styleAsError(m_error);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_fields);
        layout->addWidget(m_error);
        layout->addStretch();
        connect(m_fields, &NewPassphraseWidget::acceptableChanged, this,
                &QWizardPage::completeChanged);
    }

    void initializePage() override { m_fields->focusFirstField(); }
    bool isComplete() const override { return m_fields->isAcceptable(); }

    bool validatePage() override {
        QString error;
        const SecureBytes passphrase = m_fields->takePassphrase();
        if (!m_wizard->createWorkspace(passphrase, &error)) {
            ui::setErrorText(m_error, error);
            m_fields->focusFirstField();
            return false;
        }
        ui::setErrorText(m_error, {});
        return true;
    }

private:
    FirstRunWizard* m_wizard;
    NewPassphraseWidget* m_fields = nullptr;
    QLabel* m_error = nullptr;
};

namespace {

class FirstRunRecoveryKeyPage final : public QWizardPage {
public:
    explicit FirstRunRecoveryKeyPage(RecoveryKeyView* view) {
        setTitle(FirstRunWizard::tr("Your recovery key"));
        setSubTitle(FirstRunWizard::tr("Your workspace has been created."));
        // Past this page the key is gone from the screen: no way back to it.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, FirstRunWizard::tr("&Next"));
        auto* layout = new QVBoxLayout(this);
        view->setParent(this);
        layout->addWidget(view);
        connect(view, &RecoveryKeyView::confirmedChanged, this, &QWizardPage::completeChanged);
        m_view = view;
    }
    bool isComplete() const override { return m_view->isConfirmed(); }
    bool validatePage() override {
        m_view->clear();
        return true;
    }

private:
    RecoveryKeyView* m_view = nullptr;
};

class FirstRunRememberPage final : public QWizardPage {
public:
    explicit FirstRunRememberPage(QStackedWidget* choice) {
        setTitle(FirstRunWizard::tr("Unlock automatically?"));
        setSubTitle(FirstRunWizard::tr("You can change this whenever you unlock MentorDesk."));
        auto* layout = new QVBoxLayout(this);
        layout->setSpacing(12);
        choice->setParent(this);
        layout->addWidget(choice);
        layout->addStretch();
    }
};

enum RememberChoice { CheckingKeychain, OfferRemember, NoKeychain };

// The remember page's three states: still asking the keychain, the offer
// with what it means, or the one sentence that says there is none.
QStackedWidget* rememberChoice(QCheckBox* remember) {
    auto* stack = new QStackedWidget;
    stack->setObjectName(QStringLiteral("rememberStackedWidget"));

    auto* checking =
        wrappedLabel(FirstRunWizard::tr("Looking for this computer's keychain…"), stack);
    checking->setObjectName(QStringLiteral("keychainCheckingLabel"));
    checking->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    ui::styleAsSecondary(checking);

    auto* offer = new QWidget(stack);
    auto* offerLayout = new QVBoxLayout(offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->setSpacing(12);
    remember->setParent(offer);
    offerLayout->addWidget(remember);
    auto* explanation = wrappedLabel(
        FirstRunWizard::tr("MentorDesk then keeps the workspace key in this computer's "
                           "keychain and opens without asking for your passphrase while you "
                           "are logged in. Anyone who can use your user account can then "
                           "open your workspace. Locking (Ctrl+L) always asks for the "
                           "passphrase."),
        offer);
    ui::styleAsSecondary(explanation);
    offerLayout->addWidget(explanation);
    offerLayout->addStretch();

    auto* none = wrappedLabel(
        FirstRunWizard::tr("No keychain answered on this computer, so MentorDesk will ask for "
                           "your passphrase each time it opens."),
        stack);
    none->setObjectName(QStringLiteral("noKeychainLabel"));
    none->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    stack->insertWidget(CheckingKeychain, checking);
    stack->insertWidget(OfferRemember, offer);
    stack->insertWidget(NoKeychain, none);
    stack->setCurrentIndex(CheckingKeychain);
    return stack;
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString& workspaceDir, KeyStore& keyStore, QWidget* parent,
                               const Clock& clock)
    : QWizard(parent)
    , m_dir(workspaceDir)
    , m_clock(clock) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Create a MentorDesk Workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, ui::appIcon().pixmap(48));
    setMinimumSize(640, 520);

    m_recoveryKeyView = new RecoveryKeyView;
    m_rememberCheckBox = new QCheckBox(tr("&Remember on this computer"));
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_rememberStack = rememberChoice(m_rememberCheckBox);

    setPage(WelcomePageId, new FirstRunWelcomePage(workspaceDir));
    setPage(PassphrasePageId, new FirstRunPassphrasePage(this));
    setPage(RecoveryKeyPageId, new FirstRunRecoveryKeyPage(m_recoveryKeyView));
    setPage(RememberPageId, new FirstRunRememberPage(m_rememberStack));
    setStartId(WelcomePageId);

    // Asked now, answered long before the user reaches the page (a keychain
    // without D-Bus fails at once; a working one answers in milliseconds).
    const QPointer<FirstRunWizard> self(this);
    keyStore.checkAvailable([self](Status available) {
        if (self)
            self->showKeychainAnswer(available.ok());
    });
}

void FirstRunWizard::showKeychainAnswer(bool available) {
    m_canRemember = available;
    if (!available)
        m_rememberCheckBox->setChecked(false);
    m_rememberStack->setCurrentIndex(available ? OfferRemember : NoKeychain);
}

FirstRunWizard::~FirstRunWizard() = default;

bool FirstRunWizard::createWorkspace(const SecureBytes& passphrase, QString* error) {
    if (m_workspace)
        return true;
    Result<Workspace::Created> created = [&] {
        BusyCursor busy; // Argon2id takes about half a second
        return Workspace::create(m_dir, passphrase, m_clock);
    }();
    if (!created) {
        *error = created.message();
        return false;
    }
    m_workspace = std::move(created->workspace);
    m_dataKey = std::move(created->key.dataKey);
    m_recoveryKeyView->setKey(std::move(created->key.recoveryKey), m_dir, m_workspace->id(),
                              m_workspace->sidecar().cipherPageSize, m_clock);
    // The workspace exists now: finishing is the only way out, so the
    // recovery key cannot be skipped by accident.
    setOption(QWizard::NoCancelButton, true);
    return true;
}

void FirstRunWizard::reject() {
    if (m_workspace)
        return; // see createWorkspace(): Escape and the close button do nothing now
    QWizard::reject();
}

std::unique_ptr<Workspace> FirstRunWizard::takeWorkspace() {
    return std::move(m_workspace);
}

SecureBytes FirstRunWizard::takeKeyToRemember() {
    SecureBytes key = std::move(m_dataKey);
    if (!m_canRemember || !m_rememberCheckBox->isChecked())
        key.clear();
    return key;
}

} // namespace md
