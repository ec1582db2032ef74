#include "ics/IcsImporter.h"

#include "storage/BusyTimeRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace md {

Result<IcsImporter::Summary> IcsImporter::importFile(const QString& path,
                                                     BusyTimeRepository& busyTimes,
                                                     const Clock& clock,
                                                     const QTimeZone& mentorZone, int monthsAhead) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("md::IcsImporter", "Could not read %1: %2")
                             .arg(path, file.errorString()));
    return importData(file.readAll(), QFileInfo(path).fileName(), busyTimes, clock, mentorZone,
                      monthsAhead);
}

Result<IcsImporter::Summary> IcsImporter::importData(const QByteArray& data, const QString& source,
                                                     BusyTimeRepository& busyTimes,
                                                     const Clock& clock,
                                                     const QTimeZone& mentorZone, int monthsAhead) {
    IcsReader::Options options;
    const QDateTime now = clock.nowUtc();
    options.fromUtc = now.addMonths(-1);
    options.toUtc = now.addMonths(std::max(1, monthsAhead));
    options.floatingZone = mentorZone;
    Result<IcsReader::Imported> imported = IcsReader::read(data, options);
    if (!imported)
        return imported.error();
    Result<int> stored = busyTimes.replaceSource(source, imported->busyTimes);
    if (!stored)
        return stored.error();
    return Summary{*stored, imported->eventCount, imported->notes, source};
}

} // namespace md
