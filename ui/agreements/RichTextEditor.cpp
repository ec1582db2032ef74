#include "agreements/RichTextEditor.h"

#include "UiStyle.h"
#include "agreements/AgreementContext.h"
#include "agreements/AgreementPdfRenderer.h"

#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

RichTextEditor::RichTextEditor(QWidget* parent)
    : QWidget(parent) {
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit = new QTextEdit(this);
    m_edit->setObjectName(QStringLiteral("agreementTextEdit"));
    m_edit->setAcceptRichText(true);
    m_edit->document()->setDefaultStyleSheet(AgreementPdfRenderer::styleSheet());
    ui::showAsPaper(m_edit);
    m_edit->document()->setDefaultFont(AgreementPdfRenderer::bodyFont());

    auto addAction = [this](const QString& text, const QKeySequence& shortcut, const QString& name,
                            auto slot) {
        QAction* action = m_toolBar->addAction(text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(
            shortcut.isEmpty()
                ? text
                : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addAction(tr("Bold"), QKeySequence::Bold, QStringLiteral("boldAction"), [this] {
        QTextCharFormat format;
        format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        m_edit->mergeCurrentCharFormat(format);
    });
    addAction(tr("Italic"), QKeySequence::Italic, QStringLiteral("italicAction"),
              [this] { m_edit->setFontItalic(!m_edit->fontItalic()); });
    m_toolBar->addSeparator();
    addAction(tr("Heading"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("headingAction"),
              [this] { setHeading(2); });
    addAction(tr("Paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0),
              QStringLiteral("paragraphAction"), [this] { setHeading(0); });
    addAction(tr("List"), QKeySequence(), QStringLiteral("listAction"), [this] { toggleList(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);
    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEditor::changed);
}

void RichTextEditor::enablePlaceholders() {
    auto* button = new QToolButton(m_toolBar);
    button->setObjectName(QStringLiteral("insertPlaceholderToolButton"));
    button->setText(tr("Insert placeholder"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("placeholderMenu"));
    for (const PlaceholderInfo& info : placeholderCatalog()) {
        QAction* action =
            menu->addAction(QStringLiteral("%1 — {{%2}}").arg(info.description, info.name));
        action->setData(info.name);
        connect(action, &QAction::triggered, this,
                [this, name = info.name] { insertPlaceholder(name); });
    }
    button->setMenu(menu);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(button);
}

void RichTextEditor::insertPlaceholder(const QString& name) {
    // Inserted as one fragment in the surrounding format, so the braces and
    // the name never end up in separate HTML spans.
    m_edit->textCursor().insertText(QStringLiteral("{{%1}}").arg(name));
    m_edit->setFocus();
}

void RichTextEditor::setHeading(int level) {
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 1 : 0);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void RichTextEditor::toggleList() {
    QTextCursor cursor = m_edit->textCursor();
    if (QTextList* list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
        return;
    }
    cursor.createList(QTextListFormat::ListDisc);
}

void RichTextEditor::setHtml(const QString& html) {
    m_edit->setHtml(html);
    m_edit->document()->setModified(false);
}

QString RichTextEditor::html() const {
    // toHtml() wraps the text in a full page whose <body> carries the editor's
    // font; keep only what is inside, so the printed style applies.
    const QString page = m_edit->toHtml();
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto match = body.match(page);
    return match.hasMatch() ? match.captured(1).trimmed() : page;
}

} // namespace md
