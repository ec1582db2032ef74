#pragma once

#include "common/Result.h"

#include <QtGlobal>

#include <functional>

namespace md {

class Workspace;

// How much invented data generateDemo() writes. The defaults are the
// "realistic" practice of the performance issue (fifteen years of work).
struct DemoSize {
    int clients = 1000;
    int sessions = 20000;
    int invoices = 3000;
    quint32 seed = 1;
};

// What generateDemo() wrote, counted as it went.
struct DemoReport {
    int clients = 0, engagements = 0, sessions = 0, invoices = 0, payments = 0, agreements = 0;
};

// Fills an open, empty workspace with invented but realistic data through its
// services (never raw SQL), deterministic for a seed. `progress` gets (done, total) steps.
Result<DemoReport> generateDemo(Workspace& workspace, const DemoSize& size,
                                const std::function<void(int, int)>& progress = {});

} // namespace md
