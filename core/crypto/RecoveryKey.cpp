#include "crypto/RecoveryKey.h"

#include <QCoreApplication>

#include <QList>

#include <algorithm>
#include <cctype>
#include <optional>

namespace md {

namespace {
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kHexDigits = kKeyBytes * 2;
constexpr qsizetype kGroupDigits = 4;
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

namespace {

bool isSeparator(char c) {
    return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isHexDigit(char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// Where a typed key goes wrong, told by group (1-16): a group is what the
// user typed between dashes or spaces, or, typed without them, each run of
// four. Only shapes can be told this way (a wrong character, a group too
// short or too long); a group of four right-looking digits that is wrong is
// found by the workspace (singleDifferingKeyGroup).
std::optional<Error> shapeError(QByteArrayView text) {
    QList<QByteArrayView> groups;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || isSeparator(text[i]);
        if (end && start >= 0) {
            groups.append(text.sliced(start, i - start));
            start = -1;
        } else if (!end && start < 0) {
            start = i;
        }
    }
    const bool typedWithoutSeparators = groups.size() == 1 && groups.first().size() > kGroupDigits;
    if (typedWithoutSeparators) {
        // Typed without separators: every four characters are one group.
        const QByteArrayView all = groups.first();
        groups.clear();
        for (qsizetype i = 0; i < all.size(); i += kGroupDigits)
            groups.append(all.sliced(i, std::min<qsizetype>(kGroupDigits, all.size() - i)));
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (char c : groups.at(g)) {
            if (isHexDigit(c))
                continue;
            const char upper = char(std::toupper(static_cast<unsigned char>(c)));
            if (upper == 'O')
                return makeError(ErrorCode::InvalidInput,
                                 RecoveryKey::tr("Group %1 of the recovery key has the letter O; "
                                                 "a recovery key has only the digit 0 (zero).")
                                     .arg(g + 1));
            if (upper == 'I' || upper == 'L')
                return makeError(ErrorCode::InvalidInput,
                                 RecoveryKey::tr("Group %1 of the recovery key has the letter I "
                                                 "or L; a recovery key has only the digit 1 "
                                                 "(one).")
                                     .arg(g + 1));
            return makeError(ErrorCode::InvalidInput,
                             RecoveryKey::tr("Group %1 of the recovery key has a character that "
                                             "is not in a recovery key: it has only the digits "
                                             "0-9, the letters A-F and dashes.")
                                 .arg(g + 1));
        }
    }
    qsizetype digits = 0;
    for (QByteArrayView group : std::as_const(groups))
        digits += group.size();
    if (digits == qsizetype(kHexDigits))
        return std::nullopt; // any grouping of 64 digits is fine
    if (groups.size() < 2)
        return std::nullopt; // nothing to compare with: said by length
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const qsizetype size = groups.at(g).size();
        // The last run of a key typed without dashes may be short only
        // because the key is; that is said below, by length.
        if (size < kGroupDigits && (!typedWithoutSeparators || g + 1 < groups.size()))
            return makeError(ErrorCode::InvalidInput,
                             RecoveryKey::tr("Group %1 of the recovery key is too short: every "
                                             "group has four characters.")
                                 .arg(g + 1));
        if (size > kGroupDigits)
            return makeError(ErrorCode::InvalidInput,
                             RecoveryKey::tr("Group %1 of the recovery key is too long: every "
                                             "group has four characters.")
                                 .arg(g + 1));
    }
    return std::nullopt;
}

} // namespace

Result<SecureBytes> RecoveryKey::parse(QByteArrayView text) {
    if (std::optional<Error> shape = shapeError(text))
        return *shape;
    SecureBytes digits(kHexDigits);
    std::size_t count = 0;
    for (char c : text) {
        if (isSeparator(c))
            continue;
        if (!isHexDigit(c))
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
