#include "clients/ClientErasure.h"

#include <QLocale>

namespace md {

QString ErasurePlan::describe(bool done) const {
    QStringList lines;
    lines << (done ? QCoreApplication::translate("md::ErasurePlan",
                                                 "%1 was erased for good: the profile, %n "
                                                 "engagement(s) with their needs, goals, actions "
                                                 "and evaluations,",
                                                 nullptr, engagements)
                   : QCoreApplication::translate("md::ErasurePlan",
                                                 "Erasing %1 removes for good: the profile, %n "
                                                 "engagement(s) with their needs, goals, actions "
                                                 "and evaluations,",
                                                 nullptr, engagements))
                 .arg(clientName);
    lines << QCoreApplication::translate("md::ErasurePlan",
                                         "%n session(s) with their notes, %1, and %2.", nullptr,
                                         sessions)
                 .arg(QCoreApplication::translate("md::ErasurePlan",
                                                  "%n agreement(s) with their signatures and "
                                                  "scans",
                                                  nullptr, agreements),
                      QCoreApplication::translate("md::ErasurePlan", "%n draft invoice(s)", nullptr,
                                                  draftInvoices));
    if (keptInvoices > 0 && keptUntil) {
        lines << QCoreApplication::translate(
                     "md::ErasurePlan",
                     "The law requires keeping %n issued invoice(s) and credit note(s), with "
                     "%1, unchanged until %2. They are shown as \"%3\" from now on.",
                     nullptr, keptInvoices)
                     .arg(QCoreApplication::translate("md::ErasurePlan", "%n payment(s)", nullptr,
                                                      keptPayments),
                          QLocale().toString(*keptUntil, QLocale::LongFormat), anonymousLabel);
    } else {
        lines << QCoreApplication::translate("md::ErasurePlan",
                                             "No invoice has to be kept: nothing of them is left "
                                             "but the anonymous record \"%1\".")
                     .arg(anonymousLabel);
    }
    lines << QCoreApplication::translate("md::ErasurePlan",
                                         "Backups made before the erasure still hold the data "
                                         "until they are replaced.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace md
