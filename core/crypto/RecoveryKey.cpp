#include "crypto/RecoveryKey.h"

#include <QCoreApplication>

#include <cctype>

namespace md {

namespace {
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kHexDigits = kKeyBytes * 2;
} // namespace

SecureBytes RecoveryKey::format(const SecureBytes& key) {
    const SecureBytes hex = key.toHex();
    const std::size_t groups = hex.size() / 4;
    SecureBytes text(hex.size() + (groups > 0 ? groups - 1 : 0));
    std::size_t out = 0;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            text.data()[out++] = '-';
        text.data()[out++] = static_cast<unsigned char>(std::toupper(hex.data()[i]));
    }
    return text;
}

Result<SecureBytes> RecoveryKey::parse(QByteArrayView text) {
    SecureBytes digits(kHexDigits);
    std::size_t count = 0;
    for (char c : text) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return makeError(ErrorCode::InvalidInput,
                             tr("A recovery key contains only the digits 0-9, the letters A-F "
                                "and dashes."));
        if (count == kHexDigits) {
            ++count;
            break;
        }
        digits.data()[count++] = static_cast<unsigned char>(std::tolower(c));
    }
    if (count > kHexDigits)
        return makeError(ErrorCode::InvalidInput,
                         tr("This recovery key is too long: a recovery key has 64 digits and "
                            "letters (16 groups of four)."));
    if (count < kHexDigits)
        return makeError(ErrorCode::InvalidInput,
                         tr("A recovery key has 64 digits and letters (16 groups of four); "
                            "this one has %1.")
                             .arg(count));
    SecureBytes key = SecureBytes::fromHex(digits.view());
    if (key.size() != kKeyBytes)
        return makeError(ErrorCode::InvalidInput, tr("The recovery key could not be read."));
    return key;
}

} // namespace md
