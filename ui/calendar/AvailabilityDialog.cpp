#include "calendar/AvailabilityDialog.h"

#include "settings/PracticeRules.h"
#include "ui_AvailabilityDialog.h"

#include <QLocale>
#include <QPushButton>

namespace md {

AvailabilityDialog::AvailabilityDialog(const Availability& availability, const QDate& today,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AvailabilityDialog>()) {
    m_ui->setupUi(this);
    m_days = {{m_ui->worksCheckBox1, m_ui->startTimeEdit1, m_ui->endTimeEdit1},
              {m_ui->worksCheckBox2, m_ui->startTimeEdit2, m_ui->endTimeEdit2},
              {m_ui->worksCheckBox3, m_ui->startTimeEdit3, m_ui->endTimeEdit3},
              {m_ui->worksCheckBox4, m_ui->startTimeEdit4, m_ui->endTimeEdit4},
              {m_ui->worksCheckBox5, m_ui->startTimeEdit5, m_ui->endTimeEdit5},
              {m_ui->worksCheckBox6, m_ui->startTimeEdit6, m_ui->endTimeEdit6},
              {m_ui->worksCheckBox7, m_ui->startTimeEdit7, m_ui->endTimeEdit7}};
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const DayRow& row = m_days.at(day - 1);
        row.works->setText(locale.dayName(day));
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
    }

    m_ui->bufferSpinBox->setValue(availability.bufferMinutes);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_ui->mentorTimeZoneComboBox->addItem(QString::fromUtf8(id));
    m_ui->mentorTimeZoneComboBox->setCurrentText(QString::fromUtf8(availability.zone.id()));
    m_ui->reminderSpinBox->setRange(0, PracticeRules::kMaxReminderMinutes);

    QList<QDate> days = availability.daysOff.values();
    std::sort(days.begin(), days.end());
    for (const QDate& day : days)
        insertDayOff(day);
    m_ui->newDayOffDateEdit->setDate(today);
    connect(m_ui->addDayOffButton, &QPushButton::clicked, this, &AvailabilityDialog::addDayOff);
    connect(m_ui->removeDayOffButton, &QPushButton::clicked, this,
            &AvailabilityDialog::removeDayOff);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AvailabilityDialog::~AvailabilityDialog() = default;

void AvailabilityDialog::insertDayOff(const QDate& day) {
    auto* item =
        new QListWidgetItem(QLocale().toString(day, QLocale::LongFormat), m_ui->daysOffListWidget);
    item->setData(Qt::UserRole, day);
}

void AvailabilityDialog::addDayOff() {
    const QDate day = m_ui->newDayOffDateEdit->date();
    QListWidget* list = m_ui->daysOffListWidget;
    int row = 0;
    for (; row < list->count(); ++row) {
        const QDate existing = list->item(row)->data(Qt::UserRole).toDate();
        if (existing == day)
            return;
        if (day < existing)
            break;
    }
    // In date order (the texts are long dates, which do not sort).
    auto* item = new QListWidgetItem(QLocale().toString(day, QLocale::LongFormat));
    item->setData(Qt::UserRole, day);
    list->insertItem(row, item);
}

void AvailabilityDialog::removeDayOff() {
    delete m_ui->daysOffListWidget->currentItem();
}

void AvailabilityDialog::setReminderMinutes(int minutes) {
    m_ui->reminderSpinBox->setValue(minutes);
}

int AvailabilityDialog::reminderMinutes() const {
    return m_ui->reminderSpinBox->value();
}

Availability AvailabilityDialog::availability() const {
    Availability result;
    result.hours.clear();
    for (int i = 0; i < m_days.size(); ++i) {
        const DayRow& row = m_days.at(i);
        if (row.works->isChecked())
            result.hours.insert(i + 1, WorkingHours{row.start->time(), row.end->time()});
    }
    for (int i = 0; i < m_ui->daysOffListWidget->count(); ++i)
        result.daysOff.insert(m_ui->daysOffListWidget->item(i)->data(Qt::UserRole).toDate());
    result.bufferMinutes = m_ui->bufferSpinBox->value();
    const QTimeZone zone(m_ui->mentorTimeZoneComboBox->currentText().trimmed().toUtf8());
    result.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return result;
}

} // namespace md
