#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "billing/BillingReports.h"
#include "billing/BillingService.h"
#include "export/InvoiceCsvExporter.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

namespace {

const QString kYearOption = QStringLiteral("year");
const QString kJsonOption = QStringLiteral("json");

// `billing export|report`: files for the accountant and what is owed.
class BillingCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::BillingCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int exportCsv(CommandContext& context, const QCommandLineParser& args);
    static int report(CommandContext& context, const QCommandLineParser& args);
};

int BillingCommands::exportCsv(CommandContext& context, const QCommandLineParser& args) {
    const QString dir = QDir(args.positionalArguments().value(0)).absolutePath();
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto written = InvoiceCsvExporter::exportAll(BillingService::of(*workspace), dir);
    if (!written)
        return context.fail(written.error());
    for (const QString& path : *written)
        context.out() << QDir::toNativeSeparators(path) << QLatin1Char('\n');
    return ExitSuccess;
}

int BillingCommands::report(CommandContext& context, const QCommandLineParser& args) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    BillingService& billing = BillingService::of(*workspace);
    int year = billing.clock().today().year();
    if (args.isSet(kYearOption)) {
        bool ok = false;
        year = args.value(kYearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return context.usageError(tr("'%1' is not a year.").arg(args.value(kYearOption)));
    }
    auto settings = billing.businessSettings();
    auto invoices = billing.invoices().list();
    auto payments = billing.payments().list();
    if (!settings || !invoices || !payments)
        return context.fail(!settings   ? settings.error()
                            : !invoices ? invoices.error()
                                        : payments.error());
    const QString currency = settings->currency;
    const auto months = BillingReports::revenueByMonth(*invoices, *payments, year, currency);
    const auto owed = BillingReports::owedByClient(*invoices, billing.clock().today(), currency);
    if (args.isSet(kJsonOption)) {
        QJsonArray revenue;
        for (const RevenueRow& row : months)
            revenue.append(QJsonObject{
                {QStringLiteral("month"),
                 QStringLiteral("%1-%2").arg(row.year).arg(row.month, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("net"), row.net.toDecimalString()},
                {QStringLiteral("tax"), row.tax.toDecimalString()},
                {QStringLiteral("gross"), row.gross.toDecimalString()},
                {QStringLiteral("received"), row.received.toDecimalString()}});
        QJsonArray ageing;
        for (const AgeingRow& row : owed)
            ageing.append(QJsonObject{{QStringLiteral("client_id"), row.clientId},
                                      {QStringLiteral("client"), row.clientName},
                                      {QStringLiteral("0_30"), row.days0to30.toDecimalString()},
                                      {QStringLiteral("31_60"), row.days31to60.toDecimalString()},
                                      {QStringLiteral("61_90"), row.days61to90.toDecimalString()},
                                      {QStringLiteral("over_90"), row.over90.toDecimalString()},
                                      {QStringLiteral("total"), row.total.toDecimalString()},
                                      {QStringLiteral("overdue"), row.overdue.toDecimalString()}});
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("currency"), currency},
                                      {QStringLiteral("revenue"), revenue},
                                      {QStringLiteral("owed"), ageing}})
                .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    QTextStream& out = context.out();
    out << tr("Revenue %1 (%2): month, net, tax, gross, received").arg(year).arg(currency) << '\n';
    for (const RevenueRow& row : months)
        out << QStringLiteral("  %1-%2\t%3\t%4\t%5\t%6\n")
                   .arg(row.year)
                   .arg(row.month, 2, 10, QLatin1Char('0'))
                   .arg(row.net.toDecimalString(), row.tax.toDecimalString(),
                        row.gross.toDecimalString(), row.received.toDecimalString());
    out << tr("Owed by client: 0-30, 31-60, 61-90, over 90 days, total") << '\n';
    for (const AgeingRow& row : owed)
        out << QStringLiteral("  %1\t%2\t%3\t%4\t%5\t%6\n")
                   .arg(row.clientName, row.days0to30.toDecimalString(),
                        row.days31to60.toDecimalString(), row.days61to90.toDecimalString(),
                        row.over90.toDecimalString(), row.total.toDecimalString());
    return ExitSuccess;
}

void BillingCommands::registerIn(CommandRegistry& registry) {
    const QString billing = QStringLiteral("billing");
    Command exportCommand;
    exportCommand.path = QStringList{billing, QStringLiteral("export")};
    exportCommand.synopsis = tr("DIR");
    exportCommand.summary = tr("Write invoices.csv, invoice_lines.csv and payments.csv.");
    exportCommand.details =
        tr("CSV as RFC 4180 (every field quoted, CRLF line ends), UTF-8, amounts with a dot as "
           "decimal separator and dates as YYYY-MM-DD, whatever the language settings. Drafts "
           "are left out.");
    exportCommand.arguments = {
        {QStringLiteral("DIR"), tr("Folder to write to (made if missing)."), false}};
    exportCommand.run = &BillingCommands::exportCsv;
    registry.add(std::move(exportCommand));

    Command report;
    report.path = QStringList{billing, QStringLiteral("report")};
    report.synopsis = tr("[--year YEAR] [--json]");
    report.summary = tr("Revenue by month and what each client owes, by age.");
    report.options = {
        QCommandLineOption(kYearOption, tr("The year (default: this year)."), tr("YEAR")),
        QCommandLineOption(kJsonOption, tr("Print a JSON object."))};
    report.run = &BillingCommands::report;
    registry.add(std::move(report));
}

} // namespace

void registerBillingCommands(CommandRegistry& registry) {
    BillingCommands::registerIn(registry);
}

} // namespace md::cli
