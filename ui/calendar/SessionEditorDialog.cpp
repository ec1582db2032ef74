#include "calendar/SessionEditorDialog.h"

#include "UiStyle.h"
#include "calendar/SessionSummaryActions.h"
#include "scheduling/Recurrence.h"
#include "scheduling/Scheduling.h"
#include "scheduling/TimeFormat.h"
#include "scheduling/ZonedTime.h"
#include "storage/AvailabilityRepository.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace md {

namespace {

enum Repeat { NoRepeat, Weekly, Fortnightly, MonthlyDate, MonthlyWeekday, MonthlyLastWeekday };

QPlainTextEdit* textEdit(const QString& name, const QString& placeholder, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

SessionEditorDialog::SessionEditorDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_scheduling(Scheduling::of(workspace)) {
    setObjectName(QStringLiteral("sessionEditorDialog"));
    build();
    loadEngagements();
}

void SessionEditorDialog::build() {
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabWidget"));
    layout->addWidget(m_tabs);

    // Details.
    auto* details = new QWidget(this);
    auto* form = new QFormLayout(details);
    m_engagement = new QComboBox(details);
    m_engagement->setObjectName(QStringLiteral("engagementComboBox"));
    form->addRow(tr("&Engagement:"), m_engagement);

    auto* when = new QHBoxLayout;
    m_date = new QDateEdit(details);
    m_date->setObjectName(QStringLiteral("startDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_time = new QTimeEdit(details);
    m_time->setObjectName(QStringLiteral("startTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QComboBox(details);
    m_zone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setMinimumContentsLength(18);
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_zone, 1);
    auto* startLabel = new QLabel(tr("&Start:"), details);
    startLabel->setBuddy(m_date);
    form->addRow(startLabel, when);

    m_clientTime = new QLabel(details);
    m_clientTime->setObjectName(QStringLiteral("clientTimeLabel"));
    ui::styleAsSecondary(m_clientTime);
    form->addRow(QString(), m_clientTime);

    m_duration = new QSpinBox(details);
    m_duration->setObjectName(QStringLiteral("durationSpinBox"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("&Duration:"), m_duration);

    auto* how = new QHBoxLayout;
    m_format = new QComboBox(details);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (SessionFormat format : allSessionFormats())
        m_format->addItem(sessionFormatLabel(format), int(format));
    m_location = new QLineEdit(details);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_location->setPlaceholderText(tr("Place, video link or phone number"));
    how->addWidget(m_format);
    how->addWidget(m_location, 1);
    auto* formatLabel = new QLabel(tr("&Format:"), details);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, how);

    m_status = new QComboBox(details);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (SessionStatus status : allSessionStatuses())
        m_status->addItem(sessionStatusLabel(status), int(status));
    form->addRow(tr("S&tatus:"), m_status);

    auto* repeat = new QHBoxLayout;
    m_repeat = new QComboBox(details);
    m_repeat->setObjectName(QStringLiteral("repeatComboBox"));
    m_end = new QComboBox(details);
    m_end->setObjectName(QStringLiteral("endComboBox"));
    m_end->addItem(tr("after"));
    m_end->addItem(tr("until"));
    m_count = new QSpinBox(details);
    m_count->setObjectName(QStringLiteral("countSpinBox"));
    m_count->setRange(2, Recurrence::kMaxOccurrences);
    m_count->setValue(8);
    m_count->setSuffix(tr(" sessions"));
    m_until = new QDateEdit(details);
    m_until->setObjectName(QStringLiteral("untilDateEdit"));
    m_until->setCalendarPopup(true);
    repeat->addWidget(m_repeat, 1);
    repeat->addWidget(m_end);
    repeat->addWidget(m_count);
    repeat->addWidget(m_until);
    auto* repeatLabel = new QLabel(tr("&Repeat:"), details);
    repeatLabel->setBuddy(m_repeat);
    m_repeatRow = form->rowCount();
    form->addRow(repeatLabel, repeat);
    m_form = form;
    m_seriesLabel = new QLabel(details);
    m_seriesLabel->setObjectName(QStringLiteral("seriesLabel"));
    m_seriesLabel->setWordWrap(true);
    ui::styleAsSecondary(m_seriesLabel);
    form->addRow(QString(), m_seriesLabel);

    m_conflicts = new QLabel(details);
    m_conflicts->setObjectName(QStringLiteral("conflictLabel"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    ui::styleAsError(m_conflicts);
    form->addRow(QString(), m_conflicts);

    m_agenda = textEdit(QStringLiteral("agendaTextEdit"), tr("What you plan to cover"), details);
    m_agenda->setMinimumHeight(80);
    form->addRow(tr("&Agenda:"), m_agenda);
    m_tabs->addTab(details, tr("Details"));

    // Notes.
    auto* notes = new QWidget(this);
    auto* notesForm = new QFormLayout(notes);
    m_privateNotes =
        textEdit(QStringLiteral("privateNotesTextEdit"),
                 tr("Only for you: never in a summary, export or calendar file"), notes);
    m_shareableNotes = textEdit(QStringLiteral("shareableNotesTextEdit"),
                                tr("Appears in the summary for your mentee"), notes);
    notesForm->addRow(tr("&Private notes:"), m_privateNotes);
    notesForm->addRow(tr("S&hareable notes:"), m_shareableNotes);
    m_tabs->addTab(notes, tr("Notes"));

    // Summary.
    auto* summary = new QWidget(this);
    auto* summaryForm = new QFormLayout(summary);
    m_topics =
        textEdit(QStringLiteral("topicsTextEdit"), tr("One per line; “- ” makes a list"), summary);
    m_goalProgress = textEdit(QStringLiteral("goalProgressTextEdit"), QString(), summary);
    m_agreedActions =
        textEdit(QStringLiteral("agreedActionsTextEdit"), tr("One action per line"), summary);
    m_nextSteps = textEdit(QStringLiteral("nextStepsTextEdit"), QString(), summary);
    summaryForm->addRow(tr("Topics:"), m_topics);
    summaryForm->addRow(tr("Progress on goals:"), m_goalProgress);
    summaryForm->addRow(tr("Agreed actions:"), m_agreedActions);
    m_addActions = new QPushButton(tr("Add to the action plan…"), summary);
    m_addActions->setObjectName(QStringLiteral("addActionsButton"));
    summaryForm->addRow(QString(), m_addActions);
    summaryForm->addRow(tr("Next steps:"), m_nextSteps);
    m_tabs->addTab(summary, tr("Summary"));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_delete = buttons->addButton(tr("Delete…"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_summary = buttons->addButton(tr("Summary"), QDialogButtonBox::ActionRole);
    m_summary->setObjectName(QStringLiteral("summaryButton"));
    auto* summaryMenu = new QMenu(m_summary);
    summaryMenu->addAction(tr("Save as PDF…"), this,
                           [this] { exportSummary(QStringLiteral("pdf")); });
    summaryMenu->addAction(tr("Save as Markdown…"), this,
                           [this] { exportSummary(QStringLiteral("md")); });
    summaryMenu->addAction(tr("Copy as text for an e-mail"), this,
                           [this] { exportSummary(QStringLiteral("copy")); });
    summaryMenu->addAction(tr("Print…"), this, [this] { exportSummary(QStringLiteral("print")); });
    summaryMenu->addSeparator();
    summaryMenu->addAction(tr("Export as calendar file (.ics)…"), this, [this] {
        SessionSummaryActions::exportCalendarFile(this, m_workspace, session());
    });
    m_summary->setMenu(summaryMenu);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionEditorDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] { done(Deleted); });
    connect(m_addActions, &QPushButton::clicked, this, &SessionEditorDialog::addActionsToPlan);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        updateRepeatChoices();
        updateDerived();
    });
    for (auto* spin : {m_duration, m_count})
        connect(spin, &QSpinBox::valueChanged, this, &SessionEditorDialog::updateDerived);
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionEditorDialog::updateDerived);
    connect(m_until, &QDateEdit::dateChanged, this, &SessionEditorDialog::updateDerived);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SessionEditorDialog::updateDerived);
    connect(m_engagement, &QComboBox::currentIndexChanged, this,
            &SessionEditorDialog::updateDerived);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        updateEndWidgets();
        updateDerived();
    });
    connect(m_end, &QComboBox::currentIndexChanged, this, [this] {
        updateEndWidgets();
        updateDerived();
    });
    resize(620, 560);
}

void SessionEditorDialog::loadEngagements() {
    const auto infos = m_scheduling.sessions().engagementInfos();
    if (infos)
        m_engagements = *infos;
    QList<qint64> ids = m_engagements.keys();
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_engagements.value(a).clientName.localeAwareCompare(
                   m_engagements.value(b).clientName) < 0;
    });
    for (qint64 id : ids) {
        const auto& info = m_engagements.value(id);
        m_engagement->addItem(tr("%1 — %2").arg(info.clientName, info.title), id);
    }
}

void SessionEditorDialog::setNewSession(const QDateTime& startUtc, int minutes,
                                        qint64 engagementId) {
    m_loading = true;
    const Result<Availability> availability = m_scheduling.availability().load();
    const QTimeZone zone = availability ? availability->zone : QTimeZone::systemTimeZone();
    m_original = Session();
    m_series.reset();
    const QDateTime local = startUtc.toTimeZone(zone);
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    m_zone->setCurrentText(QString::fromUtf8(zone.id()));
    m_duration->setValue(minutes);
    m_status->setCurrentIndex(m_status->findData(int(SessionStatus::Planned)));
    m_status->setEnabled(false);
    if (int index = m_engagement->findData(engagementId); index >= 0)
        m_engagement->setCurrentIndex(index);
    m_until->setDate(local.date().addMonths(3));
    m_delete->hide();
    m_summary->hide();
    m_addActions->setEnabled(false);
    setWindowTitle(tr("New session"));
    m_loading = false;
    updateRepeatChoices();
    updateEndWidgets();
    updateDerived();
}

void SessionEditorDialog::setSession(const Session& session,
                                     const std::optional<SessionSeries>& series) {
    m_loading = true;
    m_original = session;
    m_series = series;
    m_engagement->setCurrentIndex(m_engagement->findData(session.engagementId));
    m_engagement->setEnabled(false);
    m_date->setDate(session.start.date());
    m_time->setTime(session.start.time());
    m_zone->setCurrentText(session.timeZoneId());
    m_duration->setValue(session.durationMinutes);
    m_format->setCurrentIndex(m_format->findData(int(session.format)));
    m_location->setText(session.location);
    m_status->setCurrentIndex(m_status->findData(int(session.status)));
    m_agenda->setPlainText(session.agenda);
    m_privateNotes->setPlainText(session.privateNotes);
    m_shareableNotes->setPlainText(session.shareableNotes);
    m_topics->setPlainText(session.topics);
    m_goalProgress->setPlainText(session.goalProgress);
    m_agreedActions->setPlainText(session.agreedActions);
    m_nextSteps->setPlainText(session.nextSteps);
    m_repeat->setEnabled(false);
    m_delete->setText(session.isSeriesMember() ? tr("Skip this date…") : tr("Delete…"));
    setWindowTitle(tr("Session with %1").arg(m_engagements.value(session.engagementId).clientName));
    m_loading = false;
    updateRepeatChoices();
    updateEndWidgets();
    updateDerived();
}

QDateTime SessionEditorDialog::startInZone() const {
    const QTimeZone zone = ZonedTime::zoneOrSystem(m_zone->currentText().trimmed());
    return ZonedTime::make(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()),
                           zone);
}

void SessionEditorDialog::updateRepeatChoices() {
    const QDate date = m_date->date();
    const int previous =
        m_repeat->currentData().isValid() ? m_repeat->currentData().toInt() : NoRepeat;
    const QSignalBlocker blocker(m_repeat);
    m_repeat->clear();
    const QLocale locale;
    const QString weekday = locale.dayName(date.dayOfWeek());
    m_repeat->addItem(tr("Does not repeat"), NoRepeat);
    m_repeat->addItem(tr("Every week on %1").arg(weekday), Weekly);
    m_repeat->addItem(tr("Every two weeks on %1").arg(weekday), Fortnightly);
    m_repeat->addItem(tr("Every month on day %1").arg(date.day()), MonthlyDate);
    const QDateTime first = startInZone();
    m_repeat->addItem(
        Recurrence::describe(
            RecurrenceRule::monthlyOnWeekday(Recurrence::weekdayOrdinalOf(date, false)), first),
        MonthlyWeekday);
    if (Recurrence::weekdayOrdinalOf(date, true) == -1)
        m_repeat->addItem(Recurrence::describe(RecurrenceRule::monthlyOnWeekday(-1), first),
                          MonthlyLastWeekday);
    const int index = m_repeat->findData(previous);
    m_repeat->setCurrentIndex(index >= 0 ? index : 0);
}

void SessionEditorDialog::updateEndWidgets() {
    const bool repeats = isNew() && m_repeat->currentData().toInt() != NoRepeat;
    m_end->setVisible(repeats);
    m_count->setVisible(repeats && m_end->currentIndex() == 0);
    m_until->setVisible(repeats && m_end->currentIndex() == 1);
    m_repeat->setVisible(isNew());
    // Existing sessions keep their series; the row would only be empty space.
    m_form->setRowVisible(m_repeatRow, isNew());
}

std::optional<SessionSeries> SessionEditorDialog::newSeries() const {
    if (!isNew())
        return std::nullopt;
    const int repeat = m_repeat->currentData().toInt();
    if (repeat == NoRepeat)
        return std::nullopt;
    const int count = m_end->currentIndex() == 0 ? m_count->value() : 0;
    const QDate until = m_end->currentIndex() == 1 ? m_until->date() : QDate();
    SessionSeries series;
    switch (repeat) {
    case Weekly:
        series.rule = RecurrenceRule::weekly(count, until);
        break;
    case Fortnightly:
        series.rule = RecurrenceRule::fortnightly(count, until);
        break;
    case MonthlyDate:
        series.rule = RecurrenceRule::monthlyOnDate(count, until);
        break;
    case MonthlyWeekday:
        series.rule = RecurrenceRule::monthlyOnWeekday(
            Recurrence::weekdayOrdinalOf(m_date->date(), false), count, until);
        break;
    default:
        series.rule = RecurrenceRule::monthlyOnWeekday(-1, count, until);
        break;
    }
    const Session s = session();
    series.engagementId = s.engagementId;
    series.firstStart = s.start;
    series.durationMinutes = s.durationMinutes;
    series.format = s.format;
    series.location = s.location;
    series.agenda = s.agenda;
    return series;
}

Session SessionEditorDialog::session() const {
    Session s = m_original;
    s.engagementId = m_engagement->currentData().toLongLong();
    s.start = startInZone();
    s.durationMinutes = m_duration->value();
    s.format = SessionFormat(m_format->currentData().toInt());
    s.location = m_location->text().trimmed();
    s.status = SessionStatus(m_status->currentData().toInt());
    s.agenda = m_agenda->toPlainText();
    s.privateNotes = m_privateNotes->toPlainText();
    s.shareableNotes = m_shareableNotes->toPlainText();
    s.topics = m_topics->toPlainText();
    s.goalProgress = m_goalProgress->toPlainText();
    s.agreedActions = m_agreedActions->toPlainText();
    s.nextSteps = m_nextSteps->toPlainText();
    return s;
}

void SessionEditorDialog::updateDerived() {
    if (m_loading)
        return;
    const Session s = session();
    const auto info = m_engagements.value(s.engagementId);
    const QTimeZone clientZone(info.clientTimeZone.toUtf8());
    if (!info.clientTimeZone.isEmpty() && clientZone.isValid() &&
        clientZone.offsetFromUtc(s.startUtc()) != s.start.timeZone().offsetFromUtc(s.startUtc())) {
        const QDateTime theirs = s.start.toTimeZone(clientZone);
        m_clientTime->setText(
            tr("For %1: %2, %3–%4 (%5)")
                .arg(info.clientName, TimeFormat::dayAndMonth(theirs.date()),
                     TimeFormat::shortTime(theirs.time()),
                     TimeFormat::shortTime(s.endUtc().toTimeZone(clientZone).time()),
                     info.clientTimeZone));
        m_clientTime->show();
    } else {
        m_clientTime->hide();
    }

    QString seriesText;
    if (m_series)
        seriesText = tr("Part of a series: %1.")
                         .arg(Recurrence::describe(m_series->rule, m_series->firstStart));
    const std::optional<SessionSeries> planned = newSeries();
    if (planned) {
        const auto occurrences = Recurrence::expand(planned->rule, planned->firstStart);
        if (occurrences && !occurrences->isEmpty())
            seriesText = tr("%n session(s), the last on %1.", nullptr, int(occurrences->size()))
                             .arg(TimeFormat::shortDate(occurrences->last().date));
        else if (!occurrences)
            seriesText = occurrences.message();
    }
    m_seriesLabel->setText(seriesText);
    m_seriesLabel->setVisible(!seriesText.isEmpty());

    m_warnings.clear();
    if (s.status == SessionStatus::Planned) {
        const auto warnings =
            planned ? m_scheduling.conflictsForSeries(*planned)
                    : m_scheduling.conflictsFor({s.id, s.startUtc(), s.durationMinutes});
        if (warnings) {
            for (const ConflictWarning& warning : *warnings)
                m_warnings << warning.message;
        }
    }
    const int shown = 6;
    QStringList lines = m_warnings.mid(0, shown);
    if (m_warnings.size() > shown)
        lines << tr("… and %1 more").arg(m_warnings.size() - shown);
    ui::setErrorText(m_conflicts, lines.isEmpty()
                                      ? QString()
                                      : QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ ")));
    m_save->setEnabled(m_engagement->currentIndex() >= 0);
    m_addActions->setEnabled(!isNew() && !m_agreedActions->toPlainText().trimmed().isEmpty());
}

void SessionEditorDialog::accept() {
    if (m_engagement->currentIndex() < 0) {
        QMessageBox::information(
            this, tr("No engagement"),
            tr("Sessions belong to an engagement. Start one in the pipeline first."));
        return;
    }
    if (const auto series = newSeries()) {
        if (Status valid = Recurrence::validate(series->rule, series->firstStart); !valid) {
            QMessageBox::warning(this, tr("Repeat"), valid.message());
            return;
        }
    }
    QDialog::accept();
}

void SessionEditorDialog::exportSummary(const QString& format) {
    SessionSummaryActions::exportSummary(this, m_scheduling, session(), format);
}

void SessionEditorDialog::addActionsToPlan() {
    SessionSummaryActions::addActionsToPlan(this, m_workspace, session());
}

} // namespace md
