#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace md {

// One record of a text file being imported, with where it came from.
struct ImportRecord {
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

// A file read for import, before any field means anything.
struct ImportTable {
    QStringList headers;
    int headerLine = 0;
    QList<ImportRecord> records;
    QChar delimiter = QLatin1Char(',');
    int skippedLines = 0; // lines before the header (LinkedIn's preamble)
};

// What is wrong with one place of an imported file.
struct ImportProblem {
    int line = 0;
    QString column; // the header, or a field number; empty for the whole line
    QString reason;

    QString describe() const;
};

// RFC 4180 CSV as contact tools write it: UTF-8 with or without a byte order
// mark, comma or semicolon (detected from the header), quoted fields with
// doubled quotes and line breaks, CRLF or LF. Anything else is reported with
// its line and column, never guessed at. Bounded: no file, line or field can
// make it run long or use much memory.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(md::CsvReader)
public:
    static constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxFieldBytes = 1024 * 1024;
    static constexpr int kMaxFields = 500;
    static constexpr int kMaxRecords = 200000;

    // `isHeader` picks the header among the first lines (preambles such as
    // LinkedIn's "Notes:" come before it); without one the first line is it.
    // On failure the error sums up and `problems` lists every place.
    static Result<ImportTable> read(const QByteArray& bytes,
                                    const std::function<bool(const QStringList&)>& isHeader = {},
                                    QList<ImportProblem>* problems = nullptr);
};

// Strips a UTF-8 byte order mark and checks the rest is UTF-8; the problem
// names the line of the first invalid byte.
Result<QString> decodeUtf8(const QByteArray& bytes, const QString& what);

} // namespace md
