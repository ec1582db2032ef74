#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementContext.h"
#include "agreements/AgreementService.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

namespace md {

class ChangeSet;
class Workspace;

namespace Ui {
class NewAgreementDialog;
}

// Generates a draft agreement for an engagement from a template. The mentor
// picks the client, then one of the client's engagements; a client without
// one gets a small form to start it here (title and start date, through
// the EngagementService). Before generating, the dialog lists in plain words
// the details the draft would print as blank lines, with a button to where
// each is set: the mentor profile opens on top, the client or the engagement
// closes the dialog and goes there (requestedDetail()).
class NewAgreementDialog final : public QDialog {
    Q_OBJECT
public:
    // `engagementId` preselects an engagement (0 = the first).
    NewAgreementDialog(Workspace& workspace, qint64 engagementId = 0, QWidget* parent = nullptr);
    ~NewAgreementDialog() override;

    const Agreement& created() const { return m_created; }
    // After a rejected exec(): where the mentor asked to go to set a missing
    // detail (DetailPlace::Client or Engagement) and the record's id; an id
    // of 0 when they only cancelled.
    DetailPlace requestedPlace() const { return m_requestedPlace; }
    qint64 requestedId() const { return m_requestedId; }
    void accept() override;

private:
    void fillClients(qint64 clientId);
    void fillEngagements(qint64 engagementId);
    void startEngagement();
    void updateMissing();
    void updateButtons();
    void goTo(DetailPlace place);
    void applyChanges(const ChangeSet& changes);
    qint64 currentClientId() const;
    qint64 currentEngagementId() const;
    AgreementCreateOptions options() const;

    std::unique_ptr<Ui::NewAgreementDialog> m_ui;
    QPointer<Workspace> m_workspace;
    QList<AgreementEngagementChoice> m_choices;
    QList<MissingDetail> m_missing;
    Agreement m_created;
    DetailPlace m_requestedPlace = DetailPlace::ByHand;
    qint64 m_requestedId = 0;
    QPushButton* m_generate = nullptr;
};

} // namespace md
