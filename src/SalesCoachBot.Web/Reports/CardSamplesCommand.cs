using System.Globalization;
using SalesCoachBot.Coaching;
using SalesCoachBot.Coaching.Cards;
using SalesCoachBot.Coaching.Commands;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Web.Reports;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Web -- card-samples &lt;folder&gt;</c>: writes the bot's
/// cards, built by the real card builders over sample data, as JSON files — the input of
/// <c>scripts/card-pictures.sh</c>, which renders them into the pictures in <c>docs/cards/</c>.
/// </summary>
internal static class CardSamplesCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [var folder])
        {
            output.WriteLine("usage: card-samples <output-folder>");
            return 2;
        }

        Directory.CreateDirectory(folder);
        var samples = Samples().ToList();
        foreach (var (name, card) in samples)
        {
            File.WriteAllText(Path.Combine(folder, $"{name}.json"), CardSerializer.ToJson(card));
        }

        output.WriteLine($"{samples.Count} card(s) written to {folder}");
        return 0;
    }

    internal static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var commands = Commands();
        foreach (var culture in new[] { CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en-US") })
        {
            var suffix = culture.Name.ToLowerInvariant();
            yield return ($"welcome.{suffix}", MenuCard.Build(
                CoachingText.Get("Welcome.Title", culture), CoachingText.Get("Welcome.Intro", culture), commands.Commands, culture));
        }
    }

    // The commands as the bot registers them, so the menu in the pictures is the real one.
    private static CoachCommandRecognizer Commands()
    {
        var services = new ServiceCollection();
        services.AddCoaching();
        using var provider = services.BuildServiceProvider();
        return new CoachCommandRecognizer(provider.GetServices<CoachCommand>());
    }
}
