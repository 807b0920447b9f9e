namespace SalesCoachBot.Bench;

/// <summary>The measured turns (latencies sorted ascending), the turns without a reply, the wall time.</summary>
internal sealed record LoadResult(TimeSpan[] Latencies, int Failures, TimeSpan Elapsed)
{
    public double TurnsPerSecond => Latencies.Length / Elapsed.TotalSeconds;

    public double PercentileMilliseconds(double percentile)
    {
        if (Latencies.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(percentile / 100 * Latencies.Length) - 1;
        return Latencies[Math.Clamp(index, 0, Latencies.Length - 1)].TotalMilliseconds;
    }
}
