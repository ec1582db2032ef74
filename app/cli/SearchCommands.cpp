#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ListOutput.h"

#include "search/SearchService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace md::cli {

namespace {

const QString kKindOption = QStringLiteral("kind");
const QString kLimitOption = QStringLiteral("limit");
const QString kJsonOption = QStringLiteral("json");

// `search QUERY`: the workspace's full-text search, as the main window's
// search field has it.
class SearchCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::SearchCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int search(CommandContext& context, const QCommandLineParser& args);
    static QString kindLabel(SearchKind kind);
    static QString whereLabel(const SearchHit& hit);
    static QJsonObject toJson(const SearchHit& hit);
};

QString SearchCommands::kindLabel(SearchKind kind) {
    switch (kind) {
    case SearchKind::Client:
        return tr("client");
    case SearchKind::Engagement:
        return tr("engagement");
    case SearchKind::Need:
        return tr("need");
    case SearchKind::Goal:
        return tr("goal");
    case SearchKind::Action:
        return tr("action");
    case SearchKind::Evaluation:
        return tr("evaluation");
    case SearchKind::Session:
        return tr("session");
    case SearchKind::Agreement:
        return tr("agreement");
    case SearchKind::Invoice:
        return tr("invoice");
    }
    return {};
}

QString SearchCommands::whereLabel(const SearchHit& hit) {
    QString client = hit.clientName;
    if (hit.clientArchived)
        client += tr(" (archived)");
    return client;
}

QJsonObject SearchCommands::toJson(const SearchHit& hit) {
    QJsonArray matches;
    for (const auto& [start, length] : hit.snippetMatches())
        matches.append(QJsonArray{start, length});
    QJsonObject object{
        {QStringLiteral("kind"), searchKindKey(hit.kind)},
        {QStringLiteral("id"), hit.id},
        {QStringLiteral("client_id"), hit.clientId},
        {QStringLiteral("client"), hit.clientName},
        {QStringLiteral("client_archived"), hit.clientArchived},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("snippet"), hit.snippetText()},
        {QStringLiteral("matches"), matches},
        {QStringLiteral("private_note"), hit.privateNote},
        {QStringLiteral("when"), hit.when.toString(Qt::ISODate)},
    };
    if (hit.engagementId != 0)
        object.insert(QStringLiteral("engagement_id"), hit.engagementId);
    if (hit.goalId != 0)
        object.insert(QStringLiteral("goal_id"), hit.goalId);
    return object;
}

int SearchCommands::search(CommandContext& context, const QCommandLineParser& args) {
    const QString text = args.positionalArguments().value(0);
    if (text.trimmed().isEmpty())
        return context.usageError(
            tr("Say what to look for, e.g. %1 search portfolio").arg(QLatin1String(kProgramName)));
    SearchService::Options options;
    if (args.isSet(kKindOption)) {
        for (const QString& key : args.value(kKindOption).split(QLatin1Char(','))) {
            SearchKind kind;
            if (!searchKindFromKey(key.trimmed(), &kind)) {
                QStringList keys;
                for (const SearchKind each : allSearchKinds())
                    keys.append(searchKindKey(each));
                return context.usageError(tr("Unknown kind \"%1\"; choose from %2.")
                                              .arg(key.trimmed(), keys.join(QStringLiteral(", "))));
            }
            options.kinds.append(kind);
        }
    }
    if (args.isSet(kLimitOption)) {
        bool ok = false;
        options.limit = args.value(kLimitOption).toInt(&ok);
        if (!ok || options.limit < 1 || options.limit > SearchService::kMaxLimit)
            return context.usageError(
                tr("--limit takes a number from 1 to %1.").arg(SearchService::kMaxLimit));
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<QList<SearchHit>> hits = workspace->search().search(text, options);
    if (!hits)
        return context.fail(hits.error());
    if (args.isSet(kJsonOption)) {
        JsonArrayWriter array(context.out());
        for (const SearchHit& hit : std::as_const(*hits))
            array.append(toJson(hit));
        array.finish();
        return ExitSuccess;
    }
    if (hits->isEmpty()) {
        context.err() << tr("Nothing matches \"%1\".").arg(text.trimmed()) << QLatin1Char('\n');
        return ExitSuccess;
    }
    TableWriter table(context.out(),
                      {tr("KIND"), tr("ID"), tr("CLIENT"), tr("TITLE"), tr("MATCH")});
    for (const SearchHit& hit : std::as_const(*hits)) {
        QString snippet = hit.snippetText().simplified();
        if (hit.privateNote)
            snippet = tr("[private] %1").arg(snippet);
        table.append(
            {kindLabel(hit.kind), QString::number(hit.id), whereLabel(hit), hit.title, snippet});
    }
    table.finish();
    return ExitSuccess;
}

void SearchCommands::registerIn(CommandRegistry& registry) {
    Command search;
    search.path = QStringList{QStringLiteral("search")};
    search.synopsis = tr("QUERY [--kind KIND] [--limit N] [--json]");
    search.summary = tr("Find clients, engagements, notes, agreements and invoices by any word.");
    search.details =
        tr("Every word must occur; a word also finds longer ones that start with it\n"
           "(\"port\" finds \"portfolio\"); \"a quoted phrase\" must occur as written. Case and\n"
           "accents do not matter (\"muller\" finds \"Müller\"). Names and titles that match\n"
           "come first, then the records where the words occur most, newer before older.\n"
           "Archived clients are included and marked; a match in a session's private notes\n"
           "is marked [private].");
    search.arguments = {{QStringLiteral("QUERY"),
                         tr("The words to look for, in quotes when there are several."), false}};
    search.options = {
        QCommandLineOption(kKindOption,
                           tr("Only these kinds (comma separated): client, engagement, need, "
                              "goal, action, evaluation, session, agreement, invoice."),
                           tr("KIND")),
        QCommandLineOption(kLimitOption, tr("At most N results (default 50)."), tr("N")),
        QCommandLineOption(kJsonOption, tr("Print the results as JSON.")),
    };
    search.run = &SearchCommands::search;
    registry.add(std::move(search));
}

} // namespace

void registerSearchCommands(CommandRegistry& registry) {
    SearchCommands::registerIn(registry);
}

} // namespace md::cli
