#include "security/SecretInput.h"

#include <QLineEdit>

namespace md {

SecureBytes takeSecret(QLineEdit* edit, bool dropWhitespace) {
    SecureBytes secret = readSecret(edit, dropWhitespace);
    edit->clear();
    return secret;
}

SecureBytes readSecret(const QLineEdit* edit, bool dropWhitespace) {
    QByteArray plain = edit->text().toUtf8();
    if (dropWhitespace) {
        qsizetype out = 0;
        for (qsizetype in = 0; in < plain.size(); ++in) {
            const char c = plain.at(in);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                plain[out++] = c;
        }
        // Wipe the tail before shrinking, so no digits stay behind the end.
        for (qsizetype i = out; i < plain.size(); ++i)
            plain[i] = '\0';
        plain.truncate(out);
    }
    return SecureBytes::takeFrom(plain);
}

} // namespace md
