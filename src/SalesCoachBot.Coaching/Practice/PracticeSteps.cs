using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// The steps of <see cref="PracticeDialog"/>: ask (card with the options), grade and log the answer
/// with FSRS and show the feedback, then go to the next question — or end with the summary. Kept
/// apart from the dialog because a waterfall takes its steps in its constructor.
/// </summary>
internal sealed class PracticeSteps
{
    private const string SessionKey = "session";
    private const string PendingKey = "pending";

    private readonly IPracticeStore _store;
    private readonly QuestionBank _bank;
    private readonly FsrsScheduler _scheduler;
    private readonly PracticeOptions _options;

    public PracticeSteps(IPracticeStore store, QuestionBank bank, FsrsScheduler scheduler, IOptions<PracticeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _bank = bank;
        _scheduler = scheduler;
        _options = options.Value;
    }

    /// <summary>The answer card's input, checked before grading: something must be picked.</summary>
    public static Task<bool> ValidateAnswerAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var ok = SelectedKeys(prompt.Recognized.Value).Count > 0;
        if (!ok)
        {
            prompt.RetryMessage = PracticeText.Get("Question.ChooseFirst", prompt.Culture);
        }

        return Task.FromResult(ok);
    }

    /// <summary>The feedback card's buttons are the only answers to it.</summary>
    public static Task<bool> ValidateNextAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var ok = ActionOf(prompt.Recognized.Value) is PracticeFeedbackCard.Next or PracticeFeedbackCard.Hard or PracticeFeedbackCard.Easy or PracticeFeedbackCard.Stop;
        if (!ok)
        {
            prompt.RetryMessage = PracticeText.Get("Feedback.ChooseButton", prompt.Culture);
        }

        return Task.FromResult(ok);
    }

    public async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = step.OptionsAs<PracticeSession>() is { QuestionIds.Count: > 0 } carried
            ? carried
            : await PlanAsync(step, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var ids = session.QuestionIds!;
        if (session.Index >= ids.Count)
        {
            return await FinishAsync(step, session, cancellationToken).ConfigureAwait(false);
        }

        if (_bank.ById(ids[session.Index]) is not { } question)
        {
            // The bank changed under a running session (a deploy): skip the question that is gone.
            return await NextQuestionAsync(step, session, cancellationToken).ConfigureAwait(false);
        }

        step.SetValue(SessionKey, session);
        var culture = step.Culture;
        var card = PracticeQuestionCard.Build(question, session.Index + 1, ids.Count, session.Index < session.DueCount, culture);
        return await step.PromptAsync(PracticeDialog.AnswerPromptId, new PromptOptions
        {
            Prompt = question.Prompt.Get(culture),
            RetryPrompt = PracticeText.Get("Question.ChooseFirst", culture),
            Help = PracticeText.Get("Practice.Help", culture),
            Card = card,
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> GradeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = step.GetValue<PracticeSession>(SessionKey)!;
        if (step.PromptGaveUp)
        {
            return await FinishAsync(step, session, cancellationToken).ConfigureAwait(false);
        }

        var question = _bank.ById(session.QuestionIds![session.Index])!;
        var selected = SelectedKeys(step.ResultAs<JsonElement>());
        var correct = question.IsCorrect(selected);
        var rating = correct ? FsrsRating.Good : FsrsRating.Again;
        var userId = UserId(step);
        var now = step.DialogContext.TimeProvider.GetUtcNow();
        var items = await _store.ListItemsAsync(userId, cancellationToken).ConfigureAwait(false);
        var before = items.FirstOrDefault(i => string.Equals(i.QuestionId, question.Id, StringComparison.OrdinalIgnoreCase))?.Card
            ?? FsrsCard.New(now);
        var after = _scheduler.Review(before, rating, now);
        var reviewId = Guid.NewGuid();
        await _store.SaveItemAsync(userId, new PracticeItem(question.Id, after), cancellationToken).ConfigureAwait(false);
        await _store.AddReviewAsync(new PracticeReview(reviewId, userId, question.Id, correct, rating, before.State == FsrsState.New, now, after), cancellationToken).ConfigureAwait(false);

        session = correct ? session with { Right = session.Right + 1 } : session with { Wrong = session.Wrong + 1 };
        step.SetValue(SessionKey, session);
        step.SetValue(PendingKey, new PendingAnswer(reviewId, question.Id, correct, before, now));
        var culture = step.Culture;
        var nextReview = PracticeFormat.LocalTime(after.Due, step.DialogContext.UserTimeZone, culture);
        var card = PracticeFeedbackCard.Build(question, selected, correct, session.IsLast, nextReview, culture);
        return await step.PromptAsync(PracticeDialog.NextPromptId, new PromptOptions
        {
            Prompt = PracticeText.Get(correct ? "Feedback.Right" : "Feedback.Wrong", culture),
            RetryPrompt = PracticeText.Get("Feedback.ChooseButton", culture),
            Help = PracticeText.Get("Practice.Help", culture),
            Card = card,
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> ContinueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = step.GetValue<PracticeSession>(SessionKey)!;
        var action = step.PromptGaveUp ? PracticeFeedbackCard.Stop : ActionOf(step.ResultAs<JsonElement>());
        var pending = step.GetValue<PendingAnswer>(PendingKey)!;
        if (pending.Correct && action is PracticeFeedbackCard.Hard or PracticeFeedbackCard.Easy)
        {
            // The learner's own judgement replaces the Good the right answer got, from the same starting card.
            var rating = action == PracticeFeedbackCard.Hard ? FsrsRating.Hard : FsrsRating.Easy;
            var after = _scheduler.Review(pending.Before, rating, pending.ReviewedAt);
            await _store.SaveItemAsync(UserId(step), new PracticeItem(pending.QuestionId, after), cancellationToken).ConfigureAwait(false);
            await _store.ChangeRatingAsync(pending.ReviewId, rating, after, cancellationToken).ConfigureAwait(false);
            var due = PracticeFormat.LocalTime(after.Due, step.DialogContext.UserTimeZone, step.Culture);
            await step.Context.SendTextAsync(
                PracticeText.Format(rating == FsrsRating.Hard ? "Feedback.AdjustedHard" : "Feedback.AdjustedEasy", step.Culture, due),
                cancellationToken).ConfigureAwait(false);
        }

        return action == PracticeFeedbackCard.Stop || session.IsLast
            ? await FinishAsync(step, session, cancellationToken).ConfigureAwait(false)
            : await NextQuestionAsync(step, session, cancellationToken).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> NextQuestionAsync(WaterfallStepContext step, PracticeSession session, CancellationToken cancellationToken) =>
        step.DialogContext.ReplaceDialogAsync(PracticeDialog.DialogId, session with { Index = session.Index + 1 }, cancellationToken);

    /// <summary>Plans a new session; says why and returns null when there is nothing to practise.</summary>
    private async Task<PracticeSession?> PlanAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var userId = UserId(step);
        var now = step.DialogContext.TimeProvider.GetUtcNow();
        var zone = step.DialogContext.UserTimeZone;
        var items = await _store.ListItemsAsync(userId, cancellationToken).ConfigureAwait(false);
        var activity = await _store.ListActivityAsync(userId, cancellationToken).ConfigureAwait(false);
        var today = PracticeProgressCalculator.LocalDate(now, zone);
        var newToday = activity.Count(a => a.WasNew && PracticeProgressCalculator.LocalDate(a.ReviewedAt, zone) == today);
        var focus = FocusOf(step.OptionsAs<JsonElement>());
        var plan = PracticePlanner.Plan(_bank, items, newToday, now, _options, focus);
        var culture = step.Culture;
        if (plan.All.Count == 0 && focus is { } empty)
        {
            await step.Context.SendTextAsync(
                PracticeText.Format("Practice.SectionNothingDue", culture, (int)empty, CoachingText.Label(empty, culture)), cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (plan.All.Count == 0)
        {
            var text = items.Where(i => _bank.ById(i.QuestionId) is not null).MinBy(i => i.Card.Due) is { } next
                ? PracticeText.Format("Practice.NothingDue", culture, PracticeFormat.LocalTime(next.Card.Due, zone, culture))
                : items.Count >= _bank.All.Count
                    ? PracticeText.Get("Practice.AllDone", culture)
                    : PracticeText.Format("Practice.QuotaUsed", culture, _options.DailyNewQuestions);
            await step.Context.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var start = focus is { } section
            ? PracticeText.Format("Practice.StartFocused", culture, (int)section, CoachingText.Label(section, culture), plan.All.Count, plan.Due.Count, plan.New.Count)
            : PracticeText.Format("Practice.Start", culture, plan.All.Count, plan.Due.Count, plan.New.Count);
        await step.Context.SendTextAsync(start, cancellationToken).ConfigureAwait(false);
        return new PracticeSession { QuestionIds = [.. plan.All], DueCount = plan.Due.Count, FocusSection = focus };
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, PracticeSession session, CancellationToken cancellationToken)
    {
        var culture = step.Culture;
        var items = await _store.ListItemsAsync(UserId(step), cancellationToken).ConfigureAwait(false);
        var nextDue = items.Where(i => _bank.ById(i.QuestionId) is not null).MinBy(i => i.Card.Due) is { } next
            ? PracticeFormat.LocalTime(next.Card.Due, step.DialogContext.UserTimeZone, culture)
            : PracticeText.Get("Summary.NoneDue", culture);
        var card = PracticeSummaryCard.Build(session.Right, session.Wrong, nextDue, culture);
        await step.Context.SendCardAsync(card, PracticeText.Get("Summary.Title", culture), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The section a focused-practice button names (<c>{"command": "practice", "section": …}</c>), else null.</summary>
    private static MethodologySection? FocusOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(ReadinessActions.SectionKey, out var value) && value.ValueKind == JsonValueKind.String
        && Enum.TryParse<MethodologySection>(value.GetString(), out var section) && Enum.IsDefined(section)
            ? section
            : null;

    private static string UserId(WaterfallStepContext step) =>
        step.Context.Activity.From?.Id ?? throw new InvalidOperationException("A practice turn needs the user's id.");

    /// <summary>The picked option keys: a single key, or a comma-separated list from check boxes.</summary>
    private static List<string> SelectedKeys(JsonElement inputs) =>
        inputs.ValueKind == JsonValueKind.Object
        && inputs.TryGetProperty(PracticeQuestionCard.AnswerInputId, out var answer)
        && answer.ValueKind == JsonValueKind.String
            ? [.. answer.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    private static string? ActionOf(JsonElement inputs) =>
        inputs.ValueKind == JsonValueKind.Object
        && inputs.TryGetProperty(PracticeFeedbackCard.ActionKey, out var action)
        && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;
}
