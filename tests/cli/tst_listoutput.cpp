// The CLI's lists are written row by row: the streamed JSON is byte for byte
// what QJsonDocument wrote for the whole array, and a table keeps its layout.

#include "Console.h"
#include "ListOutput.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace md::cli;

namespace {

QString streamed(const QList<QJsonObject>& elements, bool finish = true) {
    QString text;
    {
        QTextStream out(&text);
        JsonArrayWriter writer(out);
        for (const QJsonObject& element : elements)
            writer.append(element);
        if (finish)
            writer.finish();
    }
    return text;
}

QString whole(const QList<QJsonObject>& elements) {
    QJsonArray array;
    for (const QJsonObject& element : elements)
        array.append(element);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// The table of the commands before streaming: every row measured first.
QString measuredFirst(const QList<QStringList>& rows) {
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString table(const QList<QStringList>& rows) {
    QString text;
    QTextStream out(&text);
    TableWriter writer(out, rows.first());
    for (qsizetype i = 1; i < rows.size(); ++i)
        writer.append(rows.at(i));
    writer.finish();
    return text;
}

} // namespace

class TestListOutput final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonIsWhatTheWholeDocumentWas_data();
    void jsonIsWhatTheWholeDocumentWas();
    void anUnfinishedArrayIsNotValidJson();
    void shortTablesLookAsBefore();
    void longTablesStayAlignedAndApart();
    void terminalFilterIsWhatItWasByteByByte();
    void rowsAreWhatTheirObjectsWere();
};

void TestListOutput::jsonIsWhatTheWholeDocumentWas_data() {
    QTest::addColumn<QList<QJsonObject>>("elements");
    const QJsonObject client{
        {QStringLiteral("id"), 7},
        {QStringLiteral("fullName"), QStringLiteral("Zoë \"Z\" Müller\nsecond line\t\u001b[2J")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
        {QStringLiteral("none"), QJsonArray()},
        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), QJsonObject()},
                                               {QStringLiteral("y"), QJsonValue::Null}}},
        {QStringLiteral("archived"), false},
        {QStringLiteral("amount"), 12.5},
        {QStringLiteral("big"), qint64(9007199254740991)},
        {QStringLiteral("emoji"), QStringLiteral("😀 ∑")},
        {QStringLiteral("doubles"), QJsonArray{1e16, 3.0, -0.0, 0.1, 1e300}},
        {QStringLiteral("integers"), QJsonArray{qint64(-1), qint64(10000000000000000)}},
        // A lone surrogate cannot be UTF-8: QJsonDocument writes its escape.
        {QStringLiteral("surrogates"), QString(QChar(0xD800)) + QStringLiteral("a") +
                                           QChar(0xDC01) + QStringLiteral("😀") + QChar(0xD83D)},
        {QStringLiteral("quote\"key\\"), QStringLiteral("\\\"/\b\f\r\u007f")},
    };
    QTest::newRow("empty") << QList<QJsonObject>();
    QTest::newRow("one") << QList<QJsonObject>{client};
    QTest::newRow("three") << QList<QJsonObject>{client, QJsonObject(), client};
    QList<QJsonObject> many;
    for (int i = 0; i < 1000; ++i)
        many.append(QJsonObject{{QStringLiteral("id"), i},
                                {QStringLiteral("list"), QJsonArray{i, QJsonArray{i}}}});
    QTest::newRow("many") << many;
}

void TestListOutput::jsonIsWhatTheWholeDocumentWas() {
    QFETCH(QList<QJsonObject>, elements);
    const QString text = streamed(elements);
    QCOMPARE(text, whole(elements));
    QJsonParseError error{};
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8(), &error).array().size(), elements.size());
    QCOMPARE(error.error, QJsonParseError::NoError);
}

// A read that fails half-way leaves the array open: what was written cannot
// be parsed as a (shorter) whole list.
void TestListOutput::anUnfinishedArrayIsNotValidJson() {
    const QList<QJsonObject> rows{QJsonObject{{QStringLiteral("id"), 1}},
                                  QJsonObject{{QStringLiteral("id"), 2}}};
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(streamed(rows, false).toUtf8(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(parsed.isNull());
}

void TestListOutput::shortTablesLookAsBefore() {
    QList<QStringList> rows{
        {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STATUS")}};
    for (int i = 1; i <= TableWriter::kBlockRows; ++i)
        rows.append({QString::number(i * 37), QStringLiteral("Client %1").arg(i),
                     i % 3 ? QStringLiteral("active") : QString()});
    QCOMPARE(table(rows), measuredFirst(rows));
    QCOMPARE(table(rows.mid(0, 2)), measuredFirst(rows.mid(0, 2)));
    // Without rows nothing at all is written (the commands say "No … yet").
    QCOMPARE(table(rows.mid(0, 1)), QString());
}

// Past the first block a wider cell widens its column from then on; columns
// never run into each other.
void TestListOutput::longTablesStayAlignedAndApart() {
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("END")}};
    const int count = int(TableWriter::kBlockRows) * 3;
    for (int i = 1; i <= count; ++i)
        rows.append({QString::number(i),
                     i > count - 10
                         ? QStringLiteral("A much longer name than any before it %1").arg(i)
                         : QStringLiteral("Short %1").arg(i),
                     QStringLiteral("x")});
    const QStringList lines = table(rows).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), count + 1);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QStringLiteral("  "), Qt::SkipEmptyParts);
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0).trimmed(), rows.at(i).at(0));
        QCOMPARE(cells.at(1).trimmed(), rows.at(i).at(1));
    }
    // The first block is aligned as a whole.
    QCOMPARE(lines.first().indexOf(QLatin1String("NAME")),
             lines.at(1).indexOf(QLatin1String("Short")));
}

namespace {

// TerminalSafeText::filter as it was first written, one byte at a time: the
// faster one must give the same bytes for any input cut anywhere.
QByteArray filteredByteByByte(const QByteArray& in) {
    QByteArray out;
    const auto escape = [&out](unsigned code) {
        out += "\\u00";
        out += "0123456789abcdef"[(code >> 4) & 0xF];
        out += "0123456789abcdef"[code & 0xF];
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in.at(i));
        if (c == '\t' || c == '\n') {
            out += char(c);
        } else if (c < 0x20 || c == 0x7F) {
            escape(c);
        } else if (c == 0xC2 && i + 1 < in.size() &&
                   static_cast<unsigned char>(in.at(i + 1)) >= 0x80 &&
                   static_cast<unsigned char>(in.at(i + 1)) <= 0x9F) {
            escape(static_cast<unsigned char>(in.at(++i)));
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace

void TestListOutput::terminalFilterIsWhatItWasByteByByte() {
    // Bytes that matter here, often next to each other.
    const QByteArray alphabet("ab \t\n\r\x1b\x7f\xc2\x80\x9f\xa0\xc3\xa9\x01", 15);
    quint32 seed = 12345;
    const auto next = [&seed] {
        return (seed = seed * 1103515245u + 12345u) >> 16;
    };
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        const int length = int(next() % 200);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(int(next() % alphabet.size()));
        TerminalSafeText text;
        QByteArray out;
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype piece = std::min<qsizetype>(1 + next() % 9, input.size() - at);
            out += text.filter(QByteArrayView(input.constData() + at, piece));
            at += piece;
        }
        out += text.finish();
        QCOMPARE(out.toHex(' '), filteredByteByByte(input).toHex(' '));
    }
}

// A row given in any order, with a key given twice, is written as the
// QJsonObject it stands for.
void TestListOutput::rowsAreWhatTheirObjectsWere() {
    const auto key = [](const char* name) {
        return QLatin1StringView(name);
    };
    JsonRow first;
    first.text(key("zeta"), QStringLiteral("Zoë \"Z\"\n\u001b[2J"))
        .number(key("id"), -7)
        .boolean(key("archived"), true)
        .null(key("updatedUtc"))
        .texts(key("tags"), {QStringLiteral("a"), QString(QChar(0xD800))})
        .texts(key("none"), {})
        .text(key("client_id"), QStringLiteral("x"))
        .text(key("client"), QStringLiteral("y"))
        .text(key("Upper"), QString())
        .number(key("id"), qint64(9007199254740993));
    JsonRow empty;
    QString text;
    {
        QTextStream out(&text);
        JsonArrayWriter writer(out);
        writer.append(first);
        writer.append(empty);
        writer.append(first);
        writer.finish();
    }
    QCOMPARE(text, whole({first.toObject(), empty.toObject(), first.toObject()}));
    QCOMPARE(first.toObject().value(QStringLiteral("id")).toInteger(), qint64(9007199254740993));
}

QTEST_GUILESS_MAIN(TestListOutput)
#include "tst_listoutput.moc"
