#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ListOutput.h"

#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "common/AtomicFile.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace md::cli {

namespace {

const QString kEngagementOption = QStringLiteral("engagement");
const QString kTemplateOption = QStringLiteral("template");
const QString kEndDateOption = QStringLiteral("end-date");
const QString kOnPaperOption = QStringLiteral("on-paper");
const QString kSignedOnOption = QStringLiteral("signed-on");
const QString kJsonOption = QStringLiteral("json");

// The mentor profile fields `agreement profile` can set: option, member.
struct ProfileOption {
    const char* option;
    QString MentorProfile::*member;
};
const ProfileOption kProfileOptions[] = {
    {"name", &MentorProfile::name},       {"business-name", &MentorProfile::businessName},
    {"address", &MentorProfile::address}, {"tax-id", &MentorProfile::taxId},
    {"email", &MentorProfile::email},     {"phone", &MentorProfile::phone},
};

// `agreement create|amend|pdf|sign|list|export|profile`: agreements from
// scripts, through the same AgreementService as the app.
class AgreementCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::AgreementCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int create(CommandContext& context, const QCommandLineParser& args);
    static int amend(CommandContext& context, const QCommandLineParser& args);
    static int pdf(CommandContext& context, const QCommandLineParser& args);
    static int sign(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int exportForClient(CommandContext& context, const QCommandLineParser& args);
    static int profile(CommandContext& context, const QCommandLineParser& args);

    // Options shared by create and amend; false after a usage error.
    static bool readOptions(CommandContext& context, const QCommandLineParser& args,
                            AgreementCreateOptions* options);
};

bool AgreementCommands::readOptions(CommandContext& context, const QCommandLineParser& args,
                                    AgreementCreateOptions* options) {
    if (args.isSet(kTemplateOption)) {
        const auto kind = agreementKindFromKey(args.value(kTemplateOption).trimmed());
        if (!kind) {
            context.usageError(tr("Unknown template '%1' (use mentoring|confidentiality).")
                                   .arg(args.value(kTemplateOption)));
            return false;
        }
        options->kind = *kind;
    }
    if (args.isSet(kEndDateOption)) {
        options->endDate = QDate::fromString(args.value(kEndDateOption), Qt::ISODate);
        if (!options->endDate.isValid()) {
            context.usageError(
                tr("'%1' is not a date (use YYYY-MM-DD).").arg(args.value(kEndDateOption)));
            return false;
        }
    }
    return true;
}

int AgreementCommands::create(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kEngagementOption))
        return context.usageError(tr("--engagement is required."));
    const qint64 engagementId =
        context.positiveId(args.value(kEngagementOption), tr("engagement id"));
    AgreementCreateOptions options;
    if (engagementId == 0 || !readOptions(context, args, &options))
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto created = workspace->agreements().createDraft(engagementId, options);
    if (!created)
        return context.fail(created.error());
    context.out() << created->id << QLatin1Char('\n');
    // Standard output stays the id alone, for scripts; the blanks are a note.
    auto missing = workspace->agreements().missingDetails(engagementId, options);
    if (missing && !missing->isEmpty())
        context.err() << describeBlanks(*missing) << QLatin1Char('\n');
    return ExitSuccess;
}

int AgreementCommands::amend(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("agreement id"));
    AgreementCreateOptions options;
    if (id == 0 || !readOptions(context, args, &options))
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto created = workspace->agreements().amend(id, options);
    if (!created)
        return context.fail(created.error());
    context.out() << created->id << QLatin1Char('\n');
    return ExitSuccess;
}

int AgreementCommands::pdf(CommandContext& context, const QCommandLineParser& args) {
    const QStringList positional = args.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(tr("Give the agreement's id and the PDF file to write."));
    const qint64 id = context.positiveId(positional.at(0), tr("agreement id"));
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto bytes = workspace->agreements().pdf(id);
    if (!bytes)
        return context.fail(bytes.error());
    // Whole or not at all: a full disk never leaves half a PDF behind.
    if (Status written = writeFileAtomically(positional.at(1), *bytes); !written)
        return context.fail(written.error());
    return ExitSuccess;
}

int AgreementCommands::sign(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("agreement id"));
    if (id == 0)
        return ExitUsage;
    // Signing on screen needs the signature pad: only paper is possible here.
    if (!args.isSet(kOnPaperOption))
        return context.usageError(tr("--on-paper SCAN_FILE is required (on-screen signing "
                                     "happens in the app)."));
    QDate signedOn;
    if (args.isSet(kSignedOnOption)) {
        signedOn = QDate::fromString(args.value(kSignedOnOption), Qt::ISODate);
        if (!signedOn.isValid())
            return context.usageError(
                tr("'%1' is not a date (use YYYY-MM-DD).").arg(args.value(kSignedOnOption)));
    }
    QFile scan(args.value(kOnPaperOption));
    if (!scan.open(QIODevice::ReadOnly))
        return context.fail(tr("Could not read %1: %2").arg(scan.fileName(), scan.errorString()));
    const QByteArray content = scan.readAll();
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto signedAgreement =
        workspace->agreements().signOnPaper(id, scan.fileName(), content, signedOn);
    if (!signedAgreement)
        return context.fail(signedAgreement.error());
    auto stored = workspace->agreements().scan(id);
    const QDate day = stored && *stored ? (*stored)->signedOn : signedOn;
    context.out() << tr("Agreement %1 is recorded as signed by hand on %2; the scan is attached, "
                        "not checked. Fingerprint %3.")
                         .arg(signedAgreement->number(), day.toString(Qt::ISODate),
                              signedAgreement->fingerprint())
                  << QLatin1Char('\n');
    return ExitSuccess;
}

int AgreementCommands::list(CommandContext& context, const QCommandLineParser& args) {
    AgreementFilter filter;
    if (args.isSet(kEngagementOption)) {
        filter.engagementId =
            context.positiveId(args.value(kEngagementOption), tr("engagement id"));
        if (filter.engagementId == 0)
            return ExitUsage;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    AgreementService& service = workspace->agreements();
    auto agreements = service.list(filter);
    if (!agreements)
        return context.fail(agreements.error());

    // Written row by row as each agreement is verified (see ListOutput.h for
    // a failure midway).
    JsonArrayWriter array(context.out());
    TableWriter table(context.out(), {tr("ID"), tr("NUMBER"), tr("STATE"), tr("VERIFICATION"),
                                      tr("CLIENT"), tr("TITLE")});
    bool anyModified = false;
    for (const Agreement& agreement : std::as_const(*agreements)) {
        auto verification = service.verify(agreement.id);
        if (!verification)
            return context.failIncomplete(verification.error());
        anyModified |= verification->status == VerificationStatus::Modified;
        const Result<QString> name = workspace->clients().listName(agreement.clientId);
        const QString clientName = name ? *name : QString();
        if (args.isSet(kJsonOption)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), agreement.id},
                {QStringLiteral("number"), agreement.number()},
                {QStringLiteral("title"), agreement.title},
                {QStringLiteral("kind"), agreementKindKey(agreement.kind)},
                {QStringLiteral("state"), agreementStateKey(agreement.state)},
                {QStringLiteral("signingMethod"), signingMethodKey(agreement.method)},
                {QStringLiteral("verification"), verificationStatusKey(verification->status)},
                {QStringLiteral("problems"), QJsonArray::fromStringList(verification->problems)},
                {QStringLiteral("clientId"), agreement.clientId},
                {QStringLiteral("clientName"), clientName},
                {QStringLiteral("engagementId"), agreement.engagementId},
                {QStringLiteral("amends"),
                 agreement.amendsId > 0 ? QJsonValue(agreement.amendsId) : QJsonValue()},
                {QStringLiteral("endDate"),
                 agreement.endDate.isValid() ? QJsonValue(agreement.endDate.toString(Qt::ISODate))
                                             : QJsonValue()},
                {QStringLiteral("confidentiality"), agreement.hasConfidentialityTerms},
                {QStringLiteral("fingerprint"), agreement.fingerprint()},
                {QStringLiteral("createdUtc"), agreement.createdUtc.toString(Qt::ISODate)},
                {QStringLiteral("signedUtc"),
                 agreement.isSigned() ? QJsonValue(agreement.signedUtc.toString(Qt::ISODate))
                                      : QJsonValue()},
            });
        } else {
            table.append({QString::number(agreement.id), agreement.number(),
                          agreementStateLabel(agreement.state), verificationLabel(*verification),
                          clientName, agreement.title});
        }
    }
    if (args.isSet(kJsonOption)) {
        array.finish();
    } else if (agreements->isEmpty()) {
        context.err() << tr("No agreements yet. Generate one with: %1 agreement create "
                            "--engagement ID")
                             .arg(QLatin1String(kProgramName))
                      << QLatin1Char('\n');
    } else {
        table.finish();
    }
    // A listing that shows a modified agreement is a failed check for scripts.
    if (anyModified)
        return context.fail(tr("At least one signed agreement was modified; run '%1 verify'.")
                                .arg(QLatin1String(kProgramName)));
    return ExitSuccess;
}

int AgreementCommands::exportForClient(CommandContext& context, const QCommandLineParser& args) {
    const QStringList positional = args.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(tr("Give the agreement's id and the folder to export to."));
    const qint64 id = context.positiveId(positional.at(0), tr("agreement id"));
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto written = workspace->agreements().exportForClient(id, positional.at(1));
    if (!written)
        return context.fail(written.error());
    for (const QString& path : std::as_const(*written))
        context.out() << path << QLatin1Char('\n');
    return ExitSuccess;
}

int AgreementCommands::profile(CommandContext& context, const QCommandLineParser& args) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    SettingsService& settings = workspace->settings();
    auto profile = settings.mentorProfile();
    if (!profile)
        return context.fail(profile.error());
    bool changed = false;
    for (const ProfileOption& option : kProfileOptions) {
        const QString name = QString::fromLatin1(option.option);
        if (args.isSet(name)) {
            // "\n" in the address stands for a line break, as in most shells' strings.
            (*profile).*option.member =
                args.value(name).replace(QLatin1String("\\n"), QLatin1String("\n"));
            changed = true;
        }
    }
    if (changed) {
        if (Status saved = settings.saveMentorProfile(*profile); !saved)
            return context.fail(saved.error());
    }
    QJsonObject json;
    for (const ProfileOption& option : kProfileOptions)
        json.insert(QString::fromLatin1(option.option), (*profile).*option.member);
    json.insert(QStringLiteral("logo"), !profile->logoImage.isEmpty());
    json.insert(QStringLiteral("signature"), !profile->signatureImage.isEmpty());
    context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitSuccess;
}

void AgreementCommands::registerIn(CommandRegistry& registry) {
    const QString agreement = QStringLiteral("agreement");
    const PositionalArgument idArgument{QStringLiteral("ID"),
                                        tr("The agreement's id (see 'agreement list')."), false};
    const QCommandLineOption templateOption(
        kTemplateOption, tr("mentoring (default) or confidentiality."), tr("TEMPLATE"));
    const QCommandLineOption endDateOption(
        kEndDateOption, tr("The date the agreement ends, YYYY-MM-DD (default: open-ended)."),
        tr("DATE"));

    Command create;
    create.path = QStringList{agreement, QStringLiteral("create")};
    create.synopsis =
        tr("--engagement ID [--template mentoring|confidentiality] [--end-date DATE]");
    create.summary = tr("Generate a draft agreement for an engagement and print its id.");
    create.details = tr("The newest version of the template is filled in from your profile "
                        "(see 'agreement profile'), the client and the engagement. A detail "
                        "that is not set yet (your business name or address, the client's "
                        "email, the fee, ...) prints as a blank line to fill in by hand; the "
                        "blanks are listed on standard error. Only your name and the client's "
                        "name are required.");
    create.options = {
        QCommandLineOption(kEngagementOption, tr("The engagement's id (required)."), tr("ID")),
        templateOption, endDateOption};
    create.run = &AgreementCommands::create;
    registry.add(std::move(create));

    Command amend;
    amend.path = QStringList{agreement, QStringLiteral("amend")};
    amend.synopsis = tr("ID [--end-date DATE]");
    amend.summary = tr("Generate a draft that amends a signed agreement; print its id.");
    amend.arguments = {idArgument};
    amend.options = {endDateOption};
    amend.run = &AgreementCommands::amend;
    registry.add(std::move(amend));

    Command pdf;
    pdf.path = QStringList{agreement, QStringLiteral("pdf")};
    pdf.synopsis = tr("ID FILE");
    pdf.summary = tr("Write an agreement as PDF (a signed one: exactly the signed bytes).");
    pdf.details = tr("The file is written unencrypted: keep it safe or delete it after use.");
    pdf.arguments = {idArgument, {tr("FILE"), tr("The PDF file to write."), false}};
    pdf.run = &AgreementCommands::pdf;
    registry.add(std::move(pdf));

    Command sign;
    sign.path = QStringList{agreement, QStringLiteral("sign")};
    sign.synopsis = tr("ID --on-paper SCAN_FILE [--signed-on DATE]");
    sign.summary = tr("Record that a printed agreement was signed by hand, with its scan.");
    sign.details = tr("The scan (PDF, PNG or JPEG) is stored in the workspace as it is; the "
                      "handwritten signatures on it are not checked. The agreement is frozen: "
                      "its PDF, a manifest and the manifest's signature are stored and no later "
                      "change is possible.");
    sign.arguments = {idArgument};
    sign.options = {
        QCommandLineOption(kOnPaperOption, tr("The scan of the signed paper."), tr("SCAN_FILE")),
        QCommandLineOption(kSignedOnOption,
                           tr("The day the paper was signed, YYYY-MM-DD (default: today); not "
                              "before the draft was generated, not in the future."),
                           tr("DATE"))};
    sign.run = &AgreementCommands::sign;
    registry.add(std::move(sign));

    Command list;
    list.path = QStringList{agreement, QStringLiteral("list")};
    list.synopsis = tr("[--json] [--engagement ID]");
    list.summary = tr("List agreements with their state and verification.");
    list.details = tr("Exits with status 1 when a signed agreement does not verify.");
    list.options = {QCommandLineOption(kJsonOption, tr("Print a JSON array.")),
                    QCommandLineOption(kEngagementOption, tr("Only this engagement's."), tr("ID"))};
    list.run = &AgreementCommands::list;
    registry.add(std::move(list));

    Command exporter;
    exporter.path = QStringList{agreement, QStringLiteral("export")};
    exporter.synopsis = tr("ID DIR");
    exporter.summary = tr("Export a signed agreement for the client, with what proves it.");
    exporter.details = tr("Writes agreement.pdf, manifest.json, manifest.sig (raw Ed25519 "
                          "signature), manifest.sig.base64, public-key.pem, the signature images "
                          "or the scan, and a README.txt on checking them with sha256sum and "
                          "openssl. Existing files are never overwritten.");
    exporter.arguments = {idArgument, {tr("DIR"), tr("The folder to write to."), false}};
    exporter.run = &AgreementCommands::exportForClient;
    registry.add(std::move(exporter));

    Command profile;
    profile.path = QStringList{agreement, QStringLiteral("profile")};
    profile.synopsis = tr("[--name TEXT] [--business-name TEXT] [--address TEXT] [...]");
    profile.summary = tr("Show or change your mentor profile, as agreements print it.");
    profile.details = tr("Prints the profile as JSON after applying the options given. In "
                         "--address, \\n starts a new line.");
    for (const ProfileOption& option : kProfileOptions)
        profile.options.append(
            QCommandLineOption(QString::fromLatin1(option.option),
                               tr("Set %1.").arg(QString::fromLatin1(option.option)), tr("TEXT")));
    profile.run = &AgreementCommands::profile;
    registry.add(std::move(profile));
}

} // namespace

void registerAgreementCommands(CommandRegistry& registry) {
    AgreementCommands::registerIn(registry);
}

} // namespace md::cli
