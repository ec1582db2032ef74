#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace md {

// One byte-exact JSON form for values that get hashed or signed: object keys
// sorted by their UTF-8 bytes, no whitespace, strings as UTF-8 with only '"',
// '\\' and control characters escaped, numbers as integers. Two equal values
// always give the same bytes, so a signature over them can be checked after
// parsing and re-serialising. Non-integral numbers are not allowed in our
// manifests; they are written with 17 significant digits only for safety.
namespace CanonicalJson {

QByteArray serialize(const QJsonValue& value);

// True when `bytes` is valid JSON already in canonical form.
bool isCanonical(const QByteArray& bytes);
// The same for `bytes` already parsed into `parsed` (null when they did not
// parse), so a caller that reads the fields too parses once.
bool isCanonical(const QByteArray& bytes, const QJsonDocument& parsed);

} // namespace CanonicalJson

} // namespace md
