#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "billing/BillingReports.h"
#include "billing/BillingService.h"
#include "billing/TaxRates.h"
#include "export/InvoiceCsvExporter.h"
#include "settings/SettingsService.h"
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
const QString kKindOption = QStringLiteral("kind");
const QString kNameOption = QStringLiteral("name");
const QString kPriceOption = QStringLiteral("price");
const QString kTaxRateOption = QStringLiteral("tax-rate");
const QString kSessionsOption = QStringLiteral("sessions");
const QString kEngagementOption = QStringLiteral("engagement");
const QString kOfferingOption = QStringLiteral("offering");
const QString kDateOption = QStringLiteral("date");
const QString kMonthsOption = QStringLiteral("months");

// `billing export|report|offerings|offering-add|sell-package`: files for the
// accountant, what is owed, the price list (whose ids `invoice create
// --retainer` takes) and package sales.
class BillingCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::BillingCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int exportCsv(CommandContext& context, const QCommandLineParser& args);
    static int report(CommandContext& context, const QCommandLineParser& args);
    static int offerings(CommandContext& context, const QCommandLineParser& args);
    static int addOffering(CommandContext& context, const QCommandLineParser& args);
    static int sellPackage(CommandContext& context, const QCommandLineParser& args);
};

int BillingCommands::offerings(CommandContext& context, const QCommandLineParser& args) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto list = workspace->billing().offerings();
    if (!list)
        return context.fail(list.error());
    if (args.isSet(kJsonOption)) {
        QJsonArray array;
        for (const Offering& o : *list)
            array.append(QJsonObject{{QStringLiteral("id"), o.id},
                                     {QStringLiteral("kind"), offeringKindKey(o.kind)},
                                     {QStringLiteral("name"), o.name},
                                     {QStringLiteral("price"), o.price.toDecimalString()},
                                     {QStringLiteral("currency"), o.price.currency()},
                                     {QStringLiteral("sessions"), o.sessionCount},
                                     {QStringLiteral("validity_months"), o.validityMonths}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const Offering& o : *list)
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\n")
                             .arg(o.id)
                             .arg(offeringKindKey(o.kind), o.name, o.price.format());
    return ExitSuccess;
}

int BillingCommands::addOffering(CommandContext& context, const QCommandLineParser& args) {
    Offering offering;
    if (!offeringKindFromKey(args.value(kKindOption).trimmed().toLower(), &offering.kind))
        return context.usageError(tr("--kind must be single, package or retainer."));
    offering.name = args.value(kNameOption).trimmed();
    if (offering.name.isEmpty())
        return context.usageError(tr("--name is required."));
    if (!args.isSet(kPriceOption))
        return context.usageError(tr("--price is required."));
    const auto count = [&](const QString& option, int fallback, int* value) {
        bool ok = true;
        *value = args.isSet(option) ? args.value(option).toInt(&ok) : fallback;
        return ok && *value >= 0;
    };
    if (!count(kSessionsOption, 1, &offering.sessionCount) ||
        !count(kMonthsOption, 0, &offering.validityMonths))
        return context.usageError(tr("--sessions and --months take a whole number."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto settings = workspace->settings().businessSettings();
    if (!settings)
        return context.fail(settings.error());
    auto price = Money::parse(args.value(kPriceOption), settings->currency);
    if (!price)
        return context.usageError(price.message());
    offering.price = *price;
    offering.taxRateBasisPoints = TaxRates::defaultRate(*settings);
    if (args.isSet(kTaxRateOption)) {
        auto rate = TaxRates::parse(args.value(kTaxRateOption), *settings);
        if (!rate)
            return context.usageError(rate.message());
        offering.taxRateBasisPoints = *rate;
    }
    auto added = workspace->billing().addOffering(offering);
    if (!added)
        return context.fail(added.error());
    context.out() << added->id << QLatin1Char('\n');
    return ExitSuccess;
}

int BillingCommands::sellPackage(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kEngagementOption) || !args.isSet(kOfferingOption))
        return context.usageError(tr("--engagement and --offering are required."));
    const qint64 engagementId =
        context.positiveId(args.value(kEngagementOption), tr("engagement id"));
    if (engagementId == 0)
        return ExitUsage;
    const qint64 offeringId = context.positiveId(args.value(kOfferingOption), tr("offering id"));
    if (offeringId == 0)
        return ExitUsage;
    QDate soldOn;
    if (args.isSet(kDateOption)) {
        soldOn = QDate::fromString(args.value(kDateOption), Qt::ISODate);
        if (!soldOn.isValid())
            return context.usageError(
                tr("'%1' is not a date: write YYYY-MM-DD.").arg(args.value(kDateOption)));
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto invoice = workspace->billing().sellPackageAndBill(engagementId, offeringId, soldOn);
    if (!invoice)
        return context.fail(invoice.error());
    context.out() << invoice->id << QLatin1Char('\n');
    return ExitSuccess;
}

int BillingCommands::exportCsv(CommandContext& context, const QCommandLineParser& args) {
    const QString dir = QDir(args.positionalArguments().value(0)).absolutePath();
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto written =
        InvoiceCsvExporter::exportAll(workspace->billing(), dir, workspace->clock().today());
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
    int year = workspace->clock().today().year();
    if (args.isSet(kYearOption)) {
        bool ok = false;
        year = args.value(kYearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return context.usageError(tr("'%1' is not a year.").arg(args.value(kYearOption)));
    }
    auto overview = workspace->billing().overview(year);
    if (!overview)
        return context.fail(overview.error());
    const QString currency = overview->currency;
    const QList<RevenueRow>& months = overview->months;
    const QList<AgeingRow>& owed = overview->owed;
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
    // Text for people, in their locale's money format; --json for scripts.
    const QLocale locale;
    QTextStream& out = context.out();
    out << tr("Revenue %1 (%2): month, net, tax, gross, received").arg(year).arg(currency) << '\n';
    for (const RevenueRow& row : months)
        out << QStringLiteral("  %1-%2\t%3\t%4\t%5\t%6\n")
                   .arg(row.year)
                   .arg(row.month, 2, 10, QLatin1Char('0'))
                   .arg(row.net.format(locale), row.tax.format(locale), row.gross.format(locale),
                        row.received.format(locale));
    out << tr("Owed by client: 0-30, 31-60, 61-90, over 90 days, total") << '\n';
    for (const AgeingRow& row : owed)
        out << QStringLiteral("  %1\t%2\t%3\t%4\t%5\t%6\n")
                   .arg(row.clientName, row.days0to30.format(locale), row.days31to60.format(locale),
                        row.days61to90.format(locale), row.over90.format(locale),
                        row.total.format(locale));
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

    Command offerings;
    offerings.path = QStringList{billing, QStringLiteral("offerings")};
    offerings.synopsis = tr("[--json]");
    offerings.summary = tr("List the price list with its ids.");
    offerings.options = {QCommandLineOption(kJsonOption, tr("Print a JSON array."))};
    offerings.run = &BillingCommands::offerings;
    registry.add(std::move(offerings));

    Command addOffering;
    addOffering.path = QStringList{billing, QStringLiteral("offering-add")};
    addOffering.synopsis =
        tr("--kind single|package|retainer --name NAME --price AMOUNT [--tax-rate PERCENT] "
           "[--sessions N] [--months N]");
    addOffering.summary = tr("Add an entry to the price list; prints its id.");
    addOffering.details =
        tr("The price is before tax, per session, per package or per month, in the workspace "
           "currency. Packages take --sessions (sessions included) and --months (validity, 0 = "
           "no expiry). Without --tax-rate the standard rate applies.");
    addOffering.options = {
        QCommandLineOption(kKindOption, tr("single, package or retainer."), tr("KIND")),
        QCommandLineOption(kNameOption, tr("The name printed on invoices."), tr("NAME")),
        QCommandLineOption(kPriceOption, tr("The price before tax."), tr("AMOUNT")),
        QCommandLineOption(kTaxRateOption, tr("The tax rate in percent."), tr("PERCENT")),
        QCommandLineOption(kSessionsOption, tr("Packages: sessions included."), tr("N")),
        QCommandLineOption(kMonthsOption, tr("Packages: months of validity."), tr("N"))};
    addOffering.run = &BillingCommands::addOffering;
    registry.add(std::move(addOffering));

    Command sell;
    sell.path = QStringList{billing, QStringLiteral("sell-package")};
    sell.synopsis = tr("--engagement ID --offering ID [--date YYYY-MM-DD]");
    sell.summary = tr("Sell a package of the price list to an engagement; prints the id of its "
                      "invoice draft.");
    sell.details =
        tr("The engagement gets the package's sessions as credits, valid from the date of sale "
           "(default: today) for the package's months; its held sessions use them. The draft "
           "invoice bills the package's price; issue it with `invoice issue`.");
    sell.options = {
        QCommandLineOption(kEngagementOption, tr("The engagement's id (required)."), tr("ID")),
        QCommandLineOption(kOfferingOption, tr("The package's id from `billing offerings`."),
                           tr("ID")),
        QCommandLineOption(kDateOption, tr("The date of sale."), tr("YYYY-MM-DD"))};
    sell.run = &BillingCommands::sellPackage;
    registry.add(std::move(sell));
}

} // namespace

void registerBillingCommands(CommandRegistry& registry) {
    BillingCommands::registerIn(registry);
}

} // namespace md::cli
