#include "CommandRegistry.h"

// Every command group of the CLI, in the order `--help` lists them. Adding a
// group is one line here plus its own file defining
//     void md::cli::register<Name>Commands(CommandRegistry& registry)
// (explicit rather than static self-registration: the groups live in a static
// library, and a linker drops object files nothing refers to).
#define MENTORDESK_CLI_COMMAND_GROUPS(X)                                                           \
    X(Init)                                                                                        \
    X(Client)                                                                                      \
    X(ClientImport)                                                                                \
    X(Erasure)                                                                                     \
    X(ClientBilling)                                                                               \
    X(Engagement)                                                                                  \
    X(Agreement)                                                                                   \
    X(Session)                                                                                     \
    X(Ics)                                                                                         \
    X(Calendar)                                                                                    \
    X(Summary)                                                                                     \
    X(Invoice)                                                                                     \
    X(Payment)                                                                                     \
    X(Billing)                                                                                     \
    X(Settings)                                                                                    \
    X(Passwd)                                                                                      \
    X(Search)                                                                                      \
    X(Verify)                                                                                      \
    X(Backup)                                                                                      \
    X(Export)                                                                                      \
    X(Demo)

namespace md::cli {

#define MENTORDESK_CLI_DECLARE_GROUP(name) void register##name##Commands(CommandRegistry& registry);
MENTORDESK_CLI_COMMAND_GROUPS(MENTORDESK_CLI_DECLARE_GROUP)
#undef MENTORDESK_CLI_DECLARE_GROUP

void registerAllCommands(CommandRegistry& registry) {
#define MENTORDESK_CLI_REGISTER_GROUP(name) register##name##Commands(registry);
    MENTORDESK_CLI_COMMAND_GROUPS(MENTORDESK_CLI_REGISTER_GROUP)
#undef MENTORDESK_CLI_REGISTER_GROUP
}

} // namespace md::cli
