#include "calendar/AvailabilityDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace md {

AvailabilityDialog::AvailabilityDialog(const Availability& availability, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("availabilityDialog"));
    setWindowTitle(tr("Availability"));
    auto* layout = new QVBoxLayout(this);

    auto* hoursBox = new QGroupBox(tr("Working hours"), this);
    auto* grid = new QGridLayout(hoursBox);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        DayRow row;
        row.works = new QCheckBox(locale.dayName(day), hoursBox);
        row.works->setObjectName(QStringLiteral("worksCheckBox%1").arg(day));
        row.start = new QTimeEdit(hoursBox);
        row.start->setDisplayFormat(QStringLiteral("HH:mm"));
        row.end = new QTimeEdit(hoursBox);
        row.end->setDisplayFormat(QStringLiteral("HH:mm"));
        const bool works = availability.hours.contains(day);
        const WorkingHours hours =
            availability.hours.value(day, WorkingHours{QTime(9, 0), QTime(17, 0)});
        row.works->setChecked(works);
        row.start->setTime(hours.start);
        row.end->setTime(hours.end);
        row.start->setEnabled(works);
        row.end->setEnabled(works);
        connect(row.works, &QCheckBox::toggled, row.start, &QWidget::setEnabled);
        connect(row.works, &QCheckBox::toggled, row.end, &QWidget::setEnabled);
        grid->addWidget(row.works, day - 1, 0);
        grid->addWidget(row.start, day - 1, 1);
        grid->addWidget(row.end, day - 1, 2);
        m_days.append(row);
    }
    layout->addWidget(hoursBox);

    auto* form = new QFormLayout;
    m_buffer = new QSpinBox(this);
    m_buffer->setObjectName(QStringLiteral("bufferSpinBox"));
    m_buffer->setRange(0, 240);
    m_buffer->setSingleStep(5);
    m_buffer->setSuffix(tr(" min"));
    m_buffer->setValue(availability.bufferMinutes);
    form->addRow(tr("Minimum &buffer between sessions:"), m_buffer);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("mentorTimeZoneComboBox"));
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(availability.zone.id()));
    form->addRow(tr("Your &time zone:"), m_zone);
    m_reminder = new QSpinBox(this);
    m_reminder->setObjectName(QStringLiteral("reminderSpinBox"));
    m_reminder->setRange(0, 24 * 60);
    m_reminder->setSingleStep(5);
    //: The spin box reads "Remind me [15] minutes before a session".
    m_reminder->setPrefix(tr("Remind me "));
    m_reminder->setSuffix(tr(" minutes before a session"));
    form->addRow(tr("&Reminder:"), m_reminder);
    layout->addLayout(form);

    auto* offBox = new QGroupBox(tr("Days off"), this);
    auto* offLayout = new QVBoxLayout(offBox);
    m_daysOff = new QListWidget(offBox);
    m_daysOff->setObjectName(QStringLiteral("daysOffListWidget"));
    QList<QDate> days = availability.daysOff.values();
    std::sort(days.begin(), days.end());
    for (const QDate& day : days) {
        auto* item = new QListWidgetItem(locale.toString(day, QLocale::LongFormat), m_daysOff);
        item->setData(Qt::UserRole, day);
    }
    auto* addRow = new QHBoxLayout;
    m_newDayOff = new QDateEdit(QDate::currentDate(), offBox);
    m_newDayOff->setCalendarPopup(true);
    auto* add = new QPushButton(tr("Add"), offBox);
    add->setObjectName(QStringLiteral("addDayOffButton"));
    auto* remove = new QPushButton(tr("Remove"), offBox);
    remove->setObjectName(QStringLiteral("removeDayOffButton"));
    addRow->addWidget(m_newDayOff, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    offLayout->addWidget(m_daysOff);
    offLayout->addLayout(addRow);
    layout->addWidget(offBox);
    connect(add, &QPushButton::clicked, this, &AvailabilityDialog::addDayOff);
    connect(remove, &QPushButton::clicked, this, &AvailabilityDialog::removeDayOff);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AvailabilityDialog::addDayOff() {
    const QDate day = m_newDayOff->date();
    for (int i = 0; i < m_daysOff->count(); ++i) {
        if (m_daysOff->item(i)->data(Qt::UserRole).toDate() == day)
            return;
    }
    auto* item = new QListWidgetItem(QLocale().toString(day, QLocale::LongFormat), m_daysOff);
    item->setData(Qt::UserRole, day);
    m_daysOff->sortItems();
}

void AvailabilityDialog::removeDayOff() {
    delete m_daysOff->currentItem();
}

void AvailabilityDialog::setReminderMinutes(int minutes) {
    m_reminder->setValue(minutes);
}

int AvailabilityDialog::reminderMinutes() const {
    return m_reminder->value();
}

Availability AvailabilityDialog::availability() const {
    Availability result;
    result.hours.clear();
    for (int i = 0; i < m_days.size(); ++i) {
        const DayRow& row = m_days.at(i);
        if (row.works->isChecked())
            result.hours.insert(i + 1, WorkingHours{row.start->time(), row.end->time()});
    }
    for (int i = 0; i < m_daysOff->count(); ++i)
        result.daysOff.insert(m_daysOff->item(i)->data(Qt::UserRole).toDate());
    result.bufferMinutes = m_buffer->value();
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    result.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return result;
}

} // namespace md
