#pragma once

#include "common/Result.h"
#include "import/CsvReader.h"
#include "import/ImportedContact.h"

#include <QCoreApplication>
#include <QList>

namespace md {

// vCard 2.1, 3.0 and 4.0 as Thunderbird, Google, Apple Contacts and Outlook
// export them: folded lines, quoted-printable with soft line breaks, several
// EMAIL and TEL (the preferred one first), N, FN, NICKNAME, ORG, TITLE, NOTE,
// CATEGORIES, TZ, escaped text and non-ASCII names. Photos and other binary
// properties are skipped. Malformed cards are reported with their line.
class VCardReader final {
    Q_DECLARE_TR_FUNCTIONS(md::VCardReader)
public:
    static constexpr int kMaxCards = 200000;
    static constexpr qsizetype kMaxValueBytes = 1024 * 1024;

    static Result<QList<ImportedContact>> read(const QByteArray& bytes,
                                               QList<ImportProblem>* problems = nullptr);
};

} // namespace md
