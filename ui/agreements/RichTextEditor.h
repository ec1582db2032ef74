#pragma once

#include <QWidget>

class QTextEdit;
class QToolBar;
class QToolButton;

namespace md {

// A rich-text editor for agreement text: bold, italic, headings, lists, and
// (optionally) a menu that inserts {{placeholders}}. It shows the text with
// the same fonts and styles as the printed agreement, and hands back only the
// body's HTML, without the editor's own page-wide styles.
class RichTextEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget* parent = nullptr);

    void setHtml(const QString& html);
    QString html() const;
    // Adds the "Insert placeholder" menu (for templates, not for drafts).
    void enablePlaceholders();
    void insertPlaceholder(const QString& name);
    QTextEdit* textEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void setHeading(int level);
    void toggleList();

    QToolBar* m_toolBar = nullptr;
    QTextEdit* m_edit = nullptr;
};

} // namespace md
