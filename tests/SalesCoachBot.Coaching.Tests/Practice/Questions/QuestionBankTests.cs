using System.Text;
using System.Text.Json.Nodes;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Tests.Practice.Questions;

public sealed class QuestionBankTests
{
    // The id prefix tells a reviewer the section at a glance; the bank's files follow it.
    private static readonly Dictionary<MethodologySection, string> IdPrefixes = new()
    {
        [MethodologySection.DecisionChain] = "dc-",
        [MethodologySection.BuyingRolesAndDepartments] = "br-",
        [MethodologySection.PowerMap] = "pm-",
        [MethodologySection.KeyPerson] = "kp-",
        [MethodologySection.IntelligenceAndCoach] = "ic-",
        [MethodologySection.BuyingJourney] = "bj-",
        [MethodologySection.TrustAndRelationships] = "tr-",
        [MethodologySection.ImportantVisit] = "iv-",
        [MethodologySection.GapSources] = "gp-",
    };

    private static readonly QuestionBank Embedded = QuestionBank.LoadEmbedded();

    [Theory]
    [InlineData(MethodologySection.DecisionChain)]
    [InlineData(MethodologySection.BuyingRolesAndDepartments)]
    [InlineData(MethodologySection.PowerMap)]
    [InlineData(MethodologySection.KeyPerson)]
    [InlineData(MethodologySection.IntelligenceAndCoach)]
    [InlineData(MethodologySection.BuyingJourney)]
    [InlineData(MethodologySection.TrustAndRelationships)]
    [InlineData(MethodologySection.ImportantVisit)]
    [InlineData(MethodologySection.GapSources)]
    public void LoadEmbedded_Section_HasAtLeastFiveQuestions(MethodologySection section) =>
        Assert.True(Embedded.BySection(section).Count >= 5, $"{section} has {Embedded.BySection(section).Count} questions");

    [Fact]
    public void LoadEmbedded_ShippedContent_LoadsWithoutErrors() =>
        Assert.NotEmpty(QuestionBank.LoadEmbedded().All);

    [Fact]
    public void LoadEmbedded_AllSections_AreCovered() =>
        Assert.Equal(Enum.GetValues<MethodologySection>(), Embedded.All.Select(question => question.Section).Distinct().Order());

    [Fact]
    public void LoadEmbedded_AllQuestions_TotalAtLeastHundred() =>
        Assert.True(Embedded.All.Count >= 100, $"the bank has {Embedded.All.Count} questions");

    [Fact]
    public void LoadEmbedded_EachFile_HoldsOnlyTheSectionItsNameStartsWith()
    {
        // One file per section ("s4-key-person.json" holds section 4) keeps content reviews per topic.
        var assembly = typeof(QuestionBank).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(QuestionBank.ResourcePrefix, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(9, resources.Count);

        foreach (var resource in resources)
        {
            var fileName = resource[QuestionBank.ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var sections = QuestionFileReader.Read(fileName, stream).Select(question => (int)question.Section).Distinct().ToList();

            var section = Assert.Single(sections);
            Assert.StartsWith($"s{section}-", fileName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LoadEmbedded_EveryQuestion_HasBothLanguagesEverywhere()
    {
        foreach (var question in Embedded.All)
        {
            var texts = new List<LocalizedText> { question.Prompt, question.Explanation };
            texts.AddRange(question.Options.Select(option => option.Text));
            if (question.CaseStem is not null)
            {
                texts.Add(question.CaseStem);
            }

            Assert.All(texts, text =>
            {
                Assert.False(string.IsNullOrWhiteSpace(text.ZhCn), question.Id);
                Assert.False(string.IsNullOrWhiteSpace(text.EnUs), question.Id);
            });
        }
    }

    [Fact]
    public void LoadEmbedded_EveryQuestion_AnswerKeysAreAmongItsOptions()
    {
        foreach (var question in Embedded.All)
        {
            Assert.NotEmpty(question.AnswerKeys);
            Assert.All(question.AnswerKeys, key => Assert.Contains(key, question.Options.Select(option => option.Key)));
            Assert.True(question.IsCorrect(question.AnswerKeys), question.Id);
        }
    }

    [Fact]
    public void LoadEmbedded_EveryQuestion_HasThreeToFiveOptions() =>
        Assert.All(Embedded.All, question => Assert.InRange(question.Options.Count, 3, 5));

    [Fact]
    public void LoadEmbedded_EveryQuestion_HasCourseReference()
    {
        string[] seeds = ["000", "001", "002", "003", "004"];
        Assert.All(Embedded.All, question =>
        {
            Assert.Contains(question.Reference.Seed, seeds);
            Assert.False(string.IsNullOrWhiteSpace(question.Reference.Part), question.Id);
            Assert.True(Enum.IsDefined(question.Section), question.Id);
        });
    }

    [Fact]
    public void LoadEmbedded_EveryQuestion_IdPrefixMatchesSection() =>
        Assert.All(Embedded.All, question => Assert.StartsWith(IdPrefixes[question.Section], question.Id, StringComparison.Ordinal));

    [Fact]
    public void LoadEmbedded_Ids_AreUnique() =>
        Assert.Equal(Embedded.All.Count, Embedded.All.Select(question => question.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());

    [Fact]
    public void LoadEmbedded_ScenarioQuestions_HaveCaseStemAndOthersDoNot() =>
        Assert.All(Embedded.All, question => Assert.Equal(question.Kind == QuestionKind.Scenario, question.CaseStem is not null));

    [Fact]
    public void LoadEmbedded_Options_NeverSayAllOrNoneOfTheAbove()
    {
        string[] lazyOptions = ["以上都", "以上全部", "以上皆", "以上均", "all of the above", "none of the above"];
        foreach (var option in Embedded.All.SelectMany(question => question.Options))
        {
            Assert.DoesNotContain(lazyOptions, lazy =>
                option.Text.ZhCn.Contains(lazy, StringComparison.OrdinalIgnoreCase)
                || option.Text.EnUs.Contains(lazy, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void LoadEmbedded_EachSection_VariesTheCorrectOptionPosition()
    {
        // A learner must not be able to pass a section by always answering "b".
        foreach (var section in Embedded.All.GroupBy(question => question.Section))
        {
            var singleAnswerKeys = section.Where(question => question.Selection == AnswerSelection.One)
                .Select(question => question.AnswerKeys[0])
                .Distinct(StringComparer.Ordinal)
                .Count();
            Assert.True(singleAnswerKeys >= 3, $"{section.Key} uses only {singleAnswerKeys} answer positions");
        }
    }

    [Fact]
    public void ById_KnownIdInAnyCase_ReturnsThatQuestion()
    {
        var first = Embedded.All[0];

        Assert.Same(first, Embedded.ById(first.Id.ToUpperInvariant()));
    }

    [Fact]
    public void ById_UnknownId_ReturnsNull() => Assert.Null(Embedded.ById("zz-999"));

    [Fact]
    public void BySection_ReturnsOnlyThatSection() =>
        Assert.All(Embedded.BySection(MethodologySection.DecisionChain), question => Assert.Equal(MethodologySection.DecisionChain, question.Section));

    [Fact]
    public void Load_TwoValidFiles_ReturnsAllInOrder()
    {
        using var first = File(QuestionFileReaderTests.ValidItem("kp-001"));
        using var second = File(QuestionFileReaderTests.ValidItem("kp-002"));

        var bank = QuestionBank.Load([("a.json", first), ("b.json", second)]);

        Assert.Equal(["kp-001", "kp-002"], bank.All.Select(question => question.Id));
        Assert.Equal(2, bank.BySection(MethodologySection.KeyPerson).Count);
        Assert.Empty(bank.BySection(MethodologySection.PowerMap));
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_ThrowsNamingFileAndItem()
    {
        using var first = File(QuestionFileReaderTests.ValidItem("kp-007"));
        using var second = File(QuestionFileReaderTests.ValidItem("kp-007"));

        var ex = Assert.Throws<QuestionBankException>(() => QuestionBank.Load([("s4-key-person.json", first), ("s9-gap-sources.json", second)]));

        Assert.Equal("s9-gap-sources.json, item kp-007: duplicate id, already used in s4-key-person.json", ex.Message);
    }

    [Fact]
    public void Load_DuplicateIdInOneFile_Throws()
    {
        using var file = File(QuestionFileReaderTests.ValidItem("kp-007"), QuestionFileReaderTests.ValidItem("kp-007"));

        var ex = Assert.Throws<QuestionBankException>(() => QuestionBank.Load([("s4-key-person.json", file)]));

        Assert.StartsWith("s4-key-person.json, item kp-007: duplicate id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoFiles_Throws() =>
        Assert.Throws<QuestionBankException>(() => QuestionBank.Load([]));

    private static MemoryStream File(params JsonObject[] items) =>
        new(Encoding.UTF8.GetBytes(new JsonObject { ["questions"] = new JsonArray(items) }.ToJsonString()));
}
