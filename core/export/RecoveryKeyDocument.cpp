#include "export/RecoveryKeyDocument.h"

#include "export/DocumentLayout.h"
#include "i18n/DocumentLanguage.h"
#include "i18n/DocumentTranslator.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace md {

namespace {

// Groups per line: 16 groups of four as 4 lines keeps the key readable when
// copied onto paper by hand.
constexpr int kGroupsPerLine = 4;

QString languageOf(const RecoveryKeyDocument::Input& input) {
    return DocumentLanguage::forClient(QString(), input.language);
}

} // namespace

QString RecoveryKeyDocument::title() {
    return tr("MentorDesk recovery key");
}

QString RecoveryKeyDocument::title(const QString& language) {
    return DocumentTranslator(language).translate("md::RecoveryKeyDocument",
                                                  "MentorDesk recovery key");
}

QString RecoveryKeyDocument::displayForm(QByteArrayView formattedKey) {
    const QStringList groups = QString::fromLatin1(formattedKey).split(QLatin1Char('-'));
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += kGroupsPerLine)
        lines.append(groups.mid(i, kGroupsPerLine).join(QLatin1Char('-')));
    return lines.join(QStringLiteral("-\n"));
}

QString RecoveryKeyDocument::html(const Input& input) {
    const QString key = displayForm(input.formattedKey)
                            .toHtmlEscaped()
                            .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const DocumentTranslator text(languageOf(input));
    const QString printed =
        text.locale().toString(input.printedAt.toLocalTime(), QLocale::LongFormat);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(title(text.language()).toHtmlEscaped());
    // The folder's name is the workspace's name as the mentor sees it (the
    // unlock screen and File › Open Workspace show it).
    const QString name = QFileInfo(input.workspaceDir).fileName();
    html += QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>")
                .arg(text.translate("md::RecoveryKeyDocument", "Workspace: %1")
                         .arg(name)
                         .toHtmlEscaped(),
                     text.translate("md::RecoveryKeyDocument", "Workspace folder: %1")
                         .arg(input.workspaceDir)
                         .toHtmlEscaped(),
                     text.translate("md::RecoveryKeyDocument", "Workspace ID: %1")
                         .arg(input.workspaceId)
                         .toHtmlEscaped(),
                     text.translate("md::RecoveryKeyDocument", "Made on: %1")
                         .arg(printed)
                         .toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-family: monospace; font-size: 18pt; "
                           "margin: 24px 0;\"><b>%1</b></p>")
                .arg(key);
    html += QStringLiteral("<p>%1</p>")
                .arg(text.translate(
                             "md::RecoveryKeyDocument",
                             "Keep this page somewhere safe, away from your computer. Anyone who "
                             "has this key can read every client record in the workspace.")
                         .toHtmlEscaped());
    html +=
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(text.translate("md::RecoveryKeyDocument", "In MentorDesk").toHtmlEscaped(),
                 text.translate(
                         "md::RecoveryKeyDocument",
                         "On the unlock screen choose \"Use recovery key instead\" and type the "
                         "key. Dashes and spaces are optional. Then set a new passphrase "
                         "with File > Change Passphrase.")
                     .toHtmlEscaped());
    html +=
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(text.translate("md::RecoveryKeyDocument", "Without MentorDesk").toHtmlEscaped(),
                 text.translate(
                         "md::RecoveryKeyDocument",
                         "The database is a standard SQLCipher 3 file. Open it with the sqlcipher "
                         "command-line tool:")
                     .toHtmlEscaped());
    html += QStringLiteral("<pre>sqlcipher \"%1\"\nPRAGMA key = \"x'%2'\";\n"
                           "PRAGMA cipher_page_size = %3;\n.tables</pre>")
                .arg(Workspace::databasePath(input.workspaceDir).toHtmlEscaped(),
                     text.translate("md::RecoveryKeyDocument",
                                    "the 64 digits of the key without dashes")
                         .toHtmlEscaped())
                .arg(input.cipherPageSize);
    return html;
}

namespace {

DocumentContent contentOf(const RecoveryKeyDocument::Input& input) {
    const DocumentTranslator text(languageOf(input));
    DocumentContent content;
    content.language = text.language();
    content.title = RecoveryKeyDocument::title(text.language());
    content.html = RecoveryKeyDocument::html(input);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    content.font = font;
    content.footer = text.translate("md::RecoveryKeyDocument", "%1 · workspace %2")
                         .arg(content.title, input.workspaceId);
    return content;
}

} // namespace

Status RecoveryKeyDocument::paint(const Input& input, QPagedPaintDevice& device) {
    return DocumentLayout::paint(contentOf(input), device);
}

Result<QByteArray> RecoveryKeyDocument::pdf(const Input& input) {
    return DocumentLayout().renderPdf(contentOf(input));
}

} // namespace md
