namespace SalesCoachBot.Coaching.Manager.Team;

/// <summary>What an import did: links made, links already in place, and each refused row with its reason.</summary>
public sealed record TeamImportResult(int Linked, int Unchanged, IReadOnlyList<string> Errors);
