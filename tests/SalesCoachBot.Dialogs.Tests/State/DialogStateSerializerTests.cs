using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Dialogs.Tests.State;

public sealed class DialogStateSerializerTests
{
    [Fact]
    public void Deserialize_WhatSerializeWrote_SameStack()
    {
        var state = new DialogState
        {
            Stack =
            [
                new DialogInstance { Id = "visit", Version = 2, StepIndex = 3, State = new JsonObject { ["values"] = new JsonObject { ["customer"] = "华为" } } },
                new DialogInstance { Id = "form", PendingFormId = "f1", Options = JsonNode.Parse("""{"prompt":"?"}""") },
            ],
        };

        var json = DialogStateSerializer.Serialize(state);
        var read = DialogStateSerializer.Deserialize(json, DialogState.CurrentSchemaVersion);

        Assert.Contains("华为", json, StringComparison.Ordinal);
        Assert.Null(read.LoadProblem);
        Assert.Equal(json, DialogStateSerializer.Serialize(read));
        Assert.Equal("f1", read.Stack[1].PendingFormId);
    }

    [Theory]
    [InlineData("""{"stack":[{"version":1}]}""")]
    [InlineData("""not json""")]
    [InlineData("""{"schemaVersion":99,"stack":[]}""")]
    [InlineData("""[1,2]""")]
    public void Deserialize_Unusable_EmptyStateWithProblem(string json)
    {
        var read = DialogStateSerializer.Deserialize(json, DialogState.CurrentSchemaVersion);

        Assert.NotNull(read.LoadProblem);
        Assert.Empty(read.Stack);
    }
}
