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

// A list or a check reads its pages about once: the app's 16 MiB page cache
// (SqlCipherDriver::kPageCacheKiB) would grow the command's memory with the
// workspace (16 MiB more for a year of sessions) holding pages that are not
// read again. With half of it the SQL step of a year of sessions took the
// same instructions; SQLite's default 2,000 KiB decrypted pages again (the
// whole command 40 % more). False, with the reason on standard error, when
// the cache could not be set.
bool useOnePassPageCache(CommandContext& context, Workspace& workspace);

// The members of one JSON object, kept as they are given: a list row is
// written from them without building a QJsonObject, whose storage copies
// every string (most of a long list's time). toObject() gives the same
// object for a single record.
class JsonRow final {
public:
    JsonRow& text(QLatin1StringView key, const QString& value);
    JsonRow& number(QLatin1StringView key, qint64 value);
    JsonRow& boolean(QLatin1StringView key, bool value);
    JsonRow& null(QLatin1StringView key);
    JsonRow& texts(QLatin1StringView key, const QStringList& values);
    QJsonObject toObject() const;

private:
    friend class JsonArrayWriter;
    enum class Kind { Text, Number, Boolean, Null, Texts };
    struct Member {
        QLatin1StringView key;
        Kind kind = Kind::Null;
        QString text;
        qint64 number = 0;
        QStringList texts;
    };
    JsonRow& add(Member member);
    QList<Member> m_members;
};

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
    // The same text as append(row.toObject()).
    void append(const JsonRow& row);
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
