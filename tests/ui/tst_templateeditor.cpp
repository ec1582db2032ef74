// The template editor: a built-in template survives a round trip through the
// rich-text editor with every placeholder intact; saving adds a version, a
// placeholder inserted from the menu is used by the next agreement, and an
// unknown placeholder is refused by name.

#include "../core/tst_agreementfixture.h"
#include "UiTestHelpers.h"
#include "agreements/BuiltInTemplates.h"
#include "agreements/RichTextEditor.h"
#include "agreements/TemplateEditorDialog.h"
#include "agreements/TemplateRenderer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>

using namespace md;
using md::test::AgreementFixture;
using md::test::child;
using md::test::click;

class TestTemplateEditor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsPlaceholders();
    void saveCreatesVersion();
};

void TestTemplateEditor::roundTripKeepsPlaceholders() {
    const auto builtIn = BuiltInTemplates::get(AgreementKind::Mentoring, QStringLiteral("en"));
    QVERIFY(builtIn.has_value());
    RichTextEditor editor;
    editor.setHtml(builtIn->bodyHtml);
    const QString html = editor.html();
    QVERIFY(!html.contains(QStringLiteral("<body")));
    QCOMPARE(TemplateRenderer::placeholdersIn(html),
             TemplateRenderer::placeholdersIn(builtIn->bodyHtml));
}

void TestTemplateEditor::saveCreatesVersion() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    TemplateEditorDialog dialog(f.service());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QLabel>(&dialog, "templateVersionLabel")
                ->text()
                .contains(QStringLiteral("Version 1")));

    auto* editor = child<RichTextEditor>(&dialog, "templateRichTextEditor");
    QVERIFY(editor);
    QTextCursor cursor = editor->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->textEdit()->setTextCursor(cursor);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("Contact by phone: "));
    editor->insertPlaceholder(QStringLiteral("mentor.phone"));
    click(child<QPushButton>(&dialog, "saveVersionButton"));
    QVERIFY(child<QLabel>(&dialog, "templateVersionLabel")
                ->text()
                .contains(QStringLiteral("Version 2")));

    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QVERIFY(draft->bodyHtml.contains(QStringLiteral("Contact by phone: +49 30 1234567")));
    const QString text = AgreementFixture::pdfText(*f.service().pdf(draft->id));
    if (!text.isEmpty()) {
        QVERIFY(text.contains(QStringLiteral("7. Confidentiality")));
        QVERIFY(text.contains(QString::fromLatin1(AgreementFixture::kClientName)));
    }

    // An unknown name is refused, by name, and nothing is saved.
    editor->insertPlaceholder(QStringLiteral("client.shoe_size"));
    click(child<QPushButton>(&dialog, "saveVersionButton"));
    QVERIFY(child<QLabel>(&dialog, "templateErrorLabel")
                ->text()
                .contains(QStringLiteral("{{client.shoe_size}}")));
    QCOMPARE(f.service().templateVersions(AgreementKind::Mentoring, "en")->size(), 2);
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
