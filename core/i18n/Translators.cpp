#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace md::i18n {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogueName = QStringLiteral("mentordesk");
} // namespace

QStringList installTranslators(QCoreApplication& app, const QLocale& locale) {
    QStringList installed;
    auto* english = new QTranslator(&app);
    if (english->load(kCatalogueName + QStringLiteral("_en"), kCatalogueDir)) {
        QCoreApplication::installTranslator(english);
        installed.prepend(english->filePath());
    } else {
        delete english;
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, kCatalogueName, QStringLiteral("_"), kCatalogueDir) &&
        !installed.contains(own->filePath())) {
        QCoreApplication::installTranslator(own);
        installed.prepend(own->filePath());
    } else {
        delete own;
    }
    auto* qtbase = new QTranslator(&app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    else
        delete qtbase;
    return installed;
}

} // namespace md::i18n
