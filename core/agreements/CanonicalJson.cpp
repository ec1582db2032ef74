#include "agreements/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace md::CanonicalJson {

namespace {

void writeUtf8String(const QByteArray& utf8, QByteArray& out) {
    out += '"';
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    };
    // Most strings need no escape at all: copied whole.
    if (std::none_of(utf8.begin(), utf8.end(), needsEscape)) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void writeString(const QString& text, QByteArray& out) {
    writeUtf8String(text.toUtf8(), out);
}

void write(const QJsonValue& value, QByteArray& out) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            out += QByteArray::number(qint64(number));
        else
            out += QByteArray::number(number, 'g', 17);
        break;
    }
    case QJsonValue::String:
        writeString(value.toString(), out);
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            write(array.at(i), out);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        // Sorted by UTF-8 bytes (QString compares UTF-16 code units, which
        // differs from byte order for characters above the BMP).
        QList<std::pair<QByteArray, QJsonValue>> members;
        members.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            members.append({it.key().toUtf8(), it.value()});
        std::sort(members.begin(), members.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        out += '{';
        bool first = true;
        for (const auto& [key, member] : std::as_const(members)) {
            if (!first)
                out += ',';
            first = false;
            writeUtf8String(key, out);
            out += ':';
            write(member, out);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray serialize(const QJsonValue& value) {
    QByteArray out;
    write(value, out);
    return out;
}

bool isCanonical(const QByteArray& bytes) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    return isCanonical(bytes, document);
}

bool isCanonical(const QByteArray& bytes, const QJsonDocument& parsed) {
    if (parsed.isNull())
        return false;
    const QJsonValue root =
        parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object());
    return serialize(root) == bytes;
}

} // namespace md::CanonicalJson
