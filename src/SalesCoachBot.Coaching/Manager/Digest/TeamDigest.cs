using SalesCoachBot.Coaching.Users;


namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>A manager's stalled deals on a local date, most urgent first, with the reps they belong to.</summary>
public sealed record TeamDigest(string ManagerId, DateOnly LocalDate, IReadOnlyDictionary<string, UserProfile> Reps, IReadOnlyList<StalledDeal> Stalled);
