#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "InvoiceJson.h"
#include "ListOutput.h"

#include "billing/BillingService.h"
#include "billing/TaxRates.h"
#include "common/AtomicFile.h"
#include "export/InvoicePdfRenderer.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace md::cli {

namespace {

const QString kClientOption = QStringLiteral("client");
const QString kSessionsOption = QStringLiteral("sessions");
const QString kLineOption = QStringLiteral("line");
const QString kNotesOption = QStringLiteral("notes");
const QString kStatusOption = QStringLiteral("status");
const QString kJsonOption = QStringLiteral("json");
const QString kRetainerOption = QStringLiteral("retainer");
const QString kMonthOption = QStringLiteral("month");

// `invoice create|issue|list|show|pdf|credit`.
class InvoiceCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::InvoiceCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int create(CommandContext& context, const QCommandLineParser& args);
    static int createForRetainer(CommandContext& context, const QCommandLineParser& args,
                                 qint64 clientId);
    static int issue(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int show(CommandContext& context, const QCommandLineParser& args);
    static int pdf(CommandContext& context, const QCommandLineParser& args);
    static int credit(CommandContext& context, const QCommandLineParser& args);
    // The command that sets a detail an invoice lacks.
    static QString whereToSet(InvoiceDetail detail, qint64 clientId);

    // "DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT" (the description may
    // itself hold ';': the last three fields are numbers).
    static Result<InvoiceLine> parseLine(const QString& text, const BusinessSettings& settings);
};

Result<InvoiceLine> InvoiceCommands::parseLine(const QString& text,
                                               const BusinessSettings& settings) {
    QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() < 3)
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not a line: write \"DESCRIPTION;QUANTITY;UNIT_PRICE[;TAX_"
                            "RATE_PERCENT]\".")
                             .arg(text));
    // With four or more fields the last three are numbers; with three the
    // rate is left out and the default applies.
    const bool hasRate = parts.size() >= 4;
    const QString rateText = hasRate ? parts.takeLast() : QString();
    const QString priceText = parts.takeLast();
    const QString quantityText = parts.takeLast();
    InvoiceLine line;
    line.description = parts.join(QLatin1Char(';')).trimmed();
    if (line.description.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("'%1' has no description.").arg(text));
    auto quantity = InvoiceMath::parseQuantity(quantityText);
    if (!quantity)
        return quantity.error();
    auto price = Money::parse(priceText, settings.currency);
    if (!price)
        return price.error();
    line.quantityMilli = *quantity;
    line.unitPriceMinor = price->minorUnits();
    // The same choices as the invoice editor's rate menu.
    auto rate = TaxRates::parse(rateText, settings);
    if (!rate)
        return rate.error();
    line.taxRateBasisPoints = *rate;
    return line;
}

int InvoiceCommands::create(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kClientOption))
        return context.usageError(tr("--client is required."));
    const qint64 clientId = context.positiveId(args.value(kClientOption), tr("client id"));
    if (clientId == 0)
        return ExitUsage;
    if (args.isSet(kRetainerOption) || args.isSet(kMonthOption))
        return createForRetainer(context, args, clientId);
    if (!args.isSet(kSessionsOption) && !args.isSet(kLineOption))
        return context.usageError(
            tr("Give --sessions, one or more --line, or --retainer with --month."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    BillingService& billing = workspace->billing();
    auto settings = workspace->settings().businessSettings();
    if (!settings)
        return context.fail(settings.error());
    QList<InvoiceLine> lines;
    for (const QString& text : args.values(kLineOption)) {
        auto line = parseLine(text, *settings);
        if (!line)
            return context.usageError(line.message());
        lines.append(*line);
    }
    auto created = args.isSet(kSessionsOption)
                       ? billing.createFromSessions(clientId, lines, args.value(kNotesOption))
                       : billing.createInvoice(clientId, lines, args.value(kNotesOption));
    if (!created) {
        // The service names the window's price list; here the commands set it.
        if (auto price = billing.sessionPrice(); args.isSet(kSessionsOption) && price &&
                                                 !price->isSet() &&
                                                 created.code() == ErrorCode::InvalidInput)
            return context.fail(tr("Sessions have no price yet. Add a single session to the "
                                   "price list (`billing offering-add --kind single …`), give "
                                   "the engagement a fee (`engagement fee ID 120`) or set one "
                                   "with `settings set billing.session.price 120`."));
        return context.fail(created.error());
    }
    context.out() << created->id << QLatin1Char('\n');
    return ExitSuccess;
}

int InvoiceCommands::createForRetainer(CommandContext& context, const QCommandLineParser& args,
                                       qint64 clientId) {
    if (!args.isSet(kRetainerOption) || !args.isSet(kMonthOption))
        return context.usageError(tr("--retainer and --month go together."));
    if (args.isSet(kSessionsOption) || args.isSet(kLineOption))
        return context.usageError(
            tr("A retainer invoice bills one month: leave out --sessions and --line."));
    const qint64 offeringId =
        context.positiveId(args.value(kRetainerOption), tr("retainer offering id"));
    if (offeringId == 0)
        return ExitUsage;
    const QString monthText = args.value(kMonthOption).trimmed();
    const QDate month = QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate);
    if (monthText.size() != 7 || !month.isValid())
        return context.usageError(
            tr("'%1' is not a month: write YYYY-MM, e.g. 2026-03.").arg(monthText));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto created = workspace->billing().createForRetainer(clientId, offeringId, month,
                                                          args.value(kNotesOption));
    if (!created)
        return context.fail(created.error());
    context.out() << created->id << QLatin1Char('\n');
    return ExitSuccess;
}

int InvoiceCommands::issue(CommandContext& context, const QCommandLineParser& args) {
    const qint64 invoiceId =
        context.positiveId(args.positionalArguments().value(0), tr("invoice id"));
    if (invoiceId == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto issued = workspace->billing().issue(invoiceId);
    if (!issued)
        return context.fail(issued.error());
    // The same rule the GUI's confirmation asks; a credit note repeats the
    // details of the invoice it cancels.
    auto missing = issued->isCreditNote()
                       ? Result<QList<MissingInvoiceDetail>>(QList<MissingInvoiceDetail>())
                       : workspace->billing().missingDetails(issued->clientId);
    context.out() << issued->number << QLatin1Char('\n');
    if (missing && !missing->isEmpty()) {
        QStringList where;
        for (const MissingInvoiceDetail& m : std::as_const(*missing))
            where << whereToSet(m.detail, issued->clientId);
        context.err() << tr("warning: the invoice does not show %1; set them with %2.")
                             .arg(InvoiceReadiness::listed(*missing),
                                  QLocale().createSeparatedList(where))
                      << QLatin1Char('\n');
    }
    return ExitSuccess;
}

QString InvoiceCommands::whereToSet(InvoiceDetail detail, qint64 clientId) {
    switch (detail) {
    case InvoiceDetail::SellerName:
        return QStringLiteral("`settings set profile.name`");
    case InvoiceDetail::SellerAddress:
        return QStringLiteral("`settings set profile.address`");
    case InvoiceDetail::SellerTaxId:
        return QStringLiteral("`settings set profile.tax_id`");
    case InvoiceDetail::ClientAddress:
        return QStringLiteral("`client billing %1 --address`").arg(clientId);
    case InvoiceDetail::BankDetails:
        return QStringLiteral("`settings set billing.bank.iban`");
    }
    return {};
}

int InvoiceCommands::list(CommandContext& context, const QCommandLineParser& args) {
    InvoiceQuery query;
    if (args.isSet(kClientOption)) {
        query.clientId = context.positiveId(args.value(kClientOption), tr("client id"));
        if (query.clientId == 0)
            return ExitUsage;
    }
    if (args.isSet(kStatusOption)) {
        InvoiceStatus status;
        QString key = args.value(kStatusOption).trimmed().toLower();
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!invoiceStatusFromKey(key, &status))
            return context.usageError(tr("Unknown status '%1' (use draft|issued|partially-paid|"
                                         "paid|overdue|cancelled).")
                                          .arg(args.value(kStatusOption)));
        query.status = status;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (!useOnePassPageCache(context, *workspace))
        return ExitFailure;
    BillingService& billing = workspace->billing();
    // Written row by row as the invoices are read (see ListOutput.h for a
    // read that fails midway).
    const bool json = args.isSet(kJsonOption);
    JsonArrayWriter array(context.out());
    const Status read =
        billing.forEachInvoice(query, [&](const InvoiceRecord& r, InvoiceStatus status) {
            if (json) {
                array.append(InvoiceJson::summaryRow(r, status));
                return true;
            }
            const Invoice& inv = r.invoice;
            context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                                 .arg(inv.id)
                                 .arg(inv.isIssued() ? inv.number : QStringLiteral("-"),
                                      inv.isIssued() ? inv.issueDate.toString(Qt::ISODate)
                                                     : QStringLiteral("-"),
                                      invoiceStatusKey(status), r.clientName, r.total.format(),
                                      inv.isCreditNote() ? tr("credit note") : QString());
            return true;
        });
    if (!read)
        return context.failIncomplete(read.error());
    if (json)
        array.finish();
    return ExitSuccess;
}

int InvoiceCommands::show(CommandContext& context, const QCommandLineParser& args) {
    const qint64 invoiceId =
        context.positiveId(args.positionalArguments().value(0), tr("invoice id"));
    if (invoiceId == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    BillingService& billing = workspace->billing();
    auto record = billing.record(invoiceId);
    if (!record)
        return context.fail(record.error());
    auto invoice = billing.invoice(invoiceId);
    if (!invoice)
        return context.fail(invoice.error());
    const QJsonObject json = InvoiceJson::full(*record, *invoice, billing.statusOf(*record));
    if (args.isSet(kJsonOption)) {
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    QTextStream& out = context.out();
    out << (invoice->isCreditNote() ? tr("Credit note") : tr("Invoice")) << QLatin1Char(' ')
        << (invoice->isIssued() ? invoice->number : tr("(draft %1)").arg(invoice->id)) << '\n';
    out << tr("Client: %1").arg(record->clientName) << '\n';
    out << tr("Status: %1").arg(invoiceStatusKey(billing.statusOf(*record))) << '\n';
    if (invoice->isIssued())
        out << tr("Issued: %1, due %2")
                   .arg(invoice->issueDate.toString(Qt::ISODate),
                        invoice->dueDate.toString(Qt::ISODate))
            << '\n';
    // Amounts in the locale's money format ("€150.00", "150,00 €"); --json
    // has the machine form.
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        const auto amount = [&](const char* key) {
            const auto money =
                Money::parse(l.value(QLatin1String(key)).toString(), invoice->currency, true);
            return money ? money->format() : l.value(QLatin1String(key)).toString();
        };
        out << QStringLiteral("  %1 × %2  %3  (%4 %)  = %5\n")
                   .arg(l.value(QStringLiteral("quantity")).toString(), amount("unit_price"),
                        l.value(QStringLiteral("description")).toString(),
                        l.value(QStringLiteral("tax_rate")).toString(), amount("net"));
    }
    out << tr("Net %1, tax %2, total %3")
               .arg(record->net.format(), record->tax.format(), record->total.format())
        << '\n';
    if (invoice->isIssued() && !invoice->isCreditNote())
        out << tr("Paid %1, outstanding %2")
                   .arg(record->paid.format(), record->outstanding().format())
            << '\n';
    return ExitSuccess;
}

int InvoiceCommands::pdf(CommandContext& context, const QCommandLineParser& args) {
    const qint64 invoiceId =
        context.positiveId(args.positionalArguments().value(0), tr("invoice id"));
    if (invoiceId == 0)
        return ExitUsage;
    const QString path = args.positionalArguments().value(1);
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto document = workspace->billing().document(invoiceId);
    if (!document)
        return context.fail(document.error());
    auto bytes = InvoicePdfRenderer::render(*document);
    if (!bytes)
        return context.fail(bytes.error());
    // Complete or not there at all; the previous file stays on a full disk.
    if (Status written = writeFileAtomically(path, *bytes); !written)
        return context.fail(written.error());
    context.out() << path << QLatin1Char('\n');
    return ExitSuccess;
}

int InvoiceCommands::credit(CommandContext& context, const QCommandLineParser& args) {
    const qint64 invoiceId =
        context.positiveId(args.positionalArguments().value(0), tr("invoice id"));
    if (invoiceId == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto credit = workspace->billing().creditInvoice(invoiceId);
    if (!credit)
        return context.fail(credit.error());
    context.out() << credit->number << QLatin1Char('\n');
    return ExitSuccess;
}

void InvoiceCommands::registerIn(CommandRegistry& registry) {
    const QString invoice = QStringLiteral("invoice");
    const PositionalArgument idArgument{QStringLiteral("ID"), tr("The invoice's id."), false};

    Command create;
    create.path = QStringList{invoice, QStringLiteral("create")};
    create.synopsis = tr("--client ID [--sessions] [--line \"DESC;QTY;UNIT_PRICE;TAX%\"]... | "
                         "--client ID --retainer OFFERING_ID --month YYYY-MM");
    create.summary = tr("Create a draft invoice; prints its id.");
    create.details =
        tr("--sessions adds the client's held sessions that are neither billed yet nor paid "
           "by a package (and, when the cancellation policy says so, late cancellations and "
           "no-shows). Each --line is \"DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT\", "
           "e.g. \"Workbook;2;24.50;7\": the unit price is before tax in the workspace "
           "currency, with a dot or a comma and no thousands separators. The rate is a "
           "percentage or one of the settings' rates by name: standard, reduced or zero; "
           "without it the standard rate applies. --retainer with --month bills one month of "
           "a monthly retainer from the price list (`billing offerings` lists their ids); "
           "each month is billed once. The draft gets its number only when issued.");
    create.options = {
        QCommandLineOption(kClientOption, tr("The client's id (required)."), tr("ID")),
        QCommandLineOption(kSessionsOption, tr("Bill the held, not yet billed sessions.")),
        QCommandLineOption(kLineOption, tr("A line; repeat for more."), tr("LINE")),
        QCommandLineOption(kNotesOption, tr("Text printed under the lines."), tr("TEXT")),
        QCommandLineOption(kRetainerOption, tr("Bill a monthly retainer of the price list."),
                           tr("OFFERING_ID")),
        QCommandLineOption(kMonthOption, tr("The retainer month billed."), tr("YYYY-MM"))};
    create.run = &InvoiceCommands::create;
    registry.add(std::move(create));

    Command issue;
    issue.path = QStringList{invoice, QStringLiteral("issue")};
    issue.synopsis = tr("ID");
    issue.summary = tr("Issue a draft: number it and freeze it; prints the number.");
    issue.details = tr("The number is the next of the year's gapless sequence. An issued invoice "
                       "never changes; correct or cancel it with `invoice credit`. The client's "
                       "credit balance, if any, is applied.");
    issue.arguments = {idArgument};
    issue.run = &InvoiceCommands::issue;
    registry.add(std::move(issue));

    Command list;
    list.path = QStringList{invoice, QStringLiteral("list")};
    list.synopsis = tr("[--client ID] [--status STATUS] [--json]");
    list.summary = tr("List invoices and credit notes.");
    list.options = {QCommandLineOption(kClientOption, tr("Only this client's."), tr("ID")),
                    QCommandLineOption(kStatusOption,
                                       tr("draft|issued|partially-paid|paid|overdue|cancelled."),
                                       tr("STATUS")),
                    QCommandLineOption(kJsonOption, tr("Print a JSON array."))};
    list.run = &InvoiceCommands::list;
    registry.add(std::move(list));

    Command show;
    show.path = QStringList{invoice, QStringLiteral("show")};
    show.synopsis = tr("ID [--json]");
    show.summary = tr("Show one invoice with its lines and what is paid.");
    show.arguments = {idArgument};
    show.options = {QCommandLineOption(kJsonOption, tr("Print a JSON object."))};
    show.run = &InvoiceCommands::show;
    registry.add(std::move(show));

    Command pdf;
    pdf.path = QStringList{invoice, QStringLiteral("pdf")};
    pdf.synopsis = tr("ID FILE");
    pdf.summary = tr("Write the invoice as a PDF file.");
    pdf.arguments = {idArgument, {QStringLiteral("FILE"), tr("The PDF file to write."), false}};
    pdf.run = &InvoiceCommands::pdf;
    registry.add(std::move(pdf));

    Command credit;
    credit.path = QStringList{invoice, QStringLiteral("credit")};
    credit.synopsis = tr("ID");
    credit.summary = tr("Cancel an issued invoice with a credit note; prints its number.");
    credit.details = tr("The credit note negates every line of the invoice and takes the next "
                        "number. Money already paid on the invoice becomes the client's credit.");
    credit.arguments = {idArgument};
    credit.run = &InvoiceCommands::credit;
    registry.add(std::move(credit));
}

} // namespace

void registerInvoiceCommands(CommandRegistry& registry) {
    InvoiceCommands::registerIn(registry);
}

} // namespace md::cli
