#pragma once

#include <QComboBox>

namespace md {

// The languages MentorDesk writes documents in, each under its own name
// ("Deutsch", "Português (Brasil)"), so a mentor finds theirs whatever the
// interface speaks. The first entry stands for "no language of its own": what
// it falls back to is the caller's to say (setDefaultText). Used by the
// client form and the mentor profile page.
class DocumentLanguageComboBox final : public QComboBox {
    Q_OBJECT
public:
    explicit DocumentLanguageComboBox(QWidget* parent = nullptr);

    // The first entry's text, e.g. "Same as yours (Deutsch)".
    void setDefaultText(const QString& text);
    // One of DocumentLanguage::codes(), or empty for the first entry.
    QString language() const;
    // Shows `code`; anything that is not one of the codes shows the first entry.
    void setLanguage(const QString& code);
};

} // namespace md
