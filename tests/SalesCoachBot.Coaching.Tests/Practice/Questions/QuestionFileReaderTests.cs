using System.Text;
using System.Text.Json.Nodes;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Tests.Practice.Questions;

public sealed class QuestionFileReaderTests
{
    private const string FileName = "s4-key-person.json";
    private const string ItemId = "kp-007";

    [Fact]
    public void Read_ValidItem_ReturnsQuestionWithEveryField()
    {
        var question = Assert.Single(Read(ValidItem()));

        Assert.Equal(ItemId, question.Id);
        Assert.Equal(QuestionKind.SingleChoice, question.Kind);
        Assert.Equal(AnswerSelection.One, question.Selection);
        Assert.Equal(2, question.Difficulty);
        Assert.Equal(new CourseReference("000", "第二章 第二节 谁才是关键人", MethodologySection.KeyPerson), question.Reference);
        Assert.Null(question.CaseStem);
        Assert.Equal("问题", question.Prompt.ZhCn);
        Assert.Equal(["a", "b", "c"], question.Options.Select(option => option.Key));
        Assert.Equal(["b"], question.AnswerKeys);
        Assert.Equal("Why", question.Explanation.EnUs);
        Assert.Empty(question.Topics);
    }

    [Fact]
    public void Read_ItemWithTopics_ReturnsThemInOrder()
    {
        var item = ValidItem();
        item["topics"] = new JsonArray("trust-types", "key-person");

        var question = Assert.Single(Read(item));

        Assert.Equal(["trust-types", "key-person"], question.Topics);
    }

    [Fact]
    public void Read_EmptyTopics_Throws()
    {
        var item = ValidItem();
        item["topics"] = new JsonArray();

        AssertRejected(item, "'topics' must be a non-empty array of tags");
    }

    [Theory]
    [InlineData("Trust types")]
    [InlineData("trust_types")]
    [InlineData("-trust")]
    [InlineData("")]
    public void Read_TopicNotKebabCase_Throws(string topic)
    {
        var item = ValidItem();
        item["topics"] = new JsonArray(topic);

        AssertRejected(item, $"topic '{topic}' must be kebab-case");
    }

    [Fact]
    public void Read_DuplicateTopic_Throws()
    {
        var item = ValidItem();
        item["topics"] = new JsonArray("trust-types", "trust-types");

        AssertRejected(item, "topic 'trust-types' is listed twice");
    }

    [Fact]
    public void Read_ScenarioWithCaseAndSelection_ReturnsScenario()
    {
        var item = ValidItem();
        item["kind"] = "scenario";
        item["selection"] = "many";
        item["case"] = Localized("案例", "Case");
        item["answer"] = new JsonArray("a", "b");

        var question = Assert.Single(Read(item));

        Assert.Equal(QuestionKind.Scenario, question.Kind);
        Assert.Equal(AnswerSelection.Many, question.Selection);
        Assert.Equal("Case", question.CaseStem?.EnUs);
    }

    [Fact]
    public void Read_NotJson_ThrowsNamingFile()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{ \"questions\": [ "));

        var ex = Assert.Throws<QuestionBankException>(() => QuestionFileReader.Read(FileName, stream));

        Assert.StartsWith($"{FileName}: not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyQuestionArray_ThrowsNamingFile()
    {
        var ex = Assert.Throws<QuestionBankException>(() => ReadRaw("{ \"questions\": [] }"));

        Assert.Equal($"{FileName}: 'questions' is empty", ex.Message);
    }

    [Fact]
    public void Read_ItemWithoutId_ThrowsNamingPosition()
    {
        var item = ValidItem();
        item.Remove("id");

        var ex = Assert.Throws<QuestionBankException>(() => Read(ValidItem("kp-001"), item));

        Assert.Equal($"{FileName}, item #2: 'id' is missing", ex.Message);
    }

    [Fact]
    public void Read_MalformedId_Throws()
    {
        var item = ValidItem();
        item["id"] = "KP 7";

        var ex = Assert.Throws<QuestionBankException>(() => Read(item));

        Assert.Contains($"{FileName}, item #1: id 'KP 7' must look like", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownField_Throws()
    {
        var item = ValidItem();
        item["answers"] = new JsonArray("b");

        AssertRejected(item, "an item has an unknown field 'answers'");
    }

    [Fact]
    public void Read_UnknownKind_Throws()
    {
        var item = ValidItem();
        item["kind"] = "essay";

        AssertRejected(item, "kind 'essay' is not one of single, multiple, scenario");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Read_PromptMissingLanguage_Throws(string language)
    {
        var item = ValidItem();
        item["prompt"]!.AsObject().Remove(language);

        AssertRejected(item, $"prompt has no {language} text");
    }

    [Fact]
    public void Read_PromptBlankInEnglish_Throws()
    {
        var item = ValidItem();
        item["prompt"] = Localized("问题", "   ");

        AssertRejected(item, "prompt has no en-US text");
    }

    [Fact]
    public void Read_OptionMissingChinese_Throws()
    {
        var item = ValidItem();
        item["options"]![1]!["text"] = Localized("", "Option B");

        AssertRejected(item, "option 'b' has no zh-CN text");
    }

    [Fact]
    public void Read_ExplanationMissingEnglish_Throws()
    {
        var item = ValidItem();
        item["explanation"]!.AsObject().Remove("en-US");

        AssertRejected(item, "explanation has no en-US text");
    }

    [Fact]
    public void Read_FewerThanTwoOptions_Throws()
    {
        var item = ValidItem();
        item["options"] = new JsonArray(Option("a"));
        item["answer"] = new JsonArray("a");

        AssertRejected(item, "'options' must be an array of at least 2 options");
    }

    [Fact]
    public void Read_DuplicateOptionKey_Throws()
    {
        var item = ValidItem();
        item["options"] = new JsonArray(Option("a"), Option("b"), Option("b"));

        AssertRejected(item, "option key 'b' is used twice");
    }

    [Fact]
    public void Read_AnswerKeyNotAmongOptions_Throws()
    {
        var item = ValidItem();
        item["answer"] = new JsonArray("e");

        AssertRejected(item, "answer key 'e' is not among the options");
    }

    [Fact]
    public void Read_SingleChoiceWithTwoAnswers_Throws()
    {
        var item = ValidItem();
        item["answer"] = new JsonArray("a", "b");

        AssertRejected(item, "a single-answer item needs exactly 1 answer key, found 2");
    }

    [Fact]
    public void Read_SingleChoiceWithNoAnswer_Throws()
    {
        var item = ValidItem();
        item["answer"] = new JsonArray();

        AssertRejected(item, "a single-answer item needs exactly 1 answer key, found 0");
    }

    [Fact]
    public void Read_MultipleChoiceWithOneAnswer_Throws()
    {
        var item = ValidItem();
        item["kind"] = "multiple";

        AssertRejected(item, "a multiple-answer item needs at least 2 answer keys and at least 1 wrong option, found 1 of 3");
    }

    [Fact]
    public void Read_MultipleChoiceWithEveryOptionCorrect_Throws()
    {
        var item = ValidItem();
        item["kind"] = "multiple";
        item["answer"] = new JsonArray("a", "b", "c");

        AssertRejected(item, "found 3 of 3");
    }

    [Fact]
    public void Read_SelectionContradictsKind_Throws()
    {
        var item = ValidItem();
        item["selection"] = "many";

        AssertRejected(item, "selection 'Many' contradicts kind 'SingleChoice'");
    }

    [Fact]
    public void Read_ScenarioWithoutCase_Throws()
    {
        var item = ValidItem();
        item["kind"] = "scenario";
        item["selection"] = "one";

        AssertRejected(item, "a scenario item needs a 'case'");
    }

    [Fact]
    public void Read_ScenarioWithoutSelection_Throws()
    {
        var item = ValidItem();
        item["kind"] = "scenario";
        item["case"] = Localized("案例", "Case");

        AssertRejected(item, "a scenario item must say its selection");
    }

    [Fact]
    public void Read_CaseOnSingleChoice_Throws()
    {
        var item = ValidItem();
        item["case"] = Localized("案例", "Case");

        AssertRejected(item, "only a scenario item has a 'case'");
    }

    [Fact]
    public void Read_UnknownSeed_Throws()
    {
        var item = ValidItem();
        item["ref"]!["seed"] = "005";

        AssertRejected(item, "course reference seed '005' is not one of 000, 001, 002, 003, 004");
    }

    [Fact]
    public void Read_EmptyReferencePart_Throws()
    {
        var item = ValidItem();
        item["ref"]!["part"] = " ";

        AssertRejected(item, "'part' must be a non-empty string");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Read_SectionOutOfRange_Throws(int section)
    {
        var item = ValidItem();
        item["ref"]!["section"] = section;

        AssertRejected(item, "course reference section must be a METHODOLOGY section from 1 to 9");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Read_DifficultyOutOfRange_Throws(int difficulty)
    {
        var item = ValidItem();
        item["difficulty"] = difficulty;

        AssertRejected(item, "difficulty must be a whole number from 1 to 3");
    }

    private static void AssertRejected(JsonObject item, string problem)
    {
        var ex = Assert.Throws<QuestionBankException>(() => Read(item));

        Assert.StartsWith($"{FileName}, item {ItemId}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal(FileName, ex.FileName);
        Assert.Equal(ItemId, ex.ItemId);
    }

    private static IReadOnlyList<Question> Read(params JsonObject[] items) =>
        ReadRaw(new JsonObject { ["questions"] = new JsonArray(items) }.ToJsonString());

    private static IReadOnlyList<Question> ReadRaw(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return QuestionFileReader.Read(FileName, stream);
    }

    internal static JsonObject ValidItem(string id = ItemId) => new()
    {
        ["id"] = id,
        ["kind"] = "single",
        ["difficulty"] = 2,
        ["ref"] = new JsonObject { ["seed"] = "000", ["part"] = "第二章 第二节 谁才是关键人", ["section"] = 4 },
        ["prompt"] = Localized("问题", "Question"),
        ["options"] = new JsonArray(Option("a"), Option("b"), Option("c")),
        ["answer"] = new JsonArray("b"),
        ["explanation"] = Localized("原因", "Why"),
    };

    private static JsonObject Option(string key) => new()
    {
        ["key"] = key,
        ["text"] = Localized($"选项{key}", $"Option {key}"),
    };

    private static JsonObject Localized(string zhCn, string enUs) => new() { ["zh-CN"] = zhCn, ["en-US"] = enUs };
}
