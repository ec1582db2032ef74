#include "calendar/CalendarPage.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "calendar/AgendaView.h"
#include "calendar/CalendarFileActions.h"
#include "calendar/CalendarSyncStatusWidget.h"
#include "calendar/MonthView.h"
#include "calendar/SessionEditFlow.h"
#include "calendar/SessionEditorDialog.h"
#include "calendar/UpcomingSessionsWidget.h"
#include "calendar/WeekView.h"
#include "common/ChangeNotifier.h"
#include "scheduling/ReminderScheduler.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/TimeFormat.h"
#include "scheduling/TimeRounding.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

CalendarPage::CalendarPage(QWidget* parent)
    : AreaPage(parent) {
    setObjectName(QStringLiteral("calendarPage"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setObjectName(QStringLiteral("todayButton"));
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    QFont heading = m_rangeLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_rangeLabel->setFont(heading);
    bar->addWidget(todayButton);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_rangeLabel, 1);

    m_viewButtons = new QButtonGroup(this);
    const struct {
        View view;
        const char* name;
        QString text;
    } views[] = {{View::Week, "weekViewButton", tr("&Week")},
                 {View::Month, "monthViewButton", tr("&Month")},
                 {View::Agenda, "agendaViewButton", tr("&Agenda")}};
    for (const auto& v : views) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(v.name));
        button->setText(v.text);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_viewButtons->addButton(button, int(v.view));
        bar->addWidget(button);
    }
    m_viewButtons->button(int(View::Week))->setChecked(true);
    bar->addSpacing(8);

    auto* newButton = new QPushButton(tr("&New Session"), this);
    newButton->setObjectName(QStringLiteral("newSessionButton"));
    newButton->setIcon(ui::actionIcon("appointment-new", "new-session"));
    bar->addWidget(newButton);
    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("calendarMenuButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    menu->addAction(tr("Import busy times (.ics)…"), this, &CalendarPage::importBusyTimes);
    menu->addAction(tr("Export sessions (.ics)…"), this, &CalendarPage::exportCalendar);
    menu->addAction(tr("Keep an .ics file up to date…"), this, &CalendarPage::chooseAutoExport);
    menu->addSeparator();
    menu->addAction(tr("Engagement progress report…"), this, &CalendarPage::exportProgressReport);
    menu->addAction(tr("Availability…"), this, [this] {
        if (m_workspace)
            CalendarFileActions::editAvailability(this, *m_workspace);
    });
    more->setMenu(menu);
    bar->addWidget(more);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_week = new WeekView(m_stack);
    m_month = new MonthView(m_stack);
    m_agenda = new AgendaView(m_stack);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_agenda);
    layout->addWidget(m_stack, 1);
    m_syncStatus = new CalendarSyncStatusWidget(this);
    layout->addWidget(m_syncStatus);
    connect(m_syncStatus, &CalendarSyncStatusWidget::connectRequested, this,
            &CalendarPage::calendarAccountRequested);
    connect(m_syncStatus, &CalendarSyncStatusWidget::syncRequested, this,
            &CalendarPage::calendarSyncRequested);

    for (CalendarView* view :
         {static_cast<CalendarView*>(m_week), static_cast<CalendarView*>(m_month),
          static_cast<CalendarView*>(m_agenda)}) {
        connect(view, &CalendarView::createRequested, this, &CalendarPage::createAt);
        connect(view, &CalendarView::openRequested, this, &CalendarPage::openSession);
        connect(view, &CalendarView::moveRequested, this, &CalendarPage::moveSession);
    }
    connect(todayButton, &QPushButton::clicked, this, &CalendarPage::goToday);
    connect(previous, &QToolButton::clicked, this, &CalendarPage::goPrevious);
    connect(next, &QToolButton::clicked, this, &CalendarPage::goNext);
    connect(newButton, &QPushButton::clicked, this, &CalendarPage::newSession);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { showView(View(id)); });

    // Reminders and "now" move with time even when nothing changes.
    m_load = new LoadOnShow(this, [this] { reload(); });
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(5 * 60 * 1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        reloadReminders();
        if (m_workspace)
            m_week->setNowUtc(m_workspace->clock().nowUtc());
    });
    setEnabled(false);
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setWorkspace(Workspace* workspace) {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    delete m_reminders;
    m_reminders = nullptr;
    m_load->cancel();
    m_refreshTimer->stop();
    // Close open editors: they hold the old workspace.
    for (SessionEditorDialog* editor : findChildren<SessionEditorDialog*>())
        editor->deleteLater();
    m_workspace = workspace;
    m_scheduling = workspace ? &workspace->scheduling() : nullptr;
    m_shownSessions.clear();
    m_watchedSessions.clear();
    m_engagementLabels.reset();
    m_syncStatus->setWorkspace(workspace);
    delete m_editFlow;
    m_editFlow = nullptr;
    if (m_scheduling) {
        m_editFlow = new SessionEditFlow(*m_scheduling, this);
        connect(m_editFlow, &SessionEditFlow::reported, this, &CalendarPage::report);
        connect(m_editFlow, &SessionEditFlow::cancelled, this, &CalendarPage::reload);
    }
    for (const QPointer<UpcomingSessionsWidget>& widget : std::as_const(m_attached)) {
        if (widget)
            widget->setWorkspace(workspace);
    }
    setEnabled(workspace != nullptr);
    if (!workspace) {
        for (CalendarView* view :
             {static_cast<CalendarView*>(m_week), static_cast<CalendarView*>(m_month)})
            view->setItems({});
        m_agenda->setSessions({}, {}, {});
        if (m_tray)
            m_tray->hide();
        Q_EMIT summaryChanged(QString());
        return;
    }
    m_connections << connect(&workspace->changes(), &ChangeNotifier::changed, this,
                             &CalendarPage::follow);

    m_reminders = new ReminderScheduler(workspace->clock(), this);
    loadReminderLead();
    connect(m_reminders, &ReminderScheduler::reminderDue, this, &CalendarPage::showReminder);
    const Result<Availability> availability = m_scheduling->availability();
    m_availability = availability ? *availability : Availability::standardWeek();
    m_anchor = today();
    m_load->request(); // the view reads when the page is shown
    reloadReminders();
    m_reminders->start();
    m_refreshTimer->start();
}

void CalendarPage::attach(UpcomingSessionsWidget* widget) {
    m_attached.append(widget);
    widget->setWorkspace(m_workspace);
}

QDate CalendarPage::today() const {
    // Without a workspace there is no clock: the page is disabled then.
    if (!m_workspace)
        return m_anchor;
    return m_workspace->clock().nowUtc().toTimeZone(m_availability.zone).date();
}

void CalendarPage::loadReminderLead() {
    if (!m_workspace || !m_reminders)
        return;
    const Result<PracticeRules> rules = m_workspace->settings().practiceRules();
    const int lead = rules ? rules->reminderMinutes : PracticeRules().reminderMinutes;
    if (lead == m_reminders->leadMinutes())
        return;
    m_reminders->setLeadMinutes(lead);
    reloadReminders(); // the window it watches follows the lead time
}

bool CalendarPage::concernsSessions(const ChangeSet& changes, const QDateTime& fromUtc,
                                    const QDateTime& toUtc, const QSet<qint64>& shown) const {
    const QSet<qint64> ids = changes.ids(RecordKind::Session);
    if (ids.isEmpty())
        return false;
    if (ids.intersects(shown))
        return true;
    // Added or moved into the range: one query for the sessions named.
    SessionFilter filter;
    filter.ids = ids;
    filter.fromUtc = fromUtc;
    filter.toUtc = toUtc;
    const Result<QList<Session>> found = m_scheduling->sessions(filter);
    return !found || !found->isEmpty(); // a failed read must not leave stale data
}

void CalendarPage::follow(const ChangeSet& changes) {
    if (!m_scheduling)
        return;
    if (changes.external() || changes.touchesAny({RecordKind::Client, RecordKind::Engagement}))
        m_engagementLabels.reset();
    if (changes.external()) {
        loadReminderLead();
        m_load->request();
        reloadReminders();
        return;
    }
    if (changes.touches(RecordKind::PracticeSettings))
        loadReminderLead();
    CalendarView* view = currentCalendarView();
    // Names of clients and engagements are shown on every item. Hidden, the
    // page does not read to find out whether a session concerns its range:
    // it reads its range again when shown.
    if (changes.touchesAny({RecordKind::Availability, RecordKind::BusyTime, RecordKind::Client,
                            RecordKind::Engagement}) ||
        (!isVisible() && changes.touches(RecordKind::Session)) ||
        (isVisible() &&
         concernsSessions(changes, view->rangeStartUtc(), view->rangeEndUtc(), m_shownSessions)))
        m_load->request();
    const SessionFilter watched = m_reminders->watchFilter(m_workspace->clock().nowUtc());
    if (changes.touches(RecordKind::Engagement) ||
        concernsSessions(changes, watched.fromUtc, watched.toUtc, m_watchedSessions))
        reloadReminders();
}

CalendarView* CalendarPage::currentCalendarView() const {
    return qobject_cast<CalendarView*>(m_stack->currentWidget());
}

void CalendarPage::showView(View view) {
    m_view = view;
    m_stack->setCurrentIndex(int(view));
    m_viewButtons->button(int(view))->setChecked(true);
    reload();
}

void CalendarPage::setAnchor(const QDate& day) {
    m_anchor = day;
    reload();
}

void CalendarPage::goToday() {
    setAnchor(today());
}

void CalendarPage::goPrevious() {
    setAnchor(m_view == View::Month ? m_anchor.addMonths(-1) : m_anchor.addDays(-7));
}

void CalendarPage::goNext() {
    setAnchor(m_view == View::Month ? m_anchor.addMonths(1) : m_anchor.addDays(7));
}

void CalendarPage::reload() {
    if (!m_scheduling)
        return;
    const Result<Availability> availability = m_scheduling->availability();
    m_availability = availability ? *availability : Availability::standardWeek();
    CalendarView* view = currentCalendarView();
    view->setAvailability(m_availability);
    view->setToday(today());
    view->setNowUtc(m_workspace->clock().nowUtc());
    view->setAnchor(m_anchor);
    if (view == m_agenda) {
        SessionFilter filter;
        filter.fromUtc = view->rangeStartUtc();
        filter.toUtc = view->rangeEndUtc();
        const auto sessions = m_scheduling->sessions(filter);
        const auto infos = m_scheduling->engagementInfos();
        QHash<qint64, QString> labels;
        QHash<qint64, QString> zones;
        if (infos) {
            for (auto it = infos->cbegin(); it != infos->cend(); ++it) {
                labels.insert(it.key(), it.value().clientName);
                zones.insert(it.key(), it.value().clientTimeZone);
            }
        }
        m_shownSessions.clear();
        if (sessions) {
            for (const Session& session : *sessions)
                m_shownSessions.insert(session.id);
        }
        m_agenda->setSessions(sessions ? *sessions : QList<Session>(), labels, zones);
    } else {
        const QList<CalendarItem> items = CalendarItems::load(
            *m_scheduling, view->rangeStartUtc(), view->rangeEndUtc(), engagementLabels());
        m_shownSessions.clear();
        for (const CalendarItem& item : items) {
            if (!item.isBusyTime())
                m_shownSessions.insert(item.sessionId);
        }
        view->setItems(items);
    }
    updateRangeLabel();
    Q_EMIT reloaded();
}

void CalendarPage::updateRangeLabel() {
    const QLocale locale;
    if (m_view == View::Month) {
        m_rangeLabel->setText(locale.toString(m_anchor, QStringLiteral("MMMM yyyy")));
        return;
    }
    const QDate first = m_view == View::Week ? m_week->firstDay() : m_anchor;
    const QDate last = first.addDays(m_view == View::Week ? 6 : 27);
    m_rangeLabel->setText(tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                            locale.toString(last, QStringLiteral("d MMM yyyy"))));
}

void CalendarPage::reloadReminders() {
    if (!m_scheduling || !m_reminders)
        return;
    // The next hours only (ReminderScheduler::watchFilter): a few rows.
    const auto sessions =
        m_scheduling->sessions(m_reminders->watchFilter(m_workspace->clock().nowUtc()));
    m_watchedSessions.clear();
    if (sessions) {
        for (const Session& session : *sessions)
            m_watchedSessions.insert(session.id);
    }
    m_reminders->setSessions(sessions ? *sessions : QList<Session>());
}

const QHash<qint64, QString>& CalendarPage::engagementLabels() {
    if (!m_engagementLabels && m_scheduling) {
        const Result<QHash<qint64, QString>> labels = m_scheduling->engagementLabels();
        if (labels)
            m_engagementLabels = *labels;
        else
            return m_noLabels; // a failed read is tried again next time
    }
    return m_engagementLabels ? *m_engagementLabels : m_noLabels;
}

void CalendarPage::showReminder(const Session& session) {
    const QString who = m_scheduling ? engagementLabels().value(session.engagementId) : QString();
    const QString text =
        tr("Session with %1 at %2").arg(who, TimeFormat::shortTime(session.start.time()));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("MentorDesk"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Upcoming session"), text, QSystemTrayIcon::Information, 15000);
    }
    Q_EMIT statusMessage(text);
    Q_EMIT reminderShown(text);
}

void CalendarPage::newSession() {
    if (!m_workspace)
        return;
    // The next full hour on the mentor's clock.
    createAt(TimeRounding::nextFullHour(m_workspace->clock().nowUtc(), m_availability.zone), 60);
}

void CalendarPage::createAt(const QDateTime& startUtc, int minutes) {
    if (!m_workspace)
        return;
    auto* editor = new SessionEditorDialog(*m_workspace, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setNewSession(startUtc, minutes);
    connect(editor, &QDialog::finished, this,
            [this, editor](int result) { editorFinished(editor, result); });
    editor->open();
}

void CalendarPage::openSession(qint64 sessionId) {
    if (!m_scheduling)
        return;
    const auto session = m_scheduling->session(sessionId);
    if (!session) {
        report(session.error(), {});
        return;
    }
    std::optional<SessionSeries> series;
    if (session->isSeriesMember()) {
        if (auto found = m_scheduling->series(session->seriesId))
            series = *found;
    }
    auto* editor = new SessionEditorDialog(*m_workspace, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setSession(*session, series);
    connect(editor, &QDialog::finished, this,
            [this, editor](int result) { editorFinished(editor, result); });
    editor->open();
}

void CalendarPage::editorFinished(SessionEditorDialog* editor, int result) {
    if (!m_scheduling || result == QDialog::Rejected)
        return;
    const Session original = editor->original();
    if (result == SessionEditorDialog::Deleted) {
        const QString question = original.isSeriesMember()
                                     ? tr("Skip this date of the series? The other sessions stay.")
                                     : tr("Delete this session with its notes?");
        auto* box = new QMessageBox(QMessageBox::Question, tr("Delete session"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("deleteSessionMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, id = original.id](int answer) {
            if (answer == QMessageBox::Yes)
                report(m_scheduling->removeSession(id), tr("Session removed."));
        });
        box->open();
        return;
    }
    if (editor->isNew()) {
        if (const auto series = editor->newSeries()) {
            QList<Session> created;
            const auto added = m_scheduling->addSeries(*series, &created);
            report(added ? Status() : Status(added.error()),
                   tr("%n session(s) planned.", nullptr, int(created.size())));
        } else {
            const auto added = m_scheduling->addSession(editor->session());
            report(added ? Status() : Status(added.error()), tr("Session planned."));
        }
        return;
    }
    if (m_editFlow)
        m_editFlow->saveEdited(original, editor->session());
}

void CalendarPage::moveSession(qint64 sessionId, const QDateTime& newStartUtc, int minutes) {
    if (m_editFlow)
        m_editFlow->moveSession(sessionId, newStartUtc, minutes);
}

void CalendarPage::report(const Status& status, const QString& success) {
    if (status) {
        if (!success.isEmpty())
            Q_EMIT statusMessage(success);
        return;
    }
    reload();
    QMessageBox::warning(this, tr("Calendar"), status.message());
}

void CalendarPage::importBusyTimes() {
    if (m_workspace)
        CalendarFileActions::importBusyTimes(this, *m_workspace);
}

void CalendarPage::exportCalendar() {
    if (m_workspace)
        CalendarFileActions::exportCalendar(this, *m_workspace);
}

void CalendarPage::chooseAutoExport() {
    if (m_workspace)
        CalendarFileActions::chooseAutoExport(this, *m_workspace);
}

void CalendarPage::exportProgressReport() {
    if (m_workspace)
        CalendarFileActions::exportProgressReport(this, *m_workspace);
}

} // namespace md
