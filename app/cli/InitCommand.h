#pragma once

#include "common/Clock.h"

#include <memory>

namespace md {
class Workspace;
}

namespace md::cli {

class CommandContext;

// Creates a new workspace in the context's folder, as `init` does: refuses a
// folder that holds one, reads the new passphrase, remembers the key in the
// system keychain with --keychain and prints the recovery key once on
// standard output. The workspace runs on `clock`, which must outlive it.
// Returns the exit status; on success `created` holds the open workspace.
int createWorkspace(CommandContext& context, const Clock& clock,
                    std::unique_ptr<Workspace>* created);

} // namespace md::cli
