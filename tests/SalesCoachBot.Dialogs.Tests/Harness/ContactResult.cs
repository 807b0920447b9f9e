namespace SalesCoachBot.Dialogs.Tests.Harness;

/// <summary>What the test's child dialog returns to its parent.</summary>
internal sealed record ContactResult(string Name, string Role);
