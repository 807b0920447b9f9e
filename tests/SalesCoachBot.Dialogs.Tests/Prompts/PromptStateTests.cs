using System.Text.Json;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class PromptStateTests
{
    [Fact]
    public void Copy_EveryPropertySet_CarriesEachOne_AndItsChoicesAreAListOfItsOwn()
    {
        var state = new PromptState
        {
            Prompt = "客户是谁？",
            RetryPrompt = "请再说一次",
            Help = "写客户全称",
            Choices = [new Choice("华为", "huawei")],
            Card = JsonDocument.Parse("""{"type":"AdaptiveCard"}""").RootElement,
            FormId = "f1",
            Attempts = 2,
        };

        var copy = state.Copy();

        foreach (var property in typeof(PromptState).GetProperties())
        {
            var value = property.GetValue(state);
            Assert.True(value is not null && !value.Equals(property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null),
                $"the test leaves PromptState.{property.Name} at its default; give it a value so Copy is checked");
            var copied = property.GetValue(copy);
            Assert.True(value is System.Collections.IEnumerable list && value is not string
                ? list.Cast<object>().SequenceEqual(((System.Collections.IEnumerable)copied!).Cast<object>())
                : value is JsonElement element ? element.GetRawText() == ((JsonElement?)copied)?.GetRawText() : Equals(value, copied),
                $"PromptState.{property.Name} was not copied");
        }

        copy.Choices!.Add(new Choice("腾讯", "tencent"));
        copy.Attempts++;
        Assert.Single(state.Choices);
        Assert.Equal(2, state.Attempts);
    }
}
