#include "ListOutput.h"

#include <QJsonDocument>

#include <algorithm>

namespace md::cli {

void JsonArrayWriter::append(const QJsonObject& element) {
    // An element of an indented array is the element's own indented text,
    // every line moved in by one level (four spaces).
    QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
    if (text.endsWith('\n'))
        text.chop(1);
    text.replace("\n", "\n    ");
    m_out << (m_started ? ",\n    " : "[\n    ") << QString::fromUtf8(text);
    m_started = true;
}

void JsonArrayWriter::finish() {
    m_out << (m_started ? "\n]\n" : "[\n]\n");
    m_out.flush();
}

TableWriter::TableWriter(QTextStream& out, QStringList header)
    : m_out(out)
    , m_header(std::move(header))
    , m_widths(m_header.size(), 0) {
    for (qsizetype i = 0; i < m_header.size(); ++i)
        m_widths[i] = m_header.at(i).size();
}

void TableWriter::append(QStringList row) {
    m_block.append(std::move(row));
    ++m_rows;
    if (m_block.size() >= kBlockRows)
        flush();
}

void TableWriter::finish() {
    flush();
    m_out.flush();
}

void TableWriter::flush() {
    if (m_block.isEmpty())
        return;
    for (const QStringList& row : std::as_const(m_block)) {
        for (qsizetype i = 0; i < row.size() && i < m_widths.size(); ++i)
            m_widths[i] = std::max(m_widths[i], row.at(i).size());
    }
    const auto write = [this](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(m_widths.value(i) + 2) : row.at(i);
        m_out << line.trimmed() << QLatin1Char('\n');
    };
    if (!m_headerWritten) {
        write(m_header);
        m_headerWritten = true;
    }
    for (const QStringList& row : std::as_const(m_block))
        write(row);
    m_block.clear();
}

} // namespace md::cli
