#pragma once

#include "export/DocumentLayout.h"
#include "i18n/DocumentTranslator.h"
#include "settings/MentorProfile.h"

namespace md {

// The mentor as the top of an agreement and of a session summary shows
// them: the business (or the mentor's) name, then who and where, then how to
// reach them, and the logo. One function, so the two documents look alike.
class MentorLetterhead final {
public:
    // Its few words ("Tax ID") in the language of `document`.
    static Letterhead of(const MentorProfile& mentor, const DocumentTranslator& document);
};

} // namespace md
