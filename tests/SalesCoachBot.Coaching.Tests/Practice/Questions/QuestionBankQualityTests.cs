using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Tests.Practice.Questions;

/// <summary>
/// Rules that keep the shipped bank a test of the course rather than of test-taking: the key must not
/// give itself away by length, a multiple-answer item must not be "tick all but the silly one", hard
/// items are scenarios, every topic the course teaches is asked about, and learners see course
/// modules, never the project's internal seed numbers. Each rule fails on its own and names the
/// offending item ids, so a content author knows what to fix.
/// </summary>
public sealed partial class QuestionBankQualityTests
{
    // Topics the course teaches that the bank once covered thinly or not at all (issue 13).
    public static readonly TheoryData<string> RequiredTopics =
    [
        "keyboard-meeting",
        "department-stance",
        "building-a-coach",
        "information-checklist",
        "disclosure-levels",
        "trust-types",
        "power-distribution",
        "hidden-power",
        "procurement-pressures",
        "commitment-techniques",
    ];

    private const int MinimumItems = 160;
    private const int MinimumItemsPerTopic = 3;
    private const double MaximumKeyLongestShare = 1.0 / 3.0;
    private const double MinimumHardShare = 0.20;

    // "Never by a wide margin": the longest key may exceed the longest wrong option by at most 25 %,
    // or by a few characters when options are short course terms (决策支持评估者 against 决策影响者 is
    // no cue). The slack is per language because a Chinese character carries more than a Latin one.
    private const double MaximumKeyLengthRatio = 1.25;
    private const int ChineseSlackCharacters = 2;
    private const int EnglishSlackCharacters = 5;

    private static readonly QuestionBank Embedded = QuestionBank.LoadEmbedded();

    public enum Language
    {
        ZhCn,
        EnUs,
    }

    [Fact]
    public void LoadEmbedded_AllQuestions_TotalAtLeastOneHundredSixty() =>
        Assert.True(Embedded.All.Count >= MinimumItems, $"the bank has {Embedded.All.Count} questions, want at least {MinimumItems}");

    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void LoadEmbedded_KeyIsStrictlyLongestOption_AtMostOneItemInThree(Language language)
    {
        // An item "gives the key away" when its longest correct option is strictly longer than every
        // wrong option; for a multiple-answer item that is enough to find one key by length.
        var offenders = Embedded.All
            .Where(question => LongestKey(question, language) > LongestDistractor(question, language))
            .Select(question => question.Id)
            .ToList();

        var share = (double)offenders.Count / Embedded.All.Count;
        Assert.True(
            share <= MaximumKeyLongestShare,
            $"{language}: the key is the longest option in {offenders.Count} of {Embedded.All.Count} items ({share:P0}), want at most one in three: {string.Join(", ", offenders)}");
    }

    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void LoadEmbedded_KeyLength_NeverLongerThanDistractorsByWideMargin(Language language)
    {
        var slack = language == Language.ZhCn ? ChineseSlackCharacters : EnglishSlackCharacters;
        var offenders = Embedded.All
            .Where(question =>
            {
                var distractor = LongestDistractor(question, language);
                return LongestKey(question, language) > Math.Max(distractor * MaximumKeyLengthRatio, distractor + slack);
            })
            .Select(question => $"{question.Id} ({LongestKey(question, language)} vs {LongestDistractor(question, language)})")
            .ToList();

        Assert.True(offenders.Count == 0, $"{language}: the key is much longer than every wrong option in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void LoadEmbedded_ManyAnswerItems_HaveAtLeastTwoWrongOptions()
    {
        // With a single wrong option the item is "tick everything but the odd one out".
        var offenders = Embedded.All
            .Where(question => question.Selection == AnswerSelection.Many && question.Options.Count - question.AnswerKeys.Count < 2)
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"many-answer items with fewer than 2 wrong options: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void LoadEmbedded_Difficulty_AtLeastOneFifthIsHard()
    {
        var hard = Embedded.All.Count(question => question.Difficulty == Question.MaxDifficulty);
        var share = (double)hard / Embedded.All.Count;

        Assert.True(share >= MinimumHardShare, $"{hard} of {Embedded.All.Count} items ({share:P0}) are difficulty 3, want at least {MinimumHardShare:P0}");
    }

    [Fact]
    public void LoadEmbedded_HardItems_AreAllScenarios()
    {
        var offenders = Embedded.All
            .Where(question => question.Difficulty == Question.MaxDifficulty && question.Kind != QuestionKind.Scenario)
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"difficulty-3 items that are not scenarios: {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(RequiredTopics))]
    public void LoadEmbedded_RequiredTopic_HasAtLeastThreeItems(string topic)
    {
        var tagged = Embedded.All.Where(question => question.Topics.Contains(topic, StringComparer.Ordinal)).Select(question => question.Id).ToList();

        Assert.True(tagged.Count >= MinimumItemsPerTopic, $"topic '{topic}' has {tagged.Count} items ({string.Join(", ", tagged)}), want at least {MinimumItemsPerTopic}");
    }

    [Fact]
    public void LoadEmbedded_LearnerFacingText_NeverMentionsSeeds()
    {
        // The seed number is internal data (ref.seed); learners are told the course module by name.
        var offenders = Embedded.All
            .Where(question => LearnerTexts(question).Any(text => SeedMention().IsMatch(text)))
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"items whose learner-facing text mentions a seed: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void LoadEmbedded_CourseReferencePart_NeverMentionsSeeds()
    {
        // The part is shown with the feedback ("reread: …"), so it is learner-facing too.
        var offenders = Embedded.All
            .Where(question => SeedMention().IsMatch(question.Reference.Part))
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"items whose course reference part mentions a seed: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void LoadEmbedded_Prompts_NeverOnlyAskToRecallACount()
    {
        // "How many stages…" tests memory of a number, not the method.
        var offenders = Embedded.All
            .Where(question => CountQuestion().IsMatch(question.Prompt.ZhCn) || CountQuestion().IsMatch(question.Prompt.EnUs))
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"prompts that ask for a count: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void LoadEmbedded_EnglishText_HasChineseOnlyInParentheses()
    {
        // A Chinese term may follow its English name in parentheses; otherwise en-US is English.
        var offenders = Embedded.All
            .Where(question => LearnerTexts(question, Language.EnUs).Any(text => ChineseCharacter().IsMatch(Parenthesised().Replace(text, string.Empty))))
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"items with Chinese outside parentheses in en-US: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void LoadEmbedded_Explanations_NameTheCourseModule()
    {
        // Every explanation points back to the course: a module title 《…》 / '…', a unit, a chapter or
        // a section. Checked in Chinese, where the course's own headings are used.
        var offenders = Embedded.All
            .Where(question => !CourseCitation().IsMatch(question.Explanation.ZhCn))
            .Select(question => question.Id)
            .ToList();

        Assert.True(offenders.Count == 0, $"explanations that cite no course module or section: {string.Join(", ", offenders)}");
    }

    private static int LongestKey(Question question, Language language) =>
        question.Options.Where(option => question.AnswerKeys.Contains(option.Key)).Max(option => Length(option.Text, language));

    private static int LongestDistractor(Question question, Language language) =>
        question.Options.Where(option => !question.AnswerKeys.Contains(option.Key)).Max(option => Length(option.Text, language));

    // Length in text elements, so that a character outside the basic plane counts once.
    private static int Length(LocalizedText text, Language language) =>
        new StringInfo(language == Language.ZhCn ? text.ZhCn : text.EnUs).LengthInTextElements;

    private static IEnumerable<string> LearnerTexts(Question question, Language? language = null)
    {
        var texts = new List<LocalizedText> { question.Prompt, question.Explanation };
        texts.AddRange(question.Options.Select(option => option.Text));
        if (question.CaseStem is not null)
        {
            texts.Add(question.CaseStem);
        }

        return texts.SelectMany(text => language switch
        {
            Language.ZhCn => [text.ZhCn],
            Language.EnUs => [text.EnUs],
            _ => new[] { text.ZhCn, text.EnUs },
        });
    }

    [GeneratedRegex(@"seed|种子", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeedMention();

    [GeneratedRegex(@"几个|几种|几项|几步|几类|多少个|多少种|how many", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseCharacter();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"《[^》]+》|单元|第.{1,3}[章节]|一节|一章", RegexOptions.CultureInvariant)]
    private static partial Regex CourseCitation();
}
