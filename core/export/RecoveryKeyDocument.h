#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace md {

// The page a mentor prints to keep the recovery key safe: the key in large
// fixed-pitch groups, which workspace it opens, and how to use it with and
// without MentorDesk. Laid out in the one DocumentLayout, like every other
// document.
class RecoveryKeyDocument final {
    Q_DECLARE_TR_FUNCTIONS(md::RecoveryKeyDocument)
public:
    struct Input {
        QByteArrayView formattedKey; // as RecoveryKey::format makes it
        QString workspaceDir;
        QString workspaceId;
        int cipherPageSize = 4096;
        QDateTime printedAt; // from the Clock
        // The mentor's document language; empty = the interface language.
        QString language;
    };

    // The key as shown and printed: four groups of four digits per line,
    // dashes kept at the line ends so "remove the dashes" is the whole
    // instruction.
    static QString displayForm(QByteArrayView formattedKey);
    static QString title();
    // The same in a document language (DocumentLanguage::codes()).
    static QString title(const QString& language);

    static QString html(const Input& input);
    // Paints on a printer or PDF writer set up with DocumentLayout.
    static Status paint(const Input& input, QPagedPaintDevice& device);
    // The page as PDF bytes in memory, for saving it to a USB stick.
    static Result<QByteArray> pdf(const Input& input);
};

} // namespace md
