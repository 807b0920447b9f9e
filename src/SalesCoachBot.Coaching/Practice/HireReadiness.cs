namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// One learner who reports to the manager: their id (for the card's buttons), name, whether the
/// manager marked them as a new hire (they are listed first), and their practice progress.
/// </summary>
public sealed record HireReadiness(string Id, string Name, bool IsNewHire, PracticeProgress Progress);
