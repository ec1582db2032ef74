#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

namespace {

const QString kJsonOption = QStringLiteral("json");

// `settings show|set`: the mentor profile and the business settings as
// documented keys (SettingsService), for scripts and first-time set-up.
class SettingsCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::SettingsCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int show(CommandContext& context, const QCommandLineParser& args);
    static int set(CommandContext& context, const QCommandLineParser& args);
    static QString keyList();
};

QString SettingsCommands::keyList() {
    QString text = tr("Keys (default in brackets, then an example):") + QLatin1Char('\n');
    for (const SettingKeyInfo& info : SettingsService::keys()) {
        text += QStringLiteral("  %1\n      %2").arg(info.key, info.description);
        if (!info.defaultValue.isEmpty())
            text += QStringLiteral(" [%1]").arg(info.defaultValue);
        text += QLatin1Char('\n') + tr("      e.g. %1").arg(info.example) + QLatin1Char('\n');
    }
    return text;
}

int SettingsCommands::show(CommandContext& context, const QCommandLineParser& args) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto values = workspace->settings().values();
    if (!values)
        return context.fail(values.error());
    if (args.isSet(kJsonOption)) {
        QJsonObject json;
        for (const auto& [key, value] : *values)
            json.insert(key, value);
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const auto& [key, value] : *values) {
        QString shown = value;
        shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        context.out() << key << QStringLiteral(" = ") << shown << QLatin1Char('\n');
    }
    return ExitSuccess;
}

int SettingsCommands::set(CommandContext& context, const QCommandLineParser& args) {
    const QStringList positional = args.positionalArguments();
    const QString key = positional.value(0);
    if (!SettingsService::isKey(key))
        return context.usageError(
            tr("There is no setting called '%1'. See `settings set --help` for the keys.")
                .arg(key));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto stored = workspace->settings().setValue(key, positional.value(1));
    if (!stored)
        return context.fail(stored.error());
    QString shown = *stored;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    context.out() << key << QStringLiteral(" = ") << shown << QLatin1Char('\n');
    return ExitSuccess;
}

void SettingsCommands::registerIn(CommandRegistry& registry) {
    const QString settings = QStringLiteral("settings");
    Command show;
    show.path = QStringList{settings, QStringLiteral("show")};
    show.synopsis = tr("[--json]");
    show.summary = tr("Show the mentor profile and the business settings.");
    show.details = keyList();
    show.options = {QCommandLineOption(kJsonOption, tr("Print one JSON object."))};
    show.run = &SettingsCommands::show;
    registry.add(std::move(show));

    Command set;
    set.path = QStringList{settings, QStringLiteral("set")};
    set.synopsis = tr("KEY VALUE");
    set.summary = tr("Change one setting (checked before it is saved).");
    set.details = keyList();
    set.arguments = {
        {QStringLiteral("KEY"), tr("One of the keys below."), false},
        {QStringLiteral("VALUE"), tr("The new value; \"\" clears text fields."), false}};
    set.run = &SettingsCommands::set;
    registry.add(std::move(set));
}

} // namespace

void registerSettingsCommands(CommandRegistry& registry) {
    SettingsCommands::registerIn(registry);
}

} // namespace md::cli
