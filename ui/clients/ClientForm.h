#pragma once

#include "domain/Client.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;

namespace md {

class DocumentLanguageComboBox;

namespace Ui {
class ClientForm;
}

// The detail and edit form of one client. A pure view: it loads a Client,
// validates live with ClientValidator (the message appears under the field as
// the user types; Save stays disabled while anything is invalid) and asks the
// page to save, archive or delete. Save, Revert and Delete are buttons; the
// rarer archive, export and erase are in the More menu beside them, each
// with its Alt+letter shortcut.
class ClientForm final : public QWidget {
    Q_OBJECT
public:
    explicit ClientForm(QWidget* parent = nullptr);
    ~ClientForm() override;

    // Shows `client` as stored; the form is clean afterwards.
    void setClient(const Client& client);
    // Records that the shown client was archived or unarchived, keeping any
    // unsaved edits.
    void setLoadedArchived(bool archived);
    // An empty form for a new client.
    void startNew();
    // Forgets everything shown, including undo history (used when locking).
    void clearForm();

    // The loaded client with the edited fields applied.
    Client client() const;
    qint64 clientId() const { return m_loaded.id; }
    bool isNew() const { return m_loaded.id == 0; }
    bool isDirty() const;
    bool isValid() const;

    // Shows an error from saving (e.g. the database refused) below the form.
    void showSaveError(const QString& message);
    void focusFirstField();
    // The language a client without one of their own gets: the mentor's
    // (shown in the first entry of "Documents in").
    void setMentorLanguage(const QString& language);

Q_SIGNALS:
    void saveRequested();
    void archiveRequested(bool archive);
    void deleteRequested();
    void eraseRequested();
    void exportRequested();
    void dirtyChanged(bool dirty);

private:
    void setUpMoreMenu();
    // The menu's actions answer to the Alt+letter of their texts.
    void updateMnemonicShortcuts();
    void loadFields(const Client& client);
    void onEdited(const QString& field);
    void refresh();
    void updateHeader();
    QLabel* errorLabelFor(const QString& field) const;

    std::unique_ptr<Ui::ClientForm> m_ui;
    // The language of the client's documents, below the time zone (added in
    // code, the form's .ui file is laid out elsewhere).
    DocumentLanguageComboBox* m_documentLanguage = nullptr;
    Client m_loaded;
    QSet<QString> m_touched; // fields the user has edited since loading
    bool m_loading = false;
    bool m_lastDirty = false;
    QString m_saveError;
};

} // namespace md
