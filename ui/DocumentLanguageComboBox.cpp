#include "DocumentLanguageComboBox.h"

#include "i18n/DocumentLanguage.h"

#include <algorithm>

namespace md {

DocumentLanguageComboBox::DocumentLanguageComboBox(QWidget* parent)
    : QComboBox(parent) {
    addItem(QString(), QString());
    for (const QString& code : DocumentLanguage::codes())
        addItem(DocumentLanguage::nativeName(code), code);
}

void DocumentLanguageComboBox::setDefaultText(const QString& text) {
    setItemText(0, text);
}

QString DocumentLanguageComboBox::language() const {
    return currentData().toString();
}

void DocumentLanguageComboBox::setLanguage(const QString& code) {
    setCurrentIndex(code.isEmpty() ? 0 : std::max(0, findData(code)));
}

} // namespace md
