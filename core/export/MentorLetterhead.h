#pragma once

#include "export/DocumentLayout.h"
#include "settings/MentorProfile.h"

#include <QCoreApplication>

namespace md {

// The mentor as the top of an agreement and of a session summary shows
// them: the business (or the mentor's) name, then who and where, then how to
// reach them, and the logo. One function, so the two documents look alike.
class MentorLetterhead final {
    Q_DECLARE_TR_FUNCTIONS(md::MentorLetterhead)
public:
    static Letterhead of(const MentorProfile& mentor);
};

} // namespace md
