#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace md::i18n {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogueName = QStringLiteral("mentordesk");
} // namespace

void installTranslators(QCoreApplication& app, const QLocale& locale) {
    auto* english = new QTranslator(&app);
    QString englishPath;
    if (english->load(kCatalogueName + QStringLiteral("_en"), kCatalogueDir)) {
        QCoreApplication::installTranslator(english);
        englishPath = english->filePath();
    } else {
        delete english;
    }
    auto* own = new QTranslator(&app);
    // An English locale finds the English catalogue again: once is enough.
    if (!own->load(locale, kCatalogueName, QStringLiteral("_"), kCatalogueDir) ||
        own->filePath() == englishPath) {
        // The interface is English, and so are Qt's own buttons and
        // shortcuts: never "Abbrechen" beside "Save" on a German desktop
        // where English was chosen, nor Japanese where we have no catalogue.
        delete own;
        return;
    }
    QCoreApplication::installTranslator(own);
    // Qt's catalogue of the language our catalogue is in (the locale may
    // list several, as LANGUAGE=fr:de does).
    const QLocale spoken = own->language().isEmpty() ? locale : QLocale(own->language());
    auto* qtbase = new QTranslator(&app);
    if (qtbase->load(spoken, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    else
        delete qtbase;
}

} // namespace md::i18n
