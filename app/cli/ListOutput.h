#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace md {
class Workspace;
}

namespace md::cli {

class CommandContext;

// A list or a check reads its pages once: the app's large page cache
// (SqlCipherDriver::kPageCacheKiB) would only hold pages that are never read
// again and grow the command's memory with the workspace (16 MiB more for a
// year of sessions). SQLite's default size measured no slower for these and
// keeps the memory flat. False, with the reason on standard error, when the
// cache could not be set.
bool useOnePassPageCache(CommandContext& context, Workspace& workspace);

// A JSON array written element by element as the rows of a list are read, so
// that a command's memory does not grow with the workspace. The bytes are
// exactly what QJsonDocument(array).toJson(QJsonDocument::Indented) writes
// for the same elements.
//
// finish() writes the closing bracket; a command calls it only once every
// row was read. When a read fails half-way the array stays open: the output
// is then not valid JSON, so no parser can take the rows before the failure
// for the whole list (the command also prints the error on standard error
// and exits with status 1).
class JsonArrayWriter final {
public:
    explicit JsonArrayWriter(QTextStream& out)
        : m_out(out) {}
    void append(const QJsonObject& element);
    void finish();

private:
    QTextStream& m_out;
    QString m_text; // one element's text, reused
    bool m_started = false;
};

// A table of left-aligned columns (two spaces apart, no trailing blanks)
// written as the rows arrive. The widths come from the header and the first
// kBlockRows rows, so a table of up to that many rows looks exactly as if
// every row had been measured first; after that the rows go out a block at a
// time and a column only ever widens, keeping the memory bounded.
class TableWriter final {
public:
    static constexpr qsizetype kBlockRows = 256;

    TableWriter(QTextStream& out, QStringList header);
    void append(QStringList row);
    // Writes the rows still held back. Without any row nothing is written,
    // not even the header.
    void finish();
    qsizetype rowCount() const { return m_rows; }

private:
    void flush();

    QTextStream& m_out;
    QStringList m_header;
    QList<QStringList> m_block;
    QList<qsizetype> m_widths;
    qsizetype m_rows = 0;
    bool m_headerWritten = false;
};

} // namespace md::cli
