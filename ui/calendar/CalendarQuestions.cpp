#include "calendar/CalendarQuestions.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace md {

void CalendarQuestions::askScope(QWidget* parent, const QString& question,
                                 const QStringList& warnings, std::function<void(EditScope)> apply,
                                 std::function<void()> cancelled) {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Repeating session"), question,
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("seriesScopeMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!warnings.isEmpty())
        box->setInformativeText(tr("Note:\n%1").arg(warnings.join(QLatin1Char('\n'))));
    QPushButton* one = box->addButton(tr("This session"), QMessageBox::AcceptRole);
    one->setObjectName(QStringLiteral("thisOccurrenceButton"));
    QPushButton* following = box->addButton(tr("This and following"), QMessageBox::AcceptRole);
    following->setObjectName(QStringLiteral("followingButton"));
    QPushButton* all = box->addButton(tr("All sessions"), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("wholeSeriesButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelScopeButton"));
    box->setDefaultButton(one);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [=](QAbstractButton* button) {
        if (button == one)
            apply(EditScope::ThisOccurrence);
        else if (button == following)
            apply(EditScope::ThisAndFollowing);
        else if (button == all)
            apply(EditScope::WholeSeries);
        else
            cancelled(); // e.g. put the dragged block back
    });
    box->open();
}

void CalendarQuestions::confirmConflicts(QWidget* parent, const QStringList& warnings,
                                         std::function<void()> apply,
                                         std::function<void()> cancelled) {
    if (warnings.isEmpty()) {
        apply();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Conflict"),
                                tr("Move the session anyway?"), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("conflictMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(warnings.join(QLatin1Char('\n')));
    QPushButton* move = box->addButton(tr("Move anyway"), QMessageBox::AcceptRole);
    move->setObjectName(QStringLiteral("moveAnywayButton"));
    box->addButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [=](QAbstractButton* button) {
        if (button == move)
            apply();
        else
            cancelled();
    });
    box->open();
}

} // namespace md
