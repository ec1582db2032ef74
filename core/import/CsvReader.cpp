#include "import/CsvReader.h"

#include <QStringDecoder>

namespace md {

namespace {

constexpr int kHeaderSearchRecords = 20;

struct Parsed {
    QList<ImportRecord> records;
    QList<ImportProblem> problems;
    bool truncated = false;
};

QString fieldName(int index) {
    return CsvReader::tr("field %1").arg(index + 1);
}

// One pass over the text with one delimiter. Stops after `maxRecords`.
Parsed parse(QStringView text, QChar delimiter, int maxRecords) {
    Parsed out;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && out.records.size() < maxRecords) {
        ImportRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            const int fieldLine = line;
            if (i < n && text[i] == QLatin1Char('"')) {
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    // A line break inside a field is kept as LF, whatever the file used.
                    if (!(c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')))
                        field += c;
                    ++i;
                    if (field.size() > CsvReader::kMaxFieldBytes)
                        break;
                }
                if (!closed) {
                    out.problems.append({fieldLine, fieldName(int(record.fields.size())),
                                         field.size() > CsvReader::kMaxFieldBytes
                                             ? CsvReader::tr("the field is longer than 1 MB")
                                             : CsvReader::tr("a quoted field is never closed")});
                    return out;
                }
                if (i < n && text[i] != delimiter && text[i] != QLatin1Char('\n') &&
                    text[i] != QLatin1Char('\r')) {
                    out.problems.append({line, fieldName(int(record.fields.size())),
                                         CsvReader::tr("text after the closing quote")});
                    // Resynchronise at the end of the line.
                    while (i < n && text[i] != QLatin1Char('\n'))
                        ++i;
                }
            } else {
                while (i < n && text[i] != delimiter && text[i] != QLatin1Char('\n') &&
                       text[i] != QLatin1Char('\r')) {
                    if (text[i] == QLatin1Char('"')) {
                        out.problems.append({line, fieldName(int(record.fields.size())),
                                             CsvReader::tr("a quote inside a field that does not "
                                                           "start with one")});
                    }
                    field += text[i];
                    ++i;
                    if (field.size() > CsvReader::kMaxFieldBytes) {
                        out.problems.append({line, fieldName(int(record.fields.size())),
                                             CsvReader::tr("the field is longer than 1 MB")});
                        return out;
                    }
                }
            }
            record.fields.append(field);
            if (record.fields.size() > CsvReader::kMaxFields) {
                out.problems.append(
                    {record.line,
                     {},
                     CsvReader::tr("more than %1 fields").arg(CsvReader::kMaxFields)});
                return out;
            }
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == delimiter) {
                ++i;
            } else {
                // CRLF, LF or a lone CR ends the record.
                if (text[i] == QLatin1Char('\r'))
                    ++i;
                if (i < n && text[i] == QLatin1Char('\n'))
                    ++i;
                ++line;
                endOfRecord = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            out.records.append(record);
    }
    out.truncated = i < n;
    return out;
}

qsizetype countOutsideQuotes(QStringView line, QChar delimiter) {
    qsizetype count = 0;
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++count;
    }
    return count;
}

} // namespace

QString ImportProblem::describe() const {
    if (column.isEmpty())
        return CsvReader::tr("Line %1: %2").arg(line).arg(reason);
    return CsvReader::tr("Line %1, %2: %3").arg(line).arg(column, reason);
}

Result<QString> decodeUtf8(const QByteArray& bytes, const QString& what) {
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(view);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = int(bad < 0 ? 0 : text.left(bad).count(QLatin1Char('\n'))) + 1;
        return makeError(ErrorCode::InvalidInput,
                         CsvReader::tr("%1 is not UTF-8 text (line %2). Save it as UTF-8 (in a "
                                       "spreadsheet: \"CSV UTF-8\") and import it again.")
                             .arg(what)
                             .arg(line));
    }
    return text;
}

Result<ImportTable> CsvReader::read(const QByteArray& bytes,
                                    const std::function<bool(const QStringList&)>& isHeader,
                                    QList<ImportProblem>* problems) {
    if (bytes.size() > kMaxFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is larger than %1 MB; split it into smaller files.")
                             .arg(kMaxFileBytes / (1024 * 1024)));
    Result<QString> decoded = decodeUtf8(bytes, tr("The file"));
    if (!decoded)
        return decoded.error();
    const QString& text = decoded.value();

    // The delimiter is the one with which a header is found; failing that,
    // the one most frequent on the first non-empty line.
    QChar delimiter;
    const QStringView head = QStringView(text).left(64 * 1024);
    for (QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        if (!isHeader)
            break;
        const Parsed sample = parse(head, candidate, kHeaderSearchRecords);
        for (const ImportRecord& record : sample.records) {
            if (record.fields.size() > 1 && isHeader(record.fields)) {
                delimiter = candidate;
                break;
            }
        }
        if (!delimiter.isNull())
            break;
    }
    if (delimiter.isNull()) {
        QStringView first = head.trimmed();
        first = first.left(first.indexOf(QLatin1Char('\n')) < 0 ? first.size()
                                                                : first.indexOf(QLatin1Char('\n')));
        delimiter = QLatin1Char(',');
        qsizetype best = countOutsideQuotes(first, delimiter);
        for (QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')}) {
            const qsizetype count = countOutsideQuotes(first, candidate);
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
    }

    Parsed parsed = parse(text, delimiter, kMaxRecords + kHeaderSearchRecords);
    if (parsed.truncated)
        parsed.problems.append({parsed.records.isEmpty() ? 1 : parsed.records.last().line,
                                {},
                                tr("more than %1 records; split the file").arg(kMaxRecords)});
    ImportTable table;
    table.delimiter = delimiter;
    qsizetype headerIndex = 0;
    if (isHeader) {
        for (qsizetype r = 0; r < qMin<qsizetype>(parsed.records.size(), kHeaderSearchRecords);
             ++r) {
            if (isHeader(parsed.records.at(r).fields)) {
                headerIndex = r;
                break;
            }
        }
    }
    if (parsed.records.isEmpty()) {
        if (problems)
            *problems = parsed.problems;
        return makeError(ErrorCode::InvalidInput, parsed.problems.isEmpty()
                                                      ? tr("The file is empty.")
                                                      : parsed.problems.first().describe());
    }
    const ImportRecord header = parsed.records.at(headerIndex);
    table.headers = header.fields;
    for (QString& name : table.headers)
        name = name.trimmed();
    table.headerLine = header.line;
    table.skippedLines = header.line - 1;
    // Problems before the header belong to the preamble, which is skipped.
    QList<ImportProblem> found;
    for (const ImportProblem& problem : std::as_const(parsed.problems))
        if (problem.line >= header.line)
            found.append(problem);
    for (qsizetype r = headerIndex + 1; r < parsed.records.size(); ++r) {
        ImportRecord record = parsed.records.at(r);
        if (record.fields.size() > table.headers.size()) {
            // Trailing empty fields (a comma at the end of a line) are harmless.
            while (record.fields.size() > table.headers.size() && record.fields.last().isEmpty())
                record.fields.removeLast();
            if (record.fields.size() > table.headers.size()) {
                found.append({record.line,
                              {},
                              tr("%1 fields, but the header has %2")
                                  .arg(record.fields.size())
                                  .arg(table.headers.size())});
                continue;
            }
        }
        while (record.fields.size() < table.headers.size())
            record.fields.append(QString());
        table.records.append(record);
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is not valid CSV: %1").arg(found.first().describe()));
    }
    return table;
}

} // namespace md
