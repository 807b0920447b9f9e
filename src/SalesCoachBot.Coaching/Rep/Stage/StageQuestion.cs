using System.Globalization;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>A stage-check question; texts under <c>Stage.{Id}</c> and <c>Stage.{Id}.{option}</c>.</summary>
public sealed record StageQuestion(string Id, StageCue Cue, IReadOnlyList<StageOption> Options)
{
    public string GetText(CultureInfo culture) => CoachingText.Get($"Stage.{Id}", culture);

    public string GetOptionText(string optionId, CultureInfo culture) => CoachingText.Get($"Stage.{Id}.{optionId}", culture);

    public StageOption? FindOption(string optionId) => Options.FirstOrDefault(option => option.Id == optionId);
}
