using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Tests.Practice;

public sealed class TeamReadinessCardTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Build_LargeTeamAllBelowMastery_StaysUnderTeamsCardLimit(string locale)
    {
        // More learners than the card shows, long names and ids, every section below target (the most buttons).
        var hires = Enumerable.Range(0, TeamReadinessCard.MaxHires + 5)
            .Select(i => Hire($"29:{new string('x', 80)}{i}", $"{new string('名', 20)}{i}", i % 2 == 0, 0.05 * (i % 9)))
            .ToList();

        var card = TeamReadinessCard.Build(hires, 0.8, "readiness", CultureInfo.GetCultureInfo(locale));

        Assert.InRange(CardSerializer.SizeInBytes(card), 1, 26 * 1024);
    }

    [Fact]
    public void WeakestSections_TeamMeans_LowestFirstTiesInCourseOrder()
    {
        var a = Hire("a", "A", false, 0.5);
        var weak = Hire("b", "B", false, 0.5, (MethodologySection.PowerMap, 0.1), (MethodologySection.KeyPerson, 0.1), (MethodologySection.GapSources, 0.2));

        var weakest = TeamReadinessCard.WeakestSections([a, weak]);

        Assert.Equal([MethodologySection.PowerMap, MethodologySection.KeyPerson, MethodologySection.GapSources], weakest.Select(w => w.Section));
        Assert.Equal(0.3, weakest[0].Mastery, 9);
    }

    [Fact]
    public void Build_LearnerBelowTarget_ListsTheirWeakestSectionsWithAFocusButtonEach()
    {
        var hire = Hire("29:a", "小张", false, 0.9, (MethodologySection.PowerMap, 0.1), (MethodologySection.DecisionChain, 0.5));

        var card = TeamReadinessCard.Build([hire], 0.8, "readiness", Chinese);

        var json = CardSerializer.ToJson(card);
        Assert.Contains("小张：未掌握 §3 权力地图（10%）、§1", json, StringComparison.Ordinal);
        Assert.Contains("\"section\":\"PowerMap\"", json, StringComparison.Ordinal);
        Assert.Contains("\"section\":\"DecisionChain\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"section\":\"KeyPerson\"", json, StringComparison.Ordinal);
    }

    private static HireReadiness Hire(string id, string name, bool isNew, double mastery, params (MethodologySection Section, double Mastery)[] overrides)
    {
        var sections = Enum.GetValues<MethodologySection>()
            .Select(s => new SectionMastery(s, 0, 20, overrides.Where(o => o.Section == s).Select(o => o.Mastery).DefaultIfEmpty(mastery).First()))
            .ToList();
        return new HireReadiness(id, name, isNew, new PracticeProgress(sections, 3, 4, 20) { LastPracticedOn = new DateOnly(2026, 3, 10) });
    }
}
