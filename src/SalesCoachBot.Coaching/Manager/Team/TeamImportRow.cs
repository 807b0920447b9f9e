namespace SalesCoachBot.Coaching.Manager.Team;

/// <summary>One line of a team file: a rep and their manager, each by Teams id, AAD object id, email, UPN or exact name.</summary>
public sealed record TeamImportRow(int Line, string Rep, string Manager);
