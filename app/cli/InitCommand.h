#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <functional>
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
//
// With `fill`, the workspace is made beside the folder under a hidden name,
// filled, closed and only then moved into place, and the recovery key is
// printed after that: a failed fill leaves no workspace (and no recovery key
// of one) behind. `created` stays empty then.
using WorkspaceFill = std::function<Status(Workspace& workspace)>;
int createWorkspace(CommandContext& context, const Clock& clock,
                    std::unique_ptr<Workspace>* created, const WorkspaceFill& fill = {});

} // namespace md::cli
