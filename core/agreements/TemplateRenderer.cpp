#include "agreements/TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md {

namespace {

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{\{\s*([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\s*\}\})"));
    return pattern;
}

// Anything else in double braces, across lines and tags.
const QRegularExpression& bracedPattern() {
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{(.*?)\}\})"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

// The text of a malformed placeholder as the user sees it: without the tags a
// rich-text editor may have put inside, whitespace collapsed, not too long.
QString visibleText(const QString& html) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = QString(html).remove(tags).simplified();
    constexpr qsizetype kMaxLength = 40;
    if (text.size() > kMaxLength)
        text = text.left(kMaxLength) + QChar(0x2026);
    return text;
}

// Double-brace text that is not a well-formed placeholder, in order, each once.
QStringList malformedIn(const QString& html) {
    QString rest = html;
    rest.replace(placeholderPattern(), QStringLiteral(" "));
    QStringList names;
    const auto add = [&names](const QString& name) {
        if (!names.contains(name))
            names << name;
    };
    auto it = bracedPattern().globalMatch(rest);
    while (it.hasNext())
        add(visibleText(it.next().captured(1)));
    rest.replace(bracedPattern(), QStringLiteral(" "));
    // An opening "{{" that is never closed: name what follows it.
    static const QRegularExpression unclosed(QStringLiteral(R"(\{\{([^{}<\s]*))"));
    auto open = unclosed.globalMatch(rest);
    while (open.hasNext())
        add(visibleText(open.next().captured(1)));
    return names;
}

QString escapedValue(const QString& value) {
    QString html = value.trimmed().toHtmlEscaped();
    html.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString braced(const QString& name) {
    return QStringLiteral("{{%1}}").arg(name);
}

} // namespace

QStringList TemplateRenderer::placeholdersIn(const QString& html) {
    QStringList names;
    auto it = placeholderPattern().globalMatch(html);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

TemplateRenderer::Problems TemplateRenderer::check(const QString& html,
                                                   const QHash<QString, QString>& values) {
    Problems problems;
    for (const QString& name : placeholdersIn(html)) {
        const auto it = values.constFind(name);
        if (it == values.constEnd())
            problems.unknown << name;
        else if (it->trimmed().isEmpty())
            problems.empty << name;
    }
    for (const QString& name : malformedIn(html)) {
        if (!problems.unknown.contains(name))
            problems.unknown << name;
    }
    return problems;
}

QString TemplateRenderer::describe(const Problems& problems) {
    QStringList parts;
    if (!problems.unknown.isEmpty()) {
        QStringList names;
        for (const QString& name : problems.unknown)
            names << braced(name);
        parts << tr("unknown placeholders: %1").arg(names.join(QLatin1String(", ")));
        const bool malformed = std::any_of(
            problems.unknown.cbegin(), problems.unknown.cend(), [](const QString& name) {
                return !placeholderPattern().match(braced(name)).hasMatch();
            });
        if (malformed)
            parts.last() += tr(" (placeholder names are lower case, with dots and "
                               "underscores, like {{client.full_name}})");
    }
    if (!problems.empty.isEmpty()) {
        QStringList names;
        for (const QString& name : problems.empty)
            names << braced(name);
        parts << tr("placeholders without a value: %1").arg(names.join(QLatin1String(", ")));
    }
    return tr("The agreement cannot be generated. The template has %1. Fill in the missing "
              "details (mentor profile, client or engagement) or correct the template.")
        .arg(parts.join(QLatin1String("; ")));
}

QString TemplateRenderer::blankLine() {
    return QStringLiteral("______________________");
}

Result<QString> TemplateRenderer::render(const QString& html, const QHash<QString, QString>& values,
                                         const QSet<QString>& blankable) {
    Problems problems = check(html, values);
    problems.empty.removeIf([&](const QString& name) { return blankable.contains(name); });
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, describe(problems));

    QString out;
    out.reserve(html.size() + html.size() / 4);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        out += value.trimmed().isEmpty() ? blankLine() : escapedValue(value);
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace md
