using SalesCoachBot.Tools.Packaging;
using SalesCoachBot.Tools.Privacy;
using SalesCoachBot.Tools.Reports;
using SalesCoachBot.Tools.Teams;

// `dotnet run --project src/SalesCoachBot.Tools -- <command> …`: the commands that run and exit,
// beside the bot rather than inside its host.
return args switch
{
    ["package", .. var rest] => PackageCommand.Run(rest),
    ["content-report", ..] => ContentReportCommand.Run(Console.Out),
    ["card-samples", .. var rest] => CardSamplesCommand.Run(rest, Console.Out),
    ["case-replay", .. var rest] => CaseReplayCommand.Run(rest, Console.Out, Console.Error),
    ["item-report", .. var rest] => await ItemReportCommand.RunAsync(rest, Console.Out, CancellationToken.None),
    ["import-team", ..] => await ImportTeamCommand.RunAsync(args, Console.Out, CancellationToken.None),
    ["stakeholder", ..] => await StakeholderCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None),
    _ => Usage(Console.Error),
};

static int Usage(TextWriter error)
{
    error.WriteLine("usage: SalesCoachBot.Tools <command> …");
    error.WriteLine("  package --app-id <guid> --domain <host> [--out <path>] [--manifest-dir <path>]   the Teams app zip");
    error.WriteLine("  content-report                                                                  questions and gap rules per course section");
    error.WriteLine("  card-samples <folder>                                                           the cards as JSON, for the pictures in docs/cards");
    error.WriteLine("  case-replay [--lang zh-CN|en-US]                                                the course's cases: top gaps and health per case");
    error.WriteLine("  item-report [--contentRoot <bot folder>] [--Key=value …]                        per section and item: difficulty, key-length cue, share right, separation");
    error.WriteLine("  import-team <file> [--contentRoot <bot folder>] [--Key=value …]                 rep → manager links from CSV or JSON");
    error.WriteLine("  stakeholder export|erase --name <name> [--deal <id>] [--out <file>] [--operator <name>]   one stakeholder's data: export as JSON, or erase (audited)");
    return 2;
}
