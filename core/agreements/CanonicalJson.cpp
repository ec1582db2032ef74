#include "agreements/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace md::CanonicalJson {

namespace {

void writeString(const QString& text, QByteArray& out) {
    out += '"';
    const QByteArray utf8 = text.toUtf8();
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
        QList<QString> keys = object.keys();
        // Sort by UTF-8 bytes (QString compares UTF-16 code units, which
        // differs from byte order for characters above the BMP).
        std::sort(keys.begin(), keys.end(),
                  [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        out += '{';
        bool first = true;
        for (const QString& key : keys) {
            if (!first)
                out += ',';
            first = false;
            writeString(key, out);
            out += ':';
            write(object.value(key), out);
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
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return serialize(root) == bytes;
}

} // namespace md::CanonicalJson
