using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.People;

namespace SalesCoachBot.Bench.Nudges;

/// <summary>
/// Figures for the daily nudge: how long the stalled-deal rules take over 100 000 deals of 10 000
/// managers' teams, and how fast the outbox empties (<see cref="OutboxBenchmark"/>). Prints, asserts nothing.
/// Arguments: <c>[deals] [managers] [messages]</c>.
/// </summary>
public static class NudgeBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var deals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var managers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var messages = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3_000;
        EvaluateRules(deals, managers);
        await OutboxBenchmark.RunAsync(acrossTenants: messages, oneTenant: Math.Min(messages, 500)).ConfigureAwait(false);
    }

    private static void EvaluateRules(int dealCount, int managerCount)
    {
        var today = new DateOnly(2026, 3, 10);
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var random = new Random(42);
        var records = new DealRecord[dealCount];
        for (var i = 0; i < dealCount; i++)
        {
            var people = Enumerable.Range(0, random.Next(0, 8)).Select(p => new Stakeholder
            {
                Id = Guid.NewGuid(),
                Name = $"P{p}",
                DecisionChainRoles = new HashSet<DecisionChainRole> { (DecisionChainRole)random.Next(0, Enum.GetValues<DecisionChainRole>().Length) },
                IsCoach = random.Next(5) == 0,
                LastContactOn = today.AddDays(-random.Next(0, 60)),
            }).ToList();
            var deal = new Deal
            {
                Id = Guid.NewGuid(),
                Customer = $"C{i}",
                Name = $"D{i}",
                Stage = (BuyingJourneyStage)random.Next(0, 6),
                ExpectedCloseOn = today.AddDays(random.Next(-30, 120)),
                Stakeholders = people,
            };
            records[i] = new DealRecord(deal, $"29:rep-{i % (managerCount * 10)}")
            {
                UpdatedAt = now.AddDays(-random.Next(0, 30)),
                StageChangedAt = now.AddDays(-random.Next(0, 60)),
            };
        }

        var detector = new StallDetector(GapRuleCatalog.CreateAnalyzer(), Options.Create(new NudgeOptions()));
        var byManager = records.GroupBy(r => int.Parse(r.OwnerUserId.AsSpan(7), CultureInfo.InvariantCulture) % managerCount).ToList();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        var stalled = 0;
        foreach (var team in byManager)
        {
            foreach (var record in team)
            {
                var gaps = detector.CriticalGaps(record.Deal, today);
                stalled += detector.Evaluate(record, today, gaps, _ => today.AddDays(-5)) is null ? 0 : 1;
            }
        }

        watch.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        // CPU time beside the wall clock: on a busy machine the wall clock also counts other processes' turns.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stall rules      {dealCount} deals / {byManager.Count} managers in {watch.Elapsed.TotalMilliseconds:F0} ms, {cpu.TotalMilliseconds:F0} ms CPU ({dealCount / watch.Elapsed.TotalSeconds:F0} deals/s), {stalled} stalled"));
    }
}
