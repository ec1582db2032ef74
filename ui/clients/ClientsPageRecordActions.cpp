// ClientsPage: what is done to a whole client record: deleting and erasing it,
// each after a confirmation, and exporting it.

#include "clients/ClientsPage.h"

#include "clients/ClientForm.h"
#include "clients/ClientService.h"
#include "export/ExportFlow.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

#include <functional>

namespace md {

namespace {

// A warning asking to confirm what cannot be undone; Cancel is the default,
// and `confirmed` runs only when the destructive button was chosen.
void askToConfirm(QWidget* parent, const QString& title, const QString& question,
                  const QString& details, const QString& confirmText, const QString& boxName,
                  const QString& confirmName, std::function<void()> confirmed) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(boxName);
    box->setInformativeText(details);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(confirmName);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, confirm, confirmed = std::move(confirmed)] {
                         if (box->clickedButton() == confirm)
                             confirmed();
                     });
    box->open();
}

} // namespace

void ClientsPage::confirmDelete() {
    if (!m_clients || m_form->isNew())
        return;
    const qint64 id = m_form->clientId();
    const QString name = m_form->client().displayName();
    askToConfirm(
        this, tr("Delete Client"), tr("Delete %1 for good?").arg(name),
        tr("The profile and everything recorded about this client are removed from the "
           "workspace. This cannot be undone.\n\nTo keep the record but hide it from the list, "
           "archive the client instead."),
        tr("Delete for Good"), QStringLiteral("deleteConfirmMessageBox"),
        QStringLiteral("confirmDeleteButton"), [this, id, name] {
            if (!m_clients)
                return;
            const Status removed = m_clients->remove(id);
            if (!removed) {
                m_form->showSaveError(removed.message());
                return;
            }
            if (m_form->clientId() == id)
                showPlaceholder();
            Q_EMIT statusMessage(tr("Deleted %1.").arg(name));
        });
}

void ClientsPage::confirmErase() {
    if (!m_clients || m_form->isNew())
        return;
    const qint64 id = m_form->clientId();
    const Result<ErasurePlan> plan = m_clients->erasurePlan(id);
    if (!plan) {
        m_form->showSaveError(plan.message());
        return;
    }
    askToConfirm(
        this, tr("Erase Client"), tr("Erase %1 for good?").arg(plan->clientName),
        plan->describe(false) + QStringLiteral("\n\n") +
            tr("This cannot be undone. To keep everything but hide the client, archive them "
               "instead."),
        tr("Erase for Good"), QStringLiteral("eraseConfirmMessageBox"),
        QStringLiteral("confirmEraseButton"), [this, id] {
            if (!m_clients)
                return;
            const Result<ErasurePlan> erased = m_clients->erase(id);
            if (!erased) {
                m_form->showSaveError(erased.message());
                return;
            }
            if (m_form->clientId() == id)
                showPlaceholder();
            auto* done = new QMessageBox(QMessageBox::Information, tr("Client Erased"),
                                         erased->describe(true), QMessageBox::Ok, this);
            done->setObjectName(QStringLiteral("erasedMessageBox"));
            done->setAttribute(Qt::WA_DeleteOnClose);
            done->open();
            Q_EMIT statusMessage(tr("Erased %1.").arg(erased->anonymousLabel));
        });
}

void ClientsPage::exportClient() {
    if (!m_workspace || m_form->isNew())
        return;
    // What is exported is what is stored: unsaved edits are saved or dropped first.
    runAfterUnsavedCheck([this, id = m_form->clientId()] {
        if (!m_workspace)
            return;
        const Result<Client> client = m_clients->get(id);
        if (!client) {
            m_form->showSaveError(client.message());
            return;
        }
        const QString name = client->displayName();
        const QString folder = ExportFlow::exportClient(this, *m_workspace, id, name);
        if (!folder.isEmpty())
            Q_EMIT statusMessage(tr("Exported %1 (not encrypted) into %2.")
                                     .arg(name, QDir::toNativeSeparators(folder)));
    });
}

} // namespace md
