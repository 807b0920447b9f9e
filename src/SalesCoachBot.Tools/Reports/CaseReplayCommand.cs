using System.Globalization;
using SalesCoachBot.Coaching.Reports;

namespace SalesCoachBot.Tools.Reports;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Tools -- case-replay [--lang zh-CN|en-US]</c>: the
/// course's cases through the real analyzer, each with its top gaps and health, so a trainer can
/// read what the bot puts first. Exits 1 when a case no longer shows what it expects.
/// </summary>
internal static class CaseReplayCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var languages = new List<CultureInfo>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count && args[i + 1] is "zh-CN" or "en-US")
            {
                languages.Add(CultureInfo.GetCultureInfo(args[++i]));
                continue;
            }

            error.WriteLine($"case-replay: unknown argument '{args[i]}'; use --lang zh-CN or --lang en-US.");
            return 2;
        }

        if (languages.Count == 0)
        {
            languages.Add(CultureInfo.GetCultureInfo("zh-CN"));
        }

        var misses = 0;
        foreach (var culture in languages)
        {
            misses += CaseReplayReport.Write(output, culture);
            output.WriteLine();
        }

        return misses == 0 ? 0 : 1;
    }
}
