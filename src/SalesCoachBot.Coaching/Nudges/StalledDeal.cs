using SalesCoachBot.Coaching.Deals;

namespace SalesCoachBot.Coaching.Nudges;

/// <summary>A stalled deal and its reasons, most urgent first.</summary>
public sealed record StalledDeal(DealRecord Record, int DaysIdle, IReadOnlyList<StallFinding> Findings);
