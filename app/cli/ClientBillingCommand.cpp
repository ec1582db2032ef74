#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "billing/BillingService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

namespace {

const QString kNameOption = QStringLiteral("name");
const QString kAddressOption = QStringLiteral("address");
const QString kTaxIdOption = QStringLiteral("tax-id");
const QString kJsonOption = QStringLiteral("json");

// `client billing ID`: the billing name, postal address and tax id printed
// under "BILL TO" on the client's invoices.
class ClientBillingCommand final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ClientBillingCommand)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int run(CommandContext& context, const QCommandLineParser& args);
    static void print(CommandContext& context, const InvoiceRecipient& recipient,
                      const QString& billTo, bool json);
    // A shell argument holds one line: "\n" (backslash, n) starts a new one,
    // "\\" is a backslash.
    static QString unescapeLines(const QString& text);
};

QString ClientBillingCommand::unescapeLines(const QString& text) {
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'n' || next == u'\\') {
                result += next == u'n' ? QChar(u'\n') : QChar(u'\\');
                ++i;
                continue;
            }
        }
        result += text.at(i);
    }
    return result;
}

void ClientBillingCommand::print(CommandContext& context, const InvoiceRecipient& r,
                                 const QString& billTo, bool json) {
    if (json) {
        const QJsonObject object{{QStringLiteral("client_id"), r.clientId},
                                 {QStringLiteral("billing_name"), r.billingName},
                                 {QStringLiteral("address"), r.address},
                                 {QStringLiteral("tax_id"), r.taxId},
                                 {QStringLiteral("bill_to"), billTo}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    QTextStream& out = context.out();
    out << tr("Billing name: %1")
               .arg(r.billingName.isEmpty() ? tr("(the client's name)") : r.billingName)
        << '\n';
    out << tr("Address:") << (r.address.isEmpty() ? tr(" (none)") : QString()) << '\n';
    if (!r.address.isEmpty())
        out << QStringLiteral("  ") << QString(r.address).replace(u'\n', QStringLiteral("\n  "))
            << '\n';
    out << tr("Tax ID: %1").arg(r.taxId.isEmpty() ? tr("(none)") : r.taxId) << '\n';
    out << tr("Printed under BILL TO:") << '\n'
        << QStringLiteral("  ") << QString(billTo).replace(u'\n', QStringLiteral("\n  ")) << '\n';
}

int ClientBillingCommand::run(CommandContext& context, const QCommandLineParser& args) {
    const qint64 clientId =
        context.positiveId(args.positionalArguments().value(0), tr("client id"));
    if (clientId == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    BillingService& billing = workspace->billing();
    // recipient() also tells a missing client apart from one without details.
    auto recipient = billing.recipient(clientId);
    if (!recipient)
        return context.fail(recipient.error());
    const bool changing =
        args.isSet(kNameOption) || args.isSet(kAddressOption) || args.isSet(kTaxIdOption);
    if (changing) {
        InvoiceRecipient updated = *recipient;
        if (args.isSet(kNameOption))
            updated.billingName = args.value(kNameOption);
        if (args.isSet(kAddressOption))
            updated.address = unescapeLines(args.value(kAddressOption));
        if (args.isSet(kTaxIdOption))
            updated.taxId = args.value(kTaxIdOption);
        if (Status ok = updated.validate(); !ok)
            return context.usageError(ok.message());
        if (Status saved = billing.saveRecipient(updated); !saved)
            return context.fail(saved.error());
        recipient = billing.recipient(clientId);
        if (!recipient)
            return context.fail(recipient.error());
    }
    auto billTo = billing.billTo(clientId);
    if (!billTo)
        return context.fail(billTo.error());
    print(context, *recipient, *billTo, args.isSet(kJsonOption));
    return ExitSuccess;
}

void ClientBillingCommand::registerIn(CommandRegistry& registry) {
    Command billing;
    billing.path = QStringList{QStringLiteral("client"), QStringLiteral("billing")};
    billing.synopsis = tr("ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]");
    billing.summary = tr("Show or set the billing name, address and tax id for invoices.");
    billing.details =
        tr("Without options, shows the client's billing details and how they are printed under "
           "BILL TO. With options, sets the given fields (an empty value clears one) and shows "
           "the result. In --address, \\n starts a new line, e.g. "
           "\"Example Ltd\\n1 Main Street\\n12345 Berlin\". Invoices issued from now on print "
           "these details; issued invoices keep what they were sent with.");
    billing.arguments = {{QStringLiteral("ID"), tr("The client's id."), false}};
    billing.options = {
        QCommandLineOption(kNameOption, tr("Billing name (a company); empty = the client's name."),
                           tr("TEXT")),
        QCommandLineOption(kAddressOption, tr("Postal address; \\n for new lines."), tr("TEXT")),
        QCommandLineOption(kTaxIdOption, tr("The client's VAT id or tax number."), tr("TEXT")),
        QCommandLineOption(kJsonOption, tr("Print a JSON object."))};
    billing.run = &ClientBillingCommand::run;
    registry.add(std::move(billing));
}

} // namespace

void registerClientBillingCommands(CommandRegistry& registry) {
    ClientBillingCommand::registerIn(registry);
}

} // namespace md::cli
