#pragma once

// Shared by the pipeline GUI tests (tst_pipelineflow, tst_pipelinemoves, …):
// the real main window on a temporary workspace (whose pipeline always gates
// stage 1 on a signed agreement), a client, a mentor profile, and helpers to
// drive the board and modal dialogs.

#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineBoard.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"

#include <QApplication>
#include <QDialog>
#include <QDropEvent>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace md::test {

// Runs `work` on the next modal dialog of type T as soon as it is shown (the
// code under test blocks in exec() meanwhile). Gives up after a few seconds,
// rejecting whatever is open, so a wrong dialog fails the test instead of
// hanging it.
template <typename T> void whenModal(std::function<void(T*)> work, bool* handled = nullptr) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, work, ticks, handled] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<T*>(modal)) {
            timer->stop();
            timer->deleteLater();
            if (handled)
                *handled = true;
            work(dialog);
        } else if (++*ticks > 250) {
            timer->stop();
            timer->deleteLater();
            if (auto* other = qobject_cast<QDialog*>(modal))
                other->reject();
        }
    });
    timer->start();
}

template <typename T> T* find(const QObject* parent, const char* name) {
    return child<T>(parent, name);
}

struct PipelineFixture {
    QTemporaryDir settingsDir;
    TemporaryWorkspace tw;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};
    PipelineArea* area = nullptr;
    qint64 clientId = 0;
    bool profileSaved = false;

    PipelineFixture() {
        if (!tw.isValid())
            return;
        window.resize(1280, 800);
        window.show();
        window.showWorkspace(&tw.workspace());
        area = window.findChild<PipelineArea*>();
        // The agreement templates fill in the mentor's and client's details.
        MentorProfile profile;
        profile.name = QStringLiteral("Jonas Brandt");
        profile.businessName = QStringLiteral("Brandt Career Mentoring");
        profile.address = QStringLiteral("Lindenstraße 12\n10969 Berlin");
        profile.email = QStringLiteral("jonas@brandt-mentoring.example");
        profileSaved = tw.workspace().settings().saveMentorProfile(profile).ok();
        clientId = addClient(QStringLiteral("Amara Nwosu"));
        window.setCurrentArea(area);
    }
    bool isValid() const { return tw.isValid() && area && clientId > 0 && profileSaved; }
    EngagementService& pipeline() { return tw.workspace().engagements(); }
    AgreementService& agreements() { return tw.workspace().agreements(); }
    PipelineBoard* board() { return area->board(); }
    EngagementPage* page() { return area->engagementPage(); }
    PipelineState stateOf(qint64 id) { return pipeline().engagement(id)->state(); }
    template <typename T> T* find(const char* name) const { return child<T>(&window, name); }

    qint64 addClient(const QString& name) {
        Client client;
        client.fullName = name;
        client.email = QStringLiteral("mentee@example.org");
        client.strengths = QStringLiteral("Calm under pressure\nClear writer");
        client.weaknesses = QStringLiteral("Avoids conflict");
        auto added = tw->clients().add(client);
        return added ? added->id : 0;
    }

    // A confidentiality agreement for the engagement, signed on paper (with a
    // scan), as the Agreements area would record it. Empty on success.
    QString signAgreement(qint64 engagementId) {
        auto draft =
            agreements().createDraft(engagementId, {AgreementKind::Confidentiality, "en", {}, {}});
        if (!draft)
            return draft.message();
        const QByteArray scan = "%PDF-1.4\n% the paper original, signed by hand\n";
        auto signedAgreement =
            agreements().signOnPaper(draft->id, QStringLiteral("signed.pdf"), scan);
        return signedAgreement ? QString() : signedAgreement.message();
    }

    // An engagement for `client` with everything its gates need (signed
    // agreement, notes, a need, a SMART goal with an action), moved `steps`
    // stages forward (at most 4: evaluation). Returns 0 on failure.
    qint64 seedEngagement(qint64 client, const QString& title, int steps, bool overdue = false,
                          qint64* goalIdOut = nullptr) {
        Engagement e;
        e.clientId = client;
        e.title = title;
        e.startDate = QDate(2026, 2, 2);
        e.profileNotes = QStringLiteral("Studied before the first session.");
        auto added = pipeline().addEngagement(e);
        if (!added || !signAgreement(added->id).isEmpty())
            return 0;
        const qint64 id = added->id;
        Need need;
        need.engagementId = id;
        need.description = QStringLiteral("Be heard in senior meetings");
        const qint64 needId = pipeline().addNeed(need)->id;
        SmartGoal goal;
        goal.engagementId = id;
        goal.specific = QStringLiteral("Present the team's roadmap to the leadership group");
        goal.metric = QStringLiteral("Presentations");
        goal.unit = QStringLiteral("talks");
        goal.baseline = 0;
        goal.target = 2;
        goal.attainable = QStringLiteral("Slot offered by the manager");
        goal.needIds = {needId};
        goal.dueDate = QDate(2026, 3, 12);
        const qint64 goalId = pipeline().addGoal(goal)->id;
        if (goalIdOut)
            *goalIdOut = goalId;
        Action action;
        action.goalId = goalId;
        action.description = QStringLiteral("Draft the slides");
        action.dueDate = overdue ? QDate(2026, 2, 25) : QDate(2026, 4, 1);
        if (!pipeline().addAction(action))
            return 0;
        for (int i = 0; i < steps && i < 4; ++i) {
            if (!pipeline().advance(id).ok())
                return 0;
        }
        return id;
    }

    // Clicks the engagement's card on the board.
    bool clickCard(qint64 id) {
        for (PipelineState state : PipelineBoard::columnStates()) {
            BoardColumnView* view = board()->column(state);
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                if (index.data(EngagementBoardModel::IdRole).toLongLong() == id) {
                    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                      view->visualRect(index).center());
                    return board()->selectedEngagementId() == id;
                }
            }
        }
        return false;
    }

    // Drops the engagement's card onto a column, as a drag from another
    // column would.
    static void dropOn(BoardColumnView* column, qint64 id) {
        QMimeData mime;
        mime.setData(QLatin1String(EngagementBoardModel::kMimeType), QByteArray::number(id));
        const QPoint pos = column->viewport()->rect().center();
        QDragEnterEvent enter(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &enter);
        QDropEvent drop(QPointF(pos), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &drop);
    }
};

} // namespace md::test
