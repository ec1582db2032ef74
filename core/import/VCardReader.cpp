#include "import/VCardReader.h"

#include <QStringDecoder>

#include <algorithm>

namespace md {

namespace {

struct Property {
    int line = 0;
    QString name;      // upper case, without group
    QStringList types; // upper case TYPE values (and bare 2.1 parameters)
    bool quotedPrintable = false;
    bool binary = false;
    bool preferred = false;
    QString charset;
    QString value; // raw, still escaped
};

const QStringList kBinary = {QStringLiteral("PHOTO"), QStringLiteral("LOGO"),
                             QStringLiteral("SOUND"), QStringLiteral("KEY")};

// Splits on `separator` where it is not escaped with a backslash, then
// removes the escapes.
QStringList splitValue(const QString& value, QChar separator) {
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value[++i];
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                current += QLatin1Char('\n');
            else
                current += next;
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString textValue(const QString& value) {
    return splitValue(value, QChar()).join(QString());
}

QByteArray decodeQuotedPrintable(const QString& value, bool* ok) {
    QByteArray out;
    const QByteArray in = value.toLatin1();
    *ok = true;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '=') {
            out += in[i];
            continue;
        }
        if (i + 2 < in.size()) {
            bool hexOk = false;
            const int byte = in.mid(i + 1, 2).toInt(&hexOk, 16);
            if (hexOk) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        if (i == in.size() - 1)
            continue; // a soft line break left at the very end
        *ok = false;
        out += in[i];
    }
    return out;
}

QString decodeBytes(const QByteArray& bytes, const QString& charset) {
    const QString name = charset.toUpper();
    if (name.isEmpty() || name == QLatin1String("UTF-8")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text;
    }
    // ISO-8859-1, Windows-1252 and anything unknown: Latin-1 keeps every byte.
    return QString::fromLatin1(bytes);
}

Property parseLine(const QString& text, int line, bool* ok) {
    Property property;
    property.line = line;
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (text[i] == QLatin1Char(':') && !quoted) {
            colon = i;
            break;
        }
    }
    *ok = colon > 0;
    if (!*ok)
        return property;
    const QStringList head = text.left(colon).split(QLatin1Char(';'));
    QString name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0)
        name = name.mid(dot + 1); // "item1.EMAIL" (Apple)
    property.name = name;
    for (qsizetype p = 1; p < head.size(); ++p) {
        const QString parameter = head.at(p).trimmed();
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        const QString key = (equals < 0 ? parameter : parameter.left(equals)).toUpper();
        QString value = equals < 0 ? QString() : parameter.mid(equals + 1);
        value.remove(QLatin1Char('"'));
        if (equals < 0) {
            // vCard 2.1 writes bare parameters: "TEL;HOME;PREF;QUOTED-PRINTABLE:".
            if (key == QLatin1String("QUOTED-PRINTABLE"))
                property.quotedPrintable = true;
            else if (key == QLatin1String("BASE64"))
                property.binary = true;
            else
                property.types.append(key);
        } else if (key == QLatin1String("ENCODING")) {
            const QString encoding = value.toUpper();
            property.quotedPrintable = encoding == QLatin1String("QUOTED-PRINTABLE");
            property.binary = encoding == QLatin1String("B") || encoding == QLatin1String("BASE64");
        } else if (key == QLatin1String("CHARSET")) {
            property.charset = value;
        } else if (key == QLatin1String("TYPE")) {
            for (const QString& type : value.split(QLatin1Char(',')))
                property.types.append(type.trimmed().toUpper());
        } else if (key == QLatin1String("PREF")) {
            property.preferred = true;
        }
    }
    property.preferred = property.preferred || property.types.contains(QLatin1String("PREF"));
    property.binary = property.binary || kBinary.contains(property.name);
    property.value = text.mid(colon + 1);
    return property;
}

void sortPreferredFirst(QList<std::pair<bool, QString>>& values) {
    std::stable_sort(values.begin(), values.end(),
                     [](const auto& a, const auto& b) { return a.first && !b.first; });
}

} // namespace

Result<QList<ImportedContact>> VCardReader::read(const QByteArray& bytes,
                                                 QList<ImportProblem>* problems) {
    if (bytes.size() > CsvReader::kMaxFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is larger than %1 MB; split it into smaller files.")
                             .arg(CsvReader::kMaxFileBytes / (1024 * 1024)));
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (utf8.hasError())
        text = QString::fromLatin1(view.data(), view.size()); // old 8-bit exports

    // Physical lines, then folding undone: a line starting with a space or a
    // tab continues the one before.
    QList<std::pair<int, QString>> lines;
    int number = 0;
    for (QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
        ++number;
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (!raw.isEmpty() && (raw[0] == QLatin1Char(' ') || raw[0] == QLatin1Char('\t')) &&
            !lines.isEmpty()) {
            if (lines.last().second.size() < kMaxValueBytes * 8)
                lines.last().second += raw.mid(1);
            continue;
        }
        if (raw.trimmed().isEmpty())
            continue;
        lines.append({number, raw.toString()});
    }

    QList<ImportProblem> found;
    QList<ImportedContact> contacts;
    std::optional<ImportedContact> card;
    QList<std::pair<bool, QString>> emails;
    QList<std::pair<bool, QString>> phones;
    int depth = 0;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const int line = lines.at(l).first;
        QString logical = lines.at(l).second;
        bool ok = false;
        Property property = parseLine(logical, line, &ok);
        if (!ok) {
            found.append({line, {}, tr("not a vCard property (NAME:value)")});
            continue;
        }
        // Quoted-printable soft line breaks: "=" at the end joins the next line.
        while (property.quotedPrintable && property.value.endsWith(QLatin1Char('=')) &&
               l + 1 < lines.size() && property.value.size() < kMaxValueBytes) {
            property.value.chop(1);
            property.value += lines.at(++l).second;
        }
        if (property.name == QLatin1String("BEGIN") &&
            property.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (++depth > 1)
                continue; // an embedded card (AGENT): skipped with its parent's content
            card = ImportedContact{};
            card->line = line;
            emails.clear();
            phones.clear();
            continue;
        }
        if (property.name == QLatin1String("END") &&
            property.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (depth == 0) {
                found.append({line, {}, tr("END:VCARD without BEGIN:VCARD")});
                continue;
            }
            if (--depth > 0)
                continue;
            sortPreferredFirst(emails);
            sortPreferredFirst(phones);
            for (const auto& [preferred, value] : std::as_const(emails))
                card->emails.append(value);
            for (const auto& [preferred, value] : std::as_const(phones))
                card->phones.append(value);
            if (card->fullName.trimmed().isEmpty() && card->givenName.trimmed().isEmpty() &&
                card->familyName.trimmed().isEmpty()) {
                if (!card->organisation.trimmed().isEmpty())
                    card->fullName = card->organisation;
                else
                    found.append({card->line, {}, tr("a card without a name")});
            }
            contacts.append(*card);
            card.reset();
            if (contacts.size() > kMaxCards) {
                found.append({line, {}, tr("more than %1 cards; split the file").arg(kMaxCards)});
                break;
            }
            continue;
        }
        if (!card) {
            found.append({line, property.name, tr("a property outside BEGIN:VCARD … END:VCARD")});
            continue;
        }
        if (depth > 1 || property.binary)
            continue;
        if (property.value.size() > kMaxValueBytes) {
            found.append({line, property.name, tr("the value is longer than 1 MB")});
            continue;
        }
        QString value = property.value;
        if (property.quotedPrintable) {
            bool qpOk = true;
            value = decodeBytes(decodeQuotedPrintable(value, &qpOk), property.charset);
            if (!qpOk)
                found.append({line, property.name, tr("broken quoted-printable text")});
        }
        const QString& name = property.name;
        if (name == QLatin1String("VERSION")) {
            const QString version = value.trimmed();
            if (version != QLatin1String("2.1") && version != QLatin1String("3.0") &&
                version != QLatin1String("4.0"))
                found.append({line, name,
                              tr("vCard version %1 is not supported (2.1, 3.0 and "
                                 "4.0 are)")
                                  .arg(version)});
        } else if (name == QLatin1String("FN")) {
            card->fullName = textValue(value);
        } else if (name == QLatin1String("N")) {
            const QStringList parts = splitValue(value, QLatin1Char(';'));
            card->familyName = parts.value(0).trimmed();
            card->givenName = parts.value(1).trimmed();
            card->middleName = parts.value(2).trimmed();
        } else if (name == QLatin1String("NICKNAME")) {
            card->nickname = splitValue(value, QLatin1Char(',')).value(0).trimmed();
        } else if (name == QLatin1String("EMAIL")) {
            const QString address = textValue(value).trimmed();
            if (!address.isEmpty())
                emails.append({property.preferred, address});
        } else if (name == QLatin1String("TEL")) {
            QString number = textValue(value).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4); // vCard 4.0 URIs
            if (!number.isEmpty())
                phones.append({property.preferred, number});
        } else if (name == QLatin1String("ORG")) {
            card->organisation = splitValue(value, QLatin1Char(';')).value(0).trimmed();
        } else if (name == QLatin1String("TITLE")) {
            card->role = textValue(value).trimmed();
        } else if (name == QLatin1String("NOTE")) {
            card->note = textValue(value).trimmed();
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString& tag : splitValue(value, QLatin1Char(',')))
                if (!tag.trimmed().isEmpty())
                    card->tags.append(tag.trimmed());
        } else if (name == QLatin1String("TZ")) {
            const QString zone = textValue(value).trimmed();
            if (zone.contains(QLatin1Char('/'))) // an IANA name; offsets say too little
                card->timeZone = zone;
        }
    }
    if (card)
        found.append({card->line, {}, tr("BEGIN:VCARD without END:VCARD")});
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return makeError(
            ErrorCode::InvalidInput,
            tr("The file is not a valid vCard file: %1").arg(found.first().describe()));
    }
    if (contacts.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The file holds no vCard (BEGIN:VCARD)."));
    return contacts;
}

} // namespace md
