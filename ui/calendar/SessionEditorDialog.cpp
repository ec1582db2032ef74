#include "calendar/SessionEditorDialog.h"

#include "UiStyle.h"
#include "calendar/SessionSummaryActions.h"
#include "scheduling/Recurrence.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/TimeFormat.h"
#include "scheduling/ZonedTime.h"
#include "settings/SettingsService.h"
#include "ui_SessionEditorDialog.h"
#include "workspace/Workspace.h"

#include <QDateTimeEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace md {

SessionEditorDialog::SessionEditorDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_scheduling(workspace.scheduling())
    , m_ui(std::make_unique<Ui::SessionEditorDialog>()) {
    m_ui->setupUi(this);
    build();
    loadEngagements();
}

SessionEditorDialog::~SessionEditorDialog() = default;

void SessionEditorDialog::build() {
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneComboBox->addItem(QString::fromUtf8(id));
    ui::styleAsSecondary(m_ui->clientTimeLabel);
    for (SessionFormat format : allSessionFormats())
        m_ui->formatComboBox->addItem(sessionFormatLabel(format), int(format));
    for (SessionStatus status : allSessionStatuses())
        m_ui->statusComboBox->addItem(sessionStatusLabel(status), int(status));
    m_ui->countSpinBox->setRange(2, Recurrence::kMaxOccurrences);
    ui::styleAsSecondary(m_ui->seriesLabel);
    ui::styleAsError(m_ui->conflictLabel);
    if (const auto business = m_workspace.settings().businessSettings())
        m_policy = CancellationPolicy::of(*business);
    QDateTimeEdit* cancelled = m_ui->cancelledDateTimeEdit;
    // The minimum stands for a cancellation whose time was never recorded.
    cancelled->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    cancelled->setSpecialValueText(tr("time not recorded"));
    cancelled->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    ui::styleAsSecondary(m_ui->cancellationNoticeLabel);

    QDialogButtonBox* buttons = m_ui->buttonBox;
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
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

    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionEditorDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] { done(Deleted); });
    connect(m_ui->addActionsButton, &QPushButton::clicked, this,
            &SessionEditorDialog::addActionsToPlan);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, [this] {
        updateRepeatChoices();
        updateDerived();
    });
    for (auto* spin : {m_ui->durationSpinBox, m_ui->countSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &SessionEditorDialog::updateDerived);
    connect(m_ui->startTimeEdit, &QTimeEdit::timeChanged, this,
            &SessionEditorDialog::updateDerived);
    connect(m_ui->untilDateEdit, &QDateEdit::dateChanged, this,
            &SessionEditorDialog::updateDerived);
    connect(m_ui->timeZoneComboBox, &QComboBox::currentTextChanged, this,
            &SessionEditorDialog::updateDerived);
    connect(m_ui->engagementComboBox, &QComboBox::currentIndexChanged, this, [this] {
        applyEngagementFormat();
        updateDerived();
    });
    connect(m_ui->formatComboBox, &QComboBox::activated, this, [this] { m_formatChosen = true; });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            &SessionEditorDialog::statusChanged);
    connect(cancelled, &QDateTimeEdit::dateTimeChanged, this,
            &SessionEditorDialog::updateCancellation);
    connect(m_ui->repeatComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateEndWidgets();
        updateDerived();
    });
    connect(m_ui->endComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateEndWidgets();
        updateDerived();
    });
}

void SessionEditorDialog::loadEngagements() {
    const auto infos = m_scheduling.engagementInfos();
    if (infos)
        m_engagements = *infos;
    QList<qint64> ids = m_engagements.keys();
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_engagements.value(a).clientName.localeAwareCompare(
                   m_engagements.value(b).clientName) < 0;
    });
    for (qint64 id : ids) {
        const auto& info = m_engagements.value(id);
        m_ui->engagementComboBox->addItem(tr("%1 — %2").arg(info.clientName, info.title), id);
    }
}

void SessionEditorDialog::setNewSession(const QDateTime& startUtc, int minutes,
                                        qint64 engagementId) {
    m_loading = true;
    const Result<Availability> availability = m_scheduling.availability();
    const QTimeZone zone = availability ? availability->zone : QTimeZone::systemTimeZone();
    m_original = Session();
    m_series.reset();
    const QDateTime local = startUtc.toTimeZone(zone);
    m_ui->startDateEdit->setDate(local.date());
    m_ui->startTimeEdit->setTime(local.time());
    m_ui->timeZoneComboBox->setCurrentText(QString::fromUtf8(zone.id()));
    m_ui->durationSpinBox->setValue(minutes);
    m_ui->statusComboBox->setCurrentIndex(
        m_ui->statusComboBox->findData(int(SessionStatus::Planned)));
    m_ui->statusComboBox->setEnabled(false);
    m_cancelledTimeShown = false;
    if (int index = m_ui->engagementComboBox->findData(engagementId); index >= 0)
        m_ui->engagementComboBox->setCurrentIndex(index);
    m_ui->untilDateEdit->setDate(local.date().addMonths(3));
    m_newSession = true;
    m_formatChosen = false;
    applyEngagementFormat();
    m_delete->hide();
    m_summary->hide();
    m_ui->addActionsButton->setEnabled(false);
    setWindowTitle(tr("New session"));
    m_loading = false;
    updateRepeatChoices();
    updateEndWidgets();
    updateCancellation();
    updateDerived();
}

void SessionEditorDialog::applyEngagementFormat() {
    if (!m_newSession || m_formatChosen)
        return;
    const qint64 id = m_ui->engagementComboBox->currentData().toLongLong();
    if (const std::optional<SessionFormat> format = m_engagements.value(id).sessionFormat)
        m_ui->formatComboBox->setCurrentIndex(m_ui->formatComboBox->findData(int(*format)));
}

void SessionEditorDialog::setSession(const Session& session,
                                     const std::optional<SessionSeries>& series) {
    m_loading = true;
    m_newSession = false;
    m_original = session;
    m_series = series;
    m_ui->engagementComboBox->setCurrentIndex(
        m_ui->engagementComboBox->findData(session.engagementId));
    m_ui->engagementComboBox->setEnabled(false);
    m_ui->startDateEdit->setDate(session.start.date());
    m_ui->startTimeEdit->setTime(session.start.time());
    m_ui->timeZoneComboBox->setCurrentText(session.timeZoneId());
    m_ui->durationSpinBox->setValue(session.durationMinutes);
    m_ui->formatComboBox->setCurrentIndex(m_ui->formatComboBox->findData(int(session.format)));
    m_ui->locationLineEdit->setText(session.location);
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(session.status)));
    m_cancelledTimeShown = session.isCancelled();
    if (session.cancelledUtc.isValid()) {
        const QDateTime local = session.cancelledUtc.toTimeZone(session.start.timeZone());
        m_ui->cancelledDateTimeEdit->setDateTime(QDateTime(local.date(), local.time()));
    } else {
        m_ui->cancelledDateTimeEdit->setDateTime(m_ui->cancelledDateTimeEdit->minimumDateTime());
    }
    m_ui->agendaTextEdit->setPlainText(session.agenda);
    m_ui->privateNotesTextEdit->setPlainText(session.privateNotes);
    m_ui->shareableNotesTextEdit->setPlainText(session.shareableNotes);
    m_ui->topicsTextEdit->setPlainText(session.topics);
    m_ui->goalProgressTextEdit->setPlainText(session.goalProgress);
    m_ui->agreedActionsTextEdit->setPlainText(session.agreedActions);
    m_ui->nextStepsTextEdit->setPlainText(session.nextSteps);
    m_ui->repeatComboBox->setEnabled(false);
    m_delete->setText(session.isSeriesMember() ? tr("Skip this date…") : tr("Delete…"));
    setWindowTitle(tr("Session with %1").arg(m_engagements.value(session.engagementId).clientName));
    m_loading = false;
    updateRepeatChoices();
    updateEndWidgets();
    updateCancellation();
    updateDerived();
}

void SessionEditorDialog::statusChanged() {
    const auto status = SessionStatus(m_ui->statusComboBox->currentData().toInt());
    if (!m_loading && isCancelledStatus(status) && !m_cancelledTimeShown) {
        // Cancelled in this dialog: now, unless the mentor says when it came.
        const QDateTime now = m_workspace.clock().nowUtc().toTimeZone(startInZone().timeZone());
        m_ui->cancelledDateTimeEdit->setDateTime(
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    }
    m_cancelledTimeShown = isCancelledStatus(status);
    updateCancellation();
    updateDerived();
}

QDateTime SessionEditorDialog::cancelledUtc(const Session& edited) const {
    if (!edited.isCancelled())
        return {};
    const QDateTime shown = m_ui->cancelledDateTimeEdit->dateTime();
    if (shown == m_ui->cancelledDateTimeEdit->minimumDateTime())
        return m_original.isCancelled() ? m_original.cancelledUtc : QDateTime();
    return ZonedTime::make(shown.date(), QTime(shown.time().hour(), shown.time().minute()),
                           edited.start.timeZone())
        .toUTC();
}

void SessionEditorDialog::updateCancellation() {
    const Session s = session();
    const bool cancelled = s.isCancelled();
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->cancelledLabel),
                            static_cast<QWidget*>(m_ui->cancelledDateTimeEdit),
                            static_cast<QWidget*>(m_ui->cancellationNoticeLabel)})
        widget->setVisible(cancelled);
    if (!cancelled)
        return;
    const QDateTime now = m_workspace.clock().nowUtc().toTimeZone(s.start.timeZone());
    m_ui->cancelledDateTimeEdit->setMaximumDateTime(QDateTime(now.date(), now.time()));
    const int hours = m_policy.noticeHours;
    QString text;
    if (s.status == SessionStatus::CancelledByMentor)
        text = tr("Cancelled by you: never billed.");
    else if (!s.cancelledUtc.isValid())
        text = tr("When the client cancelled was not recorded, so it is not billed.");
    else if (!m_policy.isLate(s.startUtc(), s.cancelledUtc))
        text = tr("Cancelled in time (at least %n hour(s) before the start): not billed.", nullptr,
                  hours);
    else if (m_policy.lateCancellationChargeable)
        text = tr("Cancelled late (less than %n hour(s) before the start): billed, as your "
                  "cancellation policy says.",
                  nullptr, hours);
    else
        text = tr("Cancelled late (less than %n hour(s) before the start); your cancellation "
                  "policy does not bill late cancellations.",
                  nullptr, hours);
    m_ui->cancellationNoticeLabel->setText(text);
}

QDateTime SessionEditorDialog::startInZone() const {
    const QTimeZone zone = ZonedTime::zoneOrSystem(m_ui->timeZoneComboBox->currentText().trimmed());
    return ZonedTime::make(
        m_ui->startDateEdit->date(),
        QTime(m_ui->startTimeEdit->time().hour(), m_ui->startTimeEdit->time().minute()), zone);
}

QString SessionEditorDialog::repeatText(RepeatChoice choice) const {
    const QDate date = m_ui->startDateEdit->date();
    const QString weekday = QLocale().dayName(date.dayOfWeek());
    switch (choice) {
    case RepeatChoice::None:
        return tr("Does not repeat");
    case RepeatChoice::Weekly:
        return tr("Every week on %1").arg(weekday);
    case RepeatChoice::Fortnightly:
        return tr("Every two weeks on %1").arg(weekday);
    case RepeatChoice::MonthlyOnDate:
        return tr("Every month on day %1").arg(date.day());
    case RepeatChoice::MonthlyOnWeekday:
    case RepeatChoice::MonthlyOnLastWeekday:
        break;
    }
    // "Every month on the third Tuesday": the rule says it best.
    const std::optional<RecurrenceRule> rule = RepeatChoices::rule(choice, date, 0, {});
    return rule ? Recurrence::describe(*rule, startInZone()) : QString();
}

void SessionEditorDialog::updateRepeatChoices() {
    QComboBox* repeat = m_ui->repeatComboBox;
    const int previous =
        repeat->currentData().isValid() ? repeat->currentData().toInt() : int(RepeatChoice::None);
    const QSignalBlocker blocker(repeat);
    repeat->clear();
    for (RepeatChoice choice : RepeatChoices::available(m_ui->startDateEdit->date()))
        repeat->addItem(repeatText(choice), int(choice));
    const int index = repeat->findData(previous);
    repeat->setCurrentIndex(index >= 0 ? index : 0);
}

void SessionEditorDialog::updateEndWidgets() {
    const bool repeats =
        isNew() && RepeatChoice(m_ui->repeatComboBox->currentData().toInt()) != RepeatChoice::None;
    m_ui->endComboBox->setVisible(repeats);
    m_ui->countSpinBox->setVisible(repeats && m_ui->endComboBox->currentIndex() == 0);
    m_ui->untilDateEdit->setVisible(repeats && m_ui->endComboBox->currentIndex() == 1);
    // Existing sessions keep their series; the row would only be empty space.
    m_ui->detailsFormLayout->setRowVisible(m_ui->repeatLabel, isNew());
}

std::optional<SessionSeries> SessionEditorDialog::newSeries() const {
    if (!isNew())
        return std::nullopt;
    const bool byCount = m_ui->endComboBox->currentIndex() == 0;
    const std::optional<RecurrenceRule> rule = RepeatChoices::rule(
        RepeatChoice(m_ui->repeatComboBox->currentData().toInt()), m_ui->startDateEdit->date(),
        byCount ? m_ui->countSpinBox->value() : 0, byCount ? QDate() : m_ui->untilDateEdit->date());
    if (!rule)
        return std::nullopt;
    SessionSeries series;
    series.rule = *rule;
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
    s.engagementId = m_ui->engagementComboBox->currentData().toLongLong();
    s.start = startInZone();
    s.durationMinutes = m_ui->durationSpinBox->value();
    s.format = SessionFormat(m_ui->formatComboBox->currentData().toInt());
    s.location = m_ui->locationLineEdit->text().trimmed();
    s.status = SessionStatus(m_ui->statusComboBox->currentData().toInt());
    s.cancelledUtc = cancelledUtc(s);
    s.agenda = m_ui->agendaTextEdit->toPlainText();
    s.privateNotes = m_ui->privateNotesTextEdit->toPlainText();
    s.shareableNotes = m_ui->shareableNotesTextEdit->toPlainText();
    s.topics = m_ui->topicsTextEdit->toPlainText();
    s.goalProgress = m_ui->goalProgressTextEdit->toPlainText();
    s.agreedActions = m_ui->agreedActionsTextEdit->toPlainText();
    s.nextSteps = m_ui->nextStepsTextEdit->toPlainText();
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
        m_ui->clientTimeLabel->setText(
            tr("For %1: %2, %3–%4 (%5)")
                .arg(info.clientName, TimeFormat::dayAndMonth(theirs.date()),
                     TimeFormat::shortTime(theirs.time()),
                     TimeFormat::shortTime(s.endUtc().toTimeZone(clientZone).time()),
                     info.clientTimeZone));
        m_ui->clientTimeLabel->show();
    } else {
        m_ui->clientTimeLabel->hide();
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
    m_ui->seriesLabel->setText(seriesText);
    m_ui->seriesLabel->setVisible(!seriesText.isEmpty());

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
    ui::setErrorText(m_ui->conflictLabel,
                     lines.isEmpty() ? QString()
                                     : QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ ")));
    m_save->setEnabled(m_ui->engagementComboBox->currentIndex() >= 0);
    m_ui->addActionsButton->setEnabled(
        !isNew() && !m_ui->agreedActionsTextEdit->toPlainText().trimmed().isEmpty());
}

void SessionEditorDialog::accept() {
    if (m_ui->engagementComboBox->currentIndex() < 0) {
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
