namespace SalesCoachBot.Coaching.Manager.Directory;

/// <summary>A manager as the company directory names them.</summary>
public sealed record DirectoryManager(string AadObjectId, string? DisplayName);
