#include "ListOutput.h"

#include "CommandContext.h"

#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace md::cli {

bool useOnePassPageCache(CommandContext& context, Workspace& workspace) {
    if (Status cache = workspace.useOnePassPageCache(); !cache) {
        context.fail(cache.error());
        return false;
    }
    return true;
}

namespace {

// The text of a QJsonValue exactly as QJsonDocument::toJson(Indented) writes
// it (qjsonwriter.cpp), written straight into a QString: building the
// document, re-indenting it and decoding its UTF-8 again took most of a
// list's time.
void appendIndent(QString& out, int level) {
    // Without a temporary string: a list writes two indents per value.
    static constexpr char spaces[] = "                                ";
    constexpr int kSpaces = sizeof(spaces) - 1;
    for (int width = 4 * level; width > 0; width -= kSpaces)
        out.append(QLatin1StringView(spaces, std::min(width, kSpaces)));
}

QChar hexDigit(unsigned value) {
    return QLatin1Char("0123456789abcdef"[value & 0xF]);
}

void appendEscaped(QString& out, QStringView text) {
    const qsizetype size = text.size();
    qsizetype run = 0; // the start of the characters copied as they are
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        const bool plain = u >= 0x20 && u != u'"' && u != u'\\' && (u < 0xD800 || u > 0xDFFF);
        if (plain)
            continue;
        if (QChar::isHighSurrogate(u) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            ++i; // a valid pair is written as it is, in UTF-8
            continue;
        }
        out.append(text.mid(run, i - run));
        run = i + 1;
        out.append(QLatin1Char('\\'));
        switch (u) {
        case u'"':
            out.append(QLatin1Char('"'));
            break;
        case u'\\':
            out.append(QLatin1Char('\\'));
            break;
        case 0x8:
            out.append(QLatin1Char('b'));
            break;
        case 0xC:
            out.append(QLatin1Char('f'));
            break;
        case 0xA:
            out.append(QLatin1Char('n'));
            break;
        case 0xD:
            out.append(QLatin1Char('r'));
            break;
        case 0x9:
            out.append(QLatin1Char('t'));
            break;
        default: // another control character, or a lone surrogate
            out.append(QLatin1Char('u'));
            out.append(hexDigit(u >> 12));
            out.append(hexDigit(u >> 8));
            out.append(hexDigit(u >> 4));
            out.append(hexDigit(u));
            break;
        }
    }
    out.append(text.mid(run));
}

// A row's keys are the program's own ASCII names: written as they are unless
// one would need escaping.
void appendKey(QString& out, QLatin1StringView key) {
    const bool plain = std::all_of(key.begin(), key.end(), [](char c) {
        const auto u = uchar(c);
        return u >= 0x20 && u < 0x80 && u != '"' && u != '\\';
    });
    if (plain)
        out.append(key);
    else
        appendEscaped(out, QString(key));
}

void appendValue(QString& out, const QJsonValue& value, int indent);

void appendObject(QString& out, const QJsonObject& object, int indent) {
    out.append(QLatin1String("{\n"));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it != object.constBegin())
            out.append(QLatin1String(",\n"));
        appendIndent(out, indent + 1);
        out.append(QLatin1Char('"'));
        appendEscaped(out, it.key());
        out.append(QLatin1String("\": "));
        appendValue(out, it.value(), indent + 1);
    }
    if (!object.isEmpty())
        out.append(QLatin1Char('\n'));
    appendIndent(out, indent);
    out.append(QLatin1Char('}'));
}

void appendArray(QString& out, const QJsonArray& array, int indent) {
    out.append(QLatin1String("[\n"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i > 0)
            out.append(QLatin1String(",\n"));
        appendIndent(out, indent + 1);
        appendValue(out, array.at(i), indent + 1);
    }
    if (!array.isEmpty())
        out.append(QLatin1Char('\n'));
    appendIndent(out, indent);
    out.append(QLatin1Char(']'));
}

void appendValue(QString& out, const QJsonValue& value, int indent) {
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? QLatin1String("true") : QLatin1String("false"));
        break;
    case QJsonValue::Double: {
        // Integers and doubles are both "Double" here; QJsonDocument writes
        // them differently (1e+16 against 10000000000000000).
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            out.append(QString::number(number.toLongLong()));
        } else if (const double d = value.toDouble(); std::isfinite(d)) {
            out.append(
                QString::fromLatin1(QByteArray::number(d, 'g', QLocale::FloatingPointShortest)));
        } else {
            out.append(QLatin1String("null"));
        }
        break;
    }
    case QJsonValue::String:
        out.append(QLatin1Char('"'));
        appendEscaped(out, value.toString());
        out.append(QLatin1Char('"'));
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), indent);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject(), indent);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append(QLatin1String("null"));
        break;
    }
}

} // namespace

void JsonArrayWriter::append(const QJsonObject& element) {
    // An element of an indented array is the element's own indented text,
    // every line moved in by one level (four spaces).
    m_text.resize(0); // keeps its capacity for the next element
    m_text.append(m_started ? QLatin1String(",\n    ") : QLatin1String("[\n    "));
    appendObject(m_text, element, 1);
    m_out << m_text;
    m_started = true;
}

JsonRow& JsonRow::add(Member member) {
    // A key given twice keeps its last value, as QJsonObject::insert does.
    for (Member& existing : m_members) {
        if (existing.key == member.key) {
            existing = std::move(member);
            return *this;
        }
    }
    m_members.append(std::move(member));
    return *this;
}

JsonRow& JsonRow::text(QLatin1StringView key, const QString& value) {
    return add({key, Kind::Text, value, 0, {}});
}

JsonRow& JsonRow::number(QLatin1StringView key, qint64 value) {
    return add({key, Kind::Number, {}, value, {}});
}

JsonRow& JsonRow::boolean(QLatin1StringView key, bool value) {
    return add({key, Kind::Boolean, {}, value ? 1 : 0, {}});
}

JsonRow& JsonRow::null(QLatin1StringView key) {
    return add({key, Kind::Null, {}, 0, {}});
}

JsonRow& JsonRow::texts(QLatin1StringView key, const QStringList& values) {
    return add({key, Kind::Texts, {}, 0, values});
}

QJsonObject JsonRow::toObject() const {
    QJsonObject object;
    for (const Member& m : m_members) {
        const QString key(m.key);
        switch (m.kind) {
        case Kind::Text:
            object.insert(key, m.text);
            break;
        case Kind::Number:
            object.insert(key, m.number);
            break;
        case Kind::Boolean:
            object.insert(key, m.number != 0);
            break;
        case Kind::Null:
            object.insert(key, QJsonValue::Null);
            break;
        case Kind::Texts:
            object.insert(key, QJsonArray::fromStringList(m.texts));
            break;
        }
    }
    return object;
}

void JsonArrayWriter::append(const JsonRow& row) {
    // In QJsonObject's order: keys sorted by their characters.
    QList<const JsonRow::Member*> members;
    members.reserve(row.m_members.size());
    for (const JsonRow::Member& m : row.m_members)
        members.append(&m);
    std::sort(members.begin(), members.end(),
              [](const JsonRow::Member* a, const JsonRow::Member* b) {
                  return std::string_view(a->key.data(), std::size_t(a->key.size())) <
                         std::string_view(b->key.data(), std::size_t(b->key.size()));
              });
    m_text.resize(0);
    m_text.append(m_started ? QLatin1String(",\n    ") : QLatin1String("[\n    "));
    m_text.append(QLatin1String("{\n"));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const JsonRow::Member& m = *members.at(i);
        if (i > 0)
            m_text.append(QLatin1String(",\n"));
        appendIndent(m_text, 2);
        m_text.append(QLatin1Char('"'));
        appendKey(m_text, m.key);
        m_text.append(QLatin1String("\": "));
        switch (m.kind) {
        case JsonRow::Kind::Text:
            m_text.append(QLatin1Char('"'));
            appendEscaped(m_text, m.text);
            m_text.append(QLatin1Char('"'));
            break;
        case JsonRow::Kind::Number:
            m_text.append(QString::number(m.number));
            break;
        case JsonRow::Kind::Boolean:
            m_text.append(m.number ? QLatin1String("true") : QLatin1String("false"));
            break;
        case JsonRow::Kind::Null:
            m_text.append(QLatin1String("null"));
            break;
        case JsonRow::Kind::Texts:
            appendArray(m_text, QJsonArray::fromStringList(m.texts), 2);
            break;
        }
    }
    if (!members.isEmpty())
        m_text.append(QLatin1Char('\n'));
    appendIndent(m_text, 1);
    m_text.append(QLatin1Char('}'));
    m_out << m_text;
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
