#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "InvoiceJson.h"
#include "ListOutput.h"

#include "billing/BillingService.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace md::cli {

namespace {

const QString kInvoiceOption = QStringLiteral("invoice");
const QString kClientOption = QStringLiteral("client");
const QString kAmountOption = QStringLiteral("amount");
const QString kDateOption = QStringLiteral("date");
const QString kMethodOption = QStringLiteral("method");
const QString kReferenceOption = QStringLiteral("reference");
const QString kJsonOption = QStringLiteral("json");

// `payment add|list`.
class PaymentCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::PaymentCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int add(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
};

int PaymentCommands::add(CommandContext& context, const QCommandLineParser& args) {
    if (args.isSet(kInvoiceOption) == args.isSet(kClientOption))
        return context.usageError(tr("Give either --invoice or --client."));
    if (!args.isSet(kAmountOption) || !args.isSet(kDateOption))
        return context.usageError(tr("--amount and --date are required."));
    const bool forInvoice = args.isSet(kInvoiceOption);
    const qint64 target = forInvoice
                              ? context.positiveId(args.value(kInvoiceOption), tr("invoice id"))
                              : context.positiveId(args.value(kClientOption), tr("client id"));
    if (target == 0)
        return ExitUsage;
    const QDate date = QDate::fromString(args.value(kDateOption), Qt::ISODate);
    if (!date.isValid())
        return context.usageError(
            tr("'%1' is not a date (use YYYY-MM-DD).").arg(args.value(kDateOption)));
    PaymentMethod method = PaymentMethod::BankTransfer;
    if (args.isSet(kMethodOption)) {
        QString key = args.value(kMethodOption).trimmed().toLower();
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!paymentMethodFromKey(key, &method))
            return context.usageError(tr("Unknown method '%1' (use bank-transfer|card|cash|other).")
                                          .arg(args.value(kMethodOption)));
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    BillingService& billing = workspace->billing();
    QString currency;
    if (forInvoice) {
        auto record = billing.record(target);
        if (!record)
            return context.fail(record.error());
        currency = record->invoice.currency;
    } else {
        auto settings = workspace->settings().businessSettings();
        if (!settings)
            return context.fail(settings.error());
        currency = settings->currency;
    }
    auto amount = Money::parse(args.value(kAmountOption), currency);
    if (!amount)
        return context.usageError(amount.message());
    auto payment =
        forInvoice
            ? billing.addPayment(target, *amount, date, method, args.value(kReferenceOption))
            : billing.addClientPayment(target, *amount, date, method, args.value(kReferenceOption));
    if (!payment)
        return context.fail(payment.error());
    context.out() << payment->id << QLatin1Char('\n');
    auto credit = billing.clientCredit(payment->clientId, currency);
    if (credit && credit->isPositive())
        context.err() << tr("The client now has a credit of %1, used by the next invoice.")
                             .arg(credit->format())
                      << QLatin1Char('\n');
    return ExitSuccess;
}

int PaymentCommands::list(CommandContext& context, const QCommandLineParser& args) {
    PaymentQuery filter;
    if (args.isSet(kClientOption)) {
        filter.clientId = context.positiveId(args.value(kClientOption), tr("client id"));
        if (filter.clientId == 0)
            return ExitUsage;
    }
    if (args.isSet(kInvoiceOption)) {
        filter.invoiceId = context.positiveId(args.value(kInvoiceOption), tr("invoice id"));
        if (filter.invoiceId == 0)
            return ExitUsage;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    // Written row by row as the payments are read (see ListOutput.h for a
    // read that fails midway).
    const bool json = args.isSet(kJsonOption);
    JsonArrayWriter array(context.out());
    const Status read = workspace->billing().forEachPayment(filter, [&](const PaymentRecord& r) {
        if (json) {
            array.append(InvoiceJson::payment(r));
            return true;
        }
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                             .arg(r.payment.id)
                             .arg(r.payment.receivedOn.toString(Qt::ISODate), r.clientName,
                                  r.payment.amount.format(), paymentMethodKey(r.payment.method),
                                  r.invoiceNumbers.join(QLatin1Char(' ')));
        return true;
    });
    if (!read)
        return context.failIncomplete(read.error());
    if (json)
        array.finish();
    return ExitSuccess;
}

void PaymentCommands::registerIn(CommandRegistry& registry) {
    const QString payment = QStringLiteral("payment");
    Command add;
    add.path = QStringList{payment, QStringLiteral("add")};
    add.synopsis =
        tr("(--invoice ID | --client ID) --amount AMOUNT --date YYYY-MM-DD [--method METHOD]");
    add.summary = tr("Record money received; prints the payment's id.");
    add.details = tr("A payment for an invoice pays it (partly or fully); whatever is paid "
                     "beyond what it owes becomes the client's credit, which the next invoice "
                     "uses when issued. A payment for a client settles their open invoices, "
                     "oldest due date first. AMOUNT is like 120.50 or 120,50.");
    add.options = {
        QCommandLineOption(kInvoiceOption, tr("The issued invoice paid."), tr("ID")),
        QCommandLineOption(kClientOption, tr("The client who paid (no particular invoice)."),
                           tr("ID")),
        QCommandLineOption(kAmountOption, tr("The amount received (required)."), tr("AMOUNT")),
        QCommandLineOption(kDateOption, tr("The day it was received (required)."), tr("DATE")),
        QCommandLineOption(kMethodOption,
                           tr("bank-transfer|card|cash|other (default: bank-transfer)."),
                           tr("METHOD")),
        QCommandLineOption(kReferenceOption, tr("Bank reference or receipt number."), tr("TEXT"))};
    add.run = &PaymentCommands::add;
    registry.add(std::move(add));

    Command list;
    list.path = QStringList{payment, QStringLiteral("list")};
    list.synopsis = tr("[--client ID] [--invoice ID] [--json]");
    list.summary = tr("List payments received.");
    list.options = {
        QCommandLineOption(kClientOption, tr("Only this client's."), tr("ID")),
        QCommandLineOption(kInvoiceOption, tr("Only those for this invoice."), tr("ID")),
        QCommandLineOption(kJsonOption, tr("Print a JSON array."))};
    list.run = &PaymentCommands::list;
    registry.add(std::move(list));
}

} // namespace

void registerPaymentCommands(CommandRegistry& registry) {
    PaymentCommands::registerIn(registry);
}

} // namespace md::cli
