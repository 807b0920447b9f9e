using System.Globalization;
using System.Resources;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>
/// A rep's chat with the words of the rep's flows, counting every card the harness validated in the
/// session (each turn's cards are schema- and size-checked by <see cref="TeamsChat"/>).
/// </summary>
internal sealed class RepSession(BotWebApplicationFactory factory, string locale, string userId = "29:rep-a", string userName = "李明")
{
    private static readonly ResourceManager Texts = new("SalesCoachBot.Coaching.Rep.RepTexts", typeof(CoachingText).Assembly);

    public TeamsChat Chat { get; } = new(factory, locale, userId, userName);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(locale);

    public string UserId => userId;

    public int CardsValidated { get; private set; }

    public static string Text(string key, CultureInfo culture) => Texts.GetString(key, culture) ?? throw new KeyNotFoundException(key);

    public string Text(string key, params object?[] arguments) => string.Format(Culture, Text(key, Culture), arguments);

    /// <summary>The command's first keyword in the session's language, typed.</summary>
    public Task Command(string name) => Track(Chat.Send(Text($"Command.{name}.Keywords").Split('|')[0]));

    public Task Send(string text) => Track(Chat.Send(text));

    public Task Press(string title, object? inputs = null) => Track(Chat.Press(title, inputs));

    public Task Submit(object value) => Track(Chat.Submit(value));

    public Task Save(object inputs) => Press(Text("Form.Save"), inputs);

    /// <summary>The texts of every card of the last turn: the one that replaced the pressed card, then those sent to the chat.</summary>
    public IReadOnlyList<string> TurnCardTexts() =>
        [.. (Chat.LastInvokeResponse is { Type: InvokeResponse.AdaptiveCardType, Value: { } replaced } ? TeamsChat.CardTexts(replaced) : []),
            .. Chat.Replies.SelectMany(r => r.Attachments ?? []).Where(a => a.ContentType == Attachment.AdaptiveCardContentType).SelectMany(a => TeamsChat.CardTexts(a.Content!.Value))];

    /// <summary>
    /// What the last turn showed, card or not: each paragraph of its messages' text (bold marks
    /// dropped), then <see cref="TurnCardTexts"/>.
    /// </summary>
    public IReadOnlyList<string> TurnTexts() =>
        [.. Chat.Replies.Where(r => !string.IsNullOrEmpty(r.Text)).SelectMany(r => r.Text!.Replace("**", string.Empty, StringComparison.Ordinal).Split("\n\n")),
            .. TurnCardTexts()];

    public async Task<DealRecord> OnlyDealAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var deals = await scope.ServiceProvider.GetRequiredService<IDealStore>().ListByOwnerAsync(userId, CancellationToken.None);
        return Assert.Single(deals);
    }

    public async Task<DealRecord?> FindDealAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().FindAsync(id, CancellationToken.None);
    }

    public IReadOnlyList<string> GapRuleIds(Deal deal, DateOnly today) =>
        [.. factory.Services.GetRequiredService<DealHealthCalculator>().Assess(deal, today).Gaps.SelectMany(g => g.RuleIds)];

    /// <summary>Answers every question of <paramref name="set"/> with its best option, or its worst.</summary>
    public static Dictionary<string, string> Answers(VerificationQuestionSet set, bool strong) =>
        set.Questions.ToDictionary(q => q.Id, q => (strong ? q.Options.MaxBy(o => o.Weight) : q.Options.MinBy(o => o.Weight))!.Id);

    public async Task NewDealAsync(string customer, string name)
    {
        await Command("deals");
        if (Chat.LastCardButtons().Contains(Text("Deal.Pick.New")))
        {
            await Press(Text("Deal.Pick.New"));
        }

        await Save(new { customer, name, value = "1000000", closeOn = "2026-09-30", stage = "Exploring", decisionMethod = "RecommendThenApprove" });
    }

    public async Task AddPersonAsync(object inputs)
    {
        await Command("people");
        await Press(Text("People.Add"));
        await Save(inputs);
    }

    private async Task Track(Task turn)
    {
        await turn;
        CardsValidated += Chat.Replies.SelectMany(r => r.Attachments ?? []).Count(a => a.ContentType == Attachment.AdaptiveCardContentType)
            + (Chat.LastInvokeResponse?.Type == InvokeResponse.AdaptiveCardType ? 1 : 0);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
