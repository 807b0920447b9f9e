
namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>A deal's traffic light, its 0–100 coverage score, and the gaps behind them.</summary>
public sealed record DealHealth(HealthStatus Status, int CoverageScore, IReadOnlyList<Gap> Gaps);
