using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Cases;
using SalesCoachBot.TestSupport.Cards;
using SalesCoachBot.Web.Tests.Conversations.Rep;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Cases;

/// <summary>
/// The course's own cases (<see cref="CourseCases"/>) typed into the chat as a rep would: the deal form,
/// each person's form, the KP and coach checks; then the gap card must put first what a trainer reads
/// the case to teach, in the colour the trainer expects. The card names each gap by its container id.
/// </summary>
public sealed partial class CourseCaseConversationTests
{
    [Theory]
    // Seed 003 二步 分析客户组织架构 (《大客户销售计划》): B公司's keyboard meeting; the rep knew only users.
    [InlineData("keyboard-meeting", "zh-CN")]
    [InlineData("keyboard-meeting", "en-US")]
    // Seed 003 一步 分析客户采购流程 (《大客户销售计划》): A公司's bearing-steel tender; the rep works procurement only.
    [InlineData("bearing-tender", "zh-CN")]
    // Seed 004 第三单元 案例分析 XAJT 因决策审批者输单 (《决策链分析》): the approver never met at the purchase decision.
    [InlineData("xajt-approver", "zh-CN")]
    [InlineData("xajt-approver", "en-US")]
    // Seed 004 第三单元 案例分析 YNSNJT 因决策方式输单: the method stored as believed (高层确定) while a panel scores.
    [InlineData("ynsnjt-method-believed", "zh-CN")]
    // Seed 004 第三单元 YNSNJT: the same deal with the method unknown.
    [InlineData("ynsnjt-method-unknown", "zh-CN")]
    // Seed 004 课程背景 一直在客户基层人员里“打转转”: only basic staff on the map.
    [InlineData("circling-basic-staff", "zh-CN")]
    // Seed 004 课程背景 打转转, with a VP on the map never met.
    [InlineData("circling-with-vp", "zh-CN")]
    // Seed 000 二、第二章 第二节 如何寻找KP 二、KP搞错 2、KP靠猜.
    [InlineData("kp-guessed", "zh-CN")]
    // Seed 000 如何寻找KP 一、不找KP 2、只找自己熟悉的.
    [InlineData("kp-familiar-only", "zh-CN")]
    // Seed 000 如何寻找KP 一、不找KP 1、所有人都覆盖.
    [InlineData("kp-cover-everyone", "zh-CN")]
    // Seed 000 如何寻找KP 三、错用KP 1、暴露KP.
    [InlineData("kp-exposed", "zh-CN")]
    [InlineData("kp-exposed", "en-US")]
    // Seed 000 如何寻找KP 三、错用KP 3、过高期待.
    [InlineData("kp-over-expected", "zh-CN")]
    // Seed 000 如何寻找KP 四、人事变化.
    [InlineData("kp-personnel-change", "zh-CN")]
    public async Task Replay_CourseCase_GapCardShowsTheTrainersTopGapsAndColour(string caseId, string locale)
    {
        var course = CourseCases.Find(caseId);
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(new DateTimeOffset(course.Today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero)));
        var rep = new RepSession(factory, locale);

        await rep.Command("deals");
        if (rep.Chat.LastCardButtons().Contains(rep.Text("Deal.Pick.New")))
        {
            await rep.Press(rep.Text("Deal.Pick.New"));
        }

        await rep.Save(course.DealForm);
        foreach (var person in course.People)
        {
            await rep.AddPersonAsync(person.Form);
        }

        if (course.KeyPerson is { } kp)
        {
            await rep.Command("kp");
            await rep.Press(kp.Person);
            await rep.Save(kp.Answers);
        }

        foreach (var coach in course.Coaches)
        {
            await rep.Command("coach");
            await rep.Press(coach.Person);
            await rep.Save(coach.Answers);
        }

        await rep.Command("gaps");

        var card = rep.Chat.LastCard();
        var gapIds = AdaptiveCardSchema.ElementIds(card).Where(id => id.StartsWith("gap-", StringComparison.Ordinal)).ToList();
        Assert.Equal(course.ExpectedTop.Select(rule => $"gap-{rule}"), gapIds.Take(3));

        var deal = (await rep.OnlyDealAsync()).Deal;
        var health = factory.Services.GetRequiredService<DealHealthCalculator>().Assess(deal, course.Today);
        Assert.Equal(course.ExpectedStatus, health.Status);
        Assert.Contains(rep.Text("Gaps.Health", CoachingText.Label(health.Status, rep.Culture), health.CoverageScore), rep.Chat.LastCardTexts());

        // What the chat stored is what the case-replay report builds from the same forms.
        var report = factory.Services.GetRequiredService<DealHealthCalculator>().Assess(course.BuildDeal(), course.Today);
        Assert.Equal(report.Gaps.Select(g => string.Join('+', g.RuleIds)), health.Gaps.Select(g => string.Join('+', g.RuleIds)));
        Assert.Equal(report.CoverageScore, health.CoverageScore);

        if (locale == "en-US")
        {
            // No untranslated course text: Chinese only in the names typed in, or in parentheses after its English term.
            var names = course.People.Select(p => p.Name).Concat(course.DealForm.Values).Concat(course.People.SelectMany(p => p.Form.Values)).OrderByDescending(n => n.Length).ToList();
            foreach (var text in rep.Chat.LastCardTexts())
            {
                var rest = Parenthesised().Replace(text, string.Empty);
                rest = names.Aggregate(rest, (current, name) => current.Replace(name, string.Empty, StringComparison.Ordinal));
                Assert.DoesNotMatch(Chinese(), rest);
            }
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex Chinese();
}
