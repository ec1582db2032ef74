#pragma once

#include <QString>

namespace md {

// `name` made acceptable to every file system MentorDesk runs on (Windows
// refuses far more than Unix): each run of forbidden characters (\ / : * ? " <
// > | and control characters) becomes `replacement`, spaces are simplified,
// trailing dots dropped (Windows strips them silently) and the length capped.
// An empty result becomes `fallback`, so the file still gets a name.
QString safeFileName(QString name, QStringView replacement, const QString& fallback);

} // namespace md
