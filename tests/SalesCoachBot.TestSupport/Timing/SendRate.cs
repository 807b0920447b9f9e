namespace SalesCoachBot.TestSupport.Timing;

/// <summary>Rates of calls as Teams counts them: in any sliding window of one second.</summary>
public static class SendRate
{
    /// <summary>The most of <paramref name="times"/> that fall inside any one-second window.</summary>
    public static int MostInOneSecond(IEnumerable<DateTimeOffset> times)
    {
        var sorted = times.Order().ToList();
        var most = 0;
        for (int first = 0, last = 0; last < sorted.Count; last++)
        {
            while (sorted[last] - sorted[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }
}
