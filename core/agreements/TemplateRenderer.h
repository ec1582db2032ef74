#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace md {

// Fills {{placeholders}} in a template's HTML. A placeholder is a dotted
// lower-case name in double braces, spaces inside the braces allowed:
// {{client.full_name}}, {{ mentor.name }}.
//
// Nothing is ever rendered with a gap or a raw placeholder: a placeholder
// the template uses but that has no value (unknown name, or an empty value)
// makes render() fail with a message naming every such placeholder, before
// any output exists. The one exception is a known placeholder the caller
// allows to be blank: it prints as a line to fill in by hand (blankLine()).
class TemplateRenderer final {
    Q_DECLARE_TR_FUNCTIONS(md::TemplateRenderer)
public:
    struct Problems {
        // Names nobody provides, including text in double braces that is not
        // a placeholder name at all ({{Client.Name}}, "{{client name}}", an
        // unclosed "{{client"), as written, so it is never printed literally.
        QStringList unknown;
        QStringList empty; // known names whose value is empty
        bool isEmpty() const { return unknown.isEmpty() && empty.isEmpty(); }
    };

    // Distinct placeholder names in order of first use.
    static QStringList placeholdersIn(const QString& html);

    // Which of the placeholders used in `html` cannot be filled from `values`.
    // A key present in `values` is known even when its value is empty.
    static Problems check(const QString& html, const QHash<QString, QString>& values);

    // Replaces every placeholder with its value, HTML-escaped; line breaks in a
    // value become <br>. A placeholder named in `blankable` whose value is
    // empty becomes blankLine(). Fails with InvalidInput naming each problem.
    static Result<QString> render(const QString& html, const QHash<QString, QString>& values,
                                  const QSet<QString>& blankable = {});

    // What a missing value prints as: a line long enough to write on.
    static QString blankLine();

    // The translated error message for a set of problems.
    static QString describe(const Problems& problems);
};

} // namespace md
