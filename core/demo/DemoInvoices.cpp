// The demo generator's billing: packages sold at the start of some
// engagements, then invoices for the held sessions that no package paid,
// issued in date order (so the numbers run with the dates), most of them
// paid, some partly, some overdue, the newest still drafts, a few cancelled
// by a credit note.
#include "demo/DemoWriter.h"

#include "billing/BillingService.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <algorithm>
#include <cmath>

namespace md {

namespace {

// Invoices are written in units of this many, so that the disk is synced
// once per unit rather than once per row.
constexpr int kInvoicesPerUnit = 100;

struct PlannedInvoice {
    QDate date;
    qint64 clientId = 0;
    QList<InvoiceLine> lines; // session lines and extras
    qint64 saleId = 0;        // a package sale's invoice instead
    bool credit = false;      // cancelled by a credit note afterwards
};

QDateTime morning(const QDate& day) {
    return QDateTime(day, QTime(9, 30), Qt::UTC);
}

} // namespace

Status DemoWriter::writeInvoices(int invoices, const std::function<void(int)>& progress) {
    BillingService& billing = m_workspace.billing();
    Database& database = m_workspace.database();
    const QDate today = m_realNow.date();
    int done = 0;

    // Packages first: their credits go to the sessions they pay for, so
    // those are not billed again.
    QList<PlannedInvoice> plans;
    const int packageInvoices = std::min<int>(invoices, int(m_packages.size()));
    Status sold = database.transaction([&]() -> Status {
        for (int i = 0; i < m_packages.size(); ++i) {
            const PackagePlan& package = m_packages.at(i);
            at(morning(package.soldOn));
            const qint64 offering =
                m_packageOfferings.at(m_texts.between(0, int(m_packageOfferings.size()) - 1));
            Result<PackageSale> sale =
                billing.sellPackage(package.engagementId, offering, package.soldOn);
            if (!sale)
                return sale.error();
            if (i < packageInvoices) {
                PlannedInvoice plan;
                plan.date = package.soldOn;
                plan.saleId = sale->id;
                plans << plan;
            }
        }
        return {};
    });
    if (!sold)
        return sold;

    // What is left to bill, client by client (one read each), as of today:
    // a session is billed only once it has begun.
    at(m_realNow);
    struct Unbilled {
        qint64 clientId = 0;
        QList<InvoiceLine> lines;
    };
    QList<Unbilled> unbilled;
    qsizetype lineCount = 0;
    for (qint64 clientId : std::as_const(m_clientIds)) {
        Result<QList<InvoiceLine>> lines = billing.unbilledSessionLines(clientId);
        if (!lines)
            return lines.error();
        if (lines->isEmpty())
            continue;
        std::sort(lines->begin(), lines->end(), [](const InvoiceLine& a, const InvoiceLine& b) {
            return a.serviceDate < b.serviceDate;
        });
        lineCount += lines->size();
        unbilled << Unbilled{clientId, *lines};
    }

    // The rest of the budget: one in about seventy becomes a credit note,
    // the others bill sessions, shared by how much each client has to bill.
    const int left = invoices - packageInvoices;
    const int credits = left >= 20 ? std::max(1, left / 70) : 0;
    const int sessionInvoices = left - credits;
    int budget = int(std::min<qsizetype>(sessionInvoices, lineCount));
    QList<int> counts(unbilled.size(), 0);
    if (budget > 0) {
        QList<QPair<double, int>> remainders;
        int given = 0;
        for (int i = 0; i < unbilled.size(); ++i) {
            const double exact = double(budget) * unbilled.at(i).lines.size() / double(lineCount);
            counts[i] = std::max(1, int(std::floor(exact)));
            counts[i] = std::min<int>(counts[i], int(unbilled.at(i).lines.size()));
            given += counts[i];
            remainders << qMakePair(exact - std::floor(exact), i);
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        // Adjust to the budget exactly: add where lines remain, take where
        // more than one invoice was given.
        for (int k = 0; given < budget && k < 4 * remainders.size(); ++k) {
            const int i = remainders.at(k % remainders.size()).second;
            if (counts[i] < unbilled.at(i).lines.size()) {
                ++counts[i];
                ++given;
            }
        }
        for (int k = int(remainders.size()) - 1; given > budget && k >= 0; --k) {
            const int i = remainders.at(k).second;
            while (counts[i] > 1 && given > budget) {
                --counts[i];
                --given;
            }
        }
        for (int k = int(remainders.size()) - 1; given > budget && k >= 0; --k) {
            const int i = remainders.at(k).second;
            if (counts[i] > 0) {
                --counts[i];
                --given;
            }
        }
    }
    static const struct {
        const char* description;
        qint64 priceMinor;
    } kExtras[] = {{"CV and cover letter review", 12000},
                   {"Preparation of the promotion case (per hour)", 9000},
                   {"Psychometric assessment and debrief", 25000},
                   {"Travel to the client's office", 4500}};
    auto extraLine = [&](const QDate& day) {
        const auto& extra = kExtras[m_texts.between(0, int(std::size(kExtras)) - 1)];
        InvoiceLine line;
        line.description = QString::fromUtf8(extra.description);
        line.quantityMilli = 1000 * m_texts.between(1, 2);
        line.unitPriceMinor = extra.priceMinor;
        line.taxRateBasisPoints = 1900;
        line.serviceDate = day;
        return line;
    };
    for (int i = 0; i < unbilled.size(); ++i) {
        const QList<InvoiceLine>& lines = unbilled.at(i).lines;
        const int k = counts.at(i);
        for (int part = 0; part < k; ++part) {
            PlannedInvoice plan;
            plan.clientId = unbilled.at(i).clientId;
            const qsizetype from = lines.size() * part / k;
            const qsizetype to = lines.size() * (part + 1) / k;
            plan.lines = lines.mid(from, to - from);
            if (m_texts.chance(25))
                plan.lines << extraLine(plan.lines.last().serviceDate);
            plan.date =
                std::min(today, plan.lines.last().serviceDate.addDays(m_texts.between(0, 4)));
            plans << plan;
        }
    }
    // When there are fewer sessions to bill than invoices asked for, the
    // rest bill extra work only.
    for (int i = budget; i < sessionInvoices && !m_clientIds.isEmpty(); ++i) {
        PlannedInvoice plan;
        plan.clientId = m_clientIds.at(m_texts.between(0, int(m_clientIds.size()) - 1));
        plan.date = today.addDays(-m_texts.between(0, 3 * 365));
        plan.lines << extraLine(plan.date);
        plans << plan;
    }
    std::stable_sort(
        plans.begin(), plans.end(),
        [](const PlannedInvoice& a, const PlannedInvoice& b) { return a.date < b.date; });
    // The credit notes cancel older invoices billing sessions.
    QList<int> creditable;
    for (int i = 0; i < plans.size(); ++i)
        if (plans.at(i).saleId == 0 && plans.at(i).date.daysTo(today) > 45)
            creditable << i;
    for (int c = 0; c < credits && !creditable.isEmpty(); ++c)
        plans[creditable.takeAt(m_texts.between(0, int(creditable.size()) - 1))].credit = true;

    static const PaymentMethod kMethods[] = {
        PaymentMethod::BankTransfer, PaymentMethod::BankTransfer, PaymentMethod::BankTransfer,
        PaymentMethod::Card, PaymentMethod::Cash};
    for (int start = 0; start < plans.size(); start += kInvoicesPerUnit) {
        const int end = std::min<int>(int(plans.size()), start + kInvoicesPerUnit);
        const Status unit = database.transaction([&]() -> Status {
            for (int i = start; i < end; ++i) {
                const PlannedInvoice& plan = plans.at(i);
                at(morning(plan.date));
                Result<Invoice> draft =
                    plan.saleId != 0
                        ? billing.createFromPackageSale(plan.saleId)
                        : billing.createInvoice(plan.clientId, plan.lines, m_texts.invoiceNote());
                if (!draft)
                    return draft.error();
                ++m_report.invoices;
                const qint64 age = plan.date.daysTo(today);
                if (age < 10 && !plan.credit && m_texts.chance(50))
                    continue; // still a draft
                Result<Invoice> issued = billing.issue(draft->id);
                if (!issued)
                    return issued.error();
                const Money total = issued->totals().total;
                const int roll = m_texts.between(0, 99);
                // Older invoices are mostly settled; the recent ones are open.
                const bool paysAll = age > 60 ? roll < 93 : age > 20 ? roll < 80 : roll < 40;
                const bool paysPart = !paysAll && age > 20 && roll < (age > 60 ? 96 : 88);
                if ((paysAll || paysPart) && total.minorUnits() > 0) {
                    const QDate received =
                        std::min(today, plan.date.addDays(m_texts.between(2, 28)));
                    const qint64 amount =
                        paysAll ? total.minorUnits()
                                : qint64(std::llround(total.minorUnits() * m_texts.between(30, 70) /
                                                      100.0));
                    at(morning(received).addSecs(3600));
                    Result<Payment> paid = billing.addPayment(
                        draft->id, Money(amount, total.currency()), received,
                        kMethods[m_texts.between(0, int(std::size(kMethods)) - 1)],
                        QStringLiteral("%1").arg(issued->number));
                    if (!paid)
                        return paid.error();
                    ++m_report.payments;
                }
                if (plan.credit) {
                    at(morning(plan.date.addDays(m_texts.between(5, 30))));
                    Result<Invoice> note = billing.creditInvoice(draft->id);
                    if (!note)
                        return note.error();
                    ++m_report.invoices;
                }
            }
            return {};
        });
        if (!unit)
            return unit;
        done = end;
        if (progress)
            progress(done);
    }
    return {};
}

} // namespace md
