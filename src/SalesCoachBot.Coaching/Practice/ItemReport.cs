using System.Globalization;
using System.Text;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// The item report, for a trainer looking for a broken question: per course section, the number of
/// items, the difficulty mix, the key-length cue rate (items whose longest correct option is strictly
/// longer than every wrong one, per language), and per item — from the stored practice answers — the
/// share of right answers and how well it separates strong from weak learners (see
/// <see cref="ItemStatistics"/>). Only each learner's first answer to an item counts: later ones
/// follow the explanation they were shown, so they measure memory, not the item. Items a trainer
/// should look at are flagged: almost nobody right ("hard"), almost everybody ("easy"), or weak
/// learners doing as well as strong ones ("no-sep"). Plain text for a console; an engineer's and
/// trainer's report, so it is not localized.
/// </summary>
public sealed class ItemReport(QuestionBank bank, IPracticeStore store)
{
    /// <summary>Fewer first answers than this and the share right is left blank.</summary>
    public const int MinAnswers = 5;

    /// <summary>Fewer ranked learners than this (two per third) and the discrimination is left blank.</summary>
    public const int MinRankedLearners = 6;

    private const double HardBelow = 0.2;
    private const double EasyAbove = 0.95;
    private const double WeakSeparationBelow = 0.1;

    /// <summary>Reads every stored answer and renders the report.</summary>
    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var answers = await store.ListAnswersAsync(cancellationToken).ConfigureAwait(false);
        return Render(answers);
    }

    public string Render(IReadOnlyList<PracticeAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var statistics = Compute(answers);
        var firstAnswers = statistics.Values.Sum(s => s.Answers);
        var learners = answers.Select(a => a.UserId).Distinct(StringComparer.Ordinal).Count();
        var text = new StringBuilder();
        text.AppendLine("Practice item report");
        text.AppendLine(CultureInfo.InvariantCulture, $"{bank.All.Count} items, {learners} learner(s), {firstAnswers} first answer(s) of {answers.Count} answer(s)");
        text.AppendLine(CultureInfo.InvariantCulture, $"right = share of first answers right (blank under {MinAnswers}); disc = top third minus bottom third by score on other items (blank under {MinRankedLearners} learners)");
        foreach (var section in Enum.GetValues<MethodologySection>())
        {
            var questions = bank.BySection(section);
            text.AppendLine();
            var mix = string.Join("/", Enumerable.Range(Question.MinDifficulty, Question.MaxDifficulty - Question.MinDifficulty + 1)
                .Select(d => questions.Count(q => q.Difficulty == d).ToString(CultureInfo.InvariantCulture)));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"§{(int)section} {section}: {questions.Count} item(s), difficulty 1/2/3 = {mix}, key-length cue zh-CN {Percent(CueRate(questions, zh: true))} en-US {Percent(CueRate(questions, zh: false))}");
            if (questions.Count == 0)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"    {"item",-28} {"kind",-8} {"diff",4} {"n",5} {"right",6} {"disc",6}  flag");
            foreach (var question in questions)
            {
                var s = statistics.GetValueOrDefault(question.Id) ?? new ItemStatistics(question.Id, 0, null, 0, null);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {question.Id,-28} {Kind(question.Kind),-8} {question.Difficulty,4} {s.Answers,5} {Percent(s.ShareRight),6} {Signed(s.Discrimination),6}  {Flag(s)}").TrimEnd());
            }
        }

        return text.ToString();
    }

    /// <summary>Each bank item's statistics, by question id; answers to questions no longer in the bank are left out.</summary>
    public IReadOnlyDictionary<string, ItemStatistics> Compute(IReadOnlyList<PracticeAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);

        // One first answer per learner and item.
        var first = answers
            .Where(a => bank.ById(a.QuestionId) is not null)
            .GroupBy(a => (a.UserId, QuestionId: bank.ById(a.QuestionId)!.Id))
            .Select(g => g.MinBy(a => a.ReviewedAt)!)
            .ToList();
        var totals = first
            .GroupBy(a => a.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Right: g.Count(a => a.Correct), Count: g.Count()), StringComparer.Ordinal);
        var result = new Dictionary<string, ItemStatistics>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in first.GroupBy(a => bank.ById(a.QuestionId)!.Id))
        {
            var n = item.Count();
            double? share = n >= MinAnswers ? (double)item.Count(a => a.Correct) / n : null;

            // Ranked by the score on the other items, so the item does not vote for itself.
            var ranked = item
                .Select(a => (Answer: a, Total: totals[a.UserId]))
                .Where(x => x.Total.Count > 1)
                .Select(x => (x.Answer.Correct, x.Answer.UserId, RestScore: (double)(x.Total.Right - (x.Answer.Correct ? 1 : 0)) / (x.Total.Count - 1)))
                .OrderByDescending(x => x.RestScore)
                .ThenBy(x => x.UserId, StringComparer.Ordinal)
                .ToList();
            double? discrimination = null;
            if (ranked.Count >= MinRankedLearners)
            {
                var third = ranked.Count / 3;
                var top = ranked.Take(third).Count(x => x.Correct);
                var bottom = ranked.Skip(ranked.Count - third).Count(x => x.Correct);
                discrimination = (double)(top - bottom) / third;
            }

            result[item.Key] = new ItemStatistics(item.Key, n, share, ranked.Count, discrimination);
        }

        return result;
    }

    /// <summary>The share of <paramref name="questions"/> whose longest correct option is strictly longer than every wrong option.</summary>
    public static double? CueRate(IReadOnlyList<Question> questions, bool zh)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var scored = questions.Where(q => q.Options.Any(o => IsKey(q, o)) && q.Options.Any(o => !IsKey(q, o))).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        return (double)scored.Count(q =>
            q.Options.Where(o => IsKey(q, o)).Max(o => Length(o, zh)) > q.Options.Where(o => !IsKey(q, o)).Max(o => Length(o, zh))) / scored.Count;
    }

    private static bool IsKey(Question question, QuestionOption option) =>
        question.AnswerKeys.Contains(option.Key, StringComparer.OrdinalIgnoreCase);

    // Length in text elements, so that a character outside the basic plane counts once.
    private static int Length(QuestionOption option, bool zh) => new StringInfo(zh ? option.Text.ZhCn : option.Text.EnUs).LengthInTextElements;

    private static string Flag(ItemStatistics s) => string.Join(",", new[]
    {
        s.ShareRight < HardBelow ? "hard" : null,
        s.ShareRight > EasyAbove ? "easy" : null,
        s.Discrimination < WeakSeparationBelow ? "no-sep" : null,
    }.OfType<string>());

    private static string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        _ => "scenario",
    };

    private static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal) : string.Empty;

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : string.Empty;
}
