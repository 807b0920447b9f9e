using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Tests.Turns;

public sealed class CoachCommandRecognizerTests
{
    private static readonly CoachCommand Prep = new("prep", "rep.prep", 1, new CommandTexts("准备拜访|拜访", "prep|prepare"));
    private static readonly CoachCommand Deals = new("deals", "rep.deals", 2, new CommandTexts("我的项目", "deals"));

    [Theory]
    [InlineData("拜访", "visit")]
    [InlineData("项目", "Prepare")]
    [InlineData("项目", "/ＰＲＥＰ")]
    public void Constructor_TwoCommandsShareAKeyword_ThrowsNamingBoth(string chinese, string english)
    {
        var twin = new CoachCommand("visit", "rep.visit", 3, new CommandTexts(chinese, english));

        var thrown = Assert.Throws<InvalidOperationException>(() => new CoachCommandRecognizer([Prep, Deals, twin]));

        Assert.Contains("'prep'", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("'visit'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OneCommandWithTheSameWordInBothLanguages_Accepted()
    {
        var both = new CoachCommand("kp", "rep.kp", 3, new CommandTexts("KP|核实KP", "kp"));

        var recognizer = new CoachCommandRecognizer([Prep, both]);

        Assert.Equal(both, recognizer.Recognize(Typed("KP"))?.Command);
    }

    [Fact]
    public void Constructor_TwoCommandsWithTheSameName_ThrowsNamingBothDialogs()
    {
        var again = Prep with { DialogId = "rep.prep.again", Texts = new CommandTexts("再准备", "again") };

        var thrown = Assert.Throws<InvalidOperationException>(() => new CoachCommandRecognizer([Prep, again]));

        Assert.Contains("rep.prep", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("rep.prep.again", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCoaching_AFeatureAddsACommandWithAnotherCommandsKeyword_HostStartFailsNamingBoth()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddCoaching()
            .AddCoachCommand("twin", "rep.twin", 99, new CommandTexts("孪生", "prep"));
        using var provider = services.BuildServiceProvider();

        var thrown = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("'prep'", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("'twin'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_SubmitOfACommandButton_ThatCommandWithTheButtonsData()
    {
        var recognizer = new CoachCommandRecognizer([Prep, Deals]);
        var button = new CardActionData { Command = "deals", DealId = "d-1" }.ToSubmit("Open");

        var recognized = recognizer.Recognize(new Activity { Type = ActivityTypes.Message, Value = button.Data });

        Assert.Equal(Deals, recognized?.Command);
        Assert.Equal("d-1", recognized?.Options?.DealId);
    }

    [Fact]
    public void Recognize_InvokeOfACommandButton_ThatCommandWithTheButtonsData()
    {
        var recognizer = new CoachCommandRecognizer([Prep, Deals]);
        var button = new CardActionData { Command = "prep", PersonId = "p-1" }.ToExecute("Open");
        var value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = button.Verb, data = button.Data } });

        var recognized = recognizer.Recognize(new Activity { Type = ActivityTypes.Invoke, Name = InvokeNames.AdaptiveCardAction, Value = value });

        Assert.Equal(Prep, recognized?.Command);
        Assert.Equal("p-1", recognized?.Options?.PersonId);
        Assert.Equal("prep", recognized?.Options?.Verb);
    }

    [Fact]
    public void Recognize_FormSubmitWithoutACommandThoughItsTextIsAKeyword_Null()
    {
        var recognizer = new CoachCommandRecognizer([Prep, Deals]);
        var submit = new CardActionData { FormId = "f-1" }.WithInput("name", "prep").ToJson();

        Assert.Null(recognizer.Recognize(new Activity { Type = ActivityTypes.Message, Text = "prep", Value = submit }));
    }

    [Fact]
    public void Recognize_TypedKeywordInTheOtherLanguage_ThatCommandWithoutData()
    {
        var recognizer = new CoachCommandRecognizer([Prep, Deals]);

        var recognized = recognizer.Recognize(Typed("准备拜访。"));

        Assert.Equal(Prep, recognized?.Command);
        Assert.Null(recognized?.Options);
    }

    private static Activity Typed(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
