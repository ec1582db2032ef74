#include "demo/DemoGenerator.h"

#include "clients/ClientService.h"
#include "demo/DemoClock.h"
#include "demo/DemoWriter.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <algorithm>

namespace md {

namespace {

// Clients are written in units of this many, each with everything it owns:
// one commit (one sync of the disk) per unit instead of one per row, and a
// failure loses one unit only. 1k clients / 20k sessions / 3k invoices took
// 154 s (55 s of CPU) on the shared 2-core machine, Debug -O0, load ~10;
// half of it is the PDF each signed agreement renders (AgreementService).
// 10k / 200k / 30k took 821 s at load ~3-5: linear in the size.
constexpr int kClientsPerUnit = 25;

// The most the generator accepts: far beyond any practice, small enough that
// the sums never overflow.
constexpr int kMaxCount = 10'000'000;

} // namespace

Result<DemoReport> generateDemo(Workspace& workspace, const DemoSize& size,
                                const std::function<void(int, int)>& progress) {
    if (size.clients < 0 || size.sessions < 0 || size.invoices < 0)
        return makeError(ErrorCode::InvalidInput,
                         DemoWriter::tr("The numbers of clients, sessions and invoices cannot be "
                                        "negative."));
    if (size.clients > kMaxCount || size.sessions > kMaxCount || size.invoices > kMaxCount)
        return makeError(ErrorCode::InvalidInput,
                         DemoWriter::tr("At most %1 clients, sessions or invoices can be "
                                        "generated.")
                             .arg(kMaxCount));
    if (size.clients == 0 && (size.sessions > 0 || size.invoices > 0))
        return makeError(ErrorCode::InvalidInput,
                         DemoWriter::tr("Sessions and invoices need at least one client."));
    Result<int> existing = workspace.clients().count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorCode::Refused,
                         DemoWriter::tr("This workspace already holds clients; demo data is only "
                                        "generated into an empty workspace."));

    DemoReport report;
    DemoWriter writer(workspace, size, report);
    Database& database = workspace.database();
    const int total = size.clients + size.invoices;
    int done = 0;
    auto step = [&](int amount) {
        done += amount;
        if (progress)
            progress(std::min(done, total), total);
    };

    Status result = database.transaction([&] { return writer.setUp(); });
    const QList<DemoClientPlan> plans = writer.plan(size.clients, size.sessions);
    for (int first = 0; result && first < plans.size(); first += kClientsPerUnit) {
        const int last = std::min<int>(int(plans.size()), first + kClientsPerUnit);
        result = database.transaction([&]() -> Status {
            for (int i = first; i < last; ++i)
                if (Status written = writer.writeClient(plans.at(i)); !written)
                    return written;
            return {};
        });
        if (result)
            step(last - first);
    }
    if (result) {
        int invoicesDone = 0;
        result = writer.writeInvoices(size.invoices, [&](int count) {
            step(count - invoicesDone);
            invoicesDone = count;
        });
        if (result)
            step(size.invoices - invoicesDone);
    }
    // The clock tells the real time again, whatever happened.
    if (const auto* clock = dynamic_cast<const DemoClock*>(&workspace.clock()))
        clock->setNow({});
    if (!result)
        return result.error();
    return report;
}

} // namespace md
