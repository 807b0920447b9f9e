using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Cards;
using SalesCoachBot.Tools.Reports;

namespace SalesCoachBot.Tools.Tests.Reports;

public sealed class CardSamplesCommandTests
{
    public static TheoryData<string> SampleNames() => [.. CardSamplesCommand.Samples().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Samples_EachCard_IsValidAdaptiveCard(string name)
    {
        var card = CardSamplesCommand.Samples().Single(s => s.Name == name).Card;

        Assert.Empty(AdaptiveCardSchema.Problems(CardSerializer.ToJsonElement(card)));
    }

    [Fact]
    public void Samples_EveryPicture_IsProduced()
    {
        var names = CardSamplesCommand.Samples().Select(s => s.Name).ToList();

        Assert.Equal(
            ["checklist.zh-cn", "gaps.en-us", "gaps.zh-cn", "kp-check.zh-cn", "nudge.zh-cn", "people.zh-cn", "practice-feedback.zh-cn",
             "practice-question.zh-cn", "readiness.zh-cn", "welcome.en-us", "welcome.zh-cn"],
            names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Samples_GapCard_ShowsNoCoachAndUnverifiedKeyPerson(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var name = $"gaps.{cultureName.ToLowerInvariant()}";

        var texts = Texts(CardSerializer.ToJsonElement(CardSamplesCommand.Samples().Single(s => s.Name == name).Card)).ToList();

        Assert.Contains(texts, t => t.EndsWith(CoachingText.Get("Gap.CO-NO-COACH.Message", culture), StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith(CoachingText.Format("Gap.KP-UNVERIFIED.Message", culture, SampleAccount.KeyPerson.Name), StringComparison.Ordinal));
    }

    // Every string value in the card (text blocks, facts, titles), whatever its nesting.
    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };
}
